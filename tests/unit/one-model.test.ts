/** One knowledge-base model (issue 15): what the check derives, the pages take as it is instead of deriving it again. */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Files under `dir` whose text matches `pattern`, relative to the repository root. */
function filesMatching(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...filesMatching(full, pattern));
    else if (/\.(ts|astro)$/.test(name) && pattern.test(readFileSync(full, 'utf8'))) found.push(full.slice(ROOT.length + 1));
  }
  return found;
}

test('relations are derived once, by the content check; the pages read the checked model', () => {
  expect(filesMatching(join(ROOT, 'src'), /(?<!function )\bbuildRelations\(/)).toEqual(['src/lib/kb/check.ts']);
  expect(readFileSync(join(ROOT, 'src/lib/kb/collections.ts'), 'utf8')).toMatch(/loadCheckedKnowledgeBase\(\)\.relations/);
});
