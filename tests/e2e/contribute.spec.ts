/**
 * "この情報を追加・修正する" on the search page, and links copied for chat on the canonical origin.
 * The site is served on 127.0.0.1:4329 while its canonical origin is SITE_URL (localhost:4321 in
 * a build without it): a copied link must carry the canonical one, as a published page would.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const canonicalOrigin = async (page: Page) => new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;

test('a heading anchor copies its URL on the canonical origin, not the host it was read on', async ({ page }) => {
  await page.goto('/symptoms/cannot-pull-container/');
  const origin = await canonicalOrigin(page);
  expect(origin).not.toBe(new URL(page.url()).origin);
  await page.locator('#image-not-found + a.sl-anchor-link').click();
  await expect(page.locator('[data-copy-announce]')).toHaveText('見出しへのリンクをコピーしました');
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toMatch(new RegExp(`<${origin.replace(/[.:/]/g, '\\$&')}/symptoms/cannot-pull-container/#image-not-found>$`));
});

/** A family's name with a tail no source prints, carrying an account id and a role ARN. */
const UNCOVERED =
  'ResourceInitializationError: failed to frobnicate volume plugin for arn:aws:iam::123456789012:role/prod-exec: quux widget missing';

test('an uncovered message offers a prefilled, masked issue exactly when the site names its repository', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('textbox', { name: 'エラー文、ログの 1 行、または症状を入力' });
  await box.fill(UNCOVERED);
  await box.press('Enter');
  const note = page.getByRole('region', { name: 'まだ登録されていないエラー' });
  await expect(note).toBeVisible();
  const report = note.getByRole('link', { name: 'この情報を追加・修正する' });
  const footer = page.locator('a[data-kb-contribute]');
  if ((await footer.count()) === 0) {
    // Built without SITE_REPO: nowhere to send a report, so no link at all (never a dead one).
    await expect(report).toHaveCount(0);
    return;
  }
  const href = (await report.getAttribute('href'))!;
  const repo = (await footer.getAttribute('data-repo'))!;
  expect(href.startsWith(`${repo}/issues/new?title=`)).toBe(true);
  expect(href.length).toBeLessThanOrEqual(8000);
  expect(href).not.toContain('123456789012');
  const body = new URL(href).searchParams.get('body')!;
  // The ARN pattern takes the colon after it too (an ARN may end in one): the lookup's own rule.
  expect(body).toContain('ResourceInitializationError: failed to frobnicate volume plugin for {arn} quux widget missing');
  expect(body).toContain(`${await canonicalOrigin(page)}/search/`);
  expect(body).toContain((await footer.getAttribute('data-version'))!);
});
