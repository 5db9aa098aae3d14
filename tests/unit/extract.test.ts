/**
 * Error messages out of what people paste: the shapes the AWS CLI, EventBridge, CloudFormation,
 * ecspresso and the ECS agent print, with the field names of their documentation.
 */
import { describe, expect, test } from 'vitest';
import { cleanLine, extractErrorMessages, joinHardWrapped, MAX_MESSAGE_CHARS, MAX_MESSAGES } from '../../src/lib/lookup/extract.ts';

const APP_PULL =
  'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: not found';
const SIDECAR_PULL =
  'CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/fluent-bit/manifests/sha256:9a8b7c6d: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.';

/** `aws ecs describe-tasks` output for a Fargate task whose two containers could not be pulled. */
export const DESCRIBE_TASKS = JSON.stringify(
  {
    tasks: [
      {
        attachments: [
          {
            id: '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
            type: 'ElasticNetworkInterface',
            status: 'DELETED',
            details: [{ name: 'subnetId', value: 'subnet-0a1b2c3d4e5f67890' }],
          },
        ],
        availabilityZone: 'ap-northeast-1a',
        clusterArn: 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/prod',
        connectivity: 'CONNECTED',
        containers: [
          {
            containerArn:
              'arn:aws:ecs:ap-northeast-1:123456789012:container/prod/0f9e8d7c6b5a49384736251403f2e1d0/6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
            taskArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0',
            name: 'app',
            image: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42',
            lastStatus: 'STOPPED',
            reason: APP_PULL,
            networkInterfaces: [],
            healthStatus: 'UNKNOWN',
            cpu: '0',
          },
          {
            containerArn:
              'arn:aws:ecs:ap-northeast-1:123456789012:container/prod/0f9e8d7c6b5a49384736251403f2e1d0/7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
            taskArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0',
            name: 'log-router',
            image: 'fluent/fluent-bit:3.0',
            lastStatus: 'STOPPED',
            reason: SIDECAR_PULL,
            networkInterfaces: [],
            healthStatus: 'UNKNOWN',
          },
        ],
        cpu: '512',
        createdAt: '2026-12-05T10:00:00.123000+09:00',
        desiredStatus: 'STOPPED',
        group: 'service:web',
        lastStatus: 'STOPPED',
        launchType: 'FARGATE',
        memory: '1024',
        platformVersion: '1.4.0',
        stopCode: 'TaskFailedToStart',
        stoppedAt: '2026-12-05T10:01:12.456000+09:00',
        stoppedReason: APP_PULL,
        stoppingAt: '2026-12-05T10:01:02.789000+09:00',
        taskArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0',
        taskDefinitionArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/web:42',
        version: 3,
      },
    ],
    failures: [],
  },
  null,
  4,
);

