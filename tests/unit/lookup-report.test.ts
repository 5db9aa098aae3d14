/** `npm run lookup -- --report` carries the contribution link, masked, only when SITE_REPO is set. */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { childEnv } from '../../src/config.ts';

const PASTE = 'ResourceInitializationError: failed to frobnicate volume plugin for arn:aws:iam::123456789012:role/prod-exec: quux';

function report(env: Record<string, string | undefined>): { uncovered: string | null; contribute: string | null } {
  const run = spawnSync(process.execPath, ['scripts/lookup.ts', '--report', PASTE], { env: childEnv(env), encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { uncovered: string | null; contribute: string | null };
}

test('with SITE_REPO, the report links a new issue with the masked message and the page of the best result', () => {
  const { uncovered, contribute } = report({ SITE_REPO: 'https://github.com/example/ecs-kb', SITE_URL: 'https://kb.example.com' });
  expect(uncovered).toContain('failed to frobnicate volume plugin');
  expect(contribute).not.toBeNull();
  expect(contribute).not.toContain('123456789012');
  const url = new URL(contribute!);
  expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/ecs-kb/issues/new');
  const body = url.searchParams.get('body')!;
  expect(body).toContain('ResourceInitializationError: failed to frobnicate volume plugin for {arn} quux');
  // The page of the best result (which entry that is belongs to the ranking, not to this test).
  expect(body).toMatch(/\nhttps:\/\/kb\.example\.com\/(symptoms|causes)\/[a-z0-9-]+\/\n/);
  expect(body).toContain('https://kb.example.com/guides/versions-checked/');
});

test('without SITE_REPO the field is there and null', () => {
  expect(report({ SITE_REPO: undefined }).contribute).toBeNull();
});
