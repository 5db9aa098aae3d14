/**
 * Builds the small valid fixture site once (into a temporary folder) and checks what only a real
 * build shows: former ids forward to the current page with a preview of their own.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VALID_KB, workDir } from './fixture.ts';
import { childEnv } from '../../src/config.ts';
import { meta, canonical, sitemapPaths } from '../../src/lib/site/dist.ts';

let tmp: string;
let out: string;
beforeAll(() => {
  tmp = workDir('site');
  out = join(tmp, 'dist');
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: childEnv({ KB_CONTENT_DIR: VALID_KB, KB_CACHE_DIR: join(tmp, 'cache'), SITE_URL: 'https://kb.example.com' }),
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

test('an error page has no lower-case copy (the 404 page forwards case variants); /e/ itself is the index of names', () => {
  // On a case-insensitive disk a copy at e/sampleerror/ would be e/SampleError/ and overwrite it.
  expect(readdirSync(join(out, 'e')).sort()).toEqual(['SampleError', 'index.html']);
});

test('the sitemap lists no forwarding page, and the 404 page names no URL of its own', () => {
  const paths = sitemapPaths(out);
  expect(paths).toContain('/symptoms/sample-symptom/');
  expect(paths).not.toContain('/symptoms/old-sample-symptom/');
  const notFound = readFileSync(join(out, '404.html'), 'utf8');
  expect(canonical(notFound)).toBeUndefined();
  expect(meta(notFound, 'og:url')).toBeUndefined();
});

test('without SITE_REPO no page offers the contribution link (there is nowhere to send it)', () => {
  const html = readFileSync(join(out, 'causes', 'sample-cause', 'index.html'), 'utf8');
  expect(html).not.toContain('data-kb-contribute');
  expect(html).not.toContain('この情報を追加・修正する');
});