describe('extractErrorMessages', () => {
  test('describe-tasks: each failed container once, the stoppedReason duplicate merged', () => {
    expect(extractErrorMessages(DESCRIBE_TASKS)).toEqual([APP_PULL, SIDECAR_PULL]);
  });

  test('describe-tasks fragment: pretty-printed lines cut out of the middle of the document', () => {
    const fragment = DESCRIBE_TASKS.split('\n')
      .filter((l) => /"(?:name|reason|lastStatus|stopCode|stoppedReason)"/.test(l))
      .join('\n');
    expect(fragment).not.toMatch(/^\s*[{[]/);
    expect(extractErrorMessages(fragment)).toEqual([APP_PULL, SIDECAR_PULL]);
  });

  test('a JSON fragment whose message is itself JSON is read down to its reason', () => {
    // A task state change logged as a string: https://github.com/AndrewGuenther/fck-nat/issues/99
    const inner = {
      taskArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task/prod/9c1e5a7b3d2f4e6a8b0c1d2e3f4a5b6c',
      lastStatus: 'STOPPED',
      stopCode: 'TaskFailedToStart',
      stoppedReason: 'ResourceInitializationError: unable to pull secrets or registry auth: dial tcp 10.0.12.34:443: i/o timeout',
    };
    expect(extractErrorMessages(`"message": ${JSON.stringify(JSON.stringify(inner))},`)).toEqual([inner.stoppedReason]);
  });

  test('describe-tasks fragment with only a stop code still gives the stop code', () => {
    expect(extractErrorMessages('{"lastStatus": "STOPPED", "stopCode": "TaskFailedToStart"}')).toEqual(['TaskFailedToStart']);
  });

  test("'Essential container in task exited' and 'Task failed to start' give way to a container reason that names the error, and stay when none does", () => {
    // Stop reasons: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html
    const task = (container: Record<string, unknown>) =>
      JSON.stringify({
        tasks: [
          {
            stopCode: 'EssentialContainerExited',
            stoppedReason: 'Essential container in task exited',
            containers: [{ name: 'app', lastStatus: 'STOPPED', ...container }],
          },
        ],
      });
    expect(extractErrorMessages(task({ reason: 'CannotCreateContainerError: API error (500): expected integer' }))).toEqual([
      'CannotCreateContainerError: API error (500): expected integer',
    ]);
    expect(extractErrorMessages(task({ exitCode: 1 }))).toEqual(['Essential container in task exited', 'Exit code: 1']);
    // The same as console lines.
    expect(
      extractErrorMessages(
        'Stopped reason: Essential container in task exited\nReason: OutOfMemoryError: Container killed due to memory usage',
      ),
    ).toEqual(['OutOfMemoryError: Container killed due to memory usage']);
    // 'Task failed to start' (stop code TaskFailedToStart) points at the container's reason the same way.
    const failedToStart = JSON.stringify({
      stopCode: 'TaskFailedToStart',
      stoppedReason: 'Task failed to start',
      containers: [
        {
          name: 'web',
          lastStatus: 'STOPPED',
          reason: 'CannotStartContainerError: bind for 0.0.0.0:8080 failed: port is already allocated',
        },
      ],
    });
    expect(extractErrorMessages(failedToStart)).toEqual([
      'CannotStartContainerError: bind for 0.0.0.0:8080 failed: port is already allocated',
    ]);
  });

  test('fields printed capitalised (by PowerShell or the .NET SDK) are read like the API names them', () => {
    // As pasted in https://github.com/aws/amazon-ecs-agent/issues/375; the reason code: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Failure.html
    const runTask = {
      Failures: [
        { Arn: 'arn:aws:ecs:ap-northeast-1:123456789012:container-instance/eab7ed01-13fa-4280-a8f9-f5e48855e13e', Reason: 'AGENT' },
      ],
      Tasks: [],
    };
    expect(extractErrorMessages(JSON.stringify(runTask))).toEqual(['AGENT']);
  });

  test("a Step Functions task failure is looked up by its cause, not only by the exception's name", () => {
    // As pasted in https://github.com/aws/aws-cdk/issues/30171
    const failure =
      '"cause": "No Container Instances were found in your cluster. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Request ID: cb76661d-7bb1-49ee-8fa7-8ba1feea5656; Proxy: null)", "error": "ECS.InvalidParameterException"';
    expect(extractErrorMessages(failure)[0]).toMatch(/^No Container Instances were found in your cluster\./);
  });

  test('a response printed by Python (single quotes, None, datetime objects) is read as JSON', () => {
    // boto3's run_task response printed as is: https://github.com/dask/dask-cloudprovider/issues/86
    const printed =
      "{'tasks': [{'lastStatus': 'STOPPED', 'stoppedAt': datetime.datetime(2026, 11, 21, 10, 14, 37, tzinfo=tzlocal()), 'stoppedReason': 'Essential container in task exited', 'stopCode': 'EssentialContainerExited', 'enableExecuteCommand': False, 'capacityProviderName': None, 'containers': [{'name': \"app's worker\", 'lastStatus': 'STOPPED', 'exitCode': 1}]}], 'failures': [{'arn': 'arn:aws:ecs:ap-northeast-1:123456789012:container-instance/batch/8f2c', 'reason': 'RESOURCE:MEMORY'}]}";
    expect(extractErrorMessages(printed)).toEqual(['Essential container in task exited', 'RESOURCE:MEMORY', 'Exit code: 1']);
  });

  test('the command line before a JSON output does not stop the output being read as JSON', () => {
    // As pasted in https://github.com/dask/dask-cloudprovider/issues/95 (run-task's output).
    const pasted = [
      '$ aws ecs run-task --cluster dask-gpu --task-definition dask-worker-gpu:3 --count 1',
      JSON.stringify(
        { tasks: [], failures: [{ arn: 'arn:aws:ecs:ap-northeast-1:123456789012:container-instance/dask-gpu/4f5e', reason: 'ATTRIBUTE' }] },
        null,
        4,
      ),
    ].join('\n');
    expect(extractErrorMessages(pasted)).toEqual(['ATTRIBUTE']);
  });

  test("a service action event's reasons are its causes", () => {
    // The wording as in https://github.com/aws/amazon-ecs-cli/issues/178, in a service action event
    const event = {
      'detail-type': 'ECS Service Action',
      source: 'aws.ecs',
      detail: { eventType: 'ERROR', eventName: 'SERVICE_TASK_PLACEMENT_FAILURE', reasons: ['RESOURCE:MEMORY'] },
    };
    expect(extractErrorMessages(JSON.stringify(event))).toContain('RESOURCE:MEMORY');
  });

  test('the file name grep -r puts before each line is not part of the message', () => {
    // As pasted in https://github.com/aws/amazon-ecs-agent/issues/313
    expect(
      extractErrorMessages(
        '/var/log/ecs/ecs-agent.log.2026-11-21-11:2026-11-21T11:25:30Z [ERROR] Error getting message from ws backend module="ws client" err="unexpected EOF"',
      ),
    ).toEqual(['Error getting message from ws backend module="ws client" err="unexpected EOF"']);
  });

  test("Terraform's frame around a diagnostic is not part of the message", () => {
    // Terraform 0.15 and later, as pasted in https://github.com/klothoplatform/klotho/issues/892
    const diagnostic = [
      '╷',
      '│ Error: creating ECS Task Definition (api): ClientException: Log driver awslogs requires options: awslogs-region, awslogs-group',
      '│',
      '│   with aws_ecs_task_definition.api,',
      '╵',
    ].join('\n');
    expect(extractErrorMessages(diagnostic)).toEqual([
      'Error: creating ECS Task Definition (api): ClientException: Log driver awslogs requires options: awslogs-region, awslogs-group',
    ]);
  });

  test("the items of a list an error line introduces are its errors; GitHub Actions' ##[error] mark is not part of them", () => {
    // The JavaScript SDK's validation summary in a GitHub Actions log, as pasted in
    // https://github.com/aws-actions/amazon-ecs-render-task-definition/issues/2
    const log = [
      'Run aws-actions/amazon-ecs-deploy-task-definition@v1',
      '  with:',
      '    cluster: production',
      '##[error]There were 2 validation errors:',
      "* UnexpectedParameter: Unexpected key 'compatibilities' found in params",
      "* UnexpectedParameter: Unexpected key 'taskDefinitionArn' found in params",
      '- name: next step',
    ].join('\n');
    expect(extractErrorMessages(log)).toEqual([
      "* UnexpectedParameter: Unexpected key 'compatibilities' found in params",
      "* UnexpectedParameter: Unexpected key 'taskDefinitionArn' found in params",
    ]);
  });

  test('a line that only says "error" is a banner over the message, not a message', () => {
    // The Session Manager plugin's output: https://github.com/kayac/ecspresso/issues/320
    const exec = [
      'Starting session with SessionId: ecs-execute-command-0a1b2c3d4e5f67890',
      '----------ERROR-------',
      'Encountered error while initiating handshake. KMSEncryption failed on client with status 2 error: Failed to process action KMSEncryption',
    ].join('\n');
    expect(extractErrorMessages(exec)).toEqual([
      'Encountered error while initiating handshake. KMSEncryption failed on client with status 2 error: Failed to process action KMSEncryption',
    ]);
  });

  test("a deploy tool's lines around the errors it lists are not looked up next to the errors", () => {
    // Terraform: https://github.com/hashicorp/terraform/issues/16635
    const terraform = [
      'Error: Error applying plan:',
      '',
      '1 error(s) occurred:',
      '',
      '* module.web.aws_ecs_service.main: 1 error(s) occurred:',
      '',
      '* aws_ecs_service.main: InvalidParameterException: Creation of service was not idempotent.',
      '        status code: 400, request id: 3b1c7e2a-8f4d-11e7-a9c2-6f0e1d2c3b4a "web"',
    ].join('\n');
    expect(extractErrorMessages(terraform)).toEqual([
      '* aws_ecs_service.main: InvalidParameterException: Creation of service was not idempotent.',
    ]);
    // Alone, such a line is still what there is to look up.
    expect(extractErrorMessages('1 error(s) occurred:')).toEqual(['1 error(s) occurred:']);
  });

  test('lines a tool cut at a fixed column are joined back before the message is read', () => {
    // Copilot's progress output: https://github.com/aws/copilot-cli/issues/3945
    const copilot = [
      '- An ECS service to run and maintain your tasks in the environment cluster         [delete complete]    [7.0s]',
      '    Resource handler returned message: "Service Unavailable. Please try ag',
      '    ain later. (Service: AmazonECS; Status Code: 500; Error Code: ServerEx',
      '    ception; Request ID: dc8b6125-bfc2-41ab-900b-0324e4723699; Proxy: null',
      '    )" (RequestToken: d7a68d68-1812-2d97-1697-fbcb497c5156, HandlerErrorCo',
      '    de: GeneralServiceException)',
    ].join('\n');
    expect(extractErrorMessages(copilot)).toEqual([
      'Service Unavailable. Please try again later. (Service: AmazonECS; Status Code: 500; Error Code: ServerException; Proxy: null) (HandlerErrorCode: GeneralServiceException)',
    ]);
    // Log records of the same length stay apart: each starts a record.
    const log = [
      '2026-11-21T04:01:15Z [ERROR] Agent exited with code 1 (container ecs-agent)',
      '2026-11-21T04:01:16Z [ERROR] Agent exited with code 1 (container ecs-agent)',
      '2026-11-21T04:01:17Z [ERROR] Error connecting to ACS: unexpected EOF here',
    ];
    expect(joinHardWrapped(log.join('\n'))).toBe(log.join('\n'));
  });

  test('a container instance whose agent is not connected is the message; a connected one says nothing', () => {
    // Fields: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerInstance.html; the event
    // envelope: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html
    const instance = (agentConnected: boolean, n: number) => ({
      agentConnected,
      containerInstanceArn: `arn:aws:ecs:ap-northeast-1:123456789012:container-instance/production/b54a2a04046f43319d743f6d7f6ca31${n}`,
      ec2InstanceId: `i-0f3a8506b2c4d6e8${n}`,
      status: 'ACTIVE',
      versionInfo: { agentVersion: '1.88.0', dockerVersion: 'DockerVersion: 25.0.8' },
    });
    const event = { version: '0', 'detail-type': 'ECS Container Instance State Change', source: 'aws.ecs', detail: instance(false, 1) };
    expect(extractErrorMessages(JSON.stringify(event, null, 2))).toEqual(['agentConnected false']);
    const described = { containerInstances: [instance(true, 1), instance(false, 2)], failures: [] };
    expect(extractErrorMessages(JSON.stringify(described))).toEqual(['agentConnected false']);
    expect(extractErrorMessages(JSON.stringify({ containerInstances: [instance(true, 1)], failures: [] }))).not.toContain(
      'agentConnected false',
    );
    // Trimmed to a few fields, as pasted in https://github.com/convox/rack/issues/718.
    const { containerInstanceArn: _arn, ...trimmed } = instance(false, 3);
    expect(extractErrorMessages(JSON.stringify({ containerInstances: [trimmed] }))).toEqual(['agentConnected false']);
  });

  test('describe-target-health: the reason code and description of each target not serving, healthy ones left out', () => {
    // Field names and reason codes: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
    const output = {
      TargetHealthDescriptions: [
        { Target: { Id: '10.0.2.19', Port: 80 }, HealthCheckPort: '80', TargetHealth: { State: 'healthy' } },
        {
          Target: { Id: '10.0.2.20', Port: 80 },
          HealthCheckPort: '80',
          TargetHealth: { State: 'unhealthy', Reason: 'Target.Timeout', Description: 'Request timed out' },
        },
        {
          Target: { Id: '10.0.3.27', Port: 8080, AvailabilityZone: 'ap-northeast-1d' },
          HealthCheckPort: '8080',
          TargetHealth: {
            State: 'unused',
            Reason: 'Target.NotInUse',
            Description: 'Target is in an Availability Zone that is not enabled for the load balancer',
          },
        },
        {
          Target: { Id: '10.0.3.28', Port: 8080 },
          HealthCheckPort: '8080',
          TargetHealth: { State: 'draining', Reason: 'Target.DeregistrationInProgress' },
        },
      ],
    };
    expect(extractErrorMessages(JSON.stringify(output, null, 4))).toEqual([
      'Target.Timeout: Request timed out',
      'Target.NotInUse: Target is in an Availability Zone that is not enabled for the load balancer',
    ]);
  });

  test('run-task failures: the reason code and its detail, an error by where it stands', () => {
    const output = {
      tasks: [],
      failures: [
        {
          arn: 'arn:aws:ecs:ap-northeast-1:123456789012:container-instance/prod/1a2b3c4d5e6f47890a1b2c3d4e5f6789',
          reason: 'RESOURCE:MEMORY',
        },
        { arn: 'arn:aws:ecs:ap-northeast-1:123456789012:task/prod/x', reason: 'MISSING', detail: '' },
      ],
    };
    expect(extractErrorMessages(JSON.stringify(output, null, 4))).toEqual(['RESOURCE:MEMORY', 'MISSING']);
  });

  test('describe-services: error events and a failed rollout, not the steady-state chatter', () => {
    const services = {
      services: [
        {
          serviceName: 'web',
          deployments: [
            {
              id: 'ecs-svc/1234567890123456789',
              status: 'PRIMARY',
              rolloutState: 'FAILED',
              rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
            },
            {
              id: 'ecs-svc/9876543210987654321',
              status: 'ACTIVE',
              rolloutState: 'COMPLETED',
              rolloutStateReason: 'ECS deployment ecs-svc/9876543210987654321 completed.',
            },
          ],
          events: [
            {
              id: 'a1',
              createdAt: '2026-12-05T10:05:00+09:00',
              message:
                '(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
            },
            {
              id: 'a2',
              createdAt: '2026-12-05T10:04:00+09:00',
              message: '(service web) has started 1 tasks: (task 0f9e8d7c6b5a49384736251403f2e1d0).',
            },
            {
              id: 'a3',
              createdAt: '2026-12-05T10:03:00+09:00',
              message: '(service web) (task 1a2b3c4d5e6f47890a1b2c3d4e5f6789) failed container health checks.',
            },
            {
              id: 'a4',
              createdAt: '2026-12-05T10:02:00+09:00',
              message: '(service web) (task 2b3c4d5e6f7a48901b2c3d4e5f6a7890) failed container health checks.',
            },
            { id: 'a5', createdAt: '2026-12-05T09:00:00+09:00', message: '(service web) has reached a steady state.' },
          ],
        },
      ],
      failures: [],
    };
    expect(extractErrorMessages(JSON.stringify(services, null, 2))).toEqual([
      'ECS deployment circuit breaker: tasks failed to start.',
      '(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
      '(service web) (task 1a2b3c4d5e6f47890a1b2c3d4e5f6789) failed container health checks.',
    ]);
  });

  test('EventBridge ECS Task State Change: stoppedReason and container reasons from detail', () => {
    const event = {
      version: '0',
      id: '3317b2af-7005-947d-b652-f55e762e571a',
      'detail-type': 'ECS Task State Change',
      source: 'aws.ecs',
      account: '111122223333',
      time: '2026-12-05T01:02:03Z',
      region: 'us-west-2',
      resources: ['arn:aws:ecs:us-west-2:111122223333:task/prod/0f9e8d7c6b5a49384736251403f2e1d0'],
      detail: {
        clusterArn: 'arn:aws:ecs:us-west-2:111122223333:cluster/prod',
        containers: [
          { name: 'app', lastStatus: 'STOPPED', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' },
        ],
        desiredStatus: 'STOPPED',
        lastStatus: 'STOPPED',
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
      },
    };
    // The task's own reason only points at the container's, which names the error.
    expect(extractErrorMessages(JSON.stringify(event))).toEqual(['OutOfMemoryError: Container killed due to memory usage (exit code 137)']);
    event.detail.stoppedReason = 'Task failed container health checks';
    expect(extractErrorMessages(JSON.stringify(event))).toEqual([
      'OutOfMemoryError: Container killed due to memory usage (exit code 137)',
      'Task failed container health checks',
    ]);
  });

  test('a container without a reason gives its nonzero exit code; a stopped task gives its reason whatever its words', () => {
    const tasks = {
      tasks: [
        {
          containers: [
            { name: 'cron', lastStatus: 'STOPPED', exitCode: 143 },
            { name: 'sidecar', lastStatus: 'STOPPED', exitCode: 0 },
          ],
          lastStatus: 'STOPPED',
          stopCode: 'ServiceSchedulerInitiated',
          stoppedReason: 'Widget maintenance moved the task',
        },
      ],
      failures: [],
    };
    expect(extractErrorMessages(JSON.stringify(tasks, null, 2))).toEqual(['Widget maintenance moved the task', 'Exit code: 143']);
  });

  test('a console row with an empty exit code is not an error line', () => {
    expect(extractErrorMessages('Container web\n  Status: STOPPED\n  Exit code: -\n  Reason: CannotStartContainerError: boom')).toEqual([
      'CannotStartContainerError: boom',
    ]);
  });

  test('EventBridge ECS Service Action and Deployment State Change: event name with its reason', () => {
    const action = {
      'detail-type': 'ECS Service Action',
      source: 'aws.ecs',
      detail: {
        eventType: 'ERROR',
        eventName: 'SERVICE_TASK_PLACEMENT_FAILURE',
        clusterArn: 'arn:aws:ecs:us-west-2:111122223333:cluster/default',
        reason: 'RESOURCE:MEMORY',
      },
    };
    const deployment = {
      'detail-type': 'ECS Deployment State Change',
      source: 'aws.ecs',
      detail: {
        eventType: 'ERROR',
        eventName: 'SERVICE_DEPLOYMENT_FAILED',
        deploymentId: 'ecs-svc/123',
        updatedAt: '2026-12-05T01:02:03Z',
        reason: 'ECS deployment circuit breaker: task failed to start.',
      },
    };
    const steady = { 'detail-type': 'ECS Service Action', detail: { eventType: 'INFO', eventName: 'SERVICE_STEADY_STATE' } };
    expect(extractErrorMessages([action, deployment, steady].map((e) => JSON.stringify(e)).join('\n'))).toEqual([
      'SERVICE_TASK_PLACEMENT_FAILURE: RESOURCE:MEMORY',
      'SERVICE_DEPLOYMENT_FAILED: ECS deployment circuit breaker: task failed to start.',
    ]);
  });

  test('CloudFormation describe-stack-events JSON: ResourceStatusReason of the failed resources', () => {
    const events = {
      StackEvents: [
        {
          StackName: 'web',
          LogicalResourceId: 'web',
          ResourceType: 'AWS::CloudFormation::Stack',
          Timestamp: '2026-12-05T01:10:00.000Z',
          ResourceStatus: 'UPDATE_ROLLBACK_IN_PROGRESS',
          ResourceStatusReason: 'The following resource(s) failed to update: [Service].',
        },
        {
          StackName: 'web',
          LogicalResourceId: 'Service',
          PhysicalResourceId: 'arn:aws:ecs:ap-northeast-1:123456789012:service/prod/web',
          ResourceType: 'AWS::ECS::Service',
          Timestamp: '2026-12-05T01:09:58.000Z',
          ResourceStatus: 'UPDATE_FAILED',
          ResourceStatusReason:
            'Resource handler returned message: "Error occurred during operation \'ECS Deployment Circuit Breaker was triggered\'." (RequestToken: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, HandlerErrorCode: GeneralServiceException)',
        },
        {
          StackName: 'web',
          LogicalResourceId: 'TaskDefinition',
          ResourceType: 'AWS::ECS::TaskDefinition',
          Timestamp: '2026-12-05T01:00:00.000Z',
          ResourceStatus: 'UPDATE_COMPLETE',
        },
      ],
    };
    // The stack's own summary points at the Service event and says nothing of why: left out.
    expect(extractErrorMessages(JSON.stringify(events, null, 4))).toEqual([
      'ECS Deployment Circuit Breaker was triggered (HandlerErrorCode: GeneralServiceException)',
    ]);
  });

  test('CloudFormation --output text and --output table rows, and a console row: the reason cell', () => {
    const reason =
      'Resource handler returned message: "Invalid request provided: CreateService error: The target group with targetGroupArn arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef does not have an associated load balancer."';
    const text = [
      'STACKEVENTS',
      '1a2b3c4d',
      'Service-CREATE_FAILED-2026-12-05T01:09:58.000Z',
      'Service',
      '',
      'CREATE_FAILED',
      reason,
      'AWS::ECS::Service',
      'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/web/1a2b',
      'web',
      '2026-12-05T01:09:58.000Z',
    ].join('\t');
    const table = `||  ResourceStatusReason  |  ${reason}  ||`;
    const consoleRow = ['2026-12-05 10:09:58 UTC+0900', 'Service', 'CREATE_FAILED', reason].join('\t');
    const inner =
      'Invalid request provided: CreateService error: The target group with targetGroupArn arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web/0123456789abcdef does not have an associated load balancer.';
    expect(extractErrorMessages(text)).toEqual([inner]);
    expect(extractErrorMessages(table)).toEqual([inner]);
    expect(extractErrorMessages(consoleRow)).toEqual([inner]);
  });

  test.each([
    [
      // The CloudFormation console and describe-stack-events, as quoted in aws/aws-cdk#34290.
      'a stack event: the quoted message, the request token gone, the handler error code kept',
      'Resource handler returned message: "Invalid request provided: The target group with targetGroupArn arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web-blue/9f2e0c7d6b5a4e31 does not have an associated load balancer." (RequestToken: 7abe53e6-d94c-79e3-f3e8-7a4707fe7a01, HandlerErrorCode: InvalidRequest)',
      'Invalid request provided: The target group with targetGroupArn arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web-blue/9f2e0c7d6b5a4e31 does not have an associated load balancer. (HandlerErrorCode: InvalidRequest)',
    ],
    [
      // Amplify's deploy output, https://github.com/aws-amplify/amplify-cli/issues/12972
      "Amplify's `Reason:` line, with the AWS SDK's suffix inside the quoted message",
      'Reason: Resource handler returned message: "Invalid request provided: CreateService error: The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:814763596509:targetgroup/amplif-MyWeb-AVHXZIKH8MQ2/e8c1a2e59159aa89 does not have an associated load balancer. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Request ID: a6d45eef-4347-4ad2-9e2d-a5e73d46ecc4; Proxy: null)" (RequestToken: a2afa4fc-c933-40a6-4943-63d18a84673a, HandlerErrorCode: InvalidRequest)',
      'Invalid request provided: CreateService error: The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:814763596509:targetgroup/amplif-MyWeb-AVHXZIKH8MQ2/e8c1a2e59159aa89 does not have an associated load balancer. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Proxy: null) (HandlerErrorCode: InvalidRequest)',
    ],
    [
      // The CDK's deploy progress, https://github.com/aws/aws-cdk/issues/1160
      "the CDK's ` | ` columns: the reason cell without the construct path and logical id",
      '22/26 | 10:15:33 | CREATE_FAILED        | AWS::ECS::Service                         | greeting-service/Service (greetingserviceService8DA58640) The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:209640446841:targetgroup/greet-inter-7A1DWCFAH8FU/c4bab708f6cad935 does not have an associated load balancer. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Request ID: f6e72ff4-e756-11e8-afbf-dd214588018c)',
      'The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:209640446841:targetgroup/greet-inter-7A1DWCFAH8FU/c4bab708f6cad935 does not have an associated load balancer. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException',
    ],
    [
      // A stack event of a service whose deployment failed (ResourceStatusReason, describe-stack-events).
      "`Error occurred during operation '...'` is unwrapped too",
      'Resource handler returned message: "Error occurred during operation \'ECS Deployment Circuit Breaker was triggered\'." (RequestToken: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, HandlerErrorCode: GeneralServiceException)',
      'ECS Deployment Circuit Breaker was triggered (HandlerErrorCode: GeneralServiceException)',
    ],
    [
      // https://github.com/aws-quickstart/quickstart-dotnetcore-cicd/issues/21
      'a message that says little without its handler error code keeps the code',
      'Resource handler returned message: "Exceeded attempts to wait" (RequestToken: 34894148-5a50-f236-994f-d42e72f8eec0, HandlerErrorCode: NotStabilized)',
      'Exceeded attempts to wait (HandlerErrorCode: NotStabilized)',
    ],
    [
      // https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/818: no wrapper, kept whole.
      'a reason without the wrapper stays as it is',
      'Invalid request provided: CreateCluster Invalid Request: Unable to assume the service linked role. Please verify that the ECS service linked role exists.',
      'Invalid request provided: CreateCluster Invalid Request: Unable to assume the service linked role. Please verify that the ECS service linked role exists.',
    ],
  ])("CloudFormation's resource-handler wrapper: %s", (_name, paste, message) => {
    expect(extractErrorMessages(paste)).toEqual([message]);
  });

  test("CloudFormation's summaries are left out next to the event that says why, kept when alone", () => {
    // Shapes quoted in https://github.com/aws-samples/aws-scalable-big-blue-button-example/issues/36
    // (embedded stack) and https://github.com/docker-archive/compose-cli/issues/1084 (cancelled); the
    // resource's own reason as quoted in https://github.com/aws-amplify/amplify-cli/issues/12972.
    const reason =
      'Resource handler returned message: "Invalid request provided: CreateService error: The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:814763596509:targetgroup/amplif-MyWeb-AVHXZIKH8MQ2/e8c1a2e59159aa89 does not have an associated load balancer." (RequestToken: a2afa4fc-c933-40a6-4943-63d18a84673a, HandlerErrorCode: InvalidRequest)';
    const summaries = [
      'Embedded stack arn:aws:cloudformation:us-east-1:918358197386:stack/bbb-BBBECSStack-DMPFDRNGF6X5/6d202bc0-1ac0-11eb-bc04-0e3166f46e43 was not successfully created: The following resource(s) failed to create: [BBBECSCapacityProvider]. ',
      'Resource creation cancelled',
      'The following resource(s) failed to create: [BBBECSCapacityProvider, ECSCluster].',
    ];
    const events = {
      StackEvents: [...summaries, reason].map((r, i) => ({
        LogicalResourceId: `R${i}`,
        ResourceStatus: 'CREATE_FAILED',
        ResourceStatusReason: r,
      })),
    };
    expect(extractErrorMessages(JSON.stringify(events, null, 2))).toEqual([
      'Invalid request provided: CreateService error: The target group with targetGroupArn arn:aws:elasticloadbalancing:us-east-1:814763596509:targetgroup/amplif-MyWeb-AVHXZIKH8MQ2/e8c1a2e59159aa89 does not have an associated load balancer. (HandlerErrorCode: InvalidRequest)',
    ]);
    expect(extractErrorMessages(summaries[2]!)).toEqual([summaries[2]]);
  });

  test('ecspresso output: timestamps and levels go, INFO lines without errors are context', () => {
    const log = [
      '2026/12/05 10:00:00 web/prod Starting deploy',
      '2026/12/05 10:00:01 [INFO] web/prod Registering a new task definition...',
      '2026/12/05 10:00:02 [DEBUG] web/prod waiting for service stable: failed tasks 0',
      '2026/12/05 10:10:02 [ERROR] FAILED. failed to wait for service stable: exceeded max wait time for ServicesStable waiter',
    ].join('\n');
    expect(extractErrorMessages(log)).toEqual([
      'FAILED. failed to wait for service stable: exceeded max wait time for ServicesStable waiter',
    ]);
  });

  test('ECS agent log: logfmt msg and error, and the older bracketed level shape', () => {
    const log = [
      'level=info time=2026-12-05T01:02:00Z msg="Managed task: pulling image" task="0f9e8d7c6b5a49384736251403f2e1d0"',
      'level=error time=2026-12-05T01:02:03Z msg="Error creating container" taskARN="arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0" container="app" error="Error response from daemon: no space left on device"',
      '2026-12-05T01:02:03Z [ERROR] Task engine [arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0]: error transitioning container [app] to [CREATED]: Error response from daemon: no space left on device',
    ].join('\n');
    expect(extractErrorMessages(log)).toEqual([
      'Error creating container: Error response from daemon: no space left on device',
      'Task engine [arn:aws:ecs:ap-northeast-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0]: error transitioning container [app] to [CREATED]: Error response from daemon: no space left on device',
    ]);
  });

  test('console rows: English and Japanese labels, tab-separated cells', () => {
    expect(extractErrorMessages(`Stopped reason\t${SIDECAR_PULL}`)).toEqual([SIDECAR_PULL]);
    expect(extractErrorMessages('停止理由 Essential container in task exited')).toEqual(['Essential container in task exited']);
    expect(extractErrorMessages('Stopped reason ResourceInitializationError: failed to validate logger args: signal: killed')).toEqual([
      'ResourceInitializationError: failed to validate logger args: signal: killed',
    ]);
  });

  test('JSON escapes: \\" and \\u0027 decoded, a string literal pasted alone unwrapped', () => {
    expect(
      extractErrorMessages(
        'CannotStartContainerError: Error response from daemon: failed to create shim task: exec: \\"./entrypoint.sh\\": permission denied: unknown',
      ),
    ).toEqual([
      'CannotStartContainerError: Error response from daemon: failed to create shim task: exec: "./entrypoint.sh": permission denied: unknown',
    ]);
    expect(
      extractErrorMessages(
        '"ResourceInitializationError: unable to pull secrets or registry auth: the task can\\u0027t retrieve the secret",',
      ),
    ).toEqual(["ResourceInitializationError: unable to pull secrets or registry auth: the task can't retrieve the secret"]);
    expect(
      extractErrorMessages('{"log":"Error: connect ECONNREFUSED 10.0.1.25:5432\\n","stream":"stderr","time":"2026-12-05T01:02:03Z"}'),
    ).toEqual(['Error: connect ECONNREFUSED 10.0.1.25:5432']);
  });

  test('a multi-line log: each line with an error word is a message, the others are context', () => {
    const log = [
      'user@bastion:~$ aws ecs run-task --cluster prod --task-definition migrate',
      '',
      "An error occurred (InvalidParameterException) when calling the RunTask operation: Network Configuration must be provided when networkMode 'awsvpc' is specified.",
      '% aws ecs describe-tasks --cluster prod --tasks 0f9e8d7c6b5a49384736251403f2e1d0',
      'Starting server on port 8080',
      'panic: runtime error: invalid memory address or nil pointer dereference',
    ].join('\n');
    expect(extractErrorMessages(log)).toEqual([
      "An error occurred (InvalidParameterException) when calling the RunTask operation: Network Configuration must be provided when networkMode 'awsvpc' is specified.",
      'panic: runtime error: invalid memory address or nil pointer dereference',
    ]);
  });

  test('request ids go, the rest of the line stays', () => {
    expect(
      cleanLine(
        'Error: operation error ECS: UpdateService, https response error StatusCode: 400, RequestID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, InvalidParameterException: TaskDefinition is inactive',
      ),
    ).toBe(
      'Error: operation error ECS: UpdateService, https response error StatusCode: 400, InvalidParameterException: TaskDefinition is inactive',
    );
    expect(cleanLine('AccessDeniedException: User is not authorized (Request ID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d)')).toBe(
      'AccessDeniedException: User is not authorized',
    );
  });

  test('a description or a bare error name with no error line comes back whole', () => {
    expect(extractErrorMessages('タスクが PENDING のまま')).toEqual(['タスクが PENDING のまま']);
    expect(extractErrorMessages('  ')).toEqual([]);
  });

  // How long a 1 MB paste takes is a budget printed by `npm run bench:lookup`, not asserted here.
  test('caps: at most MAX_MESSAGES messages, each at most MAX_MESSAGE_CHARS long, from a 1 MB paste', () => {
    const lines: string[] = [];
    // Distinct job names (digits would make the messages one after masking).
    const name = (i: number) =>
      [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26].map((n) => String.fromCharCode(97 + n)).join('');
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      lines.push(
        `2026/12/05 10:00:${String(i % 60).padStart(2, '0')} [ERROR] job ${name(i)} failed: ${'x'.repeat(i % 7 === 0 ? 5000 : 10)}`,
      );
      size += lines[lines.length - 1]!.length + 40;
      lines.push(`2026/12/05 10:00:${String(i % 60).padStart(2, '0')} [INFO] heartbeat ok ${i}`);
    }
    const paste = lines.join('\n');
    expect(paste.length).toBeGreaterThan(1_000_000);
    const messages = extractErrorMessages(paste);
    expect(messages.length).toBe(MAX_MESSAGES);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 3);
  });
});
