import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

/**
 * Search results a person can scan (issue 14, items 6 and 8): short excerpts of a long paste, a copy
 * button that copies this search, suggestions on the empty page, one "not found" that does not wait
 * for the full-text index, history that keeps the previous query, keyboard shortcuts, and the
 * Fargate / EC2 filter.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const box = (page: Page) => page.getByRole('textbox', { name: 'エラー文、ログの 1 行、または症状を入力' });
const status = (page: Page) => page.locator('kb-search [data-status]');
const matches = (page: Page) => page.getByRole('region', { name: '一致するエラー' }).getByRole('listitem');

async function searchFor(page: Page, text: string) {
  await box(page).fill(text);
  await box(page).press('Enter');
}

/**
 * A pull error wrapping a proxy's HTML error page: more than 5,000 characters in one message, with
 * matched words at the start (the error name) and at the end (the network error).
 */
const LONG_PASTE = `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: unexpected response from proxy: <html><body>${'<p>Proxy error: the upstream server returned a response this gateway could not read. Please retry later.</p>'.repeat(52)}</body></html>: dial tcp 52.219.4.10:443: i/o timeout`;

const SECRETS_LINE =
  'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec-role/1a2b is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:ap-northeast-1:123456789012:parameter/app/db_password';

test('a 5,000-character paste is shown as a short excerpt under each result, not in full', async ({ page }) => {
  expect(LONG_PASTE.length).toBeGreaterThan(5000);
  await page.goto('/search/');
  await searchFor(page, LONG_PASTE);
  await expect(matches(page).first()).toBeVisible();
  const excerpts = await page.locator('.kb-match-query').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) {
    expect(text.length).toBeLessThanOrEqual(162);
    expect(text).toMatch(/CannotPullContainerError|i\/o timeout/);
  }
});

test('the page copy button copies this search with identifiers masked, and says so on the button', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, SECRETS_LINE);
  await expect(matches(page).first()).toBeVisible();
  const button = page.getByRole('button', { name: 'チャット用にリンクをコピー' });
  await button.click();
  await expect(page.locator('kb-copy-link button')).toHaveText('コピーしました');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(/<([^>]+)>$/.exec(copied)![1]!);
  expect(url.pathname).toBe('/search/');
  expect(url.searchParams.get('q')).toContain('ResourceInitializationError: unable to pull secrets');
  expect(url.searchParams.get('q')).toContain('{arn}');
  expect(copied).not.toContain('123456789012');
  // The label comes back, so the button can be found again for the next copy.
  await expect(button).toBeVisible({ timeout: 5000 });
});

