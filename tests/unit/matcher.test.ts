import { describe, expect, test } from 'vitest';
import { buildLookupIndex, expandLookupIndex, type LookupSource } from '../../src/lib/lookup/lookup-index.ts';
import { containsPhrase, createMatcher, FUZZY_CANDIDATES } from '../../src/lib/lookup/matcher.ts';

const source = (s: Partial<LookupSource> & Pick<LookupSource, 'id' | 'type'>): LookupSource => ({
  title: s.id,
  summary: '',
  aliases: [],
  signatures: [],
  symptoms: [],
  ...s,
});

/**
 * Unrelated entries, so that word rarity behaves as in a real index (where a word shared by two
 * signatures out of hundreds is still informative) rather than as in an index of three.
 */
const unrelated = Array.from({ length: 40 }, (_, i) =>
  source({ id: `other-${i}`, type: 'cause', signatures: [`Other${i}Error: unrelated${i} wording${i} number${i}`] }),
);

const fixtureSources: LookupSource[] = [
  source({
    id: 'pull-family',
    type: 'symptom',
    title: 'CannotPullContainerError でタスクが停止する',
    signatures: ['CannotPullContainerError: {detail}'],
  }),
  source({
    id: 'start-timeout',
    type: 'symptom',
    title: 'ContainerRuntimeTimeoutError',
    signatures: ['ContainerRuntimeTimeoutError: Could not transition to running; timed out after waiting {duration}'],
  }),
  source({
    id: 'exited-family',
    type: 'symptom',
    title: 'Essential container in task exited',
    signatures: ['Essential container in task exited'],
  }),
  source({
    id: 'oom',
    type: 'symptom',
    title: 'OutOfMemoryError',
    signatures: ['OutOfMemoryError: Container killed due to memory usage'],
  }),
  source({
    id: 'pending',
    type: 'symptom',
    title: 'タスクが PENDING のまま進まない',
    aliases: ['タスクが起動しない', 'PENDING から進まない'],
    summary: 'タスクが RUNNING にならない。',
  }),
  source({
    id: 'rate-limit',
    type: 'cause',
    title: 'Docker Hub のレート制限',
    signatures: ['CannotPullContainerError: {detail}: unexpected status code {url}: 429 Too Many Requests'],
    symptoms: ['pull-family'],
  }),
  source({
    id: 'no-route',
    type: 'cause',
    title: 'レジストリへの経路がない',
    signatures: ['CannotPullContainerError: {detail}: dial tcp {ip}:443: i/o timeout'],
    symptoms: ['start-timeout', 'pull-family'],
  }),
];
const matcher = createMatcher(buildLookupIndex(fixtureSources));

describe('the matcher', () => {
  test('a cause whose signature matches the tail beats the family symptom, and links into it', () => {
    const [first, second] = matcher.lookup(
      'CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/node/blobs/sha256:9a8b: 429 Too Many Requests',
    );
    expect(first).toMatchObject({ id: 'rate-limit', type: 'cause', url: '/symptoms/pull-family/#rate-limit', via: 'signature' });
    expect(first?.containment).toBe(1);
    expect(first?.matched).toEqual(expect.arrayContaining(['429', 'many', 'requests']));
    expect(second?.id).toBe('pull-family');
  });

  test('the family name alone lands on the family symptom', () => {
    expect(matcher.lookup('CannotPullContainerError')[0]).toMatchObject({ id: 'pull-family', url: '/symptoms/pull-family/' });
  });

  test('the specific error beats the generic one in the same line', () => {
    const results = matcher.lookup('Essential container in task exited. OutOfMemoryError: Container killed due to memory usage');
    expect(results.map((r) => r.id).slice(0, 2)).toEqual(['oom', 'exited-family']);
  });

  test('a cause opens inside the symptom whose own message is in the query', () => {
    const [first] = matcher.lookup(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref x: dial tcp 52.219.4.10:443: i/o timeout',
    );
    expect(first).toMatchObject({ id: 'no-route', url: '/symptoms/pull-family/#no-route' });
  });

  test('a Japanese description matches titles and aliases however it is split', () => {
    expect(matcher.lookup('タスクがPENDINGから進まない')[0]?.id).toBe('pending');
    expect(matcher.lookup('タスクが起動しない')[0]?.id).toBe('pending');
  });

  test('a short typed query with a typo still finds the error', () => {
    const [first] = matcher.lookup('CannotPulContainer');
    expect(first).toMatchObject({ id: 'pull-family', via: 'fuzzy' });
  });

  test('a name typed with one slip beats entries that share a word or two of it', () => {
    // As in a large index: many entries whose names share words with the one meant.
    const words = ['bucket', 'memory', 'port', 'agent', 'volume', 'route', 'quota', 'probe', 'cache', 'layer'];
    const m = createMatcher(
      buildLookupIndex([
        ...words.flatMap((w, i) => [
          source({ id: `proxy-${w}`, type: 'cause', title: `合成した原因 ${i}`, aliases: [`proxy-${w}-secret`] }),
          source({ id: `${w}-registry`, type: 'cause', title: `合成した原因 ${i + 10}`, aliases: [`${w}-registry-secret`] }),
        ]),
        source({ id: 'proxy-registry', type: 'cause', title: '合成した原因 20', aliases: ['proxy-registry-secret'] }),
        ...unrelated,
      ]),
    );
    expect(m.lookup('proxy-regitry-secret')[0]?.id).toBe('proxy-registry');
  });

  test.each([
    ['an English name with a letter left out', 'starport-layr-bucket', 'layer-bucket-blocked', 'fuzzy'],
    ['an English name with two letters swapped', 'starprot-layer-bucket', 'layer-bucket-blocked', 'fuzzy'],
    ['a Japanese alias with a wrong kana', 'レイヤーのバケッドに届かない', 'layer-bucket-blocked', undefined],
  ])('among more names than fuse.js scores, %s still finds its entry', (_name, query, id, via) => {
    // Many look-alike names, each sharing part of the query, listed before the one it means: the
    // typo search has to pick the right few names to score, not the first ones.
    const lookAlikes = Array.from({ length: FUZZY_CANDIDATES + 50 }, (_, k) =>
      source({
        id: `look-alike-${k}`,
        type: 'cause',
        title: `よく似た原因 ${k}`,
        aliases: [`starport-cache-${k}`, `layer-${k}-bucket`, `レイヤーの部品${k}が動かない`],
      }),
    );
    const crowded = createMatcher(
      buildLookupIndex([
        ...lookAlikes,
        source({
          id: 'layer-bucket-blocked',
          type: 'cause',
          title: 'レイヤーのバケットへの経路がない',
          aliases: ['starport-layer-bucket', 'レイヤーのバケットに届かない'],
        }),
      ]),
    );
    const [first] = crowded.lookup(query);
    expect(first?.id).toBe(id);
    if (via) expect(first?.via).toBe(via);
  });

  test.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['only identifiers', 'arn:aws:ecs:us-east-1:123456789012:task/prod/0f9e8d7c6b5a49384736251403f2e1d0'],
    ['control characters', '\u0000\u0001\u0002'],
  ])('%s input gives no result and does not throw', (_name, query) => {
    expect(matcher.lookup(query)).toEqual([]);
  });

  test('markup is just text', () => {
    expect(() => matcher.lookup('<script>alert(1)</script>')).not.toThrow();
  });

  test('a 100 KB paste is answered from the error at its end', () => {
    const paste = `${'noise '.repeat(20_000)} OutOfMemoryError: Container killed due to memory usage`;
    expect(paste.length).toBeGreaterThan(100_000);
    expect(matcher.lookup(paste)[0]?.id).toBe('oom');
  });

  test('an unknown error finds nothing', () => {
    expect(matcher.lookup('Segmentation fault in libfoo while frobnicating the widget')).toEqual([]);
  });
});

