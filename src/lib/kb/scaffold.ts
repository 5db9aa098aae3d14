/**
 * `npm run new -- cause <id>` (and `symptom`, `fix`): a new entry with every required field and
 * the body sections its kind needs. What is still to be written is marked `【要記入】` followed by
 * what to write there; the content check reports each mark with the file and the field
 * (`unwrittenParts`), so a scaffold cannot land half written. Pure: scripts/new.ts does the files.
 */
import { AREAS, ID_PATTERN } from '../../schemas/common.ts';
import { SEEN_IN, TRIAGE_KINDS } from '../../schemas/symptom.ts';
import { RISKS } from '../../schemas/fix.ts';
import type { KbCollection } from './model.ts';

/** Marks text still to be written; what follows it on the line says what to write. */
export const TO_WRITE = '【要記入】';

export const SCAFFOLD_KINDS = { cause: 'causes', symptom: 'symptoms', fix: 'fixes' } as const satisfies Record<string, KbCollection>;
export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

const KIND_NAMES: Record<ScaffoldKind, string> = { cause: '原因', symptom: '症状', fix: '対処' };
const USAGE = '使い方: npm run new -- <cause|symptom|fix> <id>（例: npm run new -- cause efs-mount-target-missing）';

const choices = (values: Record<string, string>) => Object.keys(values).join('・');

/** A double-quoted YAML scalar holding a mark and what to write. */
const todo = (what: string) => `"${TO_WRITE}${what}"`;

const SOURCES = `sources:
  - title: ${todo('確かめた一次情報のページ名（AWS ドキュメントは日本語版の題名）')}
    url: ${todo('そのページの https URL（使える出典は content/README.md）')}
verified:
  date: ${todo('実際に確かめた日（YYYY-MM-DD）')}
  against: ${todo('何と照らして確かめたか（例: AWS ドキュメント「...」）')}
redirect_from: []`;

const SIGNATURES = `signatures:
  - text: ${todo('出典に載っているとおりのエラー文（変わる部分は {name}）。メッセージのない挙動なら signatures: [] にする')}
    source: ${todo('その文言がそのまま載っているページの https URL')}
aliases: []`;

const APPLIES_TO = `applies_to: [${todo('fargate・ec2・external から当てはまるものだけを、この行の値として並べる')}]`;

const TEMPLATES: Record<ScaffoldKind, (id: string) => string> = {
  cause: (id) => `---
id: ${id}
title: ${todo('原因を一文で（例: タスクからレジストリへのネットワーク経路がない）')}
summary: ${todo('一覧とリンクプレビューに出る一行（120 文字以内）')}
${APPLIES_TO}
${SIGNATURES}
confirm:
  how: ${todo('同じ症状のほかの原因と見分ける、読み取りだけの確かめ方')}
  command: ${todo('読み取りだけのコマンド。コンソールで見るだけなら command と lang の行を消す')}
  lang: bash
  look_for: ${todo('結果のどこを見ればこの原因だとわかるか')}
fixes: [${todo('対処の id（content/fixes/<id>.md。まだなければ npm run new -- fix <id>）')}]
${SOURCES}
---

## なぜ起きるか {#why}

${TO_WRITE}この原因でエラーになる仕組み

## 他の原因との違い {#distinguish}

${TO_WRITE}同じ症状のほかの原因との見分け方
`,
  symptom: (id) => `---
id: ${id}
title: ${todo('見えていることを一文で（エラー文はそのまま入れる）')}
summary: ${todo('一覧とリンクプレビューに出る一行（120 文字以内）')}
area: ${todo(`${choices(AREAS)} のどれか`)}
seen_in: ${todo(`${choices(SEEN_IN)} のどれか`)}
${APPLIES_TO}
${SIGNATURES}
triage:
  kind: ${todo(`${choices(TRIAGE_KINDS)} のどれか`)}
  note: ${todo('対応の要否を一行で')}
causes: [${todo('原因の id を、よくあるものから順に（まだなければ npm run new -- cause <id>）')}]
${SOURCES}
---

## どこに表示されるか {#where-to-look}

${TO_WRITE}このエラーが出る場所と、その取り出し方（コンソールの場所、aws CLI か ecspresso のコマンド）

## 切り分けの手順 {#triage-steps}

${TO_WRITE}原因を見分ける順番

## 解決しないときに集める情報 {#evidence}

${TO_WRITE}サポートに相談する前に集めるもの
`,
  fix: (id) => `---
id: ${id}
title: ${todo('何をするかを一文で')}
summary: ${todo('一覧とリンクプレビューに出る一行（120 文字以内）')}
risk: ${todo(`${choices(RISKS)} のどれか（止める・消す・再起動するコマンドがあれば disruptive）`)}
${APPLIES_TO}
${SOURCES}
---

## 手順 {#steps}

${TO_WRITE}正確なコマンドを、言語付きのコードブロック（\`\`\`bash など）で

## 確認する {#verify}

${TO_WRITE}対処のあとで何を確かめるか
`,
};

