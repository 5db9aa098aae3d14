/** The browser the tests drive is found in the documented order. */
import { expect, test } from 'vitest';
import { findChromium, type Probe } from '../e2e/chromium-path.ts';

const probe = (present: string[], over: Partial<Probe> = {}): Probe => ({
  explicit: undefined,
  pathDirs: ['/usr/local/bin', '/usr/bin'],
  playwrightPath: '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome',
  isExecutable: (file) => present.includes(file),
  ...over,
});

test.each([
  [
    'CHROMIUM_PATH first, even with a system Chromium',
    probe(['/usr/bin/chromium'], { explicit: '/opt/chrome/chrome' }),
    { path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH' },
  ],
  [
    "then Debian's chromium on PATH",
    probe(['/usr/bin/chromium', '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome']),
    { path: '/usr/bin/chromium', from: 'PATH' },
  ],
  [
    'PATH order decides between two',
    probe(['/usr/bin/chromium', '/usr/local/bin/chromium-browser']),
    { path: '/usr/local/bin/chromium-browser', from: 'PATH' },
  ],
  [
    "then Playwright's own",
    probe(['/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome']),
    { path: '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome', from: 'playwright' },
  ],
  ['nothing', probe([]), undefined],
  ['no Playwright path known', probe([], { playwrightPath: undefined }), undefined],
])('%s', (_, machine, expected) => {
  expect(findChromium(machine)).toEqual(expected);
});
