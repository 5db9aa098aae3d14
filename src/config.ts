/**
 * Every setting the project reads from the environment, in one place. Nothing else reads
 * `process.env`: the build, the scripts and the tests ask this module, so a wrong value fails at
 * once with a Japanese message that names the variable and the fix, and the README's settings table
 * is printed from `SETTINGS` (`npm run --silent settings`, checked by tests/unit/config.test.ts).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, join } from 'node:path';

export interface Settings {
  /** Absolute origin for canonical, og:url, the sitemap, OpenSearch and copy-for-chat links. */
  siteUrl: string;
  /** Whether SITE_URL was given (a build meant for deployment sets it). */
  siteUrlSet: boolean;
  /**
   * The GitHub repository that hosts the site (`https://github.com/<owner>/<repo>`), where
   * "この情報を追加・修正する" opens a new issue. Unset: no such link anywhere (never a dead one).
   */
  siteRepo: string | undefined;
  /** A build meant for deployment (`npm run build:release`): fails without SITE_URL. */
  release: boolean;
  /** The knowledge base folder. */
  contentDir: string;
  /** Moves Astro's cache and the project's own caches (cards, lookup index) together; unset: defaults. */
  cacheDir: string | undefined;
  /** Worker threads that draw preview cards. */
  ogWorkers: number;
  /** Chromium for the browser tests and benchmarks, when given explicitly. */
  chromiumPath: string | undefined;
  /** Running in CI (`CI` set to anything but empty, `0` or `false`). */
  ci: boolean;
  /** Build failures show the stack trace as well as the message (`KB_DEBUG` set like `CI`). */
  debug: boolean;
}

interface SettingDoc {
  name: string;
  default: string;
  purpose: string;
}

/** What the README's settings table says, one row per variable, in this order. */
export const SETTINGS: readonly SettingDoc[] = [
  {
    name: 'SITE_URL',
    default: '`http://localhost:4321`',
    purpose: 'canonical、`og:url`、サイトマップ、OpenSearch、チャット用リンクの絶対 URL。公開時は公開先のオリジンにする',
  },
  {
    name: 'SITE_REPO',
    default: 'なし（「この情報を追加・修正する」リンクを出さない）',
    purpose:
      'サイトのリポジトリ（`https://github.com/<owner>/<repo>`）。各ページの下と検索結果の「この情報を追加・修正する」が、ここに issue を作るリンクになる',
  },
  {
    name: 'KB_RELEASE',
    default: 'なし（`npm run build:release` が `1` にする）',
    purpose: '公開用のビルド。`SITE_URL` がないと失敗する（`1` など。空、`0`、`false` は無効）',
  },
  { name: 'KB_CONTENT_DIR', default: '`content`', purpose: 'ナレッジベースの場所（テストやベンチマークで別のツリーを指す）' },
  {
    name: 'KB_CACHE_DIR',
    default: 'Astro の既定（`node_modules/.astro`）と `node_modules/.cache/`',
    purpose: 'Astro のキャッシュ、リンクプレビュー画像と検索インデックスのキャッシュをまとめて別の場所に置く',
  },
  { name: 'OG_WORKERS', default: 'CPU コア数 − 1（最低 1）', purpose: 'リンクプレビュー画像を描くワーカースレッドの数（1 以上の整数）' },
  {
    name: 'CHROMIUM_PATH',
    default: 'なし（システムの `chromium`、Playwright の Chromium の順に探す）',
    purpose: 'ブラウザテストとベンチマークで使う Chromium の実行ファイル',
  },
  { name: 'CI', default: 'なし', purpose: 'CI で実行していることを示す（`test.only` を禁止する）' },
  {
    name: 'KB_DEBUG',
    default: 'なし',
    purpose: 'ビルドが止まったとき、メッセージに加えてスタックトレースも表示する（`1` など。空、`0`、`false` は無効）',
  },
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** An empty variable counts as unset: `SITE_URL= npm run build` means the default. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function siteUrl(env: Env): string {
  const raw = read(env, 'SITE_URL');
  if (raw === undefined) return 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `SITE_URL "${raw}" は URL ではありません\n  → https://ecs-kb.example.com のように、スキームから始まるオリジンを指定してください`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`SITE_URL "${raw}" のスキームは http か https にしてください`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(
      `SITE_URL "${raw}" にパスを含めることはできません（サブパスでの公開には対応していません）\n  → オリジンだけ（例: ${url.origin}）を指定してください`,
    );
  }
  return url.origin;
}

const REPO_FORM = /^https:\/\/github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

