import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startTree } from './tree-walk.ts';

/** The 404 page's forwarding of /e/ case variants never loops and never throws. */
test.describe('the 404 page and /e/ addresses', () => {
  test('a case variant whose real page is missing on the host stops at the 404 page instead of reloading', async ({ page }) => {
    // The host lacks the page the list names: forwarding to it lands on this 404 page again.
    await page.route('**/api/errors.json', (route) => route.fulfill({ json: ['NoSuchPageError'] }));
    const loads: string[] = [];
    page.on('load', () => loads.push(new URL(page.url()).pathname));
    await page.goto('/e/nosuchpageerror/');
    await expect(page).toHaveURL(/\/e\/NoSuchPageError\/$/);
    await expect(page.locator('kb-error-redirect[data-settled]')).toBeAttached();
    expect(loads).toEqual(['/e/nosuchpageerror/', '/e/NoSuchPageError/']);
  });

  test('a malformed escape stays on the 404 page without an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A static host answers a missing path with 404.html; `astro preview` cannot decode this path
    // at all (it answers 500), so the host's answer is played here.
    const notFound = readFileSync('dist/404.html', 'utf8');
    await page.route('**/e/%E0%A4%A/', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }));
    await page.goto('/e/%E0%A4%A/');
    await expect(page.locator('kb-error-redirect[data-settled]')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the real error page is no longer shadowed by a lower-case copy', async ({ page }) => {
    const response = await page.goto('/e/accessdeniedexception/');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/e\/AccessDeniedException\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AccessDeniedException');
  });
});

test('the tree walker leaves the node alone when only the fragment changes', async ({ page }) => {
  await startTree(page, 'task-start');
  const fetches: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch') fetches.push(request.url());
  });
  const skip = page.getByRole('link', { name: 'コンテンツにスキップ' });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#_top$/);
  await page.goBack();
  await expect(page).not.toHaveURL(/#/);
  await expect(page.locator('[data-tree-announce]')).toBeEmpty();
  expect(fetches).toEqual([]);
});
