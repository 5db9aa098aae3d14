import { expect, test, type Page } from '@playwright/test';
import { startTree } from './tree-walk.ts';

/** Collects CSP violations and console errors for the life of a page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

test('every page type runs under its Content-Security-Policy without violations', async ({ page }) => {
  const problems = watch(page);
  for (const path of [
    '/',
    '/symptoms/cannot-pull-container/',
    '/causes/no-route-to-registry/',
    '/fixes/add-nat-or-public-ip/',
    '/trees/task-start/',
    '/e/CannotPullContainerError/',
  ]) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
  }
  // The interactive parts too: a search with results (lookup index + Pagefind's WebAssembly) and a tree answer.
  await page.goto('/search/?q=CannotPullContainerError');
  await expect(page.locator('kb-search [data-status]')).toHaveText(/件/);
  await expect(page.getByRole('region', { name: '全文検索の結果' })).toBeVisible();
  await startTree(page, 'task-start');
  await page.locator('.kb-tree-options a[data-tree-option]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(problems).toEqual([]);
});

test('the CSP has no unsafe-eval and the pages have no inline event handlers', async ({ page }) => {
  await page.goto('/search/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}@${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
});

test('external links open safely', async ({ page }) => {
  await page.goto('/symptoms/cannot-pull-container/');
  const external = page.locator('main a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute('rel') ?? ''))) {
    expect(rel).toContain('noopener');
    expect(rel).toContain('noreferrer');
  }
});
