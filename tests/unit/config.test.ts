/** Settings: one module reads the environment, validates it in Japanese, and documents itself. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { publishCheck, readSettings, settingsTable } from '../../src/config.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('readSettings', () => {
  test('defaults when nothing is set, and an empty variable counts as unset', () => {
    const s = readSettings({ SITE_URL: '', KB_CONTENT_DIR: ' ' });
    expect(s).toMatchObject({
      siteUrl: 'http://localhost:4321',
      siteUrlSet: false,
      siteRepo: undefined,
      release: false,
      contentDir: 'content',
      cacheDir: undefined,
      chromiumPath: undefined,
      ci: false,
    });
    expect(s.ogWorkers).toBeGreaterThanOrEqual(1);
  });

  test.each([
    [{ SITE_URL: 'https://kb.example.com/' }, { siteUrl: 'https://kb.example.com', siteUrlSet: true }],
    [{ OG_WORKERS: '3' }, { ogWorkers: 3 }],
    [
      { KB_CONTENT_DIR: 'tests/fixtures/kb-valid', KB_CACHE_DIR: '/tmp/c' },
      { contentDir: 'tests/fixtures/kb-valid', cacheDir: '/tmp/c' },
    ],
    [{ CI: 'true' }, { ci: true }],
    [{ CI: 'false' }, { ci: false }],
    [{ CI: '0' }, { ci: false }],
    [{ KB_DEBUG: '1' }, { debug: true }],
    [{ KB_DEBUG: 'false' }, { debug: false }],
    [{ SITE_REPO: 'https://github.com/example/ecs-kb' }, { siteRepo: 'https://github.com/example/ecs-kb' }],
    [{ SITE_REPO: 'https://github.com/example/ecs-kb.git' }, { siteRepo: 'https://github.com/example/ecs-kb' }],
    [{ SITE_REPO: 'https://github.com/Ex-ample/kb.docs/' }, { siteRepo: 'https://github.com/Ex-ample/kb.docs' }],
    [{ KB_RELEASE: '1', SITE_URL: 'https://kb.example.com' }, { release: true }],
  ])('%o', (env, expected) => {
    expect(readSettings(env)).toMatchObject(expected);
  });

  test.each([
    [
      { SITE_URL: 'kb.example.com' },
      'SITE_URL "kb.example.com" は URL ではありません\n  → https://ecs-kb.example.com のように、スキームから始まるオリジンを指定してください',
    ],
    [{ SITE_URL: 'ftp://kb.example.com' }, 'SITE_URL "ftp://kb.example.com" のスキームは http か https にしてください'],
    [
      { SITE_URL: 'https://user.github.io/kb/' },
      'SITE_URL "https://user.github.io/kb/" にパスを含めることはできません（サブパスでの公開には対応していません）\n  → オリジンだけ（例: https://user.github.io）を指定してください',
    ],
    [{ OG_WORKERS: '0' }, 'OG_WORKERS "0" は 1 以上の整数にしてください（例: OG_WORKERS=2）'],
    [{ OG_WORKERS: 'two' }, 'OG_WORKERS "two" は 1 以上の整数にしてください（例: OG_WORKERS=2）'],
    [
      { CHROMIUM_PATH: '/nonexistent/chromium' },
      'CHROMIUM_PATH "/nonexistent/chromium" にファイルがありません\n  → Chromium の実行ファイルのパスを指定するか、CHROMIUM_PATH を外してください',
    ],
    [
      { SITE_REPO: 'example/ecs-kb' },
      'SITE_REPO "example/ecs-kb" は GitHub のリポジトリの URL ではありません\n  → https://github.com/<owner>/<repo> の形で指定するか、SITE_REPO を外してください（外すと「この情報を追加・修正する」リンクは出ません）',
    ],
    [
      { SITE_REPO: 'http://github.com/example/ecs-kb' },
      'SITE_REPO "http://github.com/example/ecs-kb" は GitHub のリポジトリの URL ではありません\n  → https://github.com/<owner>/<repo> の形で指定するか、SITE_REPO を外してください（外すと「この情報を追加・修正する」リンクは出ません）',
    ],
    [
      { SITE_REPO: 'https://gitlab.com/example/ecs-kb' },
      'SITE_REPO "https://gitlab.com/example/ecs-kb" は GitHub のリポジトリの URL ではありません\n  → https://github.com/<owner>/<repo> の形で指定するか、SITE_REPO を外してください（外すと「この情報を追加・修正する」リンクは出ません）',
    ],
    [
      { SITE_REPO: 'https://github.com/example/ecs-kb/issues' },
      'SITE_REPO "https://github.com/example/ecs-kb/issues" は GitHub のリポジトリの URL ではありません\n  → https://github.com/<owner>/<repo> の形で指定するか、SITE_REPO を外してください（外すと「この情報を追加・修正する」リンクは出ません）',
    ],
    [
      { SITE_REPO: 'https://github.com/example' },
      'SITE_REPO "https://github.com/example" は GitHub のリポジトリの URL ではありません\n  → https://github.com/<owner>/<repo> の形で指定するか、SITE_REPO を外してください（外すと「この情報を追加・修正する」リンクは出ません）',
    ],
  ])('rejects %o with a message that names the variable and the fix', (env, message) => {
    expect(() => readSettings(env)).toThrow(message);
  });
});

describe('publishCheck: a build that would publish localhost URLs', () => {
  const LOCALHOST =
    'SITE_URL が設定されていないため、canonical・og:url・サイトマップ・OpenSearch・チャット用リンクの絶対 URL がすべて http://localhost:4321 です。このビルドは公開しないでください\n  → 公開するときは SITE_URL=https://<公開先のオリジン> npm run build:release';
  const NO_REPO =
    'SITE_REPO が設定されていないため、「この情報を追加・修正する」リンクはどのページにも出ません\n  → 出すときは SITE_REPO=https://github.com/<owner>/<repo> を付けてビルドしてください';
  const check = (env: Record<string, string>) => publishCheck(readSettings(env));

  test.each([
    ['a local build without SITE_URL: built, with a warning', {}, { stop: undefined, warnings: [LOCALHOST] }],
    ['a build with SITE_URL: silent', { SITE_URL: 'https://kb.example.com' }, { stop: undefined, warnings: [] }],
    [
      'a release build without SITE_URL: stops',
      { KB_RELEASE: '1', SITE_REPO: 'https://github.com/example/ecs-kb' },
      {
        stop: '公開用のビルド（KB_RELEASE）には SITE_URL が必要です\n  → SITE_URL=https://<公開先のオリジン> npm run build:release',
        warnings: [],
      },
    ],
    [
      'a release build with both: silent',
      { KB_RELEASE: '1', SITE_URL: 'https://kb.example.com', SITE_REPO: 'https://github.com/example/ecs-kb' },
      { stop: undefined, warnings: [] },
    ],
    [
      'a release build without SITE_REPO: built, with a warning that the link is missing',
      { KB_RELEASE: '1', SITE_URL: 'https://kb.example.com' },
      { stop: undefined, warnings: [NO_REPO] },
    ],
  ])('%s', (_case, env, expected) => {
    expect(check(env)).toEqual(expected);
  });
});

test("the README's settings table is the one src/config.ts documents", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(settingsTable());
});

test('no file but src/config.ts reads the environment', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules' && name !== '.work') walk(full);
      } else if (/\.(ts|mjs|js|astro)$/.test(name) && /process\.env\b/.test(readFileSync(full, 'utf8'))) {
        offenders.push(full.slice(ROOT.length + 1));
      }
    }
  };
  for (const dir of ['src', 'scripts', 'tests']) walk(join(ROOT, dir));
  for (const file of ['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts']) {
    if (/process\.env\b/.test(readFileSync(join(ROOT, file), 'utf8'))) offenders.push(file);
  }
  expect(offenders).toEqual(['src/config.ts']);
});
