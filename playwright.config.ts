import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/e2e/chromium-path.ts';
import { settings } from './src/config.ts';

const PORT = 4329;

/**
 * End-to-end tests drive Debian's Chromium (no browser download is possible here) against the
 * built site served by `astro preview`, never the dev server. Run `npm run build` first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: settings().ci,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // Two workers share two cores with the preview server; a page's full-text index can take longer
  // than Playwright's 5 s default to arrive when the machine is busy. Waiting longer for the same
  // state weakens no assertion.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ja-JP',
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: chromiumPath(),
      // Playwright gives every launch a fresh temporary user-data dir.
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