/** Why `kind` and `id` cannot be scaffolded (in Japanese, with the fix), or undefined. */
export function scaffoldRefusal(kind: string, id: string | undefined, taken: ReadonlyMap<string, string>): string | undefined {
  if (!(kind in SCAFFOLD_KINDS)) return `"${kind}" は作れる種類ではありません（cause・symptom・fix のどれかです）\n  → ${USAGE}`;
  if (id === undefined || id === '') return `id がありません\n  → ${USAGE}`;
  if (!ID_PATTERN.test(id)) {
    return `id "${id}" が ASCII の kebab-case ではありません（id はそのまま URL になります）\n  → a-z、0-9 とハイフンだけにしてください（例: ${
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'efs-mount-target-missing'
    }）`;
  }
  const owner = taken.get(id);
  if (owner) {
    return `id "${id}" は ${owner} ですでに使われています（id はすべてのコレクションを通して一意です）\n  → 別の id にするか、${owner} を直してください`;
  }
  return undefined;
}

/** The text of the new file. */
export function scaffoldText(kind: ScaffoldKind, id: string): string {
  return TEMPLATES[kind](id);
}

export interface Unwritten {
  /** Dotted front-matter path (`confirm.how`, `sources.0.url`), or `body:LINE`. */
  field: string;
  /** What to write there, as the scaffold says. */
  what: string;
}

const whatAfterMark = (text: string) => text.slice(text.indexOf(TO_WRITE) + TO_WRITE.length).trim() || '本文';

/** Every place in an entry still marked `【要記入】`: front-matter values, then body lines. */
export function unwrittenParts(data: unknown, body: string, bodyLine: number): Unwritten[] {
  const found: Unwritten[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      if (value.includes(TO_WRITE)) found.push({ field: path.join('.'), what: whatAfterMark(value) });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, [...path, key]);
    }
  };
  walk(data, []);
  body.split('\n').forEach((line, i) => {
    if (line.includes(TO_WRITE)) found.push({ field: `body:${bodyLine + i}`, what: whatAfterMark(line) });
  });
  return found;
}

/** What the CLI prints after writing the file: where, what to fill in, and what comes next. */
export function scaffoldGuide(kind: ScaffoldKind, file: string, unwritten: readonly Unwritten[]): string {
  const next: Record<ScaffoldKind, string> = {
    cause: 'この原因で説明できる症状（content/symptoms/<id>.md）の causes に id を足し、診断ツリーから届くようにしてください',
    symptom: '原因がまだなければ npm run new -- cause <id> で作ってください',
    fix: 'この対処を使う原因（content/causes/<id>.md）の fixes に id を足してください',
  };
  return [
    `${file} を作りました（${KIND_NAMES[kind]}）。${TO_WRITE} の ${unwritten.length} か所を書いてください:`,
    ...unwritten.map((u) => `  ${u.field}: ${u.what}`),
    `次に: ${next[kind]}`,
    '書き終えたら npm run check:content で確かめます（【要記入】が残っているあいだは失敗します）',
  ].join('\n');
}
