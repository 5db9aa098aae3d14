/**
 * Every kind of content problem has a stable code, printed with the message and explained in its
 * own section of content/README.md (anchor = code). Zod's own fallback messages are Japanese.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namedProblemsAfter } from './fixture.ts';
import { formatProblems, PROBLEM_CODES, problemHelp, type ProblemName } from '../../src/lib/kb/problems.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'README.md'), 'utf8');
const CAUSE = 'causes/sample-cause.md';
const SYMPTOM = 'symptoms/sample-symptom.md';
const FIX = 'fixes/sample-fix.md';
const TREE = 'trees/sample-tree-2.yaml';
const body = (markdown: string) => (k: Parameters<Parameters<typeof namedProblemsAfter>[0]>[0]) =>
  k.replace(CAUSE, '検査用の本文です。', `検査用の本文です。\n\n${markdown}`);

describe('codes', () => {
  test('are KB and three digits, one per kind of problem, never shared', () => {
    const codes = Object.values(PROBLEM_CODES);
    expect(codes.every((c) => /^KB\d{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('each has a section in content/README.md that names it, and no section names an unknown code', () => {
    const sections = [...README.matchAll(/^### (KB\d{3})\n\n`([a-z-]+)`: /gm)].map(([, code, name]) => [code, name]);
    expect(sections).toEqual(Object.entries(PROBLEM_CODES).map(([name, code]) => [code, name]));
    expect(problemHelp('unknown-reference')).toBe('content/README.md#kb001');
  });
});

describe('each kind of mistake is reported under its own code', () => {
  const cases: [string, Parameters<typeof namedProblemsAfter>[0], ProblemName][] = [
    ['a cause id that does not exist', (k) => k.replace(CAUSE, 'fixes: [sample-fix]', 'fixes: [no-such-fix]'), 'unknown-reference'],
    ['a misspelt field', (k) => k.replace(FIX, 'risk: changes-config', 'risk: changes-config\nrisks: x'), 'unknown-field'],
    ['a missing field', (k) => k.replace(FIX, 'risk: changes-config\n', ''), 'missing-field'],
    ['a value of the wrong type', (k) => k.replace(FIX, 'title: "検査用の対処"', 'title: 42'), 'invalid-value'],
    ['a file with no front matter', (k) => k.write('fixes/other-fix.md', '本文だけ'), 'unreadable-file'],
    ['a file over the size limit', (k) => k.write('fixes/other-fix.md', 'x'.repeat(201 * 1024)), 'file-too-large'],
    ['a file the site would leave out', (k) => k.write('fixes/other-fix.markdown', ''), 'stray-file'],
    ['an id that differs from the file name', (k) => k.replace(FIX, 'id: sample-fix', 'id: sample-fix-2'), 'id-file-mismatch'],
    ['an id used twice', (k) => k.replace(SYMPTOM, 'redirect_from: [old-sample-symptom]', 'redirect_from: [sample-fix]'), 'duplicate-id'],
    [
      'a signature written twice',
      (k) =>
        k.replace(
          CAUSE,
          'confirm:',
          `  - text: "SampleError: {detail}: sample tail"\n    source: https://github.com/aws/amazon-ecs-agent\nconfirm:`,
        ),
      'duplicate-signature',
    ],
    ['a tag in a title', (k) => k.replace(FIX, 'title: "検査用の対処"', 'title: "<b>対処</b>"'), 'html-in-text'],
    [
      'a disruptive step under a milder risk',
      (k) => k.replace(FIX, '--force-new-deployment', '--force-new-deployment\naws ecs stop-task --cluster c --task t'),
      'risk-understated',
    ],
    [
      'a confirm step that writes',
      (k) =>
        k.replace(
          CAUSE,
          'command: "aws ecs describe-tasks --cluster c --tasks t"',
          'command: "aws ecs update-service --cluster c --service s"',
        ),
      'writing-command',
    ],
    ['a heading with no id', body('## 見出し'), 'heading-without-id'],
    ['a heading id that is not kebab-case', body('## 見出し {#Bad_Id}'), 'invalid-heading-id'],
    ['a heading id used twice', body('## 一 {#same}\n\n## 二 {#same}'), 'duplicate-heading-id'],
    ['a code block with no language', body('```\necho\n```'), 'code-without-language'],
    ['a code block in an unknown language', body('```cobol\nx\n```'), 'unknown-code-language'],
    ['raw HTML in a body', body('<div>x</div>'), 'html-in-body'],
    [
      'an angle-bracket placeholder in a shell block',
      body('```bash\naws ecs describe-tasks --cluster <cluster-name> --tasks TASK_ID\n```'),
      'unsafe-placeholder',
    ],
    [
      'a scaffold value still to be written',
      (k) => k.replace(FIX, 'title: "検査用の対処"', 'title: "【要記入】対処の題名"'),
      'unwritten-part',
    ],
    ['a javascript: link', body('[x](javascript:alert(1))'), 'refused-link-scheme'],
    ['a link to a page that does not exist', body('[x](/fixes/no-such-fix/)'), 'broken-link'],
    [
      'a node id that is not kebab-case',
      (k) => k.write(TREE, `${readFileSync(k.path(TREE), 'utf8')}  Outcome_B:\n    cause: sample-cause\n`),
      'invalid-node-id',
    ],
    ['an answer leading to no node', (k) => k.replace(TREE, 'next: outcome-a', 'next: nowhere'), 'unknown-node'],
    [
      'a question with one answer',
      (k) => k.replace(TREE, '      - label: 最初のツリーへ\n        tree: sample-tree\n', ''),
      'too-few-options',
    ],
  ];

  test.each(cases)('%s', (_what, edit, name) => {
    const names = namedProblemsAfter(edit).map((p) => p.name);
    expect(names).toContain(name);
  });

  test('a cause no symptom lists', () => {
    const problems = namedProblemsAfter((k) => {
      k.write(
        'causes/other-cause.md',
        readFileSync(k.path(CAUSE), 'utf8')
          .replace('id: sample-cause', 'id: other-cause')
          .replace(/signatures:[\s\S]*?confirm:/, 'confirm:'),
      );
    });
    expect(problems.map((p) => [p.file, p.name])).toEqual([['causes/other-cause.md', 'orphan-cause']]);
  });

  test('a tree that loops, a node with two ways in, a node out of reach', () => {
    const names = (yaml: string) => namedProblemsAfter((k) => k.write(TREE, yaml)).map((p) => p.name);
    const head = 'id: sample-tree-2\ntitle: 木\nsummary: 検査用。\nstart: q1\nnodes:\n';
    const q = (id: string, a: string, b: string) =>
      `  ${id}:\n    question: 問い\n    hint: ヒント\n    options:\n      - label: A\n        next: ${a}\n      - label: B\n        next: ${b}\n`;
    const outcome = (id: string) => `  ${id}:\n    cause: sample-cause\n`;
    expect(names(head + q('q1', 'q2', 'a1') + q('q2', 'q1', 'a2') + outcome('a1') + outcome('a2'))).toContain('tree-cycle');
    expect(names(head + q('q1', 'q2', 'a1') + q('q2', 'a1', 'a2') + outcome('a1') + outcome('a2'))).toContain('node-with-two-parents');
    expect(names(head + q('q1', 'a1', 'a2') + outcome('a1') + outcome('a2') + outcome('a3'))).toEqual(['unreachable-node']);
  });
});

describe('messages', () => {
  test('print the code and name before the message, then the fix and where to read more', () => {
    const problems = namedProblemsAfter((k) => k.replace(CAUSE, 'fixes: [sample-fix]', 'fixes: [no-such-fix]'));
    expect(formatProblems(problems)).toBe(
      [
        'causes/sample-cause.md: fixes.0: KB001 unknown-reference: 参照先 "no-such-fix" が fixes にありません',
        '  → content/fixes/no-such-fix.md を作るか、正しい id に直してください',
        '  → 説明: content/README.md#kb001',
      ].join('\n'),
    );
  });

  test('name a heading as the site renders it: the body is parsed by Sätteri, with smart punctuation', () => {
    const problems = namedProblemsAfter(body('## ecspresso deploy --dry-run'));
    expect(problems.map((p) => p.message)).toEqual(['見出し「ecspresso deploy –dry-run」に id がありません']);
  });

  test("Zod's own message for a value of the wrong type is Japanese", () => {
    const problems = namedProblemsAfter((k) => k.replace(FIX, 'title: "検査用の対処"', 'title: 42'));
    expect(problems).toEqual([
      {
        name: 'invalid-value',
        file: FIX,
        field: 'title',
        message: '無効な入力: stringが期待されましたが、数値が入力されました',
        fix: 'title を直してください（content/README.md の形式を参照してください）',
      },
    ]);
  });
});