import { highlightRanges } from '../../src/lib/lookup/highlight.ts';

describe('highlightRanges', () => {
  test('marks whole matched words and joins neighbours into one phrase', () => {
    const text = 'dial tcp 52.219.4.10:443: i/o timeout (retry 3)';
    const ranges = highlightRanges(text, ['dial', 'tcp', 'timeout']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['dial tcp', 'timeout']);
  });

  test('does not mark a word inside another word', () => {
    expect(highlightRanges('timeouts happen', ['timeout'])).toEqual([]);
  });

  test('marks Japanese pairs and keeps offsets for full-width input', () => {
    const text = 'ＡＬＢのヘルスチェック';
    expect(highlightRanges(text, ['alb']).map(([s, e]) => text.slice(s, e))).toEqual(['ＡＬＢ']);
    expect(highlightRanges(text, ['ヘル', 'ルス']).map(([s, e]) => text.slice(s, e))).toEqual(['ヘルス']);
  });
});

import { confidenceLabel, confidenceLevel, SPECIFIC } from '../../src/lib/lookup/confidence.ts';
import { signatureSpecificity } from '../../src/lib/lookup/matcher.ts';

/**
 * Ranking rules on a small made-up knowledge base: a pull family with two causes, an
 * initialisation family with one, an access-denied cause known only by its exception name, and the
 * generic ecspresso wrapper with a generic cause.
 */
const ranking = buildLookupIndex([
  source({
    id: 'pull',
    type: 'symptom',
    signatures: [
      'CannotPullContainerError: {detail}',
      'CannotPullContainerError: pull image manifest has been retried {n} time(s): {detail}',
    ],
  }),
  source({
    id: 'rate-limit',
    type: 'cause',
    symptoms: ['pull'],
    signatures: [
      'CannotPullContainerError: pull image manifest has been retried {n} time(s): {detail}: unexpected status code {url}: 429 Too Many Requests',
    ],
  }),
  source({
    id: 'tag-missing',
    type: 'cause',
    symptoms: ['pull'],
    signatures: [
      'CannotPullContainerError: pull image manifest has been retried {n} time(s): failed to resolve ref {image}: {image}: not found',
    ],
  }),
  source({ id: 'init', type: 'symptom', signatures: ['ResourceInitializationError: {detail}'] }),
  source({
    id: 'ssm-denied',
    type: 'cause',
    symptoms: ['init'],
    signatures: [
      'ResourceInitializationError: unable to pull secrets or registry auth: {detail}: AccessDeniedException: User: {arn} is not authorized to perform: ssm:GetParameters on resource: {arn}',
    ],
  }),
  source({ id: 'api-denied', type: 'cause', signatures: ['AccessDeniedException'] }),
  source({ id: 'deploy-failed', type: 'symptom', signatures: ['[ERROR] FAILED. {detail}'] }),
  source({ id: 'deploy-generic', type: 'cause', symptoms: ['deploy-failed'], signatures: ['failed to {detail}'] }),
  source({
    id: 'wait-timeout',
    type: 'cause',
    symptoms: ['deploy-failed'],
    signatures: ['[ERROR] FAILED. failed to wait for service stable: exceeded max wait time for ServicesStable waiter'],
  }),
  source({ id: 'oom-exit', type: 'symptom', signatures: ['OutOfMemoryError: Container killed due to memory usage'] }),
]);
const ranked = createMatcher(ranking);
const specificityOf = (template: string) => {
  const { signatures } = expandLookupIndex(ranking);
  const i = signatures.findIndex((s) => s.text === template);
  const df = new Map<string, number>();
  for (const s of signatures) for (const t of s.t) df.set(t, (df.get(t) ?? 0) + 1);
  // Every template of this index is a distinct wording, so plain document frequencies apply.
  expect(new Set(signatures.map((s) => s.text)).size).toBe(signatures.length);
  return signatureSpecificity(template, signatures[i]!.t, df, signatures.length);
};