/** `https://github.com/<owner>/<repo>` (a trailing slash or `.git` is dropped), or undefined. */
function siteRepo(env: Env): string | undefined {
  const raw = read(env, 'SITE_REPO');
  if (raw === undefined) return undefined;
  const repo = raw.replace(/\/+$/, '').replace(/\.git$/, '');
  const match = REPO_FORM.exec(repo);
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new ConfigError(
      `SITE_REPO "${raw}" は GitHub のリポジトリの URL ではありません\n  → https://github.com/<owner>/<repo> の形で指定するか、SITE_REPO を外してください（外すと「この情報を追加・修正する」リンクは出ません）`,
    );
  }
  return repo;
}

function ogWorkers(env: Env): number {
  const raw = read(env, 'OG_WORKERS');
  if (raw === undefined) return Math.max(1, availableParallelism() - 1);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new ConfigError(`OG_WORKERS "${raw}" は 1 以上の整数にしてください（例: OG_WORKERS=2）`);
  }
  return n;
}

function chromiumPath(env: Env): string | undefined {
  const raw = read(env, 'CHROMIUM_PATH');
  if (raw !== undefined && !existsSync(raw)) {
    throw new ConfigError(
      `CHROMIUM_PATH "${raw}" にファイルがありません\n  → Chromium の実行ファイルのパスを指定するか、CHROMIUM_PATH を外してください`,
    );
  }
  return raw;
}

/** A switch: set to anything but empty, `0` or `false`. */
function flag(env: Env, name: string): boolean {
  const raw = read(env, name);
  return raw !== undefined && raw !== '0' && raw.toLowerCase() !== 'false';
}

/** Reads and validates every setting; throws a ConfigError naming the variable on a bad value. */
export function readSettings(env: Env = process.env): Settings {
  return {
    siteUrl: siteUrl(env),
    siteUrlSet: read(env, 'SITE_URL') !== undefined,
    siteRepo: siteRepo(env),
    release: flag(env, 'KB_RELEASE'),
    contentDir: read(env, 'KB_CONTENT_DIR') ?? 'content',
    cacheDir: read(env, 'KB_CACHE_DIR'),
    ogWorkers: ogWorkers(env),
    chromiumPath: chromiumPath(env),
    ci: flag(env, 'CI'),
    debug: flag(env, 'KB_DEBUG'),
  };
}

/** What a build says about where it may be published: a stop, and warnings for its last lines. */
export interface PublishCheck {
  /** Set: the build must not run (a release build that would carry localhost URLs). */
  stop: string | undefined;
  warnings: string[];
}

/**
 * Without SITE_URL every absolute URL (canonical, og:*, sitemap, OpenSearch, copy-for-chat) is
 * localhost: fine on a laptop, wrong anywhere else. Every such build says so at its end; a release
 * build refuses to start, so a deployable dist/ cannot carry localhost silently.
 */
export function publishCheck(s: Pick<Settings, 'siteUrl' | 'siteUrlSet' | 'siteRepo' | 'release'>): PublishCheck {
  const warnings: string[] = [];
  const localhost = `SITE_URL が設定されていないため、canonical・og:url・サイトマップ・OpenSearch・チャット用リンクの絶対 URL がすべて ${s.siteUrl} です。このビルドは公開しないでください\n  → 公開するときは SITE_URL=https://<公開先のオリジン> npm run build:release`;
  if (!s.siteUrlSet) {
    if (s.release)
      return {
        stop: `公開用のビルド（KB_RELEASE）には SITE_URL が必要です\n  → SITE_URL=https://<公開先のオリジン> npm run build:release`,
        warnings,
      };
    warnings.push(localhost);
  }
  // Only a release build is expected to carry the link: a local build without it is normal.
  if (s.release && s.siteRepo === undefined) {
    warnings.push(
      'SITE_REPO が設定されていないため、「この情報を追加・修正する」リンクはどのページにも出ません\n  → 出すときは SITE_REPO=https://github.com/<owner>/<repo> を付けてビルドしてください',
    );
  }
  return { stop: undefined, warnings };
}

let cached: Settings | undefined;

/** The settings of this process, read once. */
export function settings(): Settings {
  cached ??= readSettings();
  return cached;
}

/** Where the project keeps a cache of its own (`name` is a folder), beside Astro's. */
export function projectCacheDir(name: string): string {
  const base = settings().cacheDir;
  return base ? join(base, name) : join(process.cwd(), 'node_modules', '.cache', name);
}

/**
 * The environment for a child process (a build, a preview server, the CLI): this process's own,
 * with Astro's telemetry off and the given settings changed. The one place that hands the
 * environment on, so children see the same settings as their parent.
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** The folders of PATH, in order: where a system program (Chromium, apt-get) is looked for. */
export function executableSearchPath(): string[] {
  return (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
}

/** The README's settings table, as Markdown. */
export function settingsTable(): string {
  const rows = SETTINGS.map((s) => `| \`${s.name}\` | ${s.default} | ${s.purpose} |`);
  return ['| 環境変数 | 既定値 | 用途 |', '| --- | --- | --- |', ...rows].join('\n');
}
