import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKnowledgeBase } from '../../src/lib/kb/check.ts';
import { problemsAfter, VALID_KB } from './fixture.ts';
import { KB_COLLECTIONS, referenceFields } from '../../src/lib/kb/model.ts';

describe('the content check', () => {
  test('accepts the valid fixture and links both ways', () => {
    const { kb, problems } = checkKnowledgeBase(VALID_KB);
    expect(problems).toEqual([]);
    expect(kb.symptoms.map((s) => s.data.causes)).toEqual([['sample-cause']]);
    expect(kb.causes.map((c) => c.data.fixes)).toEqual([['sample-fix']]);
  });

  test('names a missing field', () => {
    expect(problemsAfter((kb) => kb.replace('symptoms/sample-symptom.md', 'summary: "検査用の症状。"\n', ''))).toEqual([
      {
        file: 'symptoms/sample-symptom.md',
        field: 'summary',
        message: '必須フィールド summary がありません',
        fix: 'summary を追加してください（content/README.md の形式を参照してください）',
      },
    ]);
  });

  test('names a wrongly typed field', () => {
    const problems = problemsAfter((kb) => kb.replace('fixes/sample-fix.md', 'risk: changes-config', 'risk: maybe'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'fixes/sample-fix.md', field: 'risk' });
    expect(problems[0]?.message).toContain('"changes-config"');
  });

  test('rejects a summary too long for a link preview', () => {
    const problems = problemsAfter((kb) =>
      kb.replace('causes/sample-cause.md', 'summary: "検査用の原因。"', `summary: "${'長'.repeat(121)}"`),
    );
    expect(problems).toEqual([
      {
        file: 'causes/sample-cause.md',
        field: 'summary',
        message: 'summary はリンクプレビューに使うため 120 文字以内にしてください',
        fix: 'summary を直してください（content/README.md の形式を参照してください）',
      },
    ]);
  });

  test('names an unknown reference', () => {
    expect(
      problemsAfter((kb) => kb.replace('symptoms/sample-symptom.md', 'causes: [sample-cause]', 'causes: [sample-cause, no-such-cause]')),
    ).toEqual([
      {
        file: 'symptoms/sample-symptom.md',
        field: 'causes.1',
        message: '参照先 "no-such-cause" が causes にありません',
        fix: 'content/causes/no-such-cause.md を作るか、正しい id に直してください',
      },
    ]);
  });

  test('names a duplicate id across collections', () => {
    const problems = problemsAfter((kb) => {
      kb.replace('guides/sample-guide.md', 'id: sample-guide', 'id: sample-fix');
    });
    expect(problems).toContainEqual({
      file: 'guides/sample-guide.md',
      field: 'id',
      message: 'id "sample-fix" は fixes/sample-fix.md ですでに使われています',
      fix: 'id はすべてのコレクションを通して一意にしてください',
    });
  });

  test('names an id that does not match the file name', () => {
    expect(problemsAfter((kb) => kb.replace('fixes/sample-fix.md', 'id: sample-fix', 'id: other-fix'))).toContainEqual({
      file: 'fixes/sample-fix.md',
      field: 'id',
      message: 'id "other-fix" がファイル名 "sample-fix" と違います',
      fix: 'id とファイル名を揃えてください（id は URL になるので、公開済みなら id を変えず redirect_from を使います）',
    });
  });

  test('rejects a non-ASCII id', () => {
    const problems = problemsAfter((kb) => kb.replace('guides/sample-guide.md', 'id: sample-guide', 'id: サンプル'));
    expect(problems).toContainEqual({
      file: 'guides/sample-guide.md',
      field: 'id',
      message: 'id は ASCII の kebab-case（例: cannot-pull-container）にしてください',
      fix: 'id を直してください（content/README.md の形式を参照してください）',
    });
  });

  test('rejects a symptom with no cause', () => {
    const problems = problemsAfter((kb) => kb.replace('symptoms/sample-symptom.md', 'causes: [sample-cause]', 'causes: []'));
    expect(problems).toContainEqual({
      file: 'symptoms/sample-symptom.md',
      field: 'causes',
      message: '症状には原因 (causes) が 1 つ以上必要です',
      fix: 'causes を直してください（content/README.md の形式を参照してください）',
    });
  });

  test('rejects a cause with no fix', () => {
    expect(problemsAfter((kb) => kb.replace('causes/sample-cause.md', 'fixes: [sample-fix]', 'fixes: []'))).toEqual([
      {
        file: 'causes/sample-cause.md',
        field: 'fixes',
        message: '原因には対処 (fixes) が 1 つ以上必要です',
        fix: 'fixes を直してください（content/README.md の形式を参照してください）',
      },
    ]);
  });

  test('rejects a cause no symptom explains', () => {
    const problems = problemsAfter((kb) =>
      kb.write(
        'causes/orphan-cause.md',
        readFileSync(join(VALID_KB, 'causes/sample-cause.md'), 'utf8').replace('id: sample-cause', 'id: orphan-cause'),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'causes/orphan-cause.md',
        field: 'id',
        message: '原因 "orphan-cause" はどの症状の causes にもありません',
        fix: 'この原因で説明できる症状の causes に id を追加してください',
      },
    ]);
  });

  test('rejects unreadable YAML', () => {
    expect(problemsAfter((kb) => kb.replace('fixes/sample-fix.md', 'risk: changes-config', 'risk: [changes-config'))).toMatchObject([
      { file: 'fixes/sample-fix.md', field: '(frontmatter)', fix: 'content/README.md の形式を参照してください' },
    ]);
  });

  test('requires an explicit ASCII id on every body heading', () => {
    expect(problemsAfter((kb) => kb.replace('fixes/sample-fix.md', '## 手順 {#steps}', '## 手順'))).toEqual([
      {
        file: 'fixes/sample-fix.md',
        field: 'body:14',
        message: '見出し「手順」に id がありません',
        fix: '見出しの末尾に ASCII の id を付けてください（例: ## 手順 {#steps}）',
      },
    ]);
    expect(problemsAfter((kb) => kb.replace('fixes/sample-fix.md', '## 手順 {#steps}', '## 手順 {#手順}'))).toEqual([
      {
        file: 'fixes/sample-fix.md',
        field: 'body:14',
        message: '見出し「手順」の id "手順" が ASCII の kebab-case ではありません',
        fix: 'id を a-z, 0-9 とハイフンだけにしてください',
      },
    ]);
  });

  test('requires a language on every code block', () => {
    expect(problemsAfter((kb) => kb.replace('fixes/sample-fix.md', '```bash', '```'))).toEqual([
      {
        file: 'fixes/sample-fix.md',
        field: 'body:16',
        message: 'コードブロックに言語がありません',
        fix: '``` の直後に言語を書いてください（bash, json, yaml, text など）',
      },
    ]);
  });

  test('rejects an internal link to an entry that does not exist', () => {
    expect(problemsAfter((kb) => kb.replace('symptoms/sample-symptom.md', '/causes/sample-cause/', '/causes/sample-caus/'))).toEqual([
      {
        file: 'symptoms/sample-symptom.md',
        field: 'body:26',
        message: 'リンク /causes/sample-caus/ の行き先がありません（causes に "sample-caus" がありません）',
        fix: '存在するエントリーの URL（/causes/<id>/）に直してください',
      },
    ]);
  });
  test('rejects a signature without its source, and says what the source must be', () => {
    expect(
      problemsAfter((kb) =>
        kb.replace(
          'causes/sample-cause.md',
          '    source: https://github.com/aws/amazon-ecs-agent/blob/master/agent/api/task/task.go\n',
          '',
        ),
      ),
    ).toEqual([
      {
        file: 'causes/sample-cause.md',
        field: 'signatures.0.source',
        message: '必須フィールド signatures.0.source がありません',
        fix: 'source には、この文言がそのまま載っているページの https URL（AWS ドキュメント、re:Post、GitHub のソースファイルか issue）を書いてください',
      },
    ]);
  });

  test('rejects a signature written as a bare string', () => {
    expect(
      problemsAfter((kb) =>
        kb.replace(
          'symptoms/sample-symptom.md',
          '  - text: "SampleError: {detail}"\n    source: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html\n',
          '  - "SampleError: {detail}"\n',
        ),
      ),
    ).toEqual([
      {
        file: 'symptoms/sample-symptom.md',
        field: 'signatures.0',
        message: 'シグネチャは text（エラー文）と source（その文言が載っている URL）を持つオブジェクトで書いてください',
        fix: 'signatures.0 を直してください（content/README.md の形式を参照してください）',
      },
    ]);
  });

  test('rejects a signature source outside the accepted primary sources', () => {
    expect(
      problemsAfter((kb) =>
        kb.replace(
          'causes/sample-cause.md',
          'https://github.com/aws/amazon-ecs-agent/blob/master/agent/api/task/task.go',
          'https://example.com/errors',
        ),
      ),
    ).toEqual([
      {
        file: 'causes/sample-cause.md',
        field: 'signatures.0.source',
        message:
          'source のホストは docs.aws.amazon.com、repost.aws、github.com のどれかにしてください（この文言が載っている一次情報を指します）',
        fix: 'signatures.0.source を直してください（content/README.md の形式を参照してください）',
      },
    ]);
    expect(
      problemsAfter((kb) =>
        kb.replace(
          'causes/sample-cause.md',
          'https://github.com/aws/amazon-ecs-agent/blob/master/agent/api/task/task.go',
          'http://github.com/aws/amazon-ecs-agent',
        ),
      ),
    ).toMatchObject([
      {
        field: 'signatures.0.source',
        message:
          'source には、この文言がそのまま載っているページの https URL（AWS ドキュメント、re:Post、GitHub のソースファイルか issue）を書いてください',
      },
    ]);
  });

  test('rejects the same signature twice in one entry', () => {
    expect(
      problemsAfter((kb) =>
        kb.replace(
          'causes/sample-cause.md',
          '    source: https://github.com/aws/amazon-ecs-agent/blob/master/agent/api/task/task.go\n',
          '    source: https://github.com/aws/amazon-ecs-agent/blob/master/agent/api/task/task.go\n  - text: "SampleError: {detail}: sample tail"\n    source: https://repost.aws/knowledge-center/ecs-pull-container-error\n',
        ),
      ),
    ).toEqual([
      {
        file: 'causes/sample-cause.md',
        field: 'signatures.1.text',
        message: 'シグネチャ "SampleError: {detail}: sample tail" が同じエントリーに 2 回あります',
        fix: '重複したシグネチャを 1 つにしてください（出典が複数あるときはどれか 1 つで足ります）',
      },
    ]);
  });

  describe('commands against their labels', () => {
    const FIX_COMMAND = 'aws ecs update-service --cluster c --service s --force-new-deployment';

    test.each([
      ['aws ecs stop-task --cluster c --task t', 'aws ecs stop-task'],
      ['aws ec2 terminate-instances --instance-ids i-0123', 'aws ec2 terminate-instances'],
      ['aws logs delete-log-group --log-group-name g', 'aws logs delete-log-group'],
      [
        'aws ecs deregister-container-instance --cluster c \\\n  --container-instance i --force',
        'aws ecs deregister-container-instance --force',
      ],
      ['sudo systemctl restart docker', 'systemctl restart'],
      ['ecspresso tasks --id t --stop --force', 'ecspresso tasks --stop'],
    ])('a fix that runs `%s` cannot be labelled changes-config', (command, action) => {
      expect(problemsAfter((kb) => kb.replace('fixes/sample-fix.md', FIX_COMMAND, command))).toEqual([
        {
          file: 'fixes/sample-fix.md',
          field: 'risk',
          message: `risk が changes-config ですが、手順（16 行目）の「${action}」は稼働中のものを止める・消す・再起動します`,
          fix: 'risk を disruptive にしてください（そのコマンドが不要なら手順から外してください）',
        },
      ]);
    });

    test('a disruptive fix may stop things, and reading or deregistering without --force is not disruptive', () => {
      expect(
        problemsAfter((kb) => {
          kb.replace('fixes/sample-fix.md', FIX_COMMAND, 'aws ecs stop-task --cluster c --task t');
          kb.replace('fixes/sample-fix.md', 'risk: changes-config', 'risk: disruptive');
        }),
      ).toEqual([]);
      expect(
        problemsAfter((kb) =>
          kb.replace(
            'fixes/sample-fix.md',
            FIX_COMMAND,
            'aws ecs describe-tasks --cluster c --tasks t\naws ecs deregister-task-definition --task-definition f:1',
          ),
        ),
      ).toEqual([]);
    });

    const CONFIRM = 'command: "aws ecs describe-tasks --cluster c --tasks t"';
    const READ_ONLY_FIX =
      '読み取りだけのコマンドに替えてください（ecspresso verify なら --no-put-logs を付け、deploy などは --dry-run で確かめます）';

    test.each([
      ['ecspresso verify', 'ecspresso verify（--no-put-logs なし）'],
      ['ecspresso --config ecspresso.yml verify --no-get-secrets', 'ecspresso verify（--no-put-logs なし）'],
      ['ecspresso deploy', 'ecspresso deploy'],
      ['ecspresso rollback --deregister-task-definition', 'ecspresso rollback'],
      ['aws ssm put-parameter --name p --value v', 'aws ssm put-parameter'],
      ['aws ecs run-task --cluster c --task-definition f', 'aws ecs run-task'],
      ['aws --region ap-northeast-1 ecs update-service --cluster c --service s', 'aws ecs update-service'],
      ['aws ecs describe-tasks --cluster c --tasks t && aws ecs stop-task --cluster c --task t', 'aws ecs stop-task'],
    ])('a confirm step cannot run `%s`', (command, action) => {
      expect(problemsAfter((kb) => kb.replace('causes/sample-cause.md', CONFIRM, `command: "${command}"`))).toEqual([
        {
          file: 'causes/sample-cause.md',
          field: 'confirm.command',
          message: `確認手順のコマンド「${action}」は AWS やホストに書き込みます。確認は読み取りだけにします`,
          fix: READ_ONLY_FIX,
        },
      ]);
    });

    test.each([
      'ecspresso verify --no-put-logs',
      'ecspresso deploy --dry-run',
      'aws logs tail g --since 1h',
      'ecspresso status --events 20',
    ])('a confirm step may run `%s`', (command) => {
      expect(problemsAfter((kb) => kb.replace('causes/sample-cause.md', CONFIRM, `command: "${command}"`))).toEqual([]);
    });

    test('a tree hint command cannot write either', () => {
      expect(
        problemsAfter((kb) =>
          kb.replace(
            'trees/sample-tree.yaml',
            "command: aws ecs describe-tasks --cluster c --tasks t --query 'tasks[].launchType'",
            'command: ecspresso verify',
          ),
        ),
      ).toEqual([
        {
          file: 'trees/sample-tree.yaml',
          field: 'nodes.launch-type.command',
          message:
            'ヒントのコマンド「ecspresso verify（--no-put-logs なし）」は AWS やホストに書き込みます。ヒントのコマンドは読み取りだけにします',
          fix: READ_ONLY_FIX,
        },
      ]);
    });
  });
});

test('the reference fields the check follows are the ones the schemas declare with refTo', () => {
  // A new reference field is checked as soon as its schema says what it points at: check.ts has no list of its own.
  expect(Object.fromEntries(KB_COLLECTIONS.map((c) => [c, referenceFields(c)]))).toEqual({
    symptoms: [{ field: 'causes', to: 'causes' }],
    causes: [{ field: 'fixes', to: 'fixes' }],
    fixes: [],
    guides: [{ field: 'related', to: 'any' }],
  });
});