describe('ranking rules', () => {
  test.each([
    ['one common word', 'AccessDeniedException', false],
    ['a wrapper and a placeholder', '[ERROR] FAILED. {detail}', false],
    ['a common word and a placeholder', 'failed to {detail}', false],
    ['a family name and a placeholder', 'CannotPullContainerError: {detail}', false],
    [
      'a cause with its own tail',
      'CannotPullContainerError: pull image manifest has been retried {n} time(s): {detail}: unexpected status code {url}: 429 Too Many Requests',
      true,
    ],
    ['a complete specific message', 'OutOfMemoryError: Container killed due to memory usage', true],
  ])('specificity from the template: %s', (_name, template, specific) => {
    expect(specificityOf(template) >= SPECIFIC).toBe(specific);
  });

  test('a specific signature beats a generic one in the same message, and the generic one is not 高', () => {
    const results = ranked.lookup(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec/1a2b is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:ap-northeast-1:123456789012:parameter/db',
    );
    const ids = results.map((r) => r.id);
    expect(ids[0]).toBe('ssm-denied');
    expect(results[0]!.level).toBe('high');
    const generic = results.find((r) => r.id === 'api-denied');
    expect(generic).toBeDefined();
    expect(generic!.containment).toBe(1);
    expect(ids.indexOf('api-denied')).toBeGreaterThan(ids.indexOf('ssm-denied'));
    expect(generic!.level).not.toBe('high');
  });

  test('a cause matched by its own tail beats its family, opens inside it and is 高', () => {
    const [first, second] = ranked.lookup(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to copy: unexpected status code https://registry-1.docker.io/v2/library/nginx/manifests/1.27: 429 Too Many Requests',
    );
    expect(first).toMatchObject({ id: 'rate-limit', url: '/symptoms/pull/#rate-limit', actionable: true, level: 'high' });
    expect(second).toMatchObject({ id: 'pull', actionable: false });
    expect(second!.level).not.toBe('high');
  });

  test('a cause whose own tail is absent does not beat its family, however much family text it shares', () => {
    const results = ranked.lookup(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): layer digest mismatch while unpacking snapshot',
    );
    expect(results[0]!.id).toBe('pull');
    const cause = results.find((r) => r.id === 'rate-limit');
    if (cause) {
      expect(cause.score).toBeLessThan(results[0]!.score);
      expect(cause.actionable).toBe(false);
    }
  });

  test("causes that repeat their family's exact wording are candidates, not answers; a sole claimant is an answer", () => {
    const shared = createMatcher(
      buildLookupIndex([
        source({ id: 'oom', type: 'symptom', signatures: ['OutOfMemoryError: Container killed due to memory usage'] }),
        source({
          id: 'container-limit',
          type: 'cause',
          symptoms: ['oom'],
          signatures: ['OutOfMemoryError: Container killed due to memory usage'],
        }),
        source({
          id: 'task-size',
          type: 'cause',
          symptoms: ['oom'],
          signatures: ['OutOfMemoryError: Container killed due to memory usage'],
        }),
        source({
          id: 'exec',
          type: 'symptom',
          signatures: ['The execute command failed because execute command was not enabled when the task was run'],
        }),
        source({
          id: 'exec-disabled',
          type: 'cause',
          symptoms: ['exec'],
          signatures: ['The execute command failed because execute command was not enabled when the task was run'],
        }),
      ]),
    );
    const oom = shared.lookup('OutOfMemoryError: Container killed due to memory usage');
    expect(oom[0]!.id).toBe('oom');
    for (const r of oom) expect(r.level, r.id).not.toBe('high');
    expect(oom.map((r) => r.id)).toEqual(expect.arrayContaining(['container-limit', 'task-size']));
    expect(shared.lookup('The execute command failed because execute command was not enabled when the task was run')[0]).toMatchObject({
      id: 'exec-disabled',
      level: 'high',
    });
  });

  test('a signature that spells out another exception than the message names does not match it', () => {
    const m = createMatcher(
      buildLookupIndex([
        source({
          id: 'bad-param',
          type: 'cause',
          signatures: [
            'failed to update widget: operation error Widgets: UpdateWidget, https response error StatusCode: {status}, BadParamException: {message}',
          ],
        }),
        source({ id: 'inactive', type: 'cause', signatures: ['WidgetInactiveException: Widget was not ACTIVE.'] }),
        source({ id: 'wrapped', type: 'cause', signatures: ['GadgetInitError: unable to fetch gadget: BadParamException: {message}'] }),
      ]),
    );
    const results = m.lookup(
      'failed to update widget: operation error Widgets: UpdateWidget, https response error StatusCode: 400, WidgetInactiveException: Widget was not ACTIVE.',
    );
    expect(results[0]!.id).toBe('inactive');
    expect(results.map((r) => r.id)).not.toContain('bad-param');
    // A name the message starts with wraps the rest: it is not a second exception.
    expect(m.lookup('WrapperStartError: GadgetInitError: unable to fetch gadget: BadParamException: knob out of range')[0]!.id).toBe(
      'wrapped',
    );
  });

  test("a signature in the SDK's wording for one service does not match the same wording from another service", () => {
    const m = createMatcher(
      buildLookupIndex([
        ...unrelated,
        source({
          id: 'widget-api',
          type: 'symptom',
          signatures: [
            '[ERROR] FAILED. {context}: operation error Widgets: {operation}, https response error StatusCode: {status}, RequestID: {request_id}, {exception}: {message}',
          ],
        }),
        source({ id: 'bucket-denied', type: 'cause', signatures: ['failed to head bucket object {arn}: {detail}'] }),
      ]),
    );
    // The bucket's own wording is only partly there; the widget wording is whole but names another service.
    const paste =
      '[ERROR] FAILED. verify: failed to head bucket object arn:aws:s3:::cfg/app.env: operation error Buckets: HeadObject, https response error StatusCode: 403, RequestID: 4F2A, HostID: abc, api error Forbidden: Forbidden';
    const results = m.lookup(paste);
    expect(results[0]!.id).toBe('bucket-denied');
    expect(results.map((r) => r.id)).not.toContain('widget-api');
    // The same service still matches, its name in any case.
    expect(m.lookup(paste.replace('Buckets', 'WIDGETS'))[0]!.id).toBe('widget-api');
  });
  test('a description never outranks a specific signature found whole in the message', () => {
    const m = createMatcher(
      buildLookupIndex([
        source({
          id: 'knob-family',
          type: 'symptom',
          title: 'Knob rotation is not supported for this widget type',
          aliases: ['knob rotation not supported', 'widget type knob'],
        }),
        source({
          id: 'knob-cause',
          type: 'cause',
          symptoms: ['knob-family'],
          signatures: ['BadParamException: Knob rotation is not supported for this widget type.'],
        }),
      ]),
    );
    const [first, second] = m.lookup(
      'An error occurred (BadParamException) when calling the SpinWidget operation: Knob rotation is not supported for this widget type.',
    );
    expect(first).toMatchObject({ id: 'knob-cause', via: 'signature' });
    expect(second).toMatchObject({ id: 'knob-family', via: 'text' });
  });

  test("a cause found whole by its own words carries its family's description: it outranks the family named in the same message", () => {
    const m = createMatcher(
      buildLookupIndex([
        source({ id: 'placement', type: 'symptom', title: 'ウィジェットを配置できない', aliases: ['WIDGET_PLACEMENT_FAILURE'] }),
        source({ id: 'knob-slot', type: 'cause', symptoms: ['placement'], signatures: ['SLOT:KNOB'] }),
        source({ id: 'dial-slot', type: 'cause', symptoms: ['placement'], signatures: ['SLOT:DIAL'] }),
      ]),
    );
    const results = m.lookup('WIDGET_PLACEMENT_FAILURE: SLOT:KNOB');
    expect(results.map((r) => r.id).slice(0, 2)).toEqual(['knob-slot', 'placement']);
    // Without its own words, the family stays first.
    expect(m.lookup('WIDGET_PLACEMENT_FAILURE')[0]!.id).toBe('placement');
  });

  test('a cause whose description names a code of the message that its siblings do not name outranks the family', () => {
    const m = createMatcher(
      buildLookupIndex([
        source({
          id: 'widget-stopped',
          type: 'symptom',
          title: 'Widget stopped',
          aliases: ['exit code 3', 'exit code 9'],
          signatures: ['Widget stopped unexpectedly'],
        }),
        source({ id: 'widget-bug', type: 'cause', symptoms: ['widget-stopped'], title: 'Widget process failed (exit code 3)' }),
        source({ id: 'widget-killed', type: 'cause', symptoms: ['widget-stopped'], title: 'Widget process killed (exit code 9)' }),
        source({
          id: 'widget-other',
          type: 'cause',
          symptoms: ['widget-stopped'],
          title: 'Widget process ended',
          aliases: ['exit code 7'],
        }),
      ]),
    );
    expect(m.lookup('Widget stopped unexpectedly | web | Exit code: 9')[0]!.id).toBe('widget-killed');
    expect(m.lookup('[ERROR] widget: web, exit code: 3')[0]!.id).toBe('widget-bug');
    // No code, or a code no cause names, leaves the family first.
    expect(m.lookup('Widget stopped unexpectedly')[0]!.id).toBe('widget-stopped');
    expect(m.lookup('Widget stopped unexpectedly | web | Exit code: 5')[0]!.id).toBe('widget-stopped');
  });

  test("a cause's tail is measured against the family wording the message matched, not every wording the family lists", () => {
    const m = createMatcher(
      buildLookupIndex([
        source({
          id: 'mount',
          type: 'symptom',
          signatures: [
            'GadgetInitError: failed to invoke gadget utils to set up gadget volumes: stderr: permission refused by server while mounting {target} : code: 32',
            'GadgetInitError: failed to invoke gadget utils to set up gadget volumes: stderr: mounting {target} failed, reason given by server: No such file or directory : code: 32',
          ],
        }),
        source({
          id: 'mount-refused',
          type: 'cause',
          symptoms: ['mount'],
          signatures: [
            'GadgetInitError: failed to invoke gadget utils to set up gadget volumes: stderr: permission refused by server while mounting {target} : code: 32',
          ],
        }),
      ]),
    );
    const [first] = m.lookup(
      'GadgetInitError: failed to invoke gadget utils to set up gadget volumes: stderr: mounting fs-1:/data failed, reason given by server: No such file or directory : code: 32',
    );
    expect(first!.id).toBe('mount');
    const [refused] = m.lookup(
      'GadgetInitError: failed to invoke gadget utils to set up gadget volumes: stderr: permission refused by server while mounting fs-1:/ : code: 32',
    );
    expect(refused!.id).toBe('mount-refused');
  });

  test('placeholder-heavy and one-word signatures cannot reach 高, even fully present', () => {
    const wrapper = ranked.lookup('2026/12/05 10:00:00 [ERROR] FAILED. failed to create service: unexpected widget state');
    for (const r of wrapper) expect(r.level, r.id).not.toBe('high');
    const [denied] = ranked.lookup('AccessDeniedException');
    expect(denied).toMatchObject({ id: 'api-denied', containment: 1 });
    expect(denied!.level).not.toBe('high');
  });

  test('the specific cause of the ecspresso wrapper is 高 and outranks the wrapper', () => {
    const [first] = ranked.lookup(
      '2026/12/05 10:10:02 [ERROR] FAILED. failed to wait for service stable: exceeded max wait time for ServicesStable waiter',
    );
    expect(first).toMatchObject({ id: 'wait-timeout', level: 'high' });
  });

  test('confidence is the share of the message explained: noise around a signature lowers it, containment stays', () => {
    const clean = ranked.lookup('OutOfMemoryError: Container killed due to memory usage')[0]!;
    const noisy = ranked.lookup(
      'OutOfMemoryError: Container killed due to memory usage while compacting quorum shards replicated across regional partitions',
    )[0]!;
    expect(clean.id).toBe('oom-exit');
    expect(noisy.id).toBe('oom-exit');
    expect(noisy.containment).toBe(1);
    expect(clean.confidence).toBeGreaterThan(noisy.confidence);
    expect(clean.confidence).toBe(1);
  });
});

