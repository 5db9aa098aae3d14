/**
 * Scale benchmark: `npm run bench:scale -- N` generates N synthetic entries (valid symptoms, causes
 * and fixes with signatures and Japanese text), builds the site from them, and in the same run
 * builds two plain Starlight sites with the same number of pages as baselines:
 *   - "same text": each page carries the text our page shows (summaries, bodies, confirm commands
 *     as code blocks, the lists of links), written as plain Starlight Markdown. This is the target's
 *     baseline: it measures what our machinery costs, not what the content costs.
 *   - "one paragraph": each page is one short paragraph, as printed before; kept for comparison.
 * Prints build seconds (wall clock and CPU: on a busy machine the CPU ratio is the steadier), seconds
 * per page, Pagefind and lookup index sizes and lookup p50 / p95 latency as CPU time and wall time.
 * Every build is cold: our caches (content layer, link-preview images) live in this run's folder.
 */
import { mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { countFiles, folderBytes, gzipBytes, kb, runTimed, timeCalls, writePlainStarlight } from './bench-common.ts';
import { createMatcher } from '../src/lib/lookup/matcher.ts';
import { lookupIndexFromContent } from '../src/lib/lookup/from-content.ts';

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '1' } } });
const n = Number(positionals[0] ?? '1000');
const runs = Number(flags.runs);
if (!Number.isInteger(n) || n < 10 || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write('使い方: npm run bench:scale -- <エントリー数（10 以上）> [--runs <回数>]\n');
  process.exit(2);
}

const root = resolve('.cache', 'bench', `scale-${n}`);
rmSync(root, { recursive: true, force: true });
const content = join(root, 'content');
for (const dir of ['symptoms', 'causes', 'fixes', 'guides', 'trees']) mkdirSync(join(content, dir), { recursive: true });

const AREAS = ['task-start', 'load-balancing', 'deployment', 'access', 'instances'];
const WORDS = [
  'タスク',
  'サービス',
  'コンテナ',
  'イメージ',
  'ロール',
  'ネットワーク',
  'ログ',
  'シークレット',
  'ターゲットグループ',
  'ヘルスチェック',
];
const word = (i: number) => WORDS[i % WORDS.length]!;
// Synthetic signatures still need a source URL to pass the schema; the page itself does not matter here.
const SIGNATURE_SOURCE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html';
const source =
  'sources:\n  - title: "合成データ"\n    url: https://docs.aws.amazon.com/ja_jp/AmazonECS/latest/developerguide/Welcome.html\nverified:\n  date: 2026-11-21\n  against: "合成データ"\n';

// The synthetic model, shared by our content files and the same-text baseline.
// N entries: a fifth symptoms, two fifths causes (two per symptom), two fifths fixes (one per cause).
const symptomCount = Math.max(1, Math.floor(n / 5));
const causeCount = symptomCount * 2;
const fixCount = n - symptomCount - causeCount;
const fixes = Array.from({ length: fixCount }, (_, f) => ({
  id: `fix-${f}`,
  title: `${word(f)}の設定を直す ${f}`,
  summary: `合成した対処 ${f}。${word(f + 1)}の設定を見直します。`,
  body: `## 手順 {#steps}\n\n${word(f)}の設定を確認して直します。\n\n\`\`\`bash\naws ecs describe-services --cluster c --services s-${f}\n\`\`\`\n\n## 確認する {#verify}\n\nサービスイベントにエラーが出ないことを確認します。\n`,
}));
const causes = Array.from({ length: causeCount }, (_, c) => ({
  id: `cause-${c}`,
  title: `${word(c)}が原因 ${c}`,
  summary: `合成した原因 ${c}。${word(c + 2)}の権限か経路が足りません。`,
  signature: `SyntheticError${Math.floor(c / 2)}: {detail}: failure code F${c} in ${word(c)}`,
  how: '`describe-tasks` の停止理由を見ます。',
  // Distinct per cause, as real confirm commands are (a repeated command would be rendered once).
  command: `aws ecs describe-tasks --cluster c --tasks t-${c}`,
  lookFor: `末尾が \`F${c}\`。`,
  fix: fixes[c % Math.max(1, fixCount)]!,
  body: `${word(c)}の設定が足りないと起きます。\n`,
}));
const symptoms = Array.from({ length: symptomCount }, (_, s) => ({
  id: `symptom-${s}`,
  title: `SyntheticError${s} で${word(s)}が停止する`,
  summary: `合成した症状 ${s}。${word(s)}が起動しません。`,
  signature: `SyntheticError${s}: {detail}`,
  alias: `${word(s)}が起動しない ${s}`,
  causes: [causes[2 * s]!, causes[2 * s + 1]!],
  body: '## どこに表示されるか {#where-to-look}\n\n停止したタスクの詳細に表示されます。\n\n## 解決しないときに集める情報 {#evidence}\n\n`describe-tasks` の出力を保存します。\n',
}));

