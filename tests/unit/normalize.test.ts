import { describe, expect, test } from 'vitest';
import { MAX_QUERY_CHARS, normalizeErrorLine } from '../../src/lib/lookup/normalize.ts';
import { stripPlaceholders, tokenize } from '../../src/lib/lookup/tokenize.ts';

describe('normalizeErrorLine', () => {
  test.each([
    [
      'ARNs, account ids and the retry count',
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec-role/1a2b is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:ap-northeast-1:123456789012:parameter/app/db_password',
      'resourceinitializationerror: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried times: accessdeniedexception: user: is not authorized to perform: ssm:getparameters on resource:',
    ],
    [
      'image references, URLs and IP:port',
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:latest: failed to do request: Head "https://123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/v2/app/manifests/latest": dial tcp 52.219.4.10:443: i/o timeout',
      'cannotpullcontainererror: pull image manifest has been retried times: failed to resolve ref failed to do request: head " ": dial tcp : i/o timeout',
    ],
    [
      'a CloudWatch line with timestamp, JSON wrapper and task id',
      '2026-11-21T03:15:09.123Z {"log":"Error: connect ECONNREFUSED 10.0.1.25:5432","stream":"stderr","ecs_task_id":"0f9e8d7c6b5a49384736251403f2e1d0"}',
      'error: connect econnrefused',
    ],
    [
      'a whole JSON log event',
      '{"log":"OutOfMemoryError: Container killed due to memory usage","time":"2026-11-21T03:15:09Z"}',
      'outofmemoryerror: container killed due to memory usage',
    ],
    [
      'an ecspresso log prefix',
      '2026/11/21 12:34:56 [INFO] myservice/mycluster failed to wait for service stable: exceeded max wait time',
      'myservice/mycluster failed to wait for service stable: exceeded max wait time',
    ],
    [
      'curly quotes and full-width characters',
      '“ＣａｎｎｏｔＰｕｌｌＣｏｎｔａｉｎｅｒＥｒｒｏｒ”：　ｒｅｆ ‘ｌａｔｅｓｔ’',
      '"cannotpullcontainererror": ref \'latest\'',
    ],
    [
      'UUIDs, subnet and security group ids',
      'Task 3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d in subnet-0a1b2c3d4e5f67890 with sg-0123456789abcdef0 failed',
      'task in with failed',
    ],
    ['an input that is only identifiers', 'arn:aws:ecs:us-east-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0 10.0.0.1', ''],
    ['control characters', 'Essential container\u0000 in task\u0007 exited', 'essential container in task exited'],
    ['Japanese text is kept', 'タスクが　PENDING　のまま', 'タスクが pending のまま'],
    [
      'the AWS CLI wrapper keeps the exception and the operation, request ids go',
      'An error occurred (AccessDeniedException) when calling the UpdateService operation: User: arn:aws:iam::123456789012:user/ci is not authorized (Request ID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d)',
      'accessdeniedexception updateservice: user: is not authorized ( )',
    ],
    ['the same wrapper in a template with placeholders', 'An error occurred ( ) when calling the   operation: ', ':'],
    [
      'an SDK error with RequestID',
      'operation error ECS: UpdateService, https response error StatusCode: 400, RequestID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, InvalidParameterException: bad',
      'operation error ecs: updateservice, https response error statuscode: 400, , invalidparameterexception: bad',
    ],
    ['a retry count in a template is the same words as in a message', 'has been retried   time(s): x', 'has been retried times: x'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeErrorLine(input)).toBe(expected);
  });

  test('an AWS endpoint URL keeps the service it calls, the same in a message and in a template', () => {
    const pasted = tokenize(
      normalizeErrorLine('Post "https://ecs.ap-northeast-1.amazonaws.com/": dial tcp 54.239.96.179:443: connect: connection timed out'),
    );
    const template = tokenize(normalizeErrorLine('Post "https://ecs. .amazonaws.com/": dial tcp :443: i/o timeout'));
    expect(pasted).toContain('ecs');
    expect(template).toContain('ecs');
    expect(tokenize(normalizeErrorLine('Post "https://logs.us-east-1.amazonaws.com/"'))).toEqual(['post', 'logs', 'amazonaws']);
    // Other URLs still go whole.
    expect(tokenize(normalizeErrorLine('GET https://ghcr.io/token?scope=repository:acme/worker:pull failed'))).toEqual(['get', 'failed']);
  });

  test('an exit code is one word with its number, however it is written', () => {
    for (const text of ['Exit code: 137', 'exit code 137', 'exit status 137', '"exitCode": 137', 'Exit Code 137'])
      expect(tokenize(normalizeErrorLine(text)), text).toContain('exitcode137');
    expect(tokenize(normalizeErrorLine('retried 137 times on port 137'))).not.toContain('exitcode137');
  });

  test.each([
    [
      // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html
      'a service event names its service, task and container instance in parentheses',
      '(service batch-worker) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance becd7a27094dd3099946273cac53db46) has insufficient CPU units available.',
      '(service {service}) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance {id}) has insufficient CPU units available.',
    ],
    [
      // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html
      'a target-group health event with task, port and target group',
      '(service web-api) (task 553f26abeeebe4be18603f3c15bbf6cd) (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067) due to (reason Request timed out).',
      '(service {service}) (task {task}) (port {port}) is unhealthy in (target-group {target_group}) due to (reason Request timed out).',
    ],
    [
      // https://github.com/getsocial-rnd/neo4j-aws-causal-cluster/issues/4: the older wording without parentheses.
      'an older event names the service without parentheses',
      'service neo4j-stack-ecs-28-Neo4jClusterECSservice-1111111111 was unable to place a task because no container instance met all of its requirements.',
      '(service {service}) was unable to place a task because no container instance met all of its requirements.',
    ],
    [
      // https://github.com/aws/aws-cdk/issues/1160: the AWS SDK for Java's suffix keeps only its error code.
      "the SDK's (Service; Status Code; Error Code; Request ID) suffix",
      'The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:209640446841:targetgroup/greet-inter-7A1DWCFAH8FU/c4bab708f6cad935 does not have an associated load balancer. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Request ID: f6e72ff4-e756-11e8-afbf-dd214588018c)',
      'InvalidParameterException: The target group with targetGroupArn {arn} does not have an associated load balancer.',
    ],
    [
      // https://github.com/aws-quickstart/quickstart-dotnetcore-cicd/issues/21
      "CloudFormation's wrapper: the phrase and the request token go, the handler error code stays",
      'Resource handler returned message: "Exceeded attempts to wait" (RequestToken: 34894148-5a50-f236-994f-d42e72f8eec0, HandlerErrorCode: NotStabilized)',
      'Exceeded attempts to wait (HandlerErrorCode: NotStabilized)',
    ],
  ])('the words of a message are the words of its template: %s', (_name, message, template) => {
    const words = (text: string) => [...new Set(tokenize(normalizeErrorLine(text)))].sort();
    expect(words(message)).toEqual(words(stripPlaceholders(template)));
  });

  test('names in service events are not words of the message', () => {
    const words = tokenize(
      normalizeErrorLine('(service batch-worker) (task 553f26abeeebe4be18603f3c15bbf6cd) failed container health checks.'),
    );
    expect(words).not.toContain('batch');
    expect(words).not.toContain('worker');
    expect(words).toContain('service');
  });

  test('a bracketed status code list is not an IPv6 address', () => {
    expect(tokenize(normalizeErrorLine('Health checks failed with these codes: [404]'))).toContain('404');
    expect(tokenize(normalizeErrorLine('dial tcp [fe80::1]:443 and [::1]:8080: refused'))).toEqual(['dial', 'tcp', 'refused']);
  });

  test('cuts a huge paste instead of choking on it', () => {
    const huge = 'CannotPullContainerError '.repeat(5000);
    expect(huge.length).toBeGreaterThan(100_000);
    expect(normalizeErrorLine(huge).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });
});

describe('tokenize', () => {
  test('splits English into words without function words, Japanese into character pairs', () => {
    expect(tokenize('task failed elb health checks in the target group')).toEqual([
      'task',
      'failed',
      'elb',
      'health',
      'checks',
      'target',
      'group',
    ]);
    expect(tokenize('ヘルスチェック')).toEqual(['ヘル', 'ルス', 'スチ', 'チェ', 'ェッ', 'ック']);
    expect(tokenize('ssm:getparameters i/o timeout 429')).toEqual(['ssm', 'getparameters', 'i', 'o', 'timeout', '429']);
  });
});
