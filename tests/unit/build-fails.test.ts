import { afterEach, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { brokenKb } from './fixture.ts';
import { childEnv } from '../../src/config.ts';

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

test('astro build stops on bad content and says which file, which field and how to fix it', () => {
  const kb = brokenKb((k) => k.replace('symptoms/sample-symptom.md', 'causes: [sample-cause]', 'causes: [missing-cause]'));
  dispose = kb.dispose;
  // Its own output folder: were the check ever to let the content through, the site's dist/ stays intact.
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(kb.dir, 'dist')], {
    env: childEnv({ KB_CONTENT_DIR: kb.dir, KB_CACHE_DIR: join(kb.dir, 'cache') }),
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain(
    [
      `${kb.dir}/symptoms/sample-symptom.md: causes.0: KB001 unknown-reference: 参照先 "missing-cause" が causes にありません`,
      '  → content/causes/missing-cause.md を作るか、正しい id に直してください（どの症状にも載っていない原因: sample-cause）',
      '  → 説明: content/README.md#kb001',
    ].join('\n'),
  );
});
