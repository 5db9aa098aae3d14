import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Script-injection payloads through every URL parameter the site reads. A payload "runs" if it
 * opens a dialog, sets `window.__xss`, logs a console error, or puts an element into the page.
 */
const payloads = readFileSync(join(import.meta.dirname, '..', 'data', 'xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** Every page that reads a query parameter, as a function of the payload. */
export const PARAMETER_PAGES: ((payload: string) => string)[] = [(p) => `/search/?q=${encodeURIComponent(p)}`];

test('the corpus has at least 50 payloads', () => {
  expect(payloads.length).toBeGreaterThanOrEqual(50);
});

for (const [i, payload] of payloads.entries()) {
  test(`payload ${i + 1} stays text: ${payload.slice(0, 40)}`, async ({ page }) => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    for (const url of PARAMETER_PAGES) {
      await page.goto(url(payload));
      await expect(page.locator('kb-search [data-status]')).toHaveText(/件|見つかりませんでした/);
      // The box shows the payload as text.
      await expect(page.getByRole('textbox', { name: /エラー文/ })).toHaveValue(payload);
      const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss === 1);
      expect(ran).toBe(false);
      const injected = await page
        .locator('main')
        .evaluate((main) =>
          [
            ...main.querySelectorAll(
              'script, iframe, object, embed, svg[onload], img[onerror], [onerror], [onload], [onfocus], #xss-link, base, meta, link',
            ),
          ]
            .filter((el) => !el.closest('[data-allow]'))
            .map((el) => el.outerHTML.slice(0, 80)),
        );
      expect(injected.filter((html) => /__xss|alert|javascript:|onerror|onload|onfocus/i.test(html))).toEqual([]);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
}
