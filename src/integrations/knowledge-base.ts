/**
 * Loads and checks `content/` before Astro starts, so bad content fails `astro build` with the
 * file, the field and the fix, and gives the config what it derives from the content (sidebar).
 */
import { checkKnowledgeBase, formatProblems, type KnowledgeBase } from '../lib/kb/check.ts';
import { contentDir } from '../lib/kb/content-dir.ts';

export class KnowledgeBaseError extends Error {
  constructor(problems: string, count: number) {
    super(`ナレッジベースに ${count} 件の問題があります:\n${problems}`);
    this.name = 'KnowledgeBaseError';
  }
}

export function loadCheckedKnowledgeBase(dir = contentDir()): KnowledgeBase {
  const { kb, problems } = checkKnowledgeBase(dir);
  if (problems.length > 0) throw new KnowledgeBaseError(formatProblems(problems), problems.length);
  return kb;
}
