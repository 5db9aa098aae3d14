import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKnowledgeBase } from '../../src/lib/kb/check.ts';
import type { KbProblem } from '../../src/lib/kb/problems.ts';

export const VALID_KB = join(import.meta.dirname, '..', 'fixtures', 'kb-valid');

/**
 * Scratch space for fixture copies and fixture builds, inside the repository (and ignored by git):
 * a build's output must resolve the repository's node_modules, which it cannot from the system
 * temp folder.
 */
const WORK = join(import.meta.dirname, '..', '.work');

/** A new empty folder under tests/.work/; the caller removes it. */
export function workDir(prefix: string): string {
  mkdirSync(WORK, { recursive: true });
  return mkdtempSync(join(WORK, `${prefix}-`));
}

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
  const dir = workDir('kb');
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

/** A problem as the message tests compare it: what a contributor reads, without its code. */
export type Problem = Omit<KbProblem, 'name'>;

/**
 * The content check's problems for a copy of the valid fixture with `edit` applied, with file paths
 * relative to the copy, so tests compare exact messages. The copy is removed before returning.
 * Codes are left out here and pinned by problem-codes.test.ts (`namedProblemsAfter`).
 */
export function problemsAfter(edit: Parameters<typeof brokenKb>[0]): Problem[] {
  return namedProblemsAfter(edit).map(({ name: _name, ...rest }) => rest);
}

/** Like `problemsAfter`, with each problem's name (and so its code). */
export function namedProblemsAfter(edit: Parameters<typeof brokenKb>[0]): KbProblem[] {
  const kb = brokenKb(edit);
  try {
    const strip = (text: string) => text.replaceAll(`${kb.dir}/`, '');
    return checkKnowledgeBase(kb.dir).problems.map((p) => ({ ...p, file: strip(p.file), message: strip(p.message) }));
  } finally {
    kb.dispose();
  }
}
