/** The card registry: keys, paths and URLs come from one module, and nothing else rebuilds them. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cardFileName, cardKeyFromPath, cardKeys, cardPath, cardUrl, type CardKey } from '../../src/lib/site/cards.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('card keys, paths and URLs', () => {
  const cases: [string, CardKey, string][] = [
    ['site card', cardKeys.site(), '/og/site.png'],
    ['search page', cardKeys.search(), '/og/search.png'],
    ['symptom', cardKeys.entry('symptoms', 'cannot-pull-container'), '/og/symptoms/cannot-pull-container.png'],
    ['cause', cardKeys.entry('causes', 'efs-access-denied'), '/og/causes/efs-access-denied.png'],
    ['tree', cardKeys.tree('task-stopped'), '/og/trees/task-stopped.png'],
    ['tree node', cardKeys.treeNode('task-stopped', 'q1'), '/og/trees/task-stopped/q1.png'],
    ['error name', cardKeys.errorName('CannotPullContainerError'), '/og/e/CannotPullContainerError.png'],
  ];
  test.each(cases)('%s', (_, key, path) => {
    expect(cardPath(key)).toBe(path);
    expect(cardUrl(key, new URL('https://kb.example.com/'))).toBe(`https://kb.example.com${path}`);
    expect(cardFileName(key)).toBe(path.slice('/og/'.length));
    expect(cardKeyFromPath(path)).toBe(key);
  });

  test.each([['/og/'], ['/og/.png'], ['/symptoms/x/'], ['/og/site.jpg'], ['/_astro/og/site.png']])('%s is not a card path', (path) => {
    expect(cardKeyFromPath(path)).toBeUndefined();
  });
});

test('no file under src/ builds a card key, path or URL by hand', () => {
  const patterns = [/\b(key|card):\s*['"`]/, /['"`]\/og\//, /\$\{[^}]*\}\.png`/, /\bogImagePath\b/, /previewHead\([^,]+,\s*['"`]/];
  // The registry itself, and the cache, whose files are named by a hash of the card's content.
  const allowed = new Set(['src/lib/site/cards.ts', 'src/lib/og/cache.ts']);
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|mjs|astro)$/.test(name) && !allowed.has(full.slice(ROOT.length + 1))) {
        const text = readFileSync(full, 'utf8');
        for (const p of patterns) if (p.test(text)) offenders.push(`${full.slice(ROOT.length + 1)} ${p}`);
      }
    }
  };
  walk(join(ROOT, 'src'));
  const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
  for (const p of patterns) if (p.test(config)) offenders.push(`astro.config.mjs ${p}`);
  expect(offenders).toEqual([]);
});
