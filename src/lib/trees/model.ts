/**
 * What a tree page needs to know about a node: how it was reached (the path, with the answers
 * given), its parent for 「戻る」, and the tree as nested data for the outline and the diagram.
 */
import { isQuestion, type Tree, type TreeNode } from '../../schemas/tree.ts';

export interface Step {
  /** Node id. */
  node: string;
  /** The answer that led to this node (undefined for the start node). */
  answer: string | undefined;
}

export interface OutlineNode {
  id: string;
  /** The answer that led here. */
  answer: string | undefined;
  /** Question text, or the cause id for an outcome. */
  kind: 'question' | 'outcome' | 'tree';
  text: string;
  children: OutlineNode[];
}

/** Every node's path from the start, with the answer chosen at each step. */
export function stepsToEveryNode(tree: Tree): Map<string, Step[]> {
  const steps = new Map<string, Step[]>();
  const visit = (id: string, answer: string | undefined, before: Step[]) => {
    if (steps.has(id)) return;
    const here = [...before, { node: id, answer }];
    steps.set(id, here);
    const node = tree.nodes[id];
    if (node && isQuestion(node)) for (const o of node.options) if (o.next) visit(o.next, o.label, here);
  };
  visit(tree.start, undefined, []);
  return steps;
}

/** The tree as nested data. `causeTitle` and `treeTitle` name outcomes and jumps to other trees. */
export function outline(tree: Tree, causeTitle: (id: string) => string, treeTitle: (id: string) => string): OutlineNode {
  const build = (id: string, answer: string | undefined): OutlineNode => {
    const node = tree.nodes[id]!;
    if (!isQuestion(node)) return { id, answer, kind: 'outcome', text: causeTitle(node.cause), children: [] };
    return {
      id,
      answer,
      kind: 'question',
      text: node.question,
      children: node.options.map((o) =>
        o.next ? build(o.next, o.label) : { id: o.tree!, answer: o.label, kind: 'tree' as const, text: treeTitle(o.tree!), children: [] },
      ),
    };
  };
  return build(tree.start, undefined);
}

/** The heading of a node's page: its question, or 「原因: 」 and the cause's title for an outcome. */
export function nodeHeading(node: TreeNode, causeTitle: (id: string) => string): string {
  return isQuestion(node) ? node.question : `原因: ${causeTitle(node.cause)}`;
}
