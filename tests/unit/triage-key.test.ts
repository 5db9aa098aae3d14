import { describe, expect, test } from 'vitest';
import { splitTriageKey, withoutTriageKey } from '../../src/lib/kb/triage-key.ts';
import { familyCauses } from '../../src/lib/errors/families.ts';
import { searchQueryFromPath } from '../../src/components/share/not-found.ts';

const KEY = '<h2 id="triage-key">メッセージで原因を見分ける</h2>\n<p>文言から引けます。</p>\n<table><tr><td>x</td></tr></table>';

describe('the triage key section', () => {
  test.each([
    ['first in the body', `${KEY}\n<h2 id="where-to-look">どこ</h2><p>a</p>`, KEY, '<h2 id="where-to-look">どこ</h2><p>a</p>'],
    ['between sections', `<h2 id="a">A</h2><p>a</p>\n${KEY}\n<h2 id="b">B</h2>`, KEY, '<h2 id="a">A</h2><p>a</p>\n<h2 id="b">B</h2>'],
    ['last, with a ### inside', `<h2 id="a">A</h2>${KEY}<h3 id="c">C</h3><p>c</p>`, `${KEY}<h3 id="c">C</h3><p>c</p>`, '<h2 id="a">A</h2>'],
    ['absent', '<h2 id="a">A</h2><table></table>', undefined, '<h2 id="a">A</h2><table></table>'],
  ])('%s', (_, html, key, rest) => {
    const split = splitTriageKey(html);
    expect(split.key).toBe(key);
    expect(split.rest).toBe(rest);
  });

  test('the content without its heading, for a page that titles it itself', () => {
    expect(splitTriageKey(KEY).keyContent).toBe('<p>文言から引けます。</p>\n<table><tr><td>x</td></tr></table>');
  });

  test('headings: the key is taken out of the list', () => {
    const headings = [
      { slug: 'triage-key', text: 'k' },
      { slug: 'where-to-look', text: 'w' },
    ];
    expect(withoutTriageKey(headings)).toEqual({ key: headings[0], rest: [headings[1]] });
  });
});

describe('the causes of an error family', () => {
  test.each([
    ['symptom order first, then signature-only causes', [['b', 'a', 'c']], ['c', 'z', 'a'], ['b', 'a', 'c', 'z']],
    [
      'two symptoms, each cause once',
      [
        ['a', 'b'],
        ['c', 'b'],
      ],
      [],
      ['a', 'b', 'c'],
    ],
    ['no symptom', [], ['y', 'x'], ['y', 'x']],
  ])('%s', (_, symptoms, signatures, expected) => {
    expect(familyCauses(symptoms, signatures)).toEqual(expected);
  });
});

describe('what the 404 page searches for', () => {
  test.each([
    ['/e/CannotPullContainerErorr/', 'CannotPullContainerErorr'],
    ['/e/Cannot%20Pull/', 'Cannot Pull'],
    ['/symptoms/cannot-pul-container/', 'cannot pul container'],
    ['/causes/no_route/index.html', 'no route'],
    ['/unknown-page/', 'unknown page'],
    ['/e/%E0%A4%A/', ''],
    ['/', ''],
  ])('%s → %s', (path, query) => {
    expect(searchQueryFromPath(path)).toBe(query);
  });
});
