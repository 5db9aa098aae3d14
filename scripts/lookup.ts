/**
 * Error lookup from the terminal, with the same module and index as the site's search box.
 *
 *   npm run --silent lookup -- "CannotPullContainerError: ... i/o timeout"
 *   npm run --silent lookup -- --json "ResourceInitializationError"
 *   printf '%s\n' "query one" "query two" | npm run --silent lookup -- --json
 *   npm run --silent lookup -- --report "$(aws ecs describe-tasks ...)"
 *
 * A paste may hold several error messages (describe-tasks JSON, a log): each is looked up and the
 * results merged. `--json` prints one array of results per query (unchanged since its first
 * version); `--report` prints one object per query: { query, messages, results, uncovered }, where
 * `uncovered` is the part of the message no registered cause explains (identifiers masked), or
 * null, and `contribute` the site's "この情報を追加・修正する" link for this paste (a new issue with the
 * message masked, the page and the content version), or null when SITE_REPO is not set. `--json`
 * keeps its bare array, so scripts written against it keep working; use `--report` for the link.
 */
import { createInterface } from 'node:readline';
import { createMatcher, type LookupResult, type PasteLookup } from '../src/lib/lookup/matcher.ts';
import { confidenceLabel } from '../src/lib/lookup/confidence.ts';
import { cachedLookupIndex } from '../src/lib/lookup/cached-index.ts';
import { settings } from '../src/config.ts';
import { contributionUrl } from '../src/lib/site/contribute.ts';
import { builtContentVersion } from '../src/lib/site/content-version.ts';

// Piped into `head` or a closed pager, the reader is gone and wants no more output: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { siteUrl: site, contentDir, siteRepo } = settings();
const args = process.argv.slice(2);
const report = args.includes('--report');
const json = report || args.includes('--json');
const text = args.filter((a) => a !== '--json' && a !== '--report').join(' ');

// The index is rebuilt (and the content checked) only when content/ or the lookup code changed.
const matcher = createMatcher((await cachedLookupIndex(contentDir)).index);
const absolute = (r: LookupResult) => `${site}${r.url}`;

function resultJson(r: LookupResult) {
  return {
    id: r.id,
    type: r.type,
    title: r.title,
    url: absolute(r),
    score: Number(r.score.toFixed(4)),
    confidence: Number(r.confidence.toFixed(2)),
    level: r.level,
    matched: r.matched,
  };
}

/** `--json`: the results only, as it always was. */
function asJson({ results }: PasteLookup) {
  return JSON.stringify(results.map(resultJson));
}

/**
 * The link to report this paste: from the page of the best result (the search page when nothing
 * matched), carrying the message no cause explains, or the first message found.
 */
function contribute(query: string, { messages, results, uncovered }: PasteLookup): string | null {
  if (siteRepo === undefined) return null;
  const best = results[0];
  return contributionUrl({
    repo: siteRepo,
    page: best ? absolute(best) : `${site}/search/`,
    version: builtContentVersion(),
    versionsPage: `${site}/guides/versions-checked/`,
    message: uncovered.length > 0 ? uncovered.map((u) => u.message).join('\n') : (messages[0] ?? query),
  });
}

/** `--report`: the results, what no cause explains, and where to report it. */
function asReport(query: string, found: PasteLookup) {
  const { messages, results, uncovered } = found;
  return JSON.stringify({
    query: query.slice(0, 200),
    messages,
    results: results.map(resultJson),
    uncovered: uncovered.length > 0 ? uncovered.map((u) => u.rest).join('\n') : null,
    contribute: contribute(query, found),
  });
}

function asText(query: string, { messages, results, uncovered }: PasteLookup): string {
  if (results.length === 0) {
    return `見つかりませんでした: ${query.slice(0, 80)}\n症状の一覧: ${site}/symptoms/\n`;
  }
  const lines = results.map(
    (r, i) => `${i + 1}. ${r.title}（${r.type === 'cause' ? '原因' : '症状'}、${confidenceLabel(r.level)}）\n   ${absolute(r)}`,
  );
  if (messages.length > 1) lines.push(`（貼り付けから ${messages.length} 件のエラー文を取り出して調べました）`);
  for (const u of uncovered) {
    lines.push(`この部分に合う原因はまだ登録されていません（「${u.family.title}」の系統です）: ${u.rest}`);
  }
  return `${lines.join('\n')}\n`;
}

function print(query: string) {
  const found = matcher.lookupPaste(query);
  process.stdout.write(report ? `${asReport(query, found)}\n` : json ? `${asJson(found)}\n` : asText(query, found));
}

if (text.trim() !== '') {
  print(text);
} else {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) print(line);
}
