/**
 * Builds that would publish localhost URLs, as a person running them sees it: a release build stops
 * before building, any other build ends with the warning; and SITE_REPO puts the contribution link
 * at the foot of the pages.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VALID_KB, workDir } from './fixture.ts';
import { childEnv } from '../../src/config.ts';

const build = (dir: string, env: Record<string, string | undefined>) =>
  spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: childEnv({
      KB_CONTENT_DIR: VALID_KB,
      KB_CACHE_DIR: join(dir, 'cache'),
      SITE_URL: undefined,
      SITE_REPO: undefined,
      KB_RELEASE: undefined,
      ...env,
    }),
    encoding: 'utf8',
  });

let tmp: string;
let local: ReturnType<typeof build>;
beforeAll(() => {
  tmp = workDir('publish');
  local = build(tmp, { SITE_REPO: 'https://github.com/example/ecs-kb' });
  if (local.status !== 0) throw new Error(`fixture build failed:\n${local.stdout}\n${local.stderr}`);
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('a build without SITE_URL succeeds and its last words say the URLs are localhost', () => {
  const lines = `${local.stdout}${local.stderr}`.trimEnd().split('\n');
  expect(lines.slice(-4)).toEqual([
    '!'.repeat(72),
    '警告: SITE_URL が設定されていないため、canonical・og:url・サイトマップ・OpenSearch・チャット用リンクの絶対 URL がすべて http://localhost:4321 です。このビルドは公開しないでください',
    '  → 公開するときは SITE_URL=https://<公開先のオリジン> npm run build:release',
    '!'.repeat(72),
  ]);
});

test('with SITE_REPO, every page ends with a new-issue link that carries the page and the version', () => {
  for (const page of ['causes/sample-cause', 'symptoms/sample-symptom', 'search']) {
    const html = readFileSync(join(tmp, 'dist', page, 'index.html'), 'utf8');
    const href = /<a href="([^"]+)"[^>]*\bdata-kb-contribute/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(href, page).toBeDefined();
    const url = new URL(href!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/ecs-kb/issues/new');
    expect(url.searchParams.get('body')).toContain(`http://localhost:4321/${page}/`);
    expect(url.searchParams.get('body')).toMatch(
      /0\.1\.0( \(commit [0-9a-f]{12}\))?（確認したツールのバージョン: http:\/\/localhost:4321\/guides\/versions-checked\/）/,
    );
    expect(html).toContain('この情報を追加・修正する');
  }
});

test('a release build without SITE_URL stops before building anything', () => {
  const dir = workDir('release');
  try {
    const run = build(dir, { KB_RELEASE: '1', SITE_REPO: 'https://github.com/example/ecs-kb' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '公開用のビルド（KB_RELEASE）には SITE_URL が必要です\n  → SITE_URL=https://<公開先のオリジン> npm run build:release',
    );
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