describe('uncovered messages', () => {
  test('a family matched by its generic signature, with text no cause explains: the rest is reported', () => {
    const { results, uncovered } = ranked.lookupPaste(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): layer digest mismatch while unpacking snapshot 0f9e8d7c6b5a49384736251403f2e1d0',
    );
    expect(results[0]!.id).toBe('pull');
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0]!.family.id).toBe('pull');
    expect(uncovered[0]!.rest).toBe('layer digest mismatch while unpacking snapshot {id}');
  });

  test('nothing is reported when a cause explains the message', () => {
    expect(
      ranked.lookupPaste(
        'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1: not found',
      ).uncovered,
    ).toEqual([]);
  });

  test('nothing is reported when nothing is left to explain, or when nothing matched at all', () => {
    expect(ranked.lookupPaste('CannotPullContainerError').uncovered).toEqual([]);
    expect(ranked.lookupPaste('Segmentation fault in libfoo while frobnicating the widget').uncovered).toEqual([]);
  });

  test('identifiers in the unexplained part are masked', () => {
    const [u] = ranked.lookupPaste(
      'ResourceInitializationError: mount target in subnet-0a1b2c3d4e5f67890 of account 123456789012 refused the NFS handshake',
    ).uncovered;
    expect(u?.family.id).toBe('init');
    expect(u?.rest).toBe('mount target in {id} of account {account} refused the NFS handshake');
  });
});

describe('pastes with several messages', () => {
  const paste = JSON.stringify({
    tasks: [
      {
        stopCode: 'TaskFailedToStart',
        stoppedReason:
          'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: not found',
        containers: [
          {
            name: 'app',
            reason:
              'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:v42: not found',
          },
          {
            name: 'sidecar',
            reason:
              'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to copy: unexpected status code https://registry-1.docker.io/v2/library/envoy/manifests/v1: 429 Too Many Requests',
          },
        ],
      },
    ],
  });

  test('every failed container is looked up and its cause listed, best score per entry', () => {
    const { messages, results } = ranked.lookupPaste(paste);
    expect(messages).toHaveLength(2);
    const ids = results.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['tag-missing', 'rate-limit', 'pull']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(results.find((r) => r.id === 'rate-limit')!.message).toContain('429');
  });

  test('each message keeps its best answer even when the list is short', () => {
    const ids = ranked.lookupPaste(paste, 2).results.map((r) => r.id);
    expect(ids.sort()).toEqual(['rate-limit', 'tag-missing']);
  });

  test("when the list is too short for every message, the strongest answers stay, not the first lines' answers", () => {
    // A deploy monitor's report: chatter first, the container's reason last
    // (https://github.com/bugcrowd/ecs-deployment-monitor/pull/117).
    const m = createMatcher(
      buildLookupIndex([
        source({ id: 'deploy-fails', type: 'symptom', title: 'デプロイが失敗する', signatures: ['{count} tasks have failed'] }),
        source({ id: 'tasks-fail', type: 'symptom', title: 'タスクが失敗し続ける', signatures: ['TasksFailed'] }),
        source({
          id: 'oom',
          type: 'symptom',
          title: 'コンテナがメモリ上限で強制終了される',
          // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html
          signatures: ['OutOfMemoryError: Container killed due to memory usage'],
        }),
        ...unrelated,
      ]),
    );
    const report = [
      '-> TasksFailed',
      '    1 Tasks have failed',
      '    Failure Reasons',
      '    Task: arn:aws:ecs:ap-northeast-1:123456789012:task/production/37cfd5664ae947fabf6c5f9177018471',
      '      Container: app (STOPPED)',
      '        Reason: OutOfMemoryError: Container killed due to memory usage',
    ].join('\n');
    expect(m.lookupPaste(report, 5).messages.length).toBeGreaterThanOrEqual(3);
    expect(m.lookupPaste(report, 1).results.map((r) => r.id)).toEqual(['oom']);
    expect(m.lookupPaste(report, 2).results.map((r) => r.id)).toContain('oom');
  });
});

describe('causes across the messages of one paste', () => {
  test("a cause narrower than its family in one message carries the family's evidence from another message", () => {
    const m = createMatcher(
      buildLookupIndex([
        source({
          id: 'wait-failed',
          type: 'symptom',
          title: 'failed to wait for widget stable',
          signatures: ['[ERROR] FAILED. failed to wait for widget stable: exceeded max wait time'],
        }),
        source({
          id: 'widgets-crash',
          type: 'cause',
          symptoms: ['wait-failed'],
          signatures: ['(widget {widget}) is unable to consistently start knobs successfully.'],
        }),
        source({
          id: 'wait-too-short',
          type: 'cause',
          symptoms: ['wait-failed'],
          signatures: ['--timeout {duration} is too short for widgets'],
        }),
      ]),
    );
    const paste = [
      '2026/12/05 10:00:00 (widget web) is unable to consistently start knobs successfully.',
      '2026/12/05 10:10:00 [ERROR] FAILED. failed to wait for widget stable: exceeded max wait time',
    ].join('\n');
    const { messages, results } = m.lookupPaste(paste);
    expect(messages).toHaveLength(2);
    expect(results.map((r) => r.id).slice(0, 2)).toEqual(['widgets-crash', 'wait-failed']);
    // Alone, the family's line still lands on the family.
    expect(m.lookup(messages[1]!)[0]!.id).toBe('wait-failed');
  });
});

