/** "この情報を追加・修正する": the prefilled new-issue URL (masking, length, encoding). */
import { describe, expect, test } from 'vitest';
import { contentVersion, contributionUrl, MAX_CONTRIBUTION_URL, type Contribution } from '../../src/lib/site/contribute.ts';

const BASE: Contribution = {
  repo: 'https://github.com/example/ecs-kb',
  page: 'https://kb.example.com/symptoms/cannot-pull-container/',
  pageTitle: 'CannotPullContainerError でタスクが停止する',
  version: '0.1.0 (commit 1a2b3c4d5e6f)',
  versionsPage: 'https://kb.example.com/guides/versions-checked/',
};

/** The title and body GitHub will prefill, decoded as GitHub decodes them. */
function opened(url: string) {
  const parsed = new URL(url);
  return {
    origin: parsed.origin,
    path: parsed.pathname,
    keys: [...parsed.searchParams.keys()],
    title: parsed.searchParams.get('title')!,
    body: parsed.searchParams.get('body')!,
  };
}

describe('contributionUrl', () => {
  test('opens a new issue in the repository, carrying the page and the content version', () => {
    const issue = opened(contributionUrl(BASE));
    expect(issue).toMatchObject({ origin: 'https://github.com', path: '/example/ecs-kb/issues/new', keys: ['title', 'body'] });
    expect(issue.title).toBe('修正: CannotPullContainerError でタスクが停止する');
    expect(issue.body).toContain('\nhttps://kb.example.com/symptoms/cannot-pull-container/\n');
    expect(issue.body).toContain(
      '0.1.0 (commit 1a2b3c4d5e6f)（確認したツールのバージョン: https://kb.example.com/guides/versions-checked/）',
    );
    expect(issue.body).not.toContain('## エラー文');
  });

  test.each([
    ['an account id', 'AccessDeniedException: User: 123456789012 is not authorized', '123456789012', '{account}'],
    [
      'an ARN',
      'is not authorized to perform: ecr:GetAuthorizationToken on resource: arn:aws:iam::123456789012:role/prod-exec',
      'arn:aws:iam::123456789012:role/prod-exec',
      '{arn}',
    ],
    [
      'an ECR image with the account in its host',
      'CannotPullContainerError: pull image manifest has been retried 1 time(s): 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v1 not found',
      '123456789012',
      '{image}',
    ],
    ['a task id', 'Task 0f1e2d3c4b5a69788796a5b4c3d2e1f0 stopped', '0f1e2d3c4b5a69788796a5b4c3d2e1f0', '{id}'],
  ])('masks %s in the title and the body', (_what, message, secret, placeholder) => {
    const url = contributionUrl({ ...BASE, message });
    const issue = opened(url);
    expect(url).not.toContain(secret);
    expect(decodeURIComponent(url)).not.toContain(secret);
    expect(issue.body).toContain(placeholder);
    expect(issue.title).toMatch(/^エラー文を追加: /);
    expect(issue.title).not.toContain(secret);
  });

  test.each([
    ['spaces, &, = and # stay inside the body', 'failed: a=b & c#d?e'],
    ['Japanese and emoji survive', 'タスクが停止しました 🚨'],
    ['a line break stays a line break', 'line one\nline two'],
    ['backticks cannot close the code fence', 'see ```text``` here'],
  ])('encoding: %s', (_what, message) => {
    const url = contributionUrl({ ...BASE, message });
    expect(url).toMatch(/^https:\/\/github\.com\/example\/ecs-kb\/issues\/new\?title=[^&#\s]*&body=[^&#\s]*$/);
    const body = opened(url).body;
    expect(body).toContain(message);
    const fence = /^(`{3,})text$/m.exec(body)![1]!;
    expect(body).toContain(`${fence}text\n${message}\n${fence}\n`);
    expect(message).not.toContain(fence);
  });

  test('the title is the first line of the message, cut at 80 characters', () => {
    const issue = opened(contributionUrl({ ...BASE, message: `\n${'あ'.repeat(100)}\nsecond line` }));
    expect(issue.title).toBe(`エラー文を追加: ${'あ'.repeat(80)}…`);
  });

  test.each([
    ['a long ASCII paste', 'CannotStartContainerError: '.repeat(2000)],
    ['a long Japanese paste (9 bytes per character once encoded)', 'コンテナを起動できませんでした。'.repeat(600)],
    ['a long paste of emoji (surrogate pairs are not split)', '🚨'.repeat(3000)],
  ])('stays under the limit with %s, keeps the page and version, and says it was cut', (_what, message) => {
    const url = contributionUrl({ ...BASE, message });
    expect(url.length).toBeLessThanOrEqual(MAX_CONTRIBUTION_URL);
    // Not cut much shorter than it could be: the body uses most of the room.
    expect(url.length).toBeGreaterThan(MAX_CONTRIBUTION_URL - 40);
    const body = opened(url).body;
    expect(body).toContain('…（長いため、ここから後は省きました）');
    expect(body).toContain(BASE.page);
    expect(body).toContain(BASE.version);
    expect(body).not.toContain('\uFFFD');
  });

  test('a short message is not cut', () => {
    const body = opened(contributionUrl({ ...BASE, message: 'CannotStartContainerError: boom' })).body;
    expect(body).not.toContain('省きました');
  });

  test('a smaller limit is honoured too', () => {
    expect(contributionUrl({ ...BASE, message: 'x'.repeat(5000) }, 2000).length).toBeLessThanOrEqual(2000);
  });
});

test.each([
  ['0.1.0', '1a2b3c4d5e6f', '0.1.0 (commit 1a2b3c4d5e6f)'],
  ['0.1.0', undefined, '0.1.0'],
])('contentVersion(%s, %s) is %s', (version, commit, expected) => {
  expect(contentVersion(version, commit)).toBe(expected);
});
