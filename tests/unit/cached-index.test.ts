/** The command line's index cache: reused while nothing changed, rebuilt when the content changes. */
import { afterAll, expect, test } from 'vitest';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { brokenKb, workDir } from './fixture.ts';
import { cachedLookupIndex, lookupIndexKey } from '../../src/lib/lookup/cached-index.ts';
import { createMatcher } from '../../src/lib/lookup/matcher.ts';

const kb = brokenKb(() => {});
const cache = workDir('lookup-cache');
afterAll(() => {
  kb.dispose();
  rmSync(cache, { recursive: true, force: true });
});

test('the first call builds and caches the index, the next answers from the cache with the same index', async () => {
  const first = await cachedLookupIndex(kb.dir, cache);
  expect(first.fromCache).toBe(false);
  const second = await cachedLookupIndex(kb.dir, cache);
  expect(second.fromCache).toBe(true);
  expect(second.index).toEqual(first.index);
  expect(createMatcher(second.index).lookup('SampleError')[0]?.id).toBe('sample-symptom');
});

test('an edit to the content changes the key, so the index is built again', async () => {
  const before = lookupIndexKey(kb.dir);
  appendFileSync(join(kb.dir, 'causes', 'sample-cause.md'), '\n追記した段落。\n');
  expect(lookupIndexKey(kb.dir)).not.toBe(before);
  expect((await cachedLookupIndex(kb.dir, cache)).fromCache).toBe(false);
  expect(readdirSync(cache)).toHaveLength(2);
});
