import { afterEach, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { brokenKb } from './fixture.ts';

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

test('astro build stops on bad content and says which file, which field and how to fix it', () => {
  const kb = brokenKb((k) => k.replace('symptoms/sample-symptom.md', 'causes: [sample-cause]', 'causes: [missing-cause]'));
  dispose = kb.dispose;
  const run = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, KB_CONTENT_DIR: kb.dir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain(`${kb.dir}/symptoms/sample-symptom.md: causes.0: 参照先 "missing-cause" が causes にありません`);
  expect(output).toContain('→ content/causes/missing-cause.md を作るか、正しい id に直してください');
});
