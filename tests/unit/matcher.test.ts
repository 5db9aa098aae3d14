import { describe, expect, test } from 'vitest';
import { buildLookupIndex, type LookupSource } from '../../src/lib/lookup/lookup-index.ts';
import { createMatcher } from '../../src/lib/lookup/matcher.ts';

const source = (s: Partial<LookupSource> & Pick<LookupSource, 'id' | 'type'>): LookupSource => ({
  title: s.id,
  summary: '',
  aliases: [],
  signatures: [],
  symptoms: [],
  ...s,
});

const matcher = createMatcher(
  buildLookupIndex([
    source({
      id: 'pull-family',
      type: 'symptom',
      title: 'CannotPullContainerError でタスクが停止する',
      signatures: ['CannotPullContainerError: {detail}'],
    }),
    source({
      id: 'start-timeout',
      type: 'symptom',
      title: 'ContainerRuntimeTimeoutError',
      signatures: ['ContainerRuntimeTimeoutError: Could not transition to running; timed out after waiting {duration}'],
    }),
    source({
      id: 'exited-family',
      type: 'symptom',
      title: 'Essential container in task exited',
      signatures: ['Essential container in task exited'],
    }),
    source({
      id: 'oom',
      type: 'symptom',
      title: 'OutOfMemoryError',
      signatures: ['OutOfMemoryError: Container killed due to memory usage'],
    }),
    source({
      id: 'pending',
      type: 'symptom',
      title: 'タスクが PENDING のまま進まない',
      aliases: ['タスクが起動しない', 'PENDING から進まない'],
      summary: 'タスクが RUNNING にならない。',
    }),
    source({
      id: 'rate-limit',
      type: 'cause',
      title: 'Docker Hub のレート制限',
      signatures: ['CannotPullContainerError: {detail}: unexpected status code {url}: 429 Too Many Requests'],
      symptoms: ['pull-family'],
    }),
    source({
      id: 'no-route',
      type: 'cause',
      title: 'レジストリへの経路がない',
      signatures: ['CannotPullContainerError: {detail}: dial tcp {ip}:443: i/o timeout'],
      symptoms: ['start-timeout', 'pull-family'],
    }),
  ]),
);

describe('the matcher', () => {
  test('a cause whose signature matches the tail beats the family symptom, and links into it', () => {
    const [first, second] = matcher.lookup(
      'CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/node/blobs/sha256:9a8b: 429 Too Many Requests',
    );
    expect(first).toMatchObject({ id: 'rate-limit', type: 'cause', url: '/symptoms/pull-family/#rate-limit', via: 'signature' });
    expect(first?.confidence).toBe(1);
    expect(first?.matched).toEqual(expect.arrayContaining(['429', 'many', 'requests']));
    expect(second?.id).toBe('pull-family');
  });

  test('the family name alone lands on the family symptom', () => {
    expect(matcher.lookup('CannotPullContainerError')[0]).toMatchObject({ id: 'pull-family', url: '/symptoms/pull-family/' });
  });

  test('the specific error beats the generic one in the same line', () => {
    const results = matcher.lookup('Essential container in task exited. OutOfMemoryError: Container killed due to memory usage');
    expect(results.map((r) => r.id).slice(0, 2)).toEqual(['oom', 'exited-family']);
  });

  test('a cause opens inside the symptom whose own message is in the query', () => {
    const [first] = matcher.lookup(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref x: dial tcp 52.219.4.10:443: i/o timeout',
    );
    expect(first).toMatchObject({ id: 'no-route', url: '/symptoms/pull-family/#no-route' });
  });

  test('a Japanese description matches titles and aliases however it is split', () => {
    expect(matcher.lookup('タスクがPENDINGから進まない')[0]?.id).toBe('pending');
    expect(matcher.lookup('タスクが起動しない')[0]?.id).toBe('pending');
  });

  test('a short typed query with a typo still finds the error', () => {
    const [first] = matcher.lookup('CannotPulContainer');
    expect(first).toMatchObject({ id: 'pull-family', via: 'fuzzy' });
  });

  test.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['only identifiers', 'arn:aws:ecs:us-east-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0'],
    ['control characters', '\u0000\u0001\u0002'],
  ])('%s input gives no result and does not throw', (_name, query) => {
    expect(matcher.lookup(query)).toEqual([]);
  });

  test('markup is just text', () => {
    expect(() => matcher.lookup('<script>alert(1)</script>')).not.toThrow();
  });

  test('a 100 KB paste is answered from the error at its end', () => {
    const paste = `${'noise '.repeat(20_000)} OutOfMemoryError: Container killed due to memory usage`;
    expect(paste.length).toBeGreaterThan(100_000);
    expect(matcher.lookup(paste)[0]?.id).toBe('oom');
  });

  test('an unknown error finds nothing', () => {
    expect(matcher.lookup('Segmentation fault in libfoo while frobnicating the widget')).toEqual([]);
  });
});

import { highlightRanges } from '../../src/lib/lookup/highlight.ts';

describe('highlightRanges', () => {
  test('marks whole matched words and joins neighbours into one phrase', () => {
    const text = 'dial tcp 52.219.4.10:443: i/o timeout (retry 3)';
    const ranges = highlightRanges(text, ['dial', 'tcp', 'timeout']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['dial tcp', 'timeout']);
  });

  test('does not mark a word inside another word', () => {
    expect(highlightRanges('timeouts happen', ['timeout'])).toEqual([]);
  });

  test('marks Japanese pairs and keeps offsets for full-width input', () => {
    const text = 'ＡＬＢのヘルスチェック';
    expect(highlightRanges(text, ['alb']).map(([s, e]) => text.slice(s, e))).toEqual(['ＡＬＢ']);
    expect(highlightRanges(text, ['ヘル', 'ルス']).map(([s, e]) => text.slice(s, e))).toEqual(['ヘルス']);
  });
});