for (const f of fixes) {
  writeFileSync(
    join(content, 'fixes', `${f.id}.md`),
    `---\nid: ${f.id}\ntitle: "${f.title}"\nsummary: "${f.summary}"\nrisk: changes-config\n${source}---\n\n${f.body}`,
  );
}
for (const c of causes) {
  writeFileSync(
    join(content, 'causes', `${c.id}.md`),
    `---\nid: ${c.id}\ntitle: "${c.title}"\nsummary: "${c.summary}"\napplies_to: [fargate, ec2]\nsignatures:\n  - text: "${c.signature}"\n    source: ${SIGNATURE_SOURCE}\nconfirm:\n  how: "${c.how}"\n  command: "${c.command}"\n  look_for: "${c.lookFor}"\nfixes: [${c.fix.id}]\n${source}---\n\n${c.body}`,
  );
}
symptoms.forEach((s, i) => {
  writeFileSync(
    join(content, 'symptoms', `${s.id}.md`),
    `---\nid: ${s.id}\ntitle: "${s.title}"\nsummary: "${s.summary}"\narea: ${AREAS[i % AREAS.length]}\nseen_in: stoppedReason\napplies_to: [fargate, ec2]\nsignatures:\n  - text: "${s.signature}"\n    source: ${SIGNATURE_SOURCE}\naliases: ["${s.alias}"]\ntriage:\n  kind: config\n  note: "設定の修正が必要です。"\ncauses: [${s.causes.map((c) => c.id).join(', ')}]\n${source}---\n\n${s.body}`,
  );
});

// The same text as our pages, as plain Starlight Markdown (headings without our ids, links by path).
const stripIds = (md: string) => md.replace(/ \{#[a-z0-9-]+\}$/gm, '');
const sourcesMd =
  '## 出典と確認日\n\n- [合成データ](https://docs.aws.amazon.com/ja_jp/AmazonECS/latest/developerguide/Welcome.html)（2026-11-21 に確認）\n';
const confirmMd = (c: (typeof causes)[number]) =>
  `**確認（読み取りのみ）:** ${c.how}\n\n\`\`\`bash\n${c.command}\n\`\`\`\n\n**見分け方:** ${c.lookFor}\n`;
const fixLink = (f: (typeof fixes)[number]) => `- [${f.title}](/pages/${f.id}/): ${f.summary}\n`;
const sameText: { title: string; description: string; body: string }[] = [
  ...symptoms.map((s) => ({
    title: s.title,
    description: s.summary,
    body: `${s.summary}\n\n種類: 症状 / 表示される場所: stoppedReason / 対象: Fargate・EC2\n\n- \`${s.signature}\`\n\n${s.causes
      .map(
        (c, i) =>
          `## ${i + 1}. ${c.title}\n\n${c.summary}（対象: Fargate・EC2）\n\n${confirmMd(c)}\n**対処:**\n\n${fixLink(c.fix)}\n[原因の詳しい説明: ${c.title}](/pages/${c.id}/)\n`,
      )
      .join('\n')}\n${stripIds(s.body)}\n${sourcesMd}`,
  })),
  ...causes.map((c) => ({
    title: c.title,
    description: c.summary,
    body: `${c.summary}\n\n種類: 原因 / 対象: Fargate・EC2\n\n## 確認する\n\n${confirmMd(c)}\n## 対処\n\n${fixLink(c.fix)}\n## この原因で起きる症状\n\n- \`${c.signature}\`\n\n${c.body}\n${sourcesMd}`,
  })),
  ...fixes.map((f) => ({
    title: f.title,
    description: f.summary,
    body: `${f.summary}\n\n種類: 対処 / 影響: 設定の変更\n\n${stripIds(f.body)}\n## この対処で解決する原因\n\n${sourcesMd}`,
  })),
];

function buildOurs() {
  const out = join(root, 'dist');
  rmSync(out, { recursive: true, force: true });
  rmSync(join(root, 'cache'), { recursive: true, force: true });
  const { seconds, cpuSeconds } = runTimed('npx', ['astro', 'build', '--outDir', out], {
    KB_CONTENT_DIR: content,
    KB_CACHE_DIR: join(root, 'cache'),
  });
  const pages = countFiles(out, '.html');
  return {
    seconds,
    cpuSeconds,
    pages,
    pagefind: folderBytes(join(out, 'pagefind')),
    lookup: statSync(join(out, 'api', 'lookup-index.json')).size,
    lookupGz: gzipBytes(join(out, 'api', 'lookup-index.json')),
  };
}

