/**
 * Keeps the real knowledge base true to the content map, the seed's Knowledge Center list and the
 * facts checked against kayac/ecspresso. These read content/ and fail on the first drift.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkKnowledgeBase } from '../../src/lib/kb/check.ts';
import { readBody } from '../../src/lib/kb/markdown-body.ts';
import { unreachedCauses } from '../../src/lib/trees/validate.ts';
import { TRIAGE_KINDS } from '../../src/schemas/symptom.ts';

const data = (name: string) => readFileSync(join(import.meta.dirname, '..', 'data', name), 'utf8');
const { kb, problems } = checkKnowledgeBase('content');
const contentMap = parse(data('content-map.yaml')) as { symptoms: { id: string; causes: string[] }[] };

test('the content check passes', () => {
  expect(problems).toEqual([]);
});

describe('the content map', () => {
  const symptoms = new Map(kb.symptoms.map((s) => [s.data.id, s.data]));
  const causeIds = new Set(kb.causes.map((c) => c.data.id));
  test.each(contentMap.symptoms.map((s) => [s.id, s.causes] as const))('symptom %s exists and shows its causes', (id, causes) => {
    const symptom = symptoms.get(id);
    expect(symptom, `content/symptoms/${id}.md`).toBeDefined();
    for (const cause of causes) {
      expect(causeIds.has(cause), `content/causes/${cause}.md`).toBe(true);
      expect(symptom!.causes).toContain(cause);
    }
  });
});

test('every Knowledge Center article of the seed is a source, as the Japanese re:Post URL', () => {
  const cited = new Set(
    [...kb.symptoms, ...kb.causes, ...kb.fixes, ...kb.guides].flatMap((e) =>
      e.data.sources.map((s) => /^https:\/\/repost\.aws\/ja\/knowledge-center\/([A-Za-z0-9_-]+)\/?$/.exec(s.url)?.[1]).filter(Boolean),
    ),
  );
  const slugs = data('kc-slugs.txt').split('\n').filter(Boolean);
  expect(slugs).toHaveLength(87);
  expect(slugs.filter((s) => !cited.has(s))).toEqual([]);
});

test('every cause has a read-only confirm step that says what sets it apart, and a fix', () => {
  for (const { file, data: cause } of kb.causes) {
    expect(cause.confirm.how.length, file).toBeGreaterThan(10);
    expect(cause.confirm.look_for.length, file).toBeGreaterThan(5);
    expect(cause.fixes.length, file).toBeGreaterThan(0);
  }
});

test('every symptom says where its text appears and what to collect before escalating', () => {
  for (const { file, body, data: symptom } of kb.symptoms) {
    const ids = readBody(body).headings.map((h) => h.id);
    expect(ids, file).toContain('where-to-look');
    expect(ids, file).toContain('evidence');
    expect(symptom.triage.note.length, file).toBeGreaterThan(0);
  }
});

test("no symptom's triage note opens by repeating its kind, which the page prints just before it", () => {
  // The facts box reads 「設定の修正が必要: 設定の修正が必要。末尾が…」 when a note restates its kind.
  const repeating = kb.symptoms.filter((s) => s.data.triage.note.startsWith(TRIAGE_KINDS[s.data.triage.kind].split('（')[0]!));
  expect(repeating.map((s) => s.data.id)).toEqual([]);
});

test('every fix gives commands or snippets and says what to verify afterwards', () => {
  for (const { file, body } of kb.fixes) {
    expect(body, file).toMatch(/^\s*```[a-z]+/m);
    expect(
      readBody(body).headings.map((h) => h.id),
      file,
    ).toContain('verify');
  }
});

/** The seed's wrong ecspresso usages, as patterns over lines of content. */
const WRONG_FLAG_RULES: [string, RegExp][] = [
  [
    'verify has no --task-definition / --service-definition / --appspec',
    /ecspresso\s+verify\b[^\n]*--(?:task-definition|service-definition|appspec)\b/,
  ],
  ['status has no --tasks', /ecspresso\s+status\b[^\n]*--tasks\b/],
  // As a command (in backticks or a code line), render always names its target or a <placeholder>.
  ['render needs a target', /(?:`|^\s*(?:\$\s*)?)ecspresso\s+render(?!\s+(?:config|servicedef|taskdef|<))(?:\s*`|\s*$|\s+--)/],
  ['no --region or --profile flags', /ecspresso\s+[a-z]+\b[^\n|]*\s--(?:region|profile)\b/],
];

test("the rules catch the seed's own wrong commands", () => {
  const seedLines = [
    '`ecspresso verify --task-definition`コマンドでタスク定義を検証し',
    '$ ecspresso status --config ecspresso.yml --tasks',
    '$ ecspresso render --config ecspresso.yml',
    '$ ecspresso deploy --config ecspresso.yml --profile production',
  ];
  for (const line of seedLines)
    expect(
      WRONG_FLAG_RULES.some(([, p]) => p.test(line)),
      line,
    ).toBe(true);
  expect(WRONG_FLAG_RULES.some(([, p]) => p.test('ecspresso render taskdef --config ecspresso.yml'))).toBe(false);
});

describe("the ecspresso seed's known mistakes appear nowhere", () => {
  const files = ['symptoms', 'causes', 'fixes', 'guides', 'trees'].flatMap((dir) =>
    readdirSync(join('content', dir))
      .filter((f) => /\.(md|yaml)$/.test(f) && f !== 'README.md')
      .map((f) => join('content', dir, f)),
  );
  const text = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
  const lines = text.flatMap(([f, t]) => t.split('\n').map((line, i) => [`${f}:${i + 1}`, line] as const));
  const ecspressoLines = lines.filter(([, l]) => /ecspresso\s+[a-z]/.test(l));

  test.each(WRONG_FLAG_RULES)('%s', (_rule, pattern) => {
    expect(ecspressoLines.filter(([, l]) => pattern.test(l)).map(([where]) => where)).toEqual([]);
  });

  test('--rollback-events is only ever described together with CodeDeploy', () => {
    const sections = text.flatMap(([f, t]) => t.split(/^#{2,} /m).map((p) => [f, p] as const));
    expect(sections.filter(([, p]) => p.includes('--rollback-events') && !p.includes('CodeDeploy')).map(([f]) => f)).toEqual([]);
  });
});

test('the decision trees reach every cause of the task-start, load-balancing, deployment and access symptoms', () => {
  const areas = new Set(['task-start', 'load-balancing', 'deployment', 'access']);
  const required = [...new Set(kb.symptoms.filter((s) => areas.has(s.data.area)).flatMap((s) => s.data.causes))];
  const treeStartsFargateOrEc2 = kb.trees.find((t) => t.data.id === 'task-start')!.data;
  expect(
    unreachedCauses(
      kb.trees.map((t) => t.data),
      required,
    ),
  ).toEqual([]);
  const first = treeStartsFargateOrEc2.nodes[treeStartsFargateOrEc2.start]!;
  expect('options' in first && first.options.map((o) => o.label).join(' ')).toMatch(/Fargate[\s\S]*EC2|EC2[\s\S]*Fargate/);
});
