/**
 * Rules that make a decision tree walkable: it starts somewhere that exists, every answer leads
 * somewhere that exists, every node can be reached, nothing loops, every question offers a real
 * choice, every path ends at a cause or another tree, and each node has exactly one path to it
 * (so its breadcrumb and its 「戻る」 are well defined; `stepsToEveryNode` in model.ts computes them).
 */
import { ID_PATTERN } from '../../schemas/common.ts';
import { isQuestion, type Tree } from '../../schemas/tree.ts';
import type { KbProblem } from '../kb/problems.ts';

export type TreeProblem = KbProblem;

export interface TreeContext {
  causeIds: ReadonlySet<string>;
  treeIds: ReadonlySet<string>;
}

export function validateTree(file: string, tree: Tree, context: TreeContext): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const nodeIds = Object.keys(tree.nodes);
  const at = (node: string, rest = '') => `nodes.${node}${rest}`;

  for (const id of nodeIds) {
    if (!ID_PATTERN.test(id)) {
      problems.push({
        name: 'invalid-node-id',
        file,
        field: at(id),
        message: `ノード id "${id}" が ASCII の kebab-case ではありません`,
        fix: 'ノード id を a-z, 0-9 とハイフンだけにしてください（URL になります）',
      });
    }
  }
  if (!tree.nodes[tree.start]) {
    problems.push({
      name: 'unknown-node',
      file,
      field: 'start',
      message: `開始ノード "${tree.start}" がありません`,
      fix: `nodes に "${tree.start}" を追加するか、start を既存のノード id にしてください`,
    });
    return problems;
  }

  const parents = new Map<string, string>();
  /** Indexes in `problems` of answers that lead to a node that does not exist. */
  const dangling: number[] = [];
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (isQuestion(node)) {
      if (node.options.length < 2) {
        problems.push({
          name: 'too-few-options',
          file,
          field: at(id, '.options'),
          message: `質問 "${id}" の選択肢が ${node.options.length} 個しかありません`,
          fix: '質問には選択肢を 2 つ以上書いてください（1 つなら質問ではなく次のノードに直接進めます）',
        });
      }
      node.options.forEach((option, i) => {
        const field = at(id, `.options.${i}`);
        if (option.next !== undefined) {
          if (!tree.nodes[option.next]) {
            dangling.push(problems.length);
            problems.push({
              name: 'unknown-node',
              file,
              field: `${field}.next`,
              message: `行き先のノード "${option.next}" がありません`,
              fix: `nodes に "${option.next}" を追加するか、既存のノード id にしてください`,
            });
          } else if (parents.has(option.next)) {
            problems.push({
              name: 'node-with-two-parents',
              file,
              field: `${field}.next`,
              message: `ノード "${option.next}" へは "${parents.get(option.next)}" からも進めます`,
              fix: '各ノードへの道は 1 本にしてください（同じ原因に別の道から着くなら、別の id の結果ノードを作ります）',
            });
          } else {
            parents.set(option.next, id);
          }
        }
        if (option.tree !== undefined && !context.treeIds.has(option.tree)) {
          problems.push({
            name: 'unknown-reference',
            file,
            field: `${field}.tree`,
            message: `ツリー "${option.tree}" がありません`,
            fix: `content/trees/${option.tree}.yaml を作るか、既存のツリー id にしてください`,
          });
        }
      });
    } else if (!context.causeIds.has(node.cause)) {
      problems.push({
        name: 'unknown-reference',
        file,
        field: at(id, '.cause'),
        message: `原因 "${node.cause}" がありません`,
        fix: `content/causes/${node.cause}.md を作るか、既存の原因 id にしてください`,
      });
    }
  }
  if (parents.has(tree.start)) {
    problems.push({
      name: 'tree-cycle',
      file,
      field: 'start',
      message: `開始ノード "${tree.start}" に "${parents.get(tree.start)}" から戻る道があり、循環しています`,
      fix: '開始ノードへ戻る選択肢を削除してください（「最初からやり直す」は自動で表示されます）',
    });
  }

  // Walk from the start: what is reached, and whether a path comes back to a node on itself.
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const walk = (id: string, path: string[]) => {
    if (onPath.has(id)) {
      problems.push({
        name: 'tree-cycle',
        file,
        field: at(id),
        message: `ノードが循環しています: ${[...path, id].join(' → ')}`,
        fix: '循環を作る選択肢の行き先を変えてください',
      });
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    onPath.add(id);
    const node = tree.nodes[id];
    if (node && isQuestion(node)) for (const o of node.options) if (o.next && tree.nodes[o.next]) walk(o.next, [...path, id]);
    onPath.delete(id);
  };
  walk(tree.start, []);
  // Only the first node of each cut-off branch is reported: the nodes below it are cut off by the
  // same mistake. When an answer leads nowhere, that answer is the mistake and the cut-off branch
  // is named in its fix instead.
  const unreached = nodeIds.filter((id) => !reached.has(id));
  const roots = unreached.filter((id) => !parents.has(id) || reached.has(parents.get(id)!));
  // A cut-off loop has no first node: its first node in file order stands for it.
  const cutOff = roots.length > 0 || unreached.length === 0 ? roots : [unreached[0]!];
  if (dangling.length > 0 && cutOff.length > 0) {
    for (const i of dangling) {
      const problem = problems[i]!;
      problem.fix = `${problem.fix}（どこからも進めないノード: ${cutOff.join(', ')}）`;
    }
    return problems;
  }
  for (const id of cutOff) {
    problems.push({
      name: 'unreachable-node',
      file,
      field: at(id),
      message: `ノード "${id}" には開始ノードからたどり着けません`,
      fix: 'どこかの選択肢の next にこのノードを書くか、ノードを削除してください',
    });
  }
  return problems;
}

/** Causes that no tree leads to, for the coverage report. */
export function unreachedCauses(trees: readonly Tree[], causeIds: readonly string[]): string[] {
  const reached = new Set<string>();
  for (const tree of trees) for (const node of Object.values(tree.nodes)) if (!isQuestion(node)) reached.add(node.cause);
  return causeIds.filter((id) => !reached.has(id));
}
