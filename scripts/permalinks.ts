/**
 * Permalink manifest: `npm run permalinks` checks the built site against tests/data/permalinks.json;
 * `npm run permalinks -- --update` rewrites the manifest from dist/ (after adding pages or anchors).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { manifestFrom, permalinkProblems, siteSnapshot, type Manifest } from '../src/lib/site/permalinks.ts';

const MANIFEST = 'tests/data/permalinks.json';

if (process.argv.includes('--update')) {
  const site = siteSnapshot('dist');
  // Never drop a published URL from the manifest: keep old entries, add new ones.
  let old: Manifest = { pages: {} };
  try {
    old = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  } catch {
    // First run: no manifest yet.
  }
  const fresh = manifestFrom(site);
  const merged: Manifest = { pages: { ...old.pages } };
  for (const [path, ids] of Object.entries(fresh.pages)) merged.pages[path] = [...new Set([...(old.pages[path] ?? []), ...ids])].sort();
  merged.pages = Object.fromEntries(Object.entries(merged.pages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(MANIFEST, `${JSON.stringify(merged, null, 1)}\n`);
  process.stdout.write(`${MANIFEST}: ${Object.keys(merged.pages).length} ページ\n`);
} else {
  const problems = permalinkProblems(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest, siteSnapshot('dist'));
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('公開済みの URL とアンカーはすべて残っています\n');
}
