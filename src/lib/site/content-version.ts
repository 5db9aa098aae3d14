/**
 * The version of the content a reader saw: the package version plus the commit it was built from,
 * when the build runs in a git checkout (a tarball or a shallow export has none).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentVersion } from './contribute.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

let cached: string | undefined;

/** `0.1.0 (commit 1a2b3c4d5e6f)`, read once per process. */
export function builtContentVersion(): string {
  cached ??= contentVersion((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version, gitCommit());
  return cached;
}
