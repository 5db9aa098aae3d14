/**
 * Validates the paste corpus itself (tests/data/paste-corpus.{tune,holdout}.yaml): its shape, its sources, its
 * fixed tune/hold-out split and that every expected id is an entry in content/. Hit rates are not
 * asserted here: `npm run bench:lookup` reports them, and nothing may be tuned against the
 * hold-out half.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const SHAPES = [
  'stoppedReason',
  'service-event',
  'describe-tasks-json',
  'describe-services-json',
  'eventbridge',
  'cloudformation',
  'ecspresso-log',
  'agent-log',
  'console-row',
  'json-escaped',
  'multi-line',
  'cli-exception',
  'typed-japanese',
] as const;

interface Case {
  id: string;
  q: string;
  expect: string[];
  shape: string;
  source: string;
  split: string;
}

const root = join(import.meta.dirname, '..', '..');
const half = (name: 'tune' | 'holdout') =>
  (parse(readFileSync(join(root, 'tests', 'data', `paste-corpus.${name}.yaml`), 'utf8')) as { cases: Case[] }).cases;
const tuneFile = half('tune');
const holdoutFile = half('holdout');
const cases = [...tuneFile, ...holdoutFile];

/** The documented rule: first byte of sha256(id) even → tune, odd → holdout. */
const splitOf = (id: string) => (createHash('sha256').update(id, 'utf8').digest()[0]! % 2 === 0 ? 'tune' : 'holdout');

/** Entry ids are file names (content/README.md); the lookup lands on symptoms and causes. */
const entryIds = new Set(
  ['symptoms', 'causes'].flatMap((dir) =>
    readdirSync(join(root, 'content', dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3)),
  ),
);

test('the corpus holds at least 220 cases', () => {
  expect(Array.isArray(cases)).toBe(true);
  expect(cases.length).toBeGreaterThanOrEqual(220);
});

test('ids are unique and of the form c001', () => {
  const ids = cases.map((c) => c.id);
  expect(ids.filter((id) => !/^c\d{3,}$/.test(String(id)))).toEqual([]);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('no paste is in the corpus twice', () => {
  const qs = cases.map((c) => c.q);
  expect(cases.filter((c, i) => qs.indexOf(c.q) !== i).map((c) => c.id)).toEqual([]);
});

describe('every case', () => {
  test.each(cases.map((c) => [c.id, c] as const))('%s is well formed', (_id, c) => {
    expect(typeof c.q).toBe('string');
    expect(c.q.trim().length).toBeGreaterThan(0);
    expect(Array.isArray(c.expect)).toBe(true);
    expect(c.expect.length).toBeGreaterThan(0);
    for (const id of c.expect) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(c.expect).size).toBe(c.expect.length);
    expect(SHAPES).toContain(c.shape);
    expect(new URL(c.source).protocol).toBe('https:');
    expect(c.split).toBe(splitOf(c.id));
  });
});

test('each case sits in the file of its half', () => {
  expect(tuneFile.filter((c) => c.split !== 'tune').map((c) => c.id)).toEqual([]);
  expect(holdoutFile.filter((c) => c.split !== 'holdout').map((c) => c.id)).toEqual([]);
});

test('every expected id is an entry in content/', () => {
  const missing = cases.flatMap((c) => c.expect.filter((id) => !entryIds.has(id)).map((id) => `${c.id}: ${id}`));
  expect(missing).toEqual([]);
});

test('both halves contain every shape', () => {
  for (const split of ['tune', 'holdout']) {
    const shapes = new Set(cases.filter((c) => c.split === split).map((c) => c.shape));
    expect(
      [...SHAPES].filter((s) => !shapes.has(s)),
      split,
    ).toEqual([]);
  }
});
