import { describe, expect, test } from 'vitest';
import { SHARE_QUERY_MAX_CHARS, searchUrl, shareableQuery } from '../../src/components/search/share-query.ts';
import { keptByLaunchFilter } from '../../src/components/search/launch-filter.ts';

const SECRETS =
  'ResourceInitializationError: unable to pull secrets: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec-role/1a2b is not authorized';

describe('shareableQuery', () => {
  test.each([
    ['a short query stays as it is', 'CannotPullContainerError', undefined, 'CannotPullContainerError'],
    [
      'ARNs and account ids are masked',
      SECRETS,
      undefined,
      'ResourceInitializationError: unable to pull secrets: AccessDeniedException: User: {arn} is not authorized',
    ],
    ['an account id alone is masked', 'account 123456789012 denied', undefined, 'account {account} denied'],
    ['whitespace folds to one space', '  exec\n\nformat error ', undefined, 'exec format error'],
    ['a long paste shares its first message, masked', `${'x '.repeat(400)}`, SECRETS, shareableQuery(SECRETS)],
    ['a long paste without a message shares nothing', `${'x '.repeat(400)}`, undefined, ''],
  ])('%s', (_name, query, message, expected) => {
    expect(shareableQuery(query, message)).toBe(expected);
  });

  test('never longer than the limit and never holding an account id', () => {
    const shared = shareableQuery('y '.repeat(500), `${SECRETS} ${'123456789012 '.repeat(40)}`);
    expect(shared.length).toBeLessThanOrEqual(SHARE_QUERY_MAX_CHARS);
    expect(shared).not.toMatch(/\d{12}/);
  });
});

describe('searchUrl', () => {
  test.each([
    ['https://kb.example/symptoms/x/', 'exec format error', 'all', 'https://kb.example/search/?q=exec+format+error'],
    ['https://kb.example/', 'a&b=c', 'fargate', 'https://kb.example/search/?q=a%26b%3Dc&launch=fargate'],
    ['https://kb.example/', '', 'all', 'https://kb.example/search/'],
  ] as const)('%s + %s', (base, q, launch, expected) => {
    expect(searchUrl(base, q, launch)).toBe(expected);
  });
});

describe('keptByLaunchFilter', () => {
  const targets = { '/symptoms/a/': ['fargate', 'ec2'], '/causes/b/': ['ec2'], '/causes/c/': ['fargate'] };
  test.each([
    ['/causes/b/', 'all', true],
    ['/causes/b/', 'fargate', false],
    ['/causes/b/', 'ec2', true],
    ['/symptoms/a/#c', 'fargate', true],
    ['https://kb.example/causes/c/', 'ec2', false],
    ['/guides/anything/', 'ec2', true],
  ] as const)('%s under "%s": %s', (url, filter, kept) => {
    expect(keptByLaunchFilter(url, filter, targets)).toBe(kept);
  });
});
