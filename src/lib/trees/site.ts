/**
 * Trees as the pages see them, with their steps,
 * and for each cause the first tree node that leads to it (the symptom pages link there).
 */
import type { Tree } from '../../schemas/tree.ts';
import { isQuestion } from '../../schemas/tree.ts';
import type { TreeEntry } from '../kb/collections.ts';
import { stepsToEveryNode, type Step } from './model.ts';

export interface SiteTree {
  tree: Tree;
  steps: Map<string, Step[]>;
}

const computed = new WeakMap<TreeEntry[], SiteTree[]>();

/** Trees with their steps; computed once per collection array (every symptom and node page asks). */
export function siteTrees(entries: TreeEntry[]): SiteTree[] {
  let trees = computed.get(entries);
  if (!trees) {
    trees = entries.map(({ data: tree }) => ({ tree, steps: stepsToEveryNode(tree) }));
    computed.set(entries, trees);
  }
  return trees;
}

/**
 * Where 「診断ツリーで絞り込む」 on a symptom page drops the reader: in the tree that reaches most
 * of the symptom's causes, the deepest question whose answers still lead to all of those causes
 * (the common ancestor of their outcomes).
 */
export function entryNodeForCauses(trees: SiteTree[], causeIds: readonly string[]): { tree: string; node: string } | undefined {
  let best: { tree: string; node: string; covered: number } | undefined;
  for (const { tree, steps } of trees) {
    const paths: string[][] = [];
    const covered = new Set<string>();
    for (const [id, node] of Object.entries(tree.nodes)) {
      if (!isQuestion(node) && causeIds.includes(node.cause)) {
        paths.push((steps.get(id) ?? []).map((s) => s.node));
        covered.add(node.cause);
      }
    }
    if (paths.length === 0 || (best && covered.size <= best.covered)) continue;
    let common = paths[0]!;
    for (const path of paths.slice(1)) {
      let i = 0;
      while (i < common.length && i < path.length && common[i] === path[i]) i++;
      common = common.slice(0, i);
    }
    // Land on a question: if the prefix ends on an outcome (a single path), step back to its parent.
    const last = common[common.length - 1];
    const landing = last && tree.nodes[last] && isQuestion(tree.nodes[last]!) ? last : (common[common.length - 2] ?? tree.start);
    best = { tree: tree.id, node: landing, covered: covered.size };
  }
  return best && { tree: best.tree, node: best.node };
}
