/**
 * Error lookup from the terminal, with the same module and index as the site's search box.
 *
 *   npm run --silent lookup -- "CannotPullContainerError: ... i/o timeout"
 *   npm run --silent lookup -- --json "ResourceInitializationError"
 *   printf '%s\n' "query one" "query two" | npm run --silent lookup -- --json
 */
import { createInterface } from 'node:readline';
import { createMatcher, type LookupResult } from '../src/lib/lookup/matcher.ts';
import { cachedLookupIndex } from '../src/lib/lookup/cached-index.ts';
import { settings } from '../src/config.ts';

// Piped into `head` or a closed pager, the reader is gone and wants no more output: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { siteUrl: site, contentDir } = settings();
const args = process.argv.slice(2);
const json = args.includes('--json');
const text = args.filter((a) => a !== '--json').join(' ');

// The index is rebuilt (and the content checked) only when content/ or the lookup code changed.
const matcher = createMatcher((await cachedLookupIndex(contentDir)).index);
const absolute = (r: LookupResult) => `${site}${r.url}`;

function asJson(results: LookupResult[]) {
  return JSON.stringify(
    results.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      url: absolute(r),
      score: Number(r.score.toFixed(4)),
      matched: r.matched,
    })),
  );
}

function asText(query: string, results: LookupResult[]): string {
  if (results.length === 0) {
    return `見つかりませんでした: ${query.slice(0, 80)}\n症状の一覧: ${site}/symptoms/\n`;
  }
  return results
    .map(
      (r, i) =>
        `${i + 1}. ${r.title}（${r.type === 'cause' ? '原因' : '症状'}、一致度 ${Math.round(r.confidence * 100)}%）\n   ${absolute(r)}`,
    )
    .join('\n')
    .concat('\n');
}

if (text.trim() !== '') {
  const results = matcher.lookup(text);
  process.stdout.write(json ? `${asJson(results)}\n` : asText(text, results));
} else {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const results = matcher.lookup(line);
    process.stdout.write(json ? `${asJson(results)}\n` : asText(line, results));
  }
}