test('the report copy button also shows that it copied', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('ResourceInitializationError: qwzx frobnicated the wibble flange beyond repair')}`);
  const copy = page.getByRole('button', { name: '報告用にコピー' });
  await copy.click();
  await expect(page.locator('.kb-uncovered-copy')).toHaveText('コピーしました');
  await expect(copy).toBeVisible({ timeout: 5000 });
});

test('the empty search page suggests common errors and the trees, and hides them for results', async ({ page }) => {
  await page.goto('/search/');
  const suggestions = page.getByRole('region', { name: 'よく調べられるエラー' });
  await expect(suggestions.getByRole('link', { name: 'CannotPullContainerError' })).toHaveAttribute('href', '/e/CannotPullContainerError/');
  expect(await suggestions.locator('a[href^="/e/"]').count()).toBeGreaterThanOrEqual(8);
  expect(await suggestions.locator('a[href^="/trees/"]').count()).toBeGreaterThanOrEqual(1);
  await searchFor(page, 'CannotPullContainerError');
  await expect(matches(page).first()).toBeVisible();
  await expect(suggestions).toBeHidden();
  await box(page).fill('');
  await expect(suggestions).toBeVisible();
});

test('"no results" is shown before the full-text index answers', async ({ page }) => {
  // Pagefind never answers: what the lookup knows must still be on the page.
  await page.route('**/pagefind/**', () => undefined);
  await page.goto('/search/?q=qwzx%20frobnication%20wibble');
  await expect(status(page)).toContainText('一致するエラーはありません');
  await expect(page.getByRole('link', { name: '診断ツリーで絞り込む' })).toBeVisible();
});

test('"not found" is said once', async ({ page }) => {
  await page.goto('/search/?q=qwzx%20frobnication%20wibble');
  await expect(status(page)).toHaveText('見つかりませんでした');
  await expect(page.getByText('見つかりませんでした')).toHaveCount(1);
});

test('code blocks give the full-text index their code, not their interface text', async ({ page }) => {
  // Every code block carries the screen-reader caption 「ターミナルウィンドウ」 and a copy button; no
  // entry's own text says ターミナル, so a full-text hit could only come from that interface text.
  await page.goto(`/search/?q=${encodeURIComponent('ターミナルウィンドウ')}`);
  await expect(status(page)).toHaveText('見つかりませんでした');
  await expect(page.getByRole('region', { name: '全文検索の結果' })).toHaveCount(0);
});

test('typing after a search starts a new history entry: Back returns to the previous query', async ({ page }) => {
  await page.goto('/search/?q=CannotPullContainerError');
  await expect(matches(page).first()).toBeVisible();
  await box(page).focus();
  await box(page).press('ControlOrMeta+a');
  await box(page).pressSequentially('OutOfMemoryError', { delay: 20 });
  await expect(page).toHaveURL(/\?q=OutOfMemoryError$/);
  await box(page).press('Enter');
  await page.goBack();
  await expect(box(page)).toHaveValue('CannotPullContainerError');
  await expect(page).toHaveURL(/\?q=CannotPullContainerError$/);
  await expect(matches(page).first().getByRole('link')).toHaveAttribute('href', '/symptoms/cannot-pull-container/');
  await page.goForward();
  await expect(box(page)).toHaveValue('OutOfMemoryError');
  // Each keystroke did not leave an entry of its own: one more Back leaves the typed query.
  await page.goBack();
  await expect(box(page)).toHaveValue('CannotPullContainerError');
});

test('/ and Ctrl+K focus the paste box on any page, but not while typing in a field', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/symptoms/cannot-pull-container/');
  const header = page.getByRole('searchbox', { name: 'エラー文や症状で検索' });
  await expect(header).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(header).toBeFocused();
  await expect(header).toHaveValue('');
  // Typing "/" in the box is a character, not a shortcut.
  await page.keyboard.type('a/b');
  await expect(header).toHaveValue('a/b');
  await header.blur();
  await page.keyboard.press('Control+k');
  await expect(header).toBeFocused();

  await page.goto('/search/?q=x');
  await box(page).blur();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();

  // The page's own box comes before the header's: on the home and 404 pages, theirs.
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'エラー文や症状を入力' })).toBeFocused();
  await page.goto('/symptoms/no-such-page/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: '検索する言葉' })).toBeFocused();
});

test('results can be narrowed to Fargate or EC2', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'CannotPullContainerError: write /var/lib/docker/tmp/GetImageBlob123456: no space left on device');
  const diskFull = page
    .getByRole('region', { name: '一致するエラー' })
    .locator('a[href$="#instance-disk-full"], a[href="/causes/instance-disk-full/"]');
  await expect(diskFull.first()).toBeVisible();
  await page.getByRole('radio', { name: 'Fargate' }).check();
  await expect(status(page)).toContainText('Fargate のみ');
  await expect(diskFull).toHaveCount(0);
  await expect(page).toHaveURL(/launch=fargate/);
  await page.getByRole('radio', { name: 'EC2' }).check();
  await expect(diskFull.first()).toBeVisible();
  // The filter is part of the link: reopening it keeps the choice.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'EC2' })).toBeChecked();
});

for (const [name, url] of [
  ['empty', '/search/'],
  ['with results', '/search/?q=CannotPullContainerError'],
] as const) {
  test(`axe: the search page ${name}`, async ({ page }) => {
    await page.goto(url);
    if (name === 'with results') await expect(status(page)).toHaveText(/全文検索 \d+ 件/);
    expect(await axeViolations(page)).toEqual([]);
  });
}
