import { describe, expect, test } from 'vitest';
import { aliasShare, droppedLetter, syntheticLookupSources, typedQueries, wrongKana } from '../../scripts/bench-common.ts';

describe('the synthetic index of bench:lookup', () => {
  test('counts English and Japanese aliases per entry of one type', () => {
    const share = aliasShare(
      [
        { type: 'cause', aliases: ['exec format error', 'イメージの形式違い', 'ARM64'] },
        { type: 'cause' },
        { type: 'symptom', aliases: ['ignored', '無視'] },
      ],
      'cause',
    );
    expect(share).toEqual({ english: 1, japanese: 0.5 });
  });

  test('gives its entries aliases in the proportion asked, each alias its own', () => {
    const sources = syntheticLookupSources(1000, { english: 2.06, japanese: 3.85 });
    const aliases = sources.flatMap((s) => s.aliases);
    const japanese = aliases.filter((a) => /[\u3040-\u30ff\u3400-\u9fff]/.test(a)).length;
    expect(japanese).toBe(3850);
    expect(aliases.length - japanese).toBe(2060);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(syntheticLookupSources(1000, { english: 2.06, japanese: 3.85 })).toEqual(sources);
  });

  test.each([
    ['メモリが足りない', 'メモリき足りない'],
    ['ボリュームからロールが取得できない', 'ボリュームからヮールが取得できない'],
  ])('a wrong kana: %s', (alias, typo) => {
    expect(wrongKana(alias)).toBe(typo);
  });

  test.each([
    ['gateway-role-volume', 'gatway-role-volume'],
    ['memory mount bucket', 'memry mount bucket'],
  ])('a letter left out: %s', (alias, typo) => {
    expect(droppedLetter(alias)).toBe(typo);
  });

  test('typed queries are short, carry a typo, and alternate Japanese and English', () => {
    const sources = syntheticLookupSources(100, { english: 2, japanese: 4 });
    const typed = typedQueries(sources, 4);
    expect(typed.map((t) => /[\u3040-\u30ff]/.test(t.q))).toEqual([true, false, true, false]);
    for (const t of typed) {
      expect(t.q.length).toBeLessThanOrEqual(32);
      expect(sources.find((s) => s.id === t.expect)!.aliases).not.toContain(t.q);
    }
  });
});
