/** `npm run new`: a scaffold carries every required field, fails the check until written, then passes. */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKnowledgeBase } from '../../src/lib/kb/check.ts';
import { parseMarkdownFile } from '../../src/lib/kb/load.ts';
import { SCAFFOLD_KINDS, scaffoldRefusal, scaffoldText, TO_WRITE, unwrittenParts, type ScaffoldKind } from '../../src/lib/kb/scaffold.ts';
import { childEnv } from '../../src/config.ts';
import { brokenKb, problemsAfter } from './fixture.ts';

const KINDS = Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[];

/** What a writer puts in place of each mark, by the key on the marked line (valid for the schema). */
const WRITTEN: Record<string, string> = {
  title: '"検査用に書いた題"',
  summary: '"検査用に書いた要約。"',
  applies_to: '[fargate]',
  text: '"NewSampleError: {detail}: written"',
  source: 'https://github.com/aws/amazon-ecs-agent/blob/master/agent/api/task/task.go',
  how: '"検査用に書いた確かめ方。"',
  command: '"aws ecs describe-tasks --cluster c --tasks t"',
  look_for: '"検査用に書いた見どころ。"',
  fixes: '[sample-fix]',
  causes: '[sample-cause]',
  url: 'https://docs.aws.amazon.com/ja_jp/AmazonECS/latest/developerguide/Welcome.html',
  date: '2026-12-01',
  against: '"検査用"',
  area: 'task-start',
  seen_in: 'stoppedReason',
  kind: 'config',
  note: '"検査用に書いた一行。"',
  risk: 'changes-config',
};

/** The scaffold with every mark written over, as a writer would. */
function written(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes(TO_WRITE)) return line;
      const key = /^\s*(?:- )?([a-z_]+):/.exec(line)?.[1];
      if (key === undefined) return '検査用に書いた本文です。';
      const value = WRITTEN[key];
      if (value === undefined) throw new Error(`no written value for ${key}`);
      return `${line.slice(0, line.indexOf(':') + 1)} ${value}`;
    })
    .join('\n');
}

describe('scaffoldRefusal', () => {
  const taken = new Map([
    ['sample-cause', 'content/causes/sample-cause.md'],
    ['old-name', 'content/causes/sample-cause.md'],
  ]);
  const USAGE = '使い方: npm run new -- <cause|symptom|fix> <id>（例: npm run new -- cause efs-mount-target-missing）';
  test.each([
    ['cause', 'efs-mount-target-missing', undefined],
    ['fix', 'add-nfs-rule', undefined],
    ['guide', 'x', `"guide" は作れる種類ではありません（cause・symptom・fix のどれかです）\n  → ${USAGE}`],
    ['cause', undefined, `id がありません\n  → ${USAGE}`],
    [
      'cause',
      'EFS_Mount Failed',
      'id "EFS_Mount Failed" が ASCII の kebab-case ではありません（id はそのまま URL になります）\n  → a-z、0-9 とハイフンだけにしてください（例: efs-mount-failed）',
    ],
    [
      'symptom',
      'マウント失敗',
      'id "マウント失敗" が ASCII の kebab-case ではありません（id はそのまま URL になります）\n  → a-z、0-9 とハイフンだけにしてください（例: efs-mount-target-missing）',
    ],
    [
      'fix',
      'sample-cause',
      'id "sample-cause" は content/causes/sample-cause.md ですでに使われています（id はすべてのコレクションを通して一意です）\n  → 別の id にするか、content/causes/sample-cause.md を直してください',
    ],
    [
      'cause',
      'old-name',
      'id "old-name" は content/causes/sample-cause.md ですでに使われています（id はすべてのコレクションを通して一意です）\n  → 別の id にするか、content/causes/sample-cause.md を直してください',
    ],
  ])('%s %s', (kind, id, expected) => {
    expect(scaffoldRefusal(kind, id, taken)).toBe(expected);
  });
});

describe.each(KINDS)('a %s scaffold', (kind) => {
  const collection = SCAFFOLD_KINDS[kind];
  const rel = `${collection}/new-entry.md`;
  const text = scaffoldText(kind, 'new-entry');

  test('fails the content check at every unwritten place, naming the file, the field and what to write', () => {
    const problems = problemsAfter((kb) => kb.write(rel, text));
    const parsed = parseMarkdownFile(text);
    const unwritten = unwrittenParts(parsed.data, parsed.body, parsed.bodyLine);
    expect(unwritten.length).toBeGreaterThan(5);
    expect(problems).toEqual(
      unwritten.map((u) => ({
        file: rel,
        field: u.field,
        message: `まだ書かれていません: ${u.what}`,
        fix: '【要記入】 とその後の説明を消して、説明どおりの内容を書いてください',
      })),
    );
    for (const field of ['title', 'summary', 'applies_to.0', 'sources.0.title', 'sources.0.url', 'verified.date', 'verified.against'])
      expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.some((p) => p.field.startsWith('body:'))).toBe(true);
  });

  test('passes the content check once every mark is written over', () => {
    const problems = problemsAfter((kb) => {
      kb.write(rel, written(text));
      // A cause must explain some symptom: the guide tells the writer to add it to one.
      if (kind === 'cause') kb.replace('symptoms/sample-symptom.md', 'causes: [sample-cause]', 'causes: [sample-cause, new-entry]');
    });
    expect(problems).toEqual([]);
  });

  test('still reports a real mistake next to the marks', () => {
    const problems = problemsAfter((kb) => kb.write(rel, text.replace('redirect_from: []', 'redirect_from: []\nowner: someone')));
    expect(problems.filter((p) => !p.message.startsWith('まだ書かれていません'))).toEqual([
      expect.objectContaining({ file: rel, field: 'owner', message: 'owner は知らないフィールドです' }),
    ]);
  });
});

test('a cause scaffold has the body sections a cause page needs', () => {
  const text = scaffoldText('cause', 'x');
  expect(text).toContain('## なぜ起きるか {#why}');
  expect(text).toContain('## 他の原因との違い {#distinguish}');
  expect(parseMarkdownFile(text).data).toMatchObject({ confirm: { lang: 'bash' }, aliases: [], redirect_from: [] });
});

describe('npm run new', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new.ts', ...args], { env: childEnv({ KB_CONTENT_DIR: dir }), encoding: 'utf8' });

  test('writes the file, prints what to fill in, and refuses the same id again', () => {
    const kb = brokenKb(() => {});
    try {
      const first = run(kb.dir, 'cause', 'efs-mount-target-missing');
      const file = join(kb.dir, 'causes', 'efs-mount-target-missing.md');
      expect(first.status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(scaffoldText('cause', 'efs-mount-target-missing'));
      expect(first.stdout).toMatch(/を作りました（原因）。【要記入】 の \d+ か所を書いてください:\n {2}title: /);
      expect(first.stdout).toContain('  confirm.look_for: 結果のどこを見ればこの原因だとわかるか');
      expect(first.stdout).toContain('causes に id を足し');
      expect(checkKnowledgeBase(kb.dir).problems.every((p) => p.file === file)).toBe(true);

      const again = run(kb.dir, 'fix', 'efs-mount-target-missing');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('id "efs-mount-target-missing" は');
      expect(again.stderr).toContain('ですでに使われています');
      expect(run(kb.dir, 'cause', 'sample-tree').stderr).toContain('ですでに使われています');
    } finally {
      kb.dispose();
    }
  });
});
