import { expect, test, type Page } from '@playwright/test';
import { layoutShift, recordLayoutShift } from './layout-shift.ts';

const PASTED_LINE =
  '2026-11-21T03:15:09.123Z arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0 ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec-role/1a2b is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:ap-northeast-1:123456789012:parameter/app/db_password';

async function searchFor(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'エラー文、ログの 1 行、または症状を入力' });
  await box.fill(text);
  await box.press('Enter');
}

const matches = (page: Page) => page.getByRole('region', { name: '一致するエラー' }).getByRole('listitem');

test('a pasted log line lands on the exact cause, highlighted, linking to its anchor', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, PASTED_LINE);
  const first = matches(page).first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/symptoms/resource-initialization-error/#secrets-permission-missing');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first).toContainText('一致度: 高');
  // The address keeps a shareable form of the search, with the account id and ARNs masked.
  await expect(page).toHaveURL(/\/search\/\?q=.*ResourceInitializationError/);
  expect(page.url()).not.toContain('123456789012');
  await first.getByRole('link').click();
  await expect(page.locator('#secrets-permission-missing')).toBeInViewport();
});

test('results arriving after load do not push the page around (no layout shift)', async ({ page }) => {
  await recordLayoutShift(page);
  await page.goto(`/search/?q=${encodeURIComponent('CannotPullContainerError')}`);
  await expect(page.locator('kb-search [data-status]')).toHaveText(/件/);
  await expect(page.getByRole('region', { name: '全文検索の結果' })).toBeVisible();
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('a shared /search/?q= link runs the search on load', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('exec /docker-entrypoint.sh: exec format error')}`);
  await expect(page.getByRole('textbox', { name: /エラー文/ })).toHaveValue('exec /docker-entrypoint.sh: exec format error');
  await expect(matches(page).first().getByRole('link')).toHaveAttribute('href', /image-platform-mismatch|exec-format-error/);
});

test('the header box sends the query to the search page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'エラー文や症状で検索' }).fill('CannotPullContainerError');
  await page.getByRole('searchbox', { name: 'エラー文や症状で検索' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=CannotPullContainerError$/);
  await expect(matches(page).first().getByRole('link')).toHaveAttribute('href', '/symptoms/cannot-pull-container/');
});

test('Japanese word and error name find the right pages in full text', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'ResourceInitializationError');
  const fulltext = page.getByRole('region', { name: '全文検索の結果' });
  await expect(fulltext.locator('a[href="/symptoms/resource-initialization-error/"]')).toBeVisible();

  await searchFor(page, 'ヘルスチェック');
  await expect(fulltext.locator('a[href="/symptoms/elb-health-check-failed/"]')).toBeVisible();
});

test('a long line with no page containing every word still gets full-text results', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'CannotPullContainerError: pull image manifest has been retried 5 time(s): zzqx frobnicated wibble');
  await expect(page.getByRole('region', { name: '全文検索の結果' }).getByRole('listitem').first()).toBeVisible();
});

test('an unknown error says so and offers the trees and the symptom list', async ({ page }) => {
  await page.goto('/search/?q=qwzx%20frobnication%20wibble');
  await expect(page.locator('kb-search [data-status]')).toHaveText('見つかりませんでした');
  await expect(page.getByRole('link', { name: '診断ツリーで絞り込む' })).toHaveAttribute('href', '/trees/');
  await expect(page.getByRole('link', { name: '症状の一覧' }).last()).toBeVisible();
});

test('the search page works at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/search/?q=OutOfMemoryError');
  await expect(matches(page).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
