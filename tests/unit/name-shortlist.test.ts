import { describe, expect, test } from 'vitest';
import { characterPairs, nameShortlist } from '../../src/lib/lookup/name-shortlist.ts';

describe('characterPairs', () => {
  test.each([
    ['CannotPull', ['ca', 'an', 'nn', 'no', 'ot', 'tp', 'pu', 'ul', 'll']],
    ['aaaa', ['aa']],
    ['メモリ不足', ['メモ', 'モリ', 'リ不', '不足']],
    ['x', []],
    ['', []],
  ])('%s', (text, pairs) => {
    expect(characterPairs(text)).toEqual(pairs);
  });
});

const names = [
  'bucket-policy',
  'layer-bucket',
  'starport-layer-bucket',
  'secret-manager',
  'STARPORT-LAYER',
  'メモリが足りない',
  'メモリ不足',
];

describe('nameShortlist', () => {
  test.each([
    ['the names sharing the most pairs, in name order', 'starport-layr-bucket', 2, [2, 4]],
    ['ties go to the earlier name', 'bucket', 2, [0, 1]],
    ['case does not matter', 'STARPORT', 1, [2]],
    ['a wrong kana still shares the other pairs', 'メモリ不速', 1, [6]],
    ['a one-letter query shares no pair: the first names fill the list', 'x', 2, [0, 1]],
    ['no more names than the size: every name', 'anything', names.length, [0, 1, 2, 3, 4, 5, 6]],
  ])('%s', (_name, query, size, expected) => {
    expect(nameShortlist(names)(query, size)).toEqual(expected);
  });

  test('one query leaves nothing behind for the next', () => {
    const shortlist = nameShortlist(names);
    shortlist('starport-layer-bucket', 3);
    expect(shortlist('メモリ', 2)).toEqual(nameShortlist(names)('メモリ', 2));
    expect(shortlist('メモリ', 2)).toEqual([5, 6]);
  });
});