describe('the confidence label', () => {
  const evidence = { via: 'signature' as const, confidence: 0.9, containment: 1, specificity: 1, actionable: true };
  test.each([
    ['an actionable specific match that explains the message', evidence, 'high'],
    ['a family (not actionable)', { ...evidence, actionable: false }, 'medium'],
    ['a generic signature', { ...evidence, specificity: 1 / 3 }, 'medium'],
    ['a generic signature that explains little', { ...evidence, specificity: 1 / 3, confidence: 0.2 }, 'low'],
    ['a cause that explains a small part of a long paste', { ...evidence, confidence: 0.2 }, 'medium'],
    ['a half-present signature', { ...evidence, containment: 0.6 }, 'medium'],
    ['a description that covers the query', { ...evidence, via: 'text' as const, specificity: 0, actionable: false }, 'medium'],
    ['a typo guess', { ...evidence, via: 'fuzzy' as const, confidence: 0.6 }, 'low'],
  ])('%s', (_name, e, level) => {
    expect(confidenceLevel(e)).toBe(level);
  });

  test('a Japanese event text pasted whole is 高 like an English one; Japanese typed around an English wording is not part of the error', () => {
    const m = createMatcher(
      buildLookupIndex([
        ...unrelated,
        source({ id: 'knobs-crash', type: 'cause', signatures: ['ウィジェット ({widget}) は、つまみを一貫して正常に回せません。'] }),
        source({ id: 'gears-stuck', type: 'cause', signatures: ['GearStuckError: gear {gear} did not turn within {duration}'] }),
      ]),
    );
    const [japanese] = m.lookup('ウィジェット (web-api) は、つまみを一貫して正常に回せません。');
    expect(japanese).toMatchObject({ id: 'knobs-crash', level: 'high' });
    expect(japanese!.confidence).toBeGreaterThan(0.9);
    const [typed] = m.lookup('デプロイのたびに GearStuckError: gear main did not turn within 30s が出て止まる');
    expect(typed).toMatchObject({ id: 'gears-stuck', level: 'high' });
  });

  test('reads 一致度: 高/中/低', () => {
    expect(['high', 'medium', 'low'].map((l) => confidenceLabel(l as 'high'))).toEqual(['一致度: 高', '一致度: 中', '一致度: 低']);
  });
});

/**
 * Ranking rules for wrapped and near-miss messages. Each query is a real message; the templates are
 * written the way content/ writes them, from the same sources.
 */
