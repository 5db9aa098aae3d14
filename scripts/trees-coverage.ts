/**
 * Decision-tree report: `npm run trees:coverage`. Prints problems in content/trees/ and the causes
 * that no tree reaches (the build prints the same list). Exits 1 when a tree is broken.
 */
import { checkKnowledgeBase } from '../src/lib/kb/check.ts';
import { formatProblems } from '../src/lib/kb/problems.ts';
import { contentDir } from '../src/lib/kb/content-dir.ts';
import { unreachedCauses } from '../src/lib/trees/validate.ts';

const { kb, problems } = checkKnowledgeBase(contentDir());
const treeProblems = problems.filter((p) => /[/\\]trees[/\\]/.test(p.file));
const unreached = unreachedCauses(
  kb.trees.map((t) => t.data),
  kb.causes.map((c) => c.id),
);
process.stdout.write(
  `ツリー ${kb.trees.length} 本、原因 ${kb.causes.length} 件のうち ${kb.causes.length - unreached.length} 件に到達します。\n`,
);
if (unreached.length > 0)
  process.stdout.write(`どのツリーからも到達しない原因 (${unreached.length}):\n${unreached.map((id) => `  - ${id}`).join('\n')}\n`);
if (treeProblems.length > 0) {
  process.stderr.write(`\n${formatProblems(treeProblems)}\n`);
  process.exit(1);
}
