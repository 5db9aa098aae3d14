/**
 * Checks content/ without building the site: `npm run check:content`.
 * Prints every problem with the file, the field and the fix; exits 1 when there are any.
 */
import { checkKnowledgeBase } from '../src/lib/kb/check.ts';
import { formatProblems } from '../src/lib/kb/problems.ts';
import { contentDir } from '../src/lib/kb/content-dir.ts';

const { kb, problems } = checkKnowledgeBase(contentDir());
if (problems.length > 0) {
  process.stderr.write(`${formatProblems(problems)}\n\n${problems.length} 件の問題があります。\n`);
  process.exit(1);
}
process.stdout.write(
  `問題はありません: 症状 ${kb.symptoms.length}、原因 ${kb.causes.length}、対処 ${kb.fixes.length}、ガイド ${kb.guides.length}\n`,
);
