/**
 * The lookup index as the search page downloads it: the wording of each entry, no derived tokens,
 * so the download stays within its budget (issue 12: 60 KB gzipped); the matcher derives the rest.
 */
import { describe, expect, test } from 'vitest';
import { buildLookupIndex, expandLookupIndex, type LookupIndex } from '../../src/lib/lookup/lookup-index.ts';
import { createMatcher } from '../../src/lib/lookup/matcher.ts';

const SOURCES = [
  {
    id: 'cannot-pull-container',
    type: 'symptom' as const,
    title: 'CannotPullContainerError でタスクが停止する',
    summary: 'イメージを取得できずにタスクが起動しない。',
    aliases: ['イメージ取得エラー'],
    signatures: ['CannotPullContainerError: {detail}'],
    symptoms: [],
  },
  {
    id: 'image-not-found',
    type: 'cause' as const,
    title: '指定したイメージやタグが存在しない',
    summary: 'タグの打ち間違い、またはプッシュ前のデプロイ。',
    aliases: [],
    signatures: [
      'CannotPullContainerError: pull image manifest has been retried {n} time(s): failed to resolve ref {image}: {image}: not found',
    ],
    symptoms: ['cannot-pull-container'],
  },
];

describe('lookup index', () => {
  test('ships each entry’s wording once, without token lists or empty fields', () => {
    const index = buildLookupIndex(SOURCES);
    const json = JSON.stringify(index);
    expect(index.entries.map((e) => Object.keys(e).sort())).toEqual([
      ['aliases', 'id', 'signatures', 'summary', 'title', 'type'],
      ['id', 'signatures', 'summary', 'symptoms', 'title', 'type'],
    ]);
    // Japanese is shipped as text: its character pairs (タス, スク...) are made on load.
    expect(json).not.toContain('"タス"');
    expect(json.split('CannotPullContainerError でタスクが停止する')).toHaveLength(2);
  });

  test('a matcher from the downloaded JSON answers as one from the built index', () => {
    const index = buildLookupIndex(SOURCES);
    const fromJson = createMatcher(JSON.parse(JSON.stringify(index)) as LookupIndex);
    const query =
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: not found';
    expect(fromJson.lookup(query)).toEqual(createMatcher(index).lookup(query));
    expect(fromJson.lookup(query)[0]!.id).toBe('image-not-found');
    expect(expandLookupIndex(index).signatures.map((s) => s.e)).toEqual([0, 1]);
  });

  test.each([
    ['starport-layer-bucket', ['starport', 'layer', 'bucket']],
    ['RESOURCE:FARGATE', ['resource', 'fargate']],
    ['S3 エンドポイントポリシー', null],
    ['レイヤー取得で 403', null],
  ])('alias %s is a phrase to find in messages: %j', (alias, words) => {
    const index = buildLookupIndex([{ ...SOURCES[1]!, aliases: [alias] }]);
    expect(expandLookupIndex(index).phrases).toEqual(words ? [{ e: 0, t: words }] : []);
  });

  test('an index of another format is refused with what to do', () => {
    expect(() => expandLookupIndex({ version: 1, entries: [] } as unknown as LookupIndex)).toThrow(/version 1 is not 2/);
  });
});
