/**
 * Site benchmark: `npm run bench:site` (after `npm run build`).
 * For the home, a symptom, a cause, a tree node and the search page: HTML, JS and CSS bytes
 * actually loaded (raw and gzipped) and Lighthouse scores (mobile preset, Debian's Chromium);
 * the same for a plain Starlight site built in the same run, as the baseline. Lighthouse scores are
 * the median of three runs per page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve, join } from 'node:path';
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';
import { percentile, run, writePlainStarlight } from './bench-common.ts';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function serve(root: string | undefined, port: number): Promise<ChildProcess> {
  const args = ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), ...(root ? ['--root', root] : [])];
  const server = spawn('npx', args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`preview on ${port} did not start`);
}

interface Bytes {
  html: [number, number];
  js: [number, number];
  css: [number, number];
}

async function loadedBytes(url: string): Promise<Bytes> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: FLAGS });
  const page = await browser.newPage();
  const bytes: Bytes = { html: [0, 0], js: [0, 0], css: [0, 0] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const type = response.request().resourceType();
        const kind = type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : undefined;
        if (!kind) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        bytes[kind][0] += body.length;
        bytes[kind][1] += gzipSync(body).length;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  // Let deferred module scripts and lazy chunks arrive (search runs on load).
  await page.waitForTimeout(1500);
  await Promise.all(pending);
  await browser.close();
  return bytes;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse runs per page: performance varies between runs, so the table shows the median. */
const RUNS = 3;

async function lighthouseOnce(url: string): Promise<number[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const c = result!.lhr.categories;
    return CATEGORIES.map((k) => Math.round((c[k]?.score ?? 0) * 100));
  } finally {
    await chrome.kill();
  }
}

async function lighthouseScores(url: string): Promise<string> {
  const runs: number[][] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(url));
  return CATEGORIES.map((_, k) =>
    percentile(
      runs.map((r) => r[k]!),
      50,
    ),
  ).join(' / ');
}

const baselineDir = resolve('.cache', 'bench', 'site-baseline');
rmSync(baselineDir, { recursive: true, force: true });
writePlainStarlight(baselineDir, 20, (i) => ({
  title: `ページ ${i}`,
  body: `## 概要\n\nベースラインのページ ${i} です。\n\n\`\`\`bash\naws ecs describe-services --cluster c --services s\n\`\`\`\n`,
}));
run('npx', ['astro', 'build', '--root', baselineDir]);

const ours = await serve(undefined, 4392);
const base = await serve(baselineDir, 4393);
const treeStart =
  (await (await fetch('http://127.0.0.1:4392/trees/')).text()).match(/href="(\/trees\/task-start\/[a-z0-9-]+\/)"/)?.[1] ??
  '/trees/task-start/';
const targets: [string, string][] = [
  ['ホーム', 'http://127.0.0.1:4392/'],
  ['症状', 'http://127.0.0.1:4392/symptoms/cannot-pull-container/'],
  ['原因', 'http://127.0.0.1:4392/causes/no-route-to-registry/'],
  ['ツリーのノード', `http://127.0.0.1:4392${treeStart}`],
  ['検索（?q= あり）', 'http://127.0.0.1:4392/search/?q=CannotPullContainerError'],
  ['Starlight のみ: ホーム', 'http://127.0.0.1:4393/'],
  ['Starlight のみ: ページ', 'http://127.0.0.1:4393/pages/page-1/'],
];
const kb = (b: number) => (b / 1024).toFixed(1);
const rows: string[][] = [
  [
    'ページ',
    'HTML KB (gzip)',
    'JS KB (gzip)',
    'CSS KB (gzip)',
    'Lighthouse 性能 / アクセシビリティ / ベストプラクティス / SEO（3 回の中央値）',
  ],
];
try {
  for (const [name, url] of targets) {
    const b = await loadedBytes(url);
    const scores = await lighthouseScores(url);
    rows.push([
      name,
      `${kb(b.html[0])} (${kb(b.html[1])})`,
      `${kb(b.js[0])} (${kb(b.js[1])})`,
      `${kb(b.css[0])} (${kb(b.css[1])})`,
      scores,
    ]);
  }
} finally {
  for (const server of [ours, base]) if (server.pid) process.kill(-server.pid);
}
process.stdout.write(`${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
process.stdout.write(`\nベースライン: ${join('.cache', 'bench', 'site-baseline')}（同じ Astro と Starlight、既定の設定）\n`);