describe('ranking: siblings, partial matches, wrappers', () => {
  // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html
  const PLACEMENT = '(service {service}) was unable to place a task because no container instance met all of its requirements.';
  const placement = createMatcher(
    buildLookupIndex([
      source({ id: 'unable-to-place', type: 'symptom', signatures: [PLACEMENT] }),
      source({
        id: 'insufficient-memory',
        type: 'cause',
        symptoms: ['unable-to-place'],
        signatures: [
          `${PLACEMENT} The closest matching (container-instance {id}) has insufficient memory available. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`,
        ],
      }),
      source({
        id: 'insufficient-cpu',
        type: 'cause',
        symptoms: ['unable-to-place'],
        signatures: [`${PLACEMENT} The closest matching (container-instance {id}) has insufficient CPU units available.`],
      }),
      ...unrelated,
    ]),
  );

  test.each([
    [
      'insufficient-cpu',
      '(service batch-worker) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance becd7a27094dd3099946273cac53db46) has insufficient CPU units available. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    ],
    [
      'insufficient-memory',
      '(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 490320b73797085628c24df7022d2732) has insufficient memory available. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    ],
  ])('a sibling whose whole tail is in the message beats a longer one missing its own word (%s)', (expected, message) => {
    const results = placement.lookup(message);
    expect(results[0]).toMatchObject({ id: expected, level: 'high' });
    // The sibling that lacks its distinguishing word ("memory" / "CPU") is ranked lower and is not 高.
    const other = results.find((r) => r.id !== expected && r.type === 'cause');
    expect(other).toBeDefined();
    expect(other!.level).not.toBe('high');
  });

  test("the only cause of a family that matched, found whole, outranks the family's own description", () => {
    const WORDING = 'Assign public IP is not supported for this launch type.';
    const m = createMatcher(
      buildLookupIndex([
        source({
          id: 'assign-ip',
          type: 'symptom',
          title: 'Assign public IP is not supported for this launch type',
          aliases: ['InvalidParameterException'],
          signatures: [WORDING, `InvalidParameterException: ${WORDING}`],
        }),
        source({
          id: 'awsvpc-on-ec2',
          type: 'cause',
          symptoms: ['assign-ip'],
          signatures: [WORDING, `InvalidParameterException: ${WORDING}`],
        }),
        ...unrelated,
      ]),
    );
    // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
    const [first, second] = m.lookup(
      'An error occurred (InvalidParameterException) when calling the RunTask operation: Assign public IP is not supported for this launch type.',
    );
    expect(first).toMatchObject({ id: 'awsvpc-on-ec2', level: 'high' });
    expect(second!.id).toBe('assign-ip');
  });

  test("CloudFormation: a template quoted with the handler's wrapper matches the unwrapped message, code and all", () => {
    const m = createMatcher(
      buildLookupIndex([
        source({
          id: 'cfn-not-stabilized',
          type: 'cause',
          signatures: [
            'Resource handler returned message: "Exceeded attempts to wait" (RequestToken: {token}, HandlerErrorCode: NotStabilized)',
          ],
        }),
        // kayac/ecspresso's own waiter timeout, which shares "exceeded" and "wait".
        source({
          id: 'ecspresso-wait',
          type: 'cause',
          signatures: ['failed to wait for service stable: exceeded max wait time for ServicesStable waiter'],
        }),
        ...unrelated,
      ]),
    );
    // https://github.com/aws-quickstart/quickstart-dotnetcore-cicd/issues/21
    const { messages, results } = m.lookupPaste(
      'Resource handler returned message: "Exceeded attempts to wait" (RequestToken: 34894148-5a50-f236-994f-d42e72f8eec0, HandlerErrorCode: NotStabilized)',
    );
    expect(messages).toEqual(['Exceeded attempts to wait (HandlerErrorCode: NotStabilized)']);
    expect(results[0]).toMatchObject({ id: 'cfn-not-stabilized', containment: 1 });
    // Without the handler error code the same words are not the same message.
    expect(m.lookup('Exceeded attempts to wait')[0]?.containment ?? 0).toBeLessThan(1);
  });
});

test('a message led by a known error name prefers that family to a generic signature that names no error', () => {
  const m = createMatcher(
    buildLookupIndex([
      source({ id: 'internal-error', type: 'symptom', title: 'InternalError でタスクが停止する', signatures: ['InternalError'] }),
      // kayac/ecspresso: https://github.com/kayac/ecspresso/blob/a4e6e32041a15e7c0e4b2d383c14f010879e0804/ecspresso.go#L364
      source({ id: 'ecspresso-deploy-fails', type: 'symptom', signatures: ['task failed to start: {reason}'] }),
      // Other errors, a few of them with the same common words, as in a real index.
      ...Array.from({ length: 40 }, (_, i) =>
        source({
          id: `other-${i}`,
          type: 'cause',
          signatures: [i < 3 ? `Other${i}Error: task ${i} failed to start unrelated${i}` : `Other${i}Error: unrelated${i} wording${i}`],
        }),
      ),
    ]),
  );
  // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/internal-error.html
  expect(m.lookup('InternalError: failed to start task: an internal error occurred')[0]!.id).toBe('internal-error');
  // Without the name, the generic signature is what there is.
  expect(m.lookup('failed to start task: an internal error occurred')[0]!.id).toBe('ecspresso-deploy-fails');
});

test('a signature of a few words counts only when it is whole in the message', () => {
  const m = createMatcher(
    buildLookupIndex([
      // ecs-init: https://github.com/aws/amazon-ecs-agent/blob/8dfceca6cf380a83c3007349317566f2862f0673/ecs-init/engine/engine.go#L313
      source({
        id: 'agent-down',
        type: 'cause',
        title: 'コンテナエージェントが止まっている',
        signatures: ['Agent exited with code {code}'],
      }),
      source({ id: 'app-crashed', type: 'cause', title: 'アプリのプロセスが異常終了している', aliases: ['exit code 1'] }),
      ...unrelated,
    ]),
  );
  expect(m.lookup('2026-11-21T04:01:15Z [INFO] Agent exited with code 1')[0]!.id).toBe('agent-down');
  expect(m.lookup('process exited with code 1').map((r) => r.id)).not.toContain('agent-down');
});

test('a message that names a known error anywhere prefers that family to a signature that names none and is only partly there', () => {
  const m = createMatcher(
    buildLookupIndex([
      source({ id: 'invalid-parameter', type: 'cause', title: 'パラメーターが不正', signatures: ['InvalidParameterException: {message}'] }),
      // ecspresso verify: https://github.com/kayac/ecspresso/blob/a4e6e32041a15e7c0e4b2d383c14f010879e0804/verify.go#L84
      source({ id: 'secret-arn-wrong', type: 'cause', title: 'シークレットの ARN が違う', signatures: ['invalid arn format'] }),
      ...unrelated,
    ]),
  );
  // The SDK's wording after CloudFormation's row: https://github.com/aws-samples/aws-cdk-examples/issues/108
  const row =
    'The new ARN and resource ID format must be enabled to work with ECS managed tags. Opt in to the new format and try again. (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException)';
  expect(m.lookup(row)[0]!.id).toBe('invalid-parameter');
  // Found whole, the signature that names no error is still an answer.
  expect(m.lookup('invalid arn format')[0]!.id).toBe('secret-arn-wrong');
});

describe('lookups do not leak into each other', () => {
  // The matcher sums signature weights in scratch memory kept across lookups (for speed at 10,000
  // signatures): what one paste matched must not count for the next.
  const pastes = [
    'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref app:v42: not found',
    'OutOfMemoryError: Container killed due to memory usage',
    'ContainerRuntimeTimeoutError: Could not transition to running; timed out after waiting 4m0s',
    'Essential container in task exited',
  ];
  const snapshot = (m: ReturnType<typeof createMatcher>, q: string) => m.lookup(q).map((r) => [r.id, r.score, r.confidence]);
  test.each(pastes)('%s answers the same after the other pastes as on a fresh matcher', (q) => {
    const fresh = createMatcher(buildLookupIndex(fixtureSources));
    const used = createMatcher(buildLookupIndex(fixtureSources));
    for (const other of pastes) if (other !== q) used.lookup(other);
    used.lookup(q);
    expect(snapshot(used, q)).toEqual(snapshot(fresh, q));
  });
});

describe('a cause whose own tail is only partly in the message', () => {
  const m = createMatcher(
    buildLookupIndex([
      // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cannot-start-container.html
      source({
        id: 'start-family',
        type: 'symptom',
        signatures: ['CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: {detail}'],
      }),
      // Wordings of the ECS agent (agent/dockerclient/, agent/app/agent.go in aws/amazon-ecs-agent).
      source({
        id: 'docker-down',
        type: 'cause',
        symptoms: ['start-family'],
        signatures: [
          'Error creating Docker client',
          'DockerGoClient: Docker SDK client unable to connect to Docker daemon. Ensure Docker is running: {detail}',
          'DockerGoClient: Docker SDK client unable to ping Docker daemon. Ensure Docker is running: {detail}',
          'Could not connect to docker daemon',
        ],
      }),
      source({ id: 'daemon', type: 'cause', signatures: ['Error response from daemon: {detail}'] }),
      source({ id: 'config', type: 'cause', signatures: ['Error loading config: {detail}'] }),
      // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_cannot_pull_image.html
      source({
        id: 'pull-family',
        type: 'symptom',
        signatures: [
          'CannotPullContainerError: ref pull has been retried {n} time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code {detail}',
        ],
      }),
      source({ id: 'rate-limit', type: 'cause', symptoms: ['pull-family'], signatures: ['ERROR: toomanyrequests: Too Many Requests.'] }),
      ...unrelated,
    ]),
  );

  test('found only by common words that happen to be in the message, it stays below its family, which reports the rest', () => {
    // https://github.com/aws/amazon-ecs-agent/issues/3526
    const { results, uncovered } = m.lookupPaste(
      'CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error creating device nodes: mknod /run/containerd/io.containerd.runtime.v2.task/fargate.task/962011037cd2435a9aa5f40392d82936-2949673445/rootfs/dev/null: errno 524: unknown',
    );
    // The chance words ("error", "creating") are a few words of short wordings, which must be whole to count.
    expect(results[0]!.id).toBe('start-family');
    expect(results.map((r) => r.id)).not.toContain('docker-down');
    expect(uncovered.map((u) => u.family.id)).toEqual(['start-family']);
    // What is left is the text after the family's wording, whole: its words met again further on
    // ("failed", "create", "task", "container") belong to the rest.
    expect(uncovered[0]!.rest).toBe(
      'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error creating device nodes: mknod /run/containerd/io.containerd.runtime.v2.task/fargate.task/{id}-2949673445/rootfs/dev/null: errno 524: unknown',
    );
  });

  test('found by informative words of its own, with others missing, it still outranks its family', () => {
    // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_cannot_pull_image.html (cut after the status)
    const [first] = m.lookup(
      'CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/node/blobs/sha256:9a8b: 429 Too Many Requests',
    );
    expect(first!.id).toBe('rate-limit');
  });
});

describe('a cause with several wordings', () => {
  const m = createMatcher(
    buildLookupIndex([
      source({
        id: 'pull-family',
        type: 'symptom',
        signatures: [
          'CannotPullContainerError: {detail}',
          // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_cannot_pull_image.html
          'CannotPullContainerError: ref pull has been retried {n} time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code {detail}',
        ],
      }),
      source({
        id: 'rate-limit',
        type: 'cause',
        symptoms: ['pull-family'],
        signatures: [
          // https://github.com/apptension/saas-boilerplate/issues/204
          'failed to copy: httpReadSeeker: failed open: unexpected status code {url}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: {link}',
          'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: {link}',
        ],
      }),
      ...unrelated,
    ]),
  );

  test('is judged on the wording found whole, not on a longer variant the message only partly has', () => {
    // https://repost.aws/knowledge-center/ecs-pull-container-error-rate-limit (the older spelling, without "429")
    const [first] = m.lookup(
      'CannotPullContainerError: inspect image has been retried 5 time(s): httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/node/manifests/sha256:2bb501e6429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
    );
    expect(first).toMatchObject({
      id: 'rate-limit',
      level: 'high',
      containment: 1,
      signature:
        'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: {link}',
    });
  });
});

describe('a wrapper wording claimed by one cause, with the wrapped error after it', () => {
  // https://github.com/aws/amazon-ecs-agent/blob/master/agent/app/agent.go (the wrapper and its log line)
  const WRAPPER = 'Agent will terminally exit, unable to register container instance:';
  const m = createMatcher(
    buildLookupIndex([
      source({ id: 'not-joining', type: 'symptom', signatures: ['Error registering container instance', WRAPPER] }),
      source({ id: 'agent-stopped', type: 'cause', symptoms: ['not-joining'], signatures: [WRAPPER] }),
      source({
        id: 'cluster-name-wrong',
        type: 'cause',
        symptoms: ['not-joining'],
        // https://github.com/aws/amazon-ecs-agent/issues/750
        signatures: ['Could not register: ClientException: Cluster not found.', 'ClientException: Cluster not found.'],
      }),
      ...unrelated,
    ]),
  );

  test('the wrapped error, found by informative words of its own, outranks the cause that claims the wrapper', () => {
    const results = m.lookupPaste(
      'level=critical time=2026-11-21T01:40:06Z msg="Agent will terminally exit, unable to register container instance:" error="ClientException: Cluster not found."',
    ).results;
    expect(results[0]!.id).toBe('cluster-name-wrong');
    const claimant = results.find((r) => r.id === 'agent-stopped');
    expect(claimant?.level).not.toBe('high');
  });

  test('alone, the wrapper still answers with the cause that claims it', () => {
    const [first] = m.lookup('Agent will terminally exit, unable to register container instance:');
    expect(first).toMatchObject({ id: 'agent-stopped', level: 'high' });
  });
});

describe('typed Japanese around an English fragment of the error', () => {
  const m = createMatcher(
    buildLookupIndex([
      source({
        id: 'template-error',
        type: 'symptom',
        title: 'ecspresso のテンプレート関数（env / must_env / ssm など）でエラーになる',
        summary: '設定ファイルや定義ファイルのテンプレート展開で止まる。',
        aliases: ['テンプレートエラー', 'must_env エラー'],
        // https://github.com/kayac/go-config/blob/master/config.go
        signatures: ['error calling {function}: {detail}'],
      }),
      source({
        id: 'must-env-unset',
        type: 'cause',
        symptoms: ['template-error'],
        title: 'must_env で参照している環境変数が設定されていない',
        summary: 'must_env が読む環境変数が実行環境にない。',
        aliases: ['環境変数が未定義'],
        signatures: ['error calling must_env: environment variable {name} is not defined'],
      }),
      source({
        id: 'not-joining',
        type: 'symptom',
        title: 'EC2 インスタンスがクラスターに参加しない',
        summary: 'コンテナインスタンスの一覧に出ない。',
        aliases: ['コンテナインスタンスが登録されない'],
        // https://github.com/aws/amazon-ecs-agent/blob/master/agent/app/agent.go
        signatures: ['Error registering container instance'],
      }),
      source({
        id: 'cluster-name-wrong',
        type: 'cause',
        symptoms: ['not-joining'],
        title: 'ecs.config の ECS_CLUSTER が違う',
        summary: 'エージェントが登録先のクラスターを見つけられない。',
        // https://github.com/aws/amazon-ecs-agent/issues/750
        signatures: ['ClientException: Cluster not found.'],
      }),
      source({
        id: 'no-route',
        type: 'cause',
        symptoms: ['not-joining'],
        title: 'インスタンスから ECS のエンドポイントに届かない',
        summary: 'コンテナインスタンスがクラスターに参加できない。',
        signatures: ['dial tcp {ip}:443: i/o timeout'],
      }),
      source({
        id: 'stuck-pending',
        type: 'symptom',
        title: 'タスクが PENDING のまま止まる',
        summary: 'タスクが起動中のまま進まない。',
        aliases: ['タスクが RUNNING にならない'],
      }),
      source({
        id: 'docker-unresponsive',
        type: 'cause',
        symptoms: ['stuck-pending'],
        title: 'Docker デーモンが応答しない',
        summary: 'Docker が詰まり、エージェントがコンテナを作れずタスクが PENDING に留まる。',
        // https://github.com/aws/amazon-ecs-agent/blob/8dfceca6cf380a83c3007349317566f2862f0673/agent/dockerclient/dockerapi/docker_client.go#L315
        signatures: ['DockerGoClient: Docker SDK client unable to connect to Docker daemon. Ensure Docker is running: {detail}'],
      }),
      ...unrelated,
    ]),
  );

  test.each([
    // https://github.com/kayac/go-config/blob/master/config.go (must_env's error)
    ['ecspresso の must_env で環境変数が未定義エラー', 'must-env-unset'],
    // https://github.com/aws/amazon-ecs-agent/blob/master/agent/app/agent.go (the agent's log)
    ['コンテナインスタンスがクラスターに参加しない。ecs-agent.log に Cluster not found', 'cluster-name-wrong'],
  ])('%s → %s: the fragment is found in a signature of the cause, the Japanese in its family', (q, expected) => {
    expect(m.lookup(q)[0]?.id).toBe(expected);
  });

  test("a word the family describes and the cause does not is the family's, even when the cause's signature has it", () => {
    // "running" is a word of Docker's message, but here it is the state the task never reaches.
    expect(m.lookup('EC2 のタスクが PENDING のまま RUNNING にならない')[0]?.id).toBe('stuck-pending');
  });

  test('an ellipsis in typed English splits it into fragments, each looked up on its own', () => {
    // Words left out between two pieces of the agent's log line (https://github.com/aws/amazon-ecs-agent/issues/750).
    expect(
      m.lookup('コンテナインスタンスがクラスターに参加しない。ecs-agent.log に Error registering ... Cluster not found と出る')[0]?.id,
    ).toBe('cluster-name-wrong');
  });

  test('a description of several clauses that matches nothing whole is looked up clause by clause', () => {
    const efs = createMatcher(
      buildLookupIndex([
        source({
          id: 'efs-mount-failed',
          type: 'symptom',
          title: 'EFS ボリュームをマウントできずタスクが起動しない',
          summary: 'EFS に接続できず、タスクの起動が失敗する。',
          aliases: ['EFS に接続できない'],
        }),
        source({
          id: 'efs-nfs-blocked',
          type: 'cause',
          symptoms: ['efs-mount-failed'],
          title: 'マウントターゲットとタスクの間で NFS（TCP 2049）が通らない',
          summary: 'セキュリティグループが 2049 番ポートを許可していない。',
        }),
        ...unrelated,
      ]),
    );
    // How a person described it: https://wan0ri.com/posts/2026/01/11/ecs-validate
    const typed =
      'ECS コンテナが急に EFS に接続できなくなった。片方の AZ に置かれたタスクだけ起動失敗、SG のアウトバウンドで 2049 を片側しか許可していなかった';
    const { messages, results } = efs.lookupPaste(typed, 3);
    expect(messages.length).toBeGreaterThan(1);
    expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(['efs-mount-failed', 'efs-nfs-blocked']));
    // A description that matches whole stays one message.
    expect(efs.lookupPaste('EFS に接続できない、タスクが起動しない', 3).messages).toHaveLength(1);
  });

  test('a fragment of one common word is not evidence', () => {
    // "error" is in every family's wording; the Japanese alone decides.
    expect(m.lookup('インスタンスがクラスターに参加しない error')[0]?.id).toBe('not-joining');
  });
});

test('a typed fragment that many signatures hold is not evidence for any of them', () => {
  // As in bench:lookup's generated index: many causes whose wordings share "failed with code".
  const holders = Array.from({ length: 40 }, (_, i) =>
    source({
      id: `holder-${i}`,
      type: 'cause',
      title: `合成した原因 ${i}`,
      signatures: [`Other${i}Error: step${i} failed with code E${i}`],
    }),
  );
  const m = createMatcher(
    buildLookupIndex([source({ id: 'task-stops', type: 'symptom', title: 'タスクが止まる', aliases: ['タスクが停止する'] }), ...holders]),
  );
  expect(m.lookup('タスクが failed with code で止まる').filter((r) => r.id.startsWith('holder-'))).toEqual([]);
});

test('a wording that several causes list is not 高 for any of them', () => {
  // Reason code and description: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
  const m = createMatcher(
    buildLookupIndex([
      source({ id: 'health-check-failed', type: 'symptom', signatures: ['Target.Timeout'] }),
      source({ id: 'slow-app', type: 'cause', symptoms: ['health-check-failed'], signatures: ['Request timed out'] }),
      source({ id: 'security-group', type: 'cause', symptoms: ['health-check-failed'], signatures: ['Request timed out'] }),
      ...unrelated,
    ]),
  );
  const results = m.lookup('Target.Timeout: Request timed out');
  expect(
    results
      .slice(0, 2)
      .map((r) => r.id)
      .sort(),
  ).toEqual(['security-group', 'slow-app']);
  expect(results.map((r) => r.level)).not.toContain('high');
});

describe('a cause named by an alias inside the variable part of its family wording', () => {
  const m = createMatcher(
    buildLookupIndex([
      source({
        id: 'cannot-pull-container',
        type: 'symptom',
        // https://github.com/aws/aws-xray-daemon/issues/146
        signatures: [
          'CannotPullContainerError: ref pull has been retried {n} time(s): failed to copy: httpReaderSeeker: failed open: unexpected status code {detail}',
        ],
      }),
      source({
        id: 's3-endpoint-policy-blocks-layers',
        type: 'cause',
        symptoms: ['cannot-pull-container'],
        aliases: ['S3 エンドポイントポリシー', 'starport-layer-bucket'],
        // https://github.com/aws/amazon-vpc-cni-k8s/issues/917
        signatures: ['error pulling image configuration: error parsing HTTP 403 response body'],
      }),
      source({
        id: 'registry-denies',
        type: 'cause',
        symptoms: ['cannot-pull-container'],
        // One word: in too many messages about other things to name a cause.
        aliases: ['AccessDenied'],
        signatures: ['CannotPullContainerError: {detail}: AccessDenied: User {user} is not authorized to perform: ecr:BatchGetImage'],
      }),
      source({
        id: 'rate-limit',
        type: 'cause',
        symptoms: ['cannot-pull-container'],
        aliases: ['docker hub rate limit'],
        signatures: ['CannotPullContainerError: {detail}: unexpected status code {url}: 429 Too Many Requests'],
      }),
      // Aliases that name nothing: the family's own words, and words another entry's wording has whole.
      source({ id: 'status-code', type: 'cause', symptoms: ['cannot-pull-container'], aliases: ['unexpected status code 403'] }),
      source({ id: 'not-authorized', type: 'cause', symptoms: ['cannot-pull-container'], aliases: ['is not authorized to perform'] }),
      source({ id: 'shared-a', type: 'cause', symptoms: ['cannot-pull-container'], aliases: ['layer mirror bucket'] }),
      source({ id: 'shared-b', type: 'cause', symptoms: ['cannot-pull-container'], aliases: ['layer mirror bucket'] }),
      ...unrelated,
    ]),
  );
  // The stoppedReason of https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_cannot_pull_image.html
  // (the paste corpus's c007), with the URL's host changed where a row needs it.
  const pull = (host: string, status = '403 Forbidden') =>
    `CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReadSeeker: failed open: unexpected status code https://${host}/7e2a1f-123456789012/2b9c83f1?X-Amz-Security-Token=IQoJb3JpZ2luX2VjE: ${status}`;

  test.each([
    [
      'the layer bucket of ECR, named by the cause alias',
      pull('prod-ap-northeast-1-starport-layer-bucket.s3.ap-northeast-1.amazonaws.com'),
      's3-endpoint-policy-blocks-layers',
    ],
    ['another host: no cause is named', pull('registry.example.com'), 'cannot-pull-container'],
    ['a one-word alias (AccessDenied) is not enough', pull('registry.example.com', 'AccessDenied'), 'cannot-pull-container'],
    ['an alias two causes share names neither', pull('layer-mirror-bucket.s3.ap-northeast-1.amazonaws.com'), 'cannot-pull-container'],
    ['an alias mostly of the family words names no cause', pull('registry.example.com'), 'cannot-pull-container'],
    [
      'a sibling whose own wording is in the message leads',
      pull('prod-ap-northeast-1-starport-layer-bucket.s3.ap-northeast-1.amazonaws.com', '429 Too Many Requests'),
      'rate-limit',
    ],
  ])('%s', (_, q, expected) => {
    expect(m.lookup(q)[0]?.id).toBe(expected);
  });

  test('an alias that another cause has whole in its wording is that cause evidence, not its own', () => {
    const q = pull('registry.example.com', '403 Forbidden: is not authorized to perform: ecr:GetDownloadUrlForLayer');
    const ids = m.lookup(q, 3).map((r) => r.id);
    expect(ids[0]).toBe('registry-denies');
    expect(ids).not.toContain('not-authorized');
  });

  test('the alias ranks the cause first, with its family next, and is never 高 on its own', () => {
    const [first, second] = m.lookup(pull('prod-ap-northeast-1-starport-layer-bucket.s3.ap-northeast-1.amazonaws.com'));
    expect(first).toMatchObject({ id: 's3-endpoint-policy-blocks-layers', level: 'medium', actionable: false });
    expect(first?.matched).toEqual(expect.arrayContaining(['starport', 'layer', 'bucket']));
    expect(second?.id).toBe('cannot-pull-container');
    // The message is explained by a cause: it is not reported as one no entry covers.
    expect(m.lookupPaste(pull('prod-ap-northeast-1-starport-layer-bucket.s3.ap-northeast-1.amazonaws.com')).uncovered).toEqual([]);
  });
});

test('an exit code is one word of an alias: `exit code 1` names no cause on its own', () => {
  const m = createMatcher(
    buildLookupIndex([
      // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html
      source({ id: 'essential-container-exited', type: 'symptom', signatures: ['Essential container in task exited'] }),
      // Both describe exit code 1: neither is told apart by it.
      source({ id: 'app-crashed', type: 'cause', symptoms: ['essential-container-exited'], aliases: ['exit code 1'] }),
      source({ id: 'bad-command', type: 'cause', symptoms: ['essential-container-exited'], summary: 'exit code 1 で終わる。' }),
      ...unrelated,
    ]),
  );
  expect(m.lookupMessage('Essential container in task exited. Exit code: 1')[0]?.id).toBe('essential-container-exited');
});

describe('containsPhrase', () => {
  test.each([
    [['prod', 'ap', 'northeast', '1', 'starport', 'layer', 'bucket', 'amazonaws'], ['starport', 'layer', 'bucket'], true],
    [['starport', 'x', 'starport', 'layer', 'bucket'], ['starport', 'layer', 'bucket'], true],
    [['starport', 'bucket', 'layer'], ['starport', 'layer', 'bucket'], false],
    [['layer', 'starport', 'x', 'bucket'], ['starport', 'layer', 'bucket'], false],
    [['starport', 'layer'], ['starport', 'layer', 'bucket'], false],
  ])('%j holds %j: %s', (words, phrase, expected) => {
    expect(containsPhrase(words, phrase)).toBe(expected);
  });
});
