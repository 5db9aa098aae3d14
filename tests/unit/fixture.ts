import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_KB = join(import.meta.dirname, '..', 'fixtures', 'kb-valid');

/**
 * A copy of the valid fixture knowledge base with one change applied, for tests that break one
 * rule at a time. Returns the directory; call `dispose` when done.
 */
export function brokenKb(
  edit: (kb: {
    path: (rel: string) => string;
    replace: (rel: string, from: string, to: string) => void;
    write: (rel: string, text: string) => void;
    remove: (rel: string) => void;
  }) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(VALID_KB, dir, { recursive: true });
  const path = (rel: string) => join(dir, rel);
  edit({
    path,
    replace(rel, from, to) {
      const text = readFileSync(path(rel), 'utf8');
      if (!text.includes(from)) throw new Error(`fixture ${rel} does not contain ${from}`);
      writeFileSync(path(rel), text.replace(from, to));
    },
    write: (rel, text) => writeFileSync(path(rel), text),
    remove: (rel) => rmSync(path(rel)),
  });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
