/**
 * Lookup benchmark: `npm run bench:lookup` (after `npm run build`).
 * On the development set, hit@1 and hit@3 of our lookup and, in the same run, of Pagefind alone
 * (the full-text search we replace, driven in Debian's Chromium against the built site);
 * per-query latency on the real index and on a generated index of 10,000 look-alike signatures;
 * index size raw and gzipped.
 */
import { readFileSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { createMatcher } from '../src/lib/lookup/matcher.ts';
import { buildLookupIndex, type LookupSource } from '../src/lib/lookup/lookup-index.ts';
import { lookupIndexFromContent } from '../src/lib/lookup/from-content.ts';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';
import { gzipBytes, kb, percentile } from './bench-common.ts';

interface Case {
  q: string;
  expect: string[];
}
const cases = (parse(readFileSync('tests/data/dev-cases.yaml', 'utf8')) as { cases: Case[] }).cases;

function score(rankings: string[][]) {
  let at1 = 0;
  let at3 = 0;
  rankings.forEach((ids, i) => {
    if (cases[i]!.expect.includes(ids[0] ?? '')) at1++;
    if (ids.slice(0, 3).some((id) => cases[i]!.expect.includes(id))) at3++;
  });
  return { at1: at1 / cases.length, at3: at3 / cases.length };
}

function latency(matcher: ReturnType<typeof createMatcher>, queries: string[], rounds: number) {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      matcher.lookup(q);
      times.push(performance.now() - t);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

// Ours, on the real index.
const realIndex = lookupIndexFromContent();
const ours = createMatcher(realIndex);
const ourRankings = cases.map((c) => ours.lookup(c.q, 3).map((r) => r.id));
const queries = cases.map((c) => c.q);
latency(ours, queries, 3); // warm up
const realLatency = latency(ours, queries, 20);

// A generated index of 10,000 look-alike signatures: real families with varied tails.
const sources: LookupSource[] = [];
const families = [
  'CannotPullContainerError',
  'ResourceInitializationError',
  'OutOfMemoryError',
  'ClientException',
  'AccessDeniedException',
];
for (let i = 0; i < 10_000; i++) {
  const family = families[i % families.length]!;
  sources.push({
    id: `synthetic-${i}`,
    type: 'cause',
    title: `合成した原因 ${i}`,
    summary: `${family} の合成した原因 ${i}`,
    aliases: [],
    signatures: [`${family}: {detail}: step${i % 97} failed with code E${i} on resource kind${i % 211}`],
    symptoms: [],
  });
}
const big = createMatcher(buildLookupIndex([...sources]));
const bigQueries = [
  ...queries,
  ...Array.from(
    { length: 50 },
    (_, i) =>
      `2026-11-21T00:00:00Z ${families[i % 5]}: something: step${i % 97} failed with code E${i * 37} on resource kind${i % 211} arn:aws:iam::123456789012:role/x`,
  ),
];
latency(big, bigQueries, 2);
const bigLatency = latency(big, bigQueries, 10);

// Pagefind alone, in the browser against the built site.
async function pagefindRankings(): Promise<string[][]> {
  const port = 4391;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const rankings = await page.evaluate(
      async ([qs, pagefindUrl]) => {
        const pf = await import(/* @vite-ignore */ pagefindUrl);
        const out: string[][] = [];
        for (const q of qs) {
          const { results } = await pf.search(q);
          const urls = await Promise.all(results.slice(0, 3).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
          out.push(urls.map((u: string) => /^\/(?:symptoms|causes)\/([^/]+)\/$/.exec(u)?.[1] ?? u));
        }
        return out;
      },
      [queries, '/pagefind/pagefind.js'] as const,
    );
    await browser.close();
    return rankings;
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}
const pagefind = score(await pagefindRankings());
const mine = score(ourRankings);

const file = 'dist/api/lookup-index.json';
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const rows = [
  ['', 'このサイトの lookup', 'Pagefind のみ'],
  ['hit@1（開発セット 28 件）', pct(mine.at1), pct(pagefind.at1)],
  ['hit@3', pct(mine.at3), pct(pagefind.at3)],
  ['遅延 p50 / p95（実索引）', `${realLatency.p50.toFixed(2)} / ${realLatency.p95.toFixed(2)} ms`, '-'],
  ['遅延 p50 / p95（10,000 シグネチャ）', `${bigLatency.p50.toFixed(2)} / ${bigLatency.p95.toFixed(2)} ms`, '-'],
  ['索引サイズ raw / gzip', `${kb(statSync(file).size)} / ${kb(gzipBytes(file))}`, '-'],
];
process.stdout.write(`${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
