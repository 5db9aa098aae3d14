/**
 * The version of the content a reader saw: the package version plus the commit it was built from,
 * when the build runs in a git checkout (a tarball or an export has none).
 */
import { execFileSync } from 'node:child_process';
// Imported, not read from disk: inside the built site's bundle there is no path back to the project.
import pkg from '../../../package.json' with { type: 'json' };
import { contentVersion } from './contribute.ts';

/** The commit of the checkout the process runs in (builds and scripts run from the project root). */
function gitCommit(): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

let cached: string | undefined;

/** `0.1.0 (commit 1a2b3c4d5e6f)`, worked out once per process. */
export function builtContentVersion(): string {
  cached ??= contentVersion(pkg.version, gitCommit());
  return cached;
}
