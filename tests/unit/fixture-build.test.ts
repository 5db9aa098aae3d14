/**
 * Builds the small valid fixture site once (into a temporary folder) and checks what only a real
 * build shows: former ids forward to the current page with a preview of their own.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VALID_KB } from './fixture.ts';
import { meta, canonical } from '../../src/lib/site/dist.ts';

let tmp: string;
let out: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kb-site-'));
  out = join(tmp, 'dist');
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: {
      ...process.env,
      KB_CONTENT_DIR: VALID_KB,
      KB_CACHE_DIR: join(tmp, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: 'https://kb.example.com',
    },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('a former id forwards to the current page, with its own preview', () => {
  const html = readFileSync(join(out, 'symptoms', 'old-sample-symptom', 'index.html'), 'utf8');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/symptoms/sample-symptom/"');
  expect(canonical(html)).toBe('https://kb.example.com/symptoms/sample-symptom/');
  expect(meta(html, 'og:title')).toBe('SampleError でタスクが停止する');
  expect(meta(html, 'og:image')).toBe('https://kb.example.com/og/symptoms/sample-symptom.png');
  expect(html).toMatch(/<a href="\/symptoms\/sample-symptom\/">/);
  expect(html).toContain('<html lang="ja">');
});

test('a lower-case error URL forwards to the error page', () => {
  const html = readFileSync(join(out, 'e', 'sampleerror', 'index.html'), 'utf8');
  expect(html).toContain('url=/e/SampleError/');
});
