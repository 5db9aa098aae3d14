import { describe, expect, test } from 'vitest';
import type { Tree } from '../../src/schemas/tree.ts';
import { unreachedCauses, validateTree } from '../../src/lib/trees/validate.ts';
import { stepsToEveryNode } from '../../src/lib/trees/model.ts';

const context = { causeIds: new Set(['cause-a', 'cause-b']), treeIds: new Set(['this-tree', 'other-tree']) };

/** A small valid tree; each test breaks one rule. */
function tree(nodes: Tree['nodes'] = {}, start = 'q1'): Tree {
  return {
    id: 'this-tree',
    title: '検査用',
    summary: '検査用のツリー',
    start,
    nodes: {
      q1: {
        question: '起動タイプは？',
        hint: '`launchType` を見る',
        options: [
          { label: 'Fargate', next: 'q2' },
          { label: 'EC2', next: 'a-ec2' },
        ],
      },
      q2: {
        question: '停止理由は？',
        hint: 'describe-tasks',
        options: [
          { label: 'タイムアウト', next: 'a-timeout' },
          { label: 'LB', tree: 'other-tree' },
        ],
      },
      'a-ec2': { cause: 'cause-a' },
      'a-timeout': { cause: 'cause-b' },
      ...nodes,
    },
  };
}

const check = (t: Tree) => validateTree('trees/this-tree.yaml', t, context);

describe('validateTree', () => {
  test('accepts a sound tree and computes one path per node', () => {
    expect(check(tree())).toEqual([]);
    expect(stepsToEveryNode(tree()).get('a-timeout')).toEqual([
      { node: 'q1', answer: undefined },
      { node: 'q2', answer: 'Fargate' },
      { node: 'a-timeout', answer: 'タイムアウト' },
    ]);
  });

  test('start node must exist', () => {
    expect(check(tree({}, 'nowhere'))).toEqual([
      {
        name: 'unknown-node',
        file: 'trees/this-tree.yaml',
        field: 'start',
        message: '開始ノード "nowhere" がありません',
        fix: 'nodes に "nowhere" を追加するか、start を既存のノード id にしてください',
      },
    ]);
  });

  test('every target must exist', () => {
    const t = tree({
      q2: {
        question: '停止理由は？',
        hint: 'h',
        options: [
          { label: 'x', next: 'missing' },
          { label: 'y', next: 'a-timeout' },
        ],
      },
    });
    expect(check(t)).toEqual([
      {
        name: 'unknown-node',
        file: 'trees/this-tree.yaml',
        field: 'nodes.q2.options.0.next',
        message: '行き先のノード "missing" がありません',
        fix: 'nodes に "missing" を追加するか、既存のノード id にしてください',
      },
    ]);
  });

  test('a tree target must exist', () => {
    const t = tree({
      q2: {
        question: '停止理由は？',
        hint: 'h',
        options: [
          { label: 'x', tree: 'no-tree' },
          { label: 'y', next: 'a-timeout' },
        ],
      },
    });
    expect(check(t)).toEqual([
      {
        name: 'unknown-reference',
        file: 'trees/this-tree.yaml',
        field: 'nodes.q2.options.0.tree',
        message: 'ツリー "no-tree" がありません',
        fix: 'content/trees/no-tree.yaml を作るか、既存のツリー id にしてください',
      },
    ]);
  });

  test('every node must be reachable', () => {
    expect(check(tree({ orphan: { cause: 'cause-a' } }))).toEqual([
      {
        name: 'unreachable-node',
        file: 'trees/this-tree.yaml',
        field: 'nodes.orphan',
        message: 'ノード "orphan" には開始ノードからたどり着けません',
        fix: 'どこかの選択肢の next にこのノードを書くか、ノードを削除してください',
      },
    ]);
  });

  test('no cycles', () => {
    const t = tree({
      q2: {
        question: '停止理由は？',
        hint: 'h',
        options: [
          { label: 'x', next: 'q1' },
          { label: 'y', next: 'a-timeout' },
        ],
      },
    });
    expect(check(t)).toContainEqual({
      name: 'tree-cycle',
      file: 'trees/this-tree.yaml',
      field: 'nodes.q1',
      message: 'ノードが循環しています: q1 → q2 → q1',
      fix: '循環を作る選択肢の行き先を変えてください',
    });
  });

  test('each node has one path to it', () => {
    const t = tree({
      q2: {
        question: '停止理由は？',
        hint: 'h',
        options: [
          { label: 'x', next: 'a-ec2' },
          { label: 'y', next: 'a-timeout' },
        ],
      },
    });
    expect(check(t)).toEqual([
      {
        name: 'node-with-two-parents',
        file: 'trees/this-tree.yaml',
        field: 'nodes.q2.options.0.next',
        message: 'ノード "a-ec2" へは "q1" からも進めます',
        fix: '各ノードへの道は 1 本にしてください（同じ原因に別の道から着くなら、別の id の結果ノードを作ります）',
      },
    ]);
  });

  test('no dead ends: a question needs two options', () => {
    const t = tree({ q2: { question: '停止理由は？', hint: 'h', options: [{ label: 'x', next: 'a-timeout' }] } });
    expect(check(t)).toEqual([
      {
        name: 'too-few-options',
        file: 'trees/this-tree.yaml',
        field: 'nodes.q2.options',
        message: '質問 "q2" の選択肢が 1 個しかありません',
        fix: '質問には選択肢を 2 つ以上書いてください（1 つなら質問ではなく次のノードに直接進めます）',
      },
    ]);
  });

  test('every referenced cause exists', () => {
    expect(check(tree({ 'a-ec2': { cause: 'no-such-cause' } }))).toEqual([
      {
        name: 'unknown-reference',
        file: 'trees/this-tree.yaml',
        field: 'nodes.a-ec2.cause',
        message: '原因 "no-such-cause" がありません',
        fix: 'content/causes/no-such-cause.md を作るか、既存の原因 id にしてください',
      },
    ]);
  });

  test('node ids are ASCII', () => {
    const t = tree({
      q2: {
        question: '停止理由は？',
        hint: 'h',
        options: [
          { label: 'x', next: '結果' },
          { label: 'y', next: 'a-timeout' },
        ],
      },
      結果: { cause: 'cause-b' },
    });
    expect(check(t)).toEqual([
      {
        name: 'invalid-node-id',
        file: 'trees/this-tree.yaml',
        field: 'nodes.結果',
        message: 'ノード id "結果" が ASCII の kebab-case ではありません',
        fix: 'ノード id を a-z, 0-9 とハイフンだけにしてください（URL になります）',
      },
    ]);
  });

  test('coverage lists the causes no tree reaches', () => {
    expect(unreachedCauses([tree()], ['cause-a', 'cause-b', 'cause-c'])).toEqual(['cause-c']);
  });
});
