/**
 * Which entries have not been re-checked against their sources for a while: the `verified.date`
 * of every entry compared with a given day. A report for people, never a build failure.
 */
import type { RawEntry } from './load.ts';

export const DEFAULT_MAX_AGE_DAYS = 180;

export interface StaleEntry {
  file: string;
  id: string;
  /** `verified.date` as YYYY-MM-DD, or undefined when the entry has none that can be read. */
  verified: string | undefined;
  /** Whole days between `verified.date` and the day of the report; undefined with no date. */
  ageDays: number | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `verified.date` of raw front matter (a YAML date or a YYYY-MM-DD string), as a UTC day. */
function verifiedDay(data: unknown): Date | undefined {
  const value = (data as { verified?: { date?: unknown } } | undefined)?.verified?.date;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? undefined : day;
}

/**
 * Entries whose `verified.date` is more than `maxAgeDays` before `today`, or that have no readable
 * date, oldest first (undated entries first of all).
 */
export function staleEntries(
  entries: readonly Pick<RawEntry, 'file' | 'fileId' | 'data'>[],
  today: Date,
  maxAgeDays = DEFAULT_MAX_AGE_DAYS,
): StaleEntry[] {
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const stale: StaleEntry[] = [];
  for (const entry of entries) {
    const day = verifiedDay(entry.data);
    if (!day) {
      stale.push({ file: entry.file, id: entry.fileId, verified: undefined, ageDays: undefined });
      continue;
    }
    const ageDays = Math.floor((todayUtc - day.getTime()) / DAY_MS);
    if (ageDays > maxAgeDays) {
      stale.push({ file: entry.file, id: entry.fileId, verified: day.toISOString().slice(0, 10), ageDays });
    }
  }
  return stale.sort((a, b) => (b.ageDays ?? Infinity) - (a.ageDays ?? Infinity) || a.file.localeCompare(b.file));
}

export function formatStaleReport(stale: readonly StaleEntry[], total: number, maxAgeDays: number): string {
  if (stale.length === 0) return `${total} 件のエントリーはすべて直近 ${maxAgeDays} 日以内に確認されています。\n`;
  const lines = stale.map((s) =>
    s.verified === undefined ? `  ${s.file}: verified.date がありません` : `  ${s.file}: ${s.verified}（${s.ageDays} 日前）`,
  );
  return `${total} 件中 ${stale.length} 件が ${maxAgeDays} 日より前に確認されたままです（古い順）:\n${lines.join('\n')}\n出典を読み直して確かめたら、その日付を verified.date に書いてください。\n`;
}
