import { describe, expect, test } from 'vitest';
import { EXCERPT_MAX_CHARS, excerptAround, excerptText } from '../../src/lib/lookup/excerpt.ts';
import { highlightRanges } from '../../src/lib/lookup/highlight.ts';

const excerpt = (text: string, tokens: string[], max?: number) => excerptText(excerptAround(text, highlightRanges(text, tokens), max));

/** A describe-tasks-like document: the error sits in the middle of 5,000 characters. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `"field${i}": "value ${i}",`).join('\n');
const LONG_PASTE = `${filler(120)}\n"stoppedReason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): i/o timeout",\n${filler(120)}`;

describe('excerptAround', () => {
  test.each([
    ['a short line is shown whole', 'CannotPullContainerError: i/o timeout', ['cannotpullcontainererror'], '【CannotPullContainerError】: i/o timeout'],
    ['whitespace runs fold to one space', 'Error:\n\n   exec format error', ['exec', 'format'], 'Error: 【exec format】 error'],
    ['no match: the start of the text', 'OutOfMemoryError: Java heap space', [], 'OutOfMemoryError: Java heap space'],
    [
      'a long text is clipped around the match, on word boundaries',
      `${'lorem ipsum '.repeat(30)}CannotStartContainerError: something failed${' dolor sit'.repeat(30)}`,
      ['cannotstartcontainererror'],
      '…ipsum lorem ipsum lorem ipsum 【CannotStartContainerError】: something failed dolor sit dolor sit dolor sit dolor sit dolor sit dolor sit dolor sit dolor sit dolor…',
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

  test('the window goes where most matched words are, not to the first lone match', () => {
    const text = `timeout early on.${' x'.repeat(200)} CannotPullContainerError: pull image manifest has been retried: i/o timeout`;
    const shown = excerpt(text, ['cannotpullcontainererror', 'pull', 'image', 'manifest', 'timeout'], 80);
    expect(shown).toContain('【CannotPullContainerError');
    expect(shown).not.toContain('early');
  });

  test('matches spread over the whole text never make the excerpt longer than the limit', () => {
    const text = Array.from({ length: 200 }, () => 'error x').join(' ');
    const parts = excerptAround(text, highlightRanges(text, ['error']), 100).parts;
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(100);
  });
});
