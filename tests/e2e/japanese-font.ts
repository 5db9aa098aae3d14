import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FONT_PACKAGE = join(process.cwd(), 'node_modules/@fontsource/noto-sans-jp');

/**
 * The test machine has no Japanese font, so labels would be measured and photographed as blank
 * boxes. Give the page Noto Sans JP from the npm package (served under the site's own origin, as
 * a reader's system font would be there) before anything is measured.
 */
export async function useJapaneseFont(page: Page) {
  await page.route('**/__test-fonts/*', (route) =>
    route.fulfill({ path: join(FONT_PACKAGE, 'files', new URL(route.request().url()).pathname.split('/').pop()!) }),
  );
  const css = `${readFileSync(join(FONT_PACKAGE, 'index.css'), 'utf8').replaceAll('./files/', '/__test-fonts/')}
    :root { --sl-font: 'Noto Sans JP', system-ui, sans-serif; }`;
  await page.addInitScript((text) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
    });
  }, css);
}
