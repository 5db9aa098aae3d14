import { describe, expect, test } from 'vitest';
import { EXCERPT_MAX_CHARS, excerptAround, excerptText } from '../../src/lib/lookup/excerpt.ts';
import { highlightRanges } from '../../src/lib/lookup/highlight.ts';

const excerpt = (text: string, tokens: string[], max?: number) => excerptText(excerptAround(text, highlightRanges(text, tokens), max));

/** A describe-tasks-like document: the error sits in the middle of 5,000 characters. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `"field${i}": "value ${i}",`).join('\n');
const LONG_PASTE = `${filler(120)}\n"stoppedReason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): i/o timeout",\n${filler(120)}`;

describe('excerptAround', () => {
  test.each([
    [
      'a short line is shown whole',
      'CannotPullContainerError: i/o timeout',
      ['cannotpullcontainererror'],
      '【CannotPullContainerError】: i/o timeout',
    ],
    ['whitespace runs fold to one space', 'Error:\n\n   exec format error', ['exec', 'format'], 'Error: 【exec format】 error'],
    ['no match: the start of the text', 'OutOfMemoryError: Java heap space', [], 'OutOfMemoryError: Java heap space'],
    [
      'a match in the middle of a long text: what leads to it and a little after, cut between words',
      `${'lorem ipsum '.repeat(30)}CannotStartContainerError: something failed${' dolor sit'.repeat(30)}`,
      ['cannotstartcontainererror'],
      '…lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum 【CannotStartContainerError】: something failed dolor sit dolor sit…',
    ],
  ])('%s', (_name, text, tokens, expected) => {
    expect(excerpt(text, tokens)).toBe(expected);
  });

  test('a 5,000-character paste gives an excerpt no longer than the limit, holding the match', () => {
    expect(LONG_PASTE.length).toBeGreaterThan(5000);
    const shown = excerpt(LONG_PASTE, ['cannotpullcontainererror', 'timeout']);
    expect(shown.replace(/[…【】]/g, '').length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
    expect(shown).toContain('【CannotPullContainerError】');
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
  });

  test('a long message keeps its error name and its end, with the middle left out', () => {
    const text = `CannotPullContainerError: pull image manifest has been retried 5 time(s):${' lorem ipsum'.repeat(40)}: dial tcp 10.0.0.1:443: i/o timeout`;
    const shown = excerpt(text, ['cannotpullcontainererror', 'pull', 'image', 'manifest', 'dial', 'tcp', 'i', 'o', 'timeout'], 80);
    expect(shown.startsWith('【CannotPullContainerError: pull image manifest】')).toBe(true);
    expect(shown).toContain(' … ');
    expect(shown.endsWith('【i/o timeout】')).toBe(true);
    expect(shown.replace(/[【】]/g, '').length).toBeLessThanOrEqual(80);
  });

  test('a weak match deep in a long message still shows the error name the message starts with', () => {
    const text = `CannotPullContainerError: pull image manifest has been retried 5 time(s): unexpected response from proxy: ${'<p>the gateway could not read the upstream response.</p>'.repeat(20)}: i/o timeout`;
    const shown = excerpt(text, ['gateway', 'read']);
    expect(shown.startsWith('CannotPullContainerError … ')).toBe(true);
    expect(shown).toContain('【read】');
    expect(shown.replace(/[【】]/g, '').length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS + 2);
  });

  test('in an error chain the excerpt goes to the tail, where the root cause is', () => {
    const text =
      'CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/fluent-bit/manifests/sha256:9a8b7c6d: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.';
    const tokens = ['cannotpullcontainererror', 'ref', 'pull', 'retried', 'failed', 'copy', 'open', 'unexpected', 'status', 'code'];
    const shown = excerpt(text, [...tokens, '429', 'too', 'many', 'requests', 'toomanyrequests', 'rate', 'limit']);
    expect(shown).toContain('【429 Too Many Requests');
    expect(shown.endsWith('limit】.')).toBe(true);
  });

  test('matches spread over the whole text never make the excerpt longer than the limit', () => {
    const text = Array.from({ length: 200 }, () => 'error x').join(' ');
    const parts = excerptAround(text, highlightRanges(text, ['error']), 100).parts;
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(100);
  });
});