function buildBaseline(name: string) {
  const dir = join(root, name);
  for (const cache of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')])
    rmSync(join(dir, cache), { recursive: true, force: true });
  const { seconds, cpuSeconds } = runTimed('npx', ['astro', 'build', '--root', dir]);
  return { seconds, cpuSeconds, pages: countFiles(join(dir, 'dist'), '.html'), pagefind: folderBytes(join(dir, 'dist', 'pagefind')) };
}

/**
 * With `--runs N`, our build and the same-text baseline are built N times each, alternately and
 * always cold, and each figure is the median of its N runs: on a shared machine one pair of builds
 * can differ by 20 % from the next.
 */
function median<T extends { seconds: number; cpuSeconds: number }>(results: T[]): T {
  const middle = <K extends 'seconds' | 'cpuSeconds'>(key: K) =>
    [...results].sort((a, b) => a[key] - b[key])[Math.floor(results.length / 2)]![key];
  return { ...results[0]!, seconds: middle('seconds'), cpuSeconds: middle('cpuSeconds') };
}

const oursRuns = [buildOurs()];
// A baseline adds its home and 404 pages; our pages beyond the entries (indexes, search) get one paragraph each.
const paragraph = (i: number) => ({
  title: `ページ ${i}`,
  body: `## 概要\n\n${word(i)}のページ ${i} です。${word(i + 1)}と${word(i + 2)}について書いています。\n`,
});
const basePages = oursRuns[0]!.pages - 2;
writePlainStarlight(join(root, 'baseline-same-text'), basePages, (i) => sameText[i] ?? paragraph(i));
writePlainStarlight(join(root, 'baseline-one-paragraph'), basePages, paragraph);
const sameRuns = [buildBaseline('baseline-same-text')];
for (let r = 1; r < runs; r++) {
  oursRuns.push(buildOurs());
  sameRuns.push(buildBaseline('baseline-same-text'));
}
const ours = median(oursRuns);
const same = median(sameRuns);
const thin = buildBaseline('baseline-one-paragraph');

const matcher = createMatcher(lookupIndexFromContent(content));
const queries = Array.from({ length: 300 }, (_, i) => {
  const s = (i * 7919) % symptomCount;
  return `2026-11-21T00:00:00Z SyntheticError${s}: pull failed: failure code F${2 * s + 1} in ${word(2 * s + 1)} arn:aws:ecs:ap-northeast-1:123456789012:task/x/0123456789abcdef0123456789abcdef`;
});
const latency = timeCalls((q: string) => matcher.lookup(q), queries, 5, 3);

type Build = { seconds: number; cpuSeconds: number; pages: number; pagefind: number };
const perPage = (b: Build) => b.seconds / b.pages;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
/** A row of one figure for our build and both baselines, with our build's ratio to each. */
const compared = (label: string, figure: (b: Build) => number, show: (value: number) => string) => [
  label,
  show(figure(ours)),
  show(figure(same)),
  ratio(figure(ours), figure(same)),
  show(figure(thin)),
  ratio(figure(ours), figure(thin)),
];
const seconds = (v: number) => v.toFixed(1);
const rows = [
  ['', 'このサイト', 'Starlight（同じ本文）', '比', 'Starlight（1 段落）', '比'],
  ['エントリー数', String(n), '-', '', '-', ''],
  ['ビルド回数（中央値を表示）', String(runs), String(runs), '', '1', ''],
  ['ページ数', String(ours.pages), String(same.pages), '', String(thin.pages), ''],
  compared('ビルド秒数', (b) => b.seconds, seconds),
  compared('CPU 秒数（user + sys）', (b) => b.cpuSeconds, seconds),
  compared('1 ページあたり秒数', perPage, (v) => v.toFixed(4)),
  compared('Pagefind 索引', (b) => b.pagefind, kb),
  ['lookup 索引（raw / gzip）', `${kb(ours.lookup)} / ${kb(ours.lookupGz)}`, '-', '', '-', ''],
  ['lookup p50 / p95 CPU 時間', `${latency.cpu.p50.toFixed(2)} ms / ${latency.cpu.p95.toFixed(2)} ms`, '-', '', '-', ''],
  ['lookup p50 / p95 経過時間', `${latency.wall.p50.toFixed(2)} ms / ${latency.wall.p95.toFixed(2)} ms`, '-', '', '-', ''],
];
process.stdout.write(`${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
