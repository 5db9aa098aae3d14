/**
 * Japanese text on a phone breaks between phrases (文節), never inside a word: a title cut as
 * 「トラブルシューティン / グ」 or a sidebar entry cut as 「つながら / ない」 is read wrong at a glance.
 */
import { expect, test, type Page } from '@playwright/test';
import { useJapaneseFont } from './japanese-font.ts';

test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true });
test.beforeEach(({ page }) => useJapaneseFont(page));

/** How many lines the first occurrence of `phrase` inside `selector` is drawn on. */
function linesOf(page: Page, selector: string, phrase: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }
      throw new Error(`「${wanted}」 is not in ${root.outerHTML.slice(0, 80)}`);
    }, phrase);
}

test('the home title keeps its longest word on one line', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  expect(await linesOf(page, 'h1', 'トラブルシューティング')).toBe(1);
});

test('a symptom title breaks between phrases', async ({ page }) => {
  await page.goto('/symptoms/cannot-pull-container/');
  await page.evaluate(() => document.fonts.ready);
  for (const phrase of ['タスクが', '停止する']) expect(await linesOf(page, 'h1', phrase)).toBe(1);
});
