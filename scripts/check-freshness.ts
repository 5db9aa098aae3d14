/**
 * Lists the entries not re-checked against their sources in the last 180 days:
 * `npm run check:freshness [-- --days N] [-- --today YYYY-MM-DD]`.
 * A report: it always exits 0 (stale facts are a reason to re-read the sources, not a broken build).
 */
import { parseArgs } from 'node:util';
import { loadRawEntries } from '../src/lib/kb/load.ts';
import { contentDir } from '../src/lib/kb/content-dir.ts';
import { DEFAULT_MAX_AGE_DAYS, formatStaleReport, staleEntries } from '../src/lib/kb/freshness.ts';

const { values } = parseArgs({
  options: { days: { type: 'string' }, today: { type: 'string' } },
});
const maxAgeDays = values.days === undefined ? DEFAULT_MAX_AGE_DAYS : Number(values.days);
const today = values.today === undefined ? new Date() : new Date(`${values.today}T00:00:00Z`);
if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0 || Number.isNaN(today.getTime())) {
  process.stderr.write('使い方: npm run check:freshness -- [--days 日数] [--today YYYY-MM-DD]\n');
  process.exit(2);
}

const entries = loadRawEntries(contentDir());
process.stdout.write(formatStaleReport(staleEntries(entries, today, maxAgeDays), entries.length, maxAgeDays));
