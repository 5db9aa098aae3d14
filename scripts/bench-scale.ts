/**
 * Scale benchmark: `npm run bench:scale -- N` generates N synthetic entries (valid symptoms, causes
 * and fixes with signatures and Japanese text), builds the site from them, and builds a plain
 * Starlight site with the same number of pages in the same run as the baseline.
 * Prints build seconds, seconds per page, Pagefind and lookup index sizes and lookup p95 latency.
 */
import { mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countFiles, folderBytes, gzipBytes, kb, percentile, run, writePlainStarlight } from './bench-common.ts';
import { createMatcher } from '../src/lib/lookup/matcher.ts';
import { lookupIndexFromContent } from '../src/lib/lookup/from-content.ts';

const n = Number(process.argv[2] ?? '1000');
if (!Number.isInteger(n) || n < 10) {
  process.stderr.write('使い方: npm run bench:scale -- <エントリー数（10 以上）>\n');
  process.exit(2);
}

const root = resolve('.cache', 'bench', `scale-${n}`);
rmSync(root, { recursive: true, force: true });
const content = join(root, 'content');
for (const dir of ['symptoms', 'causes', 'fixes', 'guides', 'trees']) mkdirSync(join(content, dir), { recursive: true });

const AREAS = ['task-start', 'load-balancing', 'deployment', 'access', 'instances'];
const WORDS = ['タスク', 'サービス', 'コンテナ', 'イメージ', 'ロール', 'ネットワーク', 'ログ', 'シークレット', 'ターゲットグループ', 'ヘルスチェック'];
const word = (i: number) => WORDS[i % WORDS.length]!;
const source = 'sources:\n  - title: "合成データ"\n    url: https://docs.aws.amazon.com/ja_jp/AmazonECS/latest/developerguide/Welcome.html\nverified:\n  date: 2026-11-21\n  against: "合成データ"\n';

// N entries: a fifth symptoms, two fifths causes (two per symptom), two fifths fixes (one per cause).
const symptoms = Math.max(1, Math.floor(n / 5));
const causes = symptoms * 2;
const fixes = n - symptoms - causes;
for (let f = 0; f < fixes; f++) {
  writeFileSync(
    join(content, 'fixes', `fix-${f}.md`),
    `---\nid: fix-${f}\ntitle: "${word(f)}の設定を直す ${f}"\nsummary: "合成した対処 ${f}。${word(f + 1)}の設定を見直します。"\nrisk: changes-config\n${source}---\n\n## 手順 {#steps}\n\n${word(f)}の設定を確認して直します。\n\n\`\`\`bash\naws ecs describe-services --cluster c --services s-${f}\n\`\`\`\n\n## 確認する {#verify}\n\nサービスイベントにエラーが出ないことを確認します。\n`,
  );
}
for (let c = 0; c < causes; c++) {
  writeFileSync(
    join(content, 'causes', `cause-${c}.md`),
    `---\nid: cause-${c}\ntitle: "${word(c)}が原因 ${c}"\nsummary: "合成した原因 ${c}。${word(c + 2)}の権限か経路が足りません。"\napplies_to: [fargate, ec2]\nsignatures:\n  - "SyntheticError${Math.floor(c / 2)}: {detail}: failure code F${c} in ${word(c)}"\nconfirm:\n  how: "\`describe-tasks\` の停止理由を見ます。"\n  command: "aws ecs describe-tasks --cluster c --tasks t"\n  look_for: "末尾が \`F${c}\`。"\nfixes: [fix-${c % Math.max(1, fixes)}]\n${source}---\n\n${word(c)}の設定が足りないと起きます。\n`,
  );
}
for (let s = 0; s < symptoms; s++) {
  writeFileSync(
    join(content, 'symptoms', `symptom-${s}.md`),
    `---\nid: symptom-${s}\ntitle: "SyntheticError${s} で${word(s)}が停止する"\nsummary: "合成した症状 ${s}。${word(s)}が起動しません。"\narea: ${AREAS[s % AREAS.length]}\nseen_in: stoppedReason\napplies_to: [fargate, ec2]\nsignatures:\n  - "SyntheticError${s}: {detail}"\naliases: ["${word(s)}が起動しない ${s}"]\ntriage:\n  kind: config\n  note: "設定の修正が必要です。"\ncauses: [cause-${2 * s}, cause-${2 * s + 1}]\n${source}---\n\n## どこに表示されるか {#where-to-look}\n\n停止したタスクの詳細に表示されます。\n\n## 解決しないときに集める情報 {#evidence}\n\n\`describe-tasks\` の出力を保存します。\n`,
  );
}

function buildOurs() {
  const out = join(root, 'dist');
  const seconds = run('npx', ['astro', 'build', '--outDir', out], { KB_CONTENT_DIR: content, OG_CACHE_DIR: join(root, 'og-cache') });
  const pages = countFiles(out, '.html');
  return { seconds, pages, pagefind: folderBytes(join(out, 'pagefind')), lookup: statSync(join(out, 'api', 'lookup-index.json')).size, lookupGz: gzipBytes(join(out, 'api', 'lookup-index.json')) };
}

function buildBaseline(pages: number) {
  const dir = join(root, 'baseline');
  writePlainStarlight(dir, pages, (i) => `## 概要\n\n${word(i)}のページ ${i} です。${word(i + 1)}と${word(i + 2)}について書いています。\n`);
  const seconds = run('npx', ['astro', 'build', '--root', dir]);
  return { seconds, pages: countFiles(join(dir, 'dist'), '.html'), pagefind: folderBytes(join(dir, 'dist', 'pagefind')) };
}

const ours = buildOurs();
const baseline = buildBaseline(ours.pages);

const matcher = createMatcher(lookupIndexFromContent(content));
const latencies: number[] = [];
for (let i = 0; i < 300; i++) {
  const s = (i * 7919) % symptoms;
  const q = `2026-11-21T00:00:00Z SyntheticError${s}: pull failed: failure code F${2 * s + 1} in ${word(2 * s + 1)} arn:aws:ecs:ap-northeast-1:123456789012:task/x/0123456789abcdef0123456789abcdef`;
  const t = performance.now();
  matcher.lookup(q);
  latencies.push(performance.now() - t);
}

const perPage = (b: { seconds: number; pages: number }) => b.seconds / b.pages;
const rows = [
  ['', 'このサイト', 'Starlight のみ', '比'],
  ['エントリー数', String(n), '-', ''],
  ['ページ数', String(ours.pages), String(baseline.pages), ''],
  ['ビルド秒数', ours.seconds.toFixed(1), baseline.seconds.toFixed(1), (ours.seconds / baseline.seconds).toFixed(2)],
  ['1 ページあたり秒数', perPage(ours).toFixed(4), perPage(baseline).toFixed(4), (perPage(ours) / perPage(baseline)).toFixed(2)],
  ['Pagefind 索引', kb(ours.pagefind), kb(baseline.pagefind), (ours.pagefind / baseline.pagefind).toFixed(2)],
  ['lookup 索引（raw / gzip）', `${kb(ours.lookup)} / ${kb(ours.lookupGz)}`, '-', ''],
  ['lookup p50 / p95', `${percentile(latencies, 50).toFixed(2)} ms / ${percentile(latencies, 95).toFixed(2)} ms`, '-', ''],
];
process.stdout.write(`${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
