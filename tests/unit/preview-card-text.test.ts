/**
 * What the card renderer draws for text beyond plain kana, kanji and ASCII: code points with no
 * look of their own (variation selectors, joiners) draw nothing, an emoji sequence is one
 * character, and a character the font lacks draws the missing-glyph box.
 */
import { describe, expect, test } from 'vitest';
import { clusters, visible, cardText } from '../../src/lib/og/clusters.ts';
import { MISSING_GLYPH, textWidth, wrap } from '../../src/lib/og/card.ts';

describe('clusters', () => {
  test.each([
    ['plain Japanese and ASCII, one per code point', 'タスクが停止 ECS', ['タ', 'ス', 'ク', 'が', '停', '止', ' ', 'E', 'C', 'S']],
    ['an emoji with its variation selector is one cluster', '⚠️注意', ['⚠\uFE0F', '注', '意']],
    ['a ZWJ family is one cluster', 'a👨‍👩‍👧b', ['a', '👨\u200D👩\u200D👧', 'b']],
    ['a flag (two regional indicators) is one cluster', '🇯🇵', ['🇯🇵']],
    ['a keycap is one cluster', '1️⃣', ['1\uFE0F\u20E3']],
    ['an ideographic variation selector stays with its kanji', '葛\u{E0100}飾', ['葛\u{E0100}', '飾']],
    ['a combining sound mark stays with its kana', 'か\u3099', ['か\u3099']],
  ])('%s', (_, text, expected) => {
    expect(clusters(text)).toEqual(expected);
  });
});

describe('visible', () => {
  test.each([
    ['variation selector 16', '⚠\uFE0F', '⚠'],
    ['variation selector 15', '⚠\uFE0E', '⚠'],
    ['ideographic variation selector', '葛\u{E0100}', '葛'],
    ['zero-width joiner', '👨\u200D👩', '👨👩'],
    ['zero-width non-joiner', 'a\u200Cb', 'ab'],
    ['zero-width space', '\u200B', ''],
    ['word joiner', '\u2060', ''],
    ['byte-order mark', '\uFEFF', ''],
    ['soft hyphen', '\u00AD', ''],
    ['a tag sequence keeps only its base', '🏴\u{E0067}\u{E0062}\u{E007F}', '🏴'],
  ])('drops the %s', (_, cluster, expected) => {
    expect(visible(cluster)).toBe(expected);
  });
});

test('cardText composes (NFC) and turns line breaks and controls into spaces', () => {
  expect(cardText('か\u3099\nき\u2028く\tけ')).toBe('が き く け');
});

describe('widths as drawn', () => {
  const style = { weight: 700, size: 52 } as const;
  const box = MISSING_GLYPH.advance * style.size;

  test.each([
    ['⚠️ is as wide as ⚠ (the selector takes no room)', '⚠️', '⚠'],
    ['joiners and zero-width spaces take no room', 'A\u200DB\u200C\u200BC\u2060D\uFEFF', 'ABCD'],
    ['an ideographic variation selector takes no room', '葛\u{E0100}飾', '葛飾'],
  ])('%s', (_, text, same) => {
    expect(textWidth(text, style)).toBe(textWidth(same, style));
  });

  test.each([
    ['a character no font has', '\u{13000}'],
    ['an emoji', '🚀'],
    ['an emoji with a skin tone', '👍🏽'],
    ['a ZWJ family', '👨‍👩‍👧'],
    ['a flag', '🇯🇵'],
  ])('%s is one missing-glyph box wide', (_, text) => {
    expect(textWidth(text, style)).toBe(box);
  });

  test('a line is never cut inside an emoji sequence', () => {
    const family = '👨‍👩‍👧';
    const lines = wrap(family.repeat(12), style, 5 * box, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.replaceAll(family, '')).toBe('');
  });
});
