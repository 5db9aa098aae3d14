import { describe, expect, test } from 'vitest';
import { placeholderProblems, toPlaceholderWord } from '../../src/lib/kb/placeholders.ts';
import { problemsAfter } from './fixture.ts';

describe('placeholders in shell commands', () => {
  test.each([
    ['aws ecs describe-tasks --cluster CLUSTER --tasks TASK_ID', []],
    ['aws ecs describe-tasks --cluster my-cluster --tasks <task-id>', [['<task-id>', 'TASK_ID']]],
    [
      'aws elbv2 describe-listeners --listener-arns <prod-listener-arn> <test-listener-arn>',
      [
        ['<prod-listener-arn>', 'PROD_LISTENER_ARN'],
        ['<test-listener-arn>', 'TEST_LISTENER_ARN'],
      ],
    ],
    ['docker inspect <containerId>', [['<containerId>', 'CONTAINER_ID']]],
    ['aws ecs list-container-instances --cluster <クラスター名>', [['<クラスター名>', 'CLUSTER']]],
    ['aws ec2 describe-route-tables --filters Name=association.subnet-id,Values=subnet-xxxx', [['subnet-xxxx', 'SUBNET_ID']]],
    ['aws efs describe-mount-targets --file-system-id fs-xxxxxxxx', [['fs-xxxxxxxx', 'FILE_SYSTEM_ID']]],
    ['aws ec2 describe-things --thing-id thing-xxxx', [['thing-xxxx', 'THING_ID']]],
    ['nc -zv mydb.xxxxxxxx.ap-northeast-1.rds.amazonaws.com 3306', [['xxxxxxxx', 'VALUE']]],
    // A heredoc, a redirection from /dev/tcp and a word that merely contains x are not placeholders.
    ['cat <<EOF > task.json\n{}\nEOF', []],
    ["timeout 5 bash -c '</dev/tcp/DB_ENDPOINT/3306'", []],
    ['sort < list.txt > sorted.txt', []],
    ['echo max-xxxlarge xxx', []],
  ])('%s', (script, expected) => {
    expect(placeholderProblems(script).map((p) => [p.found, p.suggestion])).toEqual(expected);
  });

  test('reports the line within the script', () => {
    expect(placeholderProblems('aws ecs list-tasks --cluster CLUSTER\naws ecs describe-tasks --tasks <task-id>')).toEqual([
      { found: '<task-id>', suggestion: 'TASK_ID', line: 2 },
    ]);
  });

  test.each([
    ['task-id', 'TASK_ID'],
    ['Cluster Name', 'CLUSTER_NAME'],
    ['AWS::EC2::Image::Id', 'AWS_EC2_IMAGE_ID'],
    ['---', 'VALUE'],
    ['タスクID', 'TASK_ID'],
  ])('the word for %s is %s', (name, word) => {
    expect(toPlaceholderWord(name)).toBe(word);
  });

  test('the content check names the placeholder in a fix body and the word to use', () => {
    const problems = problemsAfter((kb) => kb.replace('fixes/sample-fix.md', '--service s', '--service <task-id>'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'fixes/sample-fix.md', field: expect.stringMatching(/^body:\d+$/) });
    expect(problems[0]?.message).toContain('「<task-id>」');
    expect(problems[0]?.fix).toContain('TASK_ID');
  });

  test('the content check reads confirm commands and tree hints too', () => {
    const cause = problemsAfter((kb) => kb.replace('causes/sample-cause.md', '--cluster c --tasks t', '--cluster c --tasks <task-id>'));
    expect(cause.map((p) => [p.file, p.field])).toEqual([['causes/sample-cause.md', 'confirm.command']]);
    const tree = problemsAfter((kb) => kb.replace('trees/sample-tree.yaml', '--cluster c --tasks t', '--cluster c --tasks i-xxxx'));
    expect(tree).toHaveLength(1);
    expect(tree[0]?.file).toBe('trees/sample-tree.yaml');
    expect(tree[0]?.fix).toContain('INSTANCE_ID');
  });
});
