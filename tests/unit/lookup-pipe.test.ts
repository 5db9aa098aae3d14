/** `npm run lookup` in a pipeline whose reader stops early (`| head -1`) ends quietly. */
import { expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { childEnv } from '../../src/config.ts';

test('the CLI exits 0 without a word on stderr when the reader closes the pipe', async () => {
  const child = spawn(process.execPath, ['scripts/lookup.ts', '--json'], { env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Enough answers that the CLI is still writing when the reader goes away after the first chunk.
  child.stdin.end('CannotPullContainerError: i/o timeout\n'.repeat(2000));
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(status).toBe(0);
});
