/**
 * The checked knowledge base, or a stop with every problem (file, field, code, message, fix).
 * The Astro config needs it (sidebar, preview cards) and so does the content-layer loader; they are
 * loaded as separate module graphs of the same process, so the result is kept on `globalThis` and
 * the check runs once per build.
 */
import { settings } from '../../config.ts';
import { checkKnowledgeBase } from './check.ts';
import { contentDir } from './content-dir.ts';
import type { KnowledgeBase } from './model.ts';
import { formatProblems } from './problems.ts';

export class KnowledgeBaseError extends Error {
  constructor(problems: string, count: number) {
    super(`ナレッジベースに ${count} 件の問題があります:\n${problems}`);
    this.name = 'KnowledgeBaseError';
  }
}

/**
 * Stops the build on a mistake in the content: the message alone, in Japanese, exit status 1.
 * The stack trace says where in the build code the mistake was found, which helps nobody who
 * writes content; KB_DEBUG=1 shows it (the error is thrown as is).
 */
export function stopBuild(error: Error): never {
  if (settings().debug) throw error;
  process.stderr.write(`\n${error.message}\n\n（スタックトレースは KB_DEBUG=1 で表示されます）\n`);
  process.exit(1);
}

const CHECKED = Symbol.for('ecs-kb.checked-knowledge-base');
type Memo = Map<string, KnowledgeBase>;
const memo = (): Memo => ((globalThis as { [CHECKED]?: Memo })[CHECKED] ??= new Map());

/** The checked model of `dir`; checked on first use, and again after `forgetCheckedKnowledgeBase`. */
export function loadCheckedKnowledgeBase(dir = contentDir()): KnowledgeBase {
  const known = memo().get(dir);
  if (known) return known;
  const { kb, problems } = checkKnowledgeBase(dir);
  if (problems.length > 0) stopBuild(new KnowledgeBaseError(formatProblems(problems), problems.length));
  memo().set(dir, kb);
  return kb;
}

/**
 * Checks `dir` again after a file changed while the dev server runs. On success the new model
 * replaces the old one; on problems the old one stays and the problems are returned as text, so a
 * mistake in progress is reported without stopping the server.
 */
export function recheckKnowledgeBase(dir = contentDir()): { kb: KnowledgeBase } | { problems: string } {
  const { kb, problems } = checkKnowledgeBase(dir);
  if (problems.length > 0) return { problems: new KnowledgeBaseError(formatProblems(problems), problems.length).message };
  memo().set(dir, kb);
  return { kb };
}
