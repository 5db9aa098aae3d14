import { describe, expect, test } from 'vitest';
import { formatStaleReport, staleEntries } from '../../src/lib/kb/freshness.ts';

const entry = (id: string, date: unknown) => ({
  file: `content/causes/${id}.md`,
  fileId: id,
  data: date === undefined ? { id } : { id, verified: { date, against: '検査用' } },
});
const TODAY = new Date('2026-12-05T09:00:00Z');

describe('the freshness report', () => {
  test('lists entries verified more than 180 days ago and entries with no date, oldest first', () => {
    const entries = [
      entry('fresh', '2026-12-05'),
      entry('exactly-180-days', '2026-06-08'),
      entry('181-days', '2026-06-07'),
      entry('a-year', new Date('2025-12-05T00:00:00Z')),
      entry('no-date', undefined),
      entry('not-a-date', 'last spring'),
    ];
    expect(staleEntries(entries, TODAY)).toEqual([
      { file: 'content/causes/no-date.md', id: 'no-date', verified: undefined, ageDays: undefined },
      { file: 'content/causes/not-a-date.md', id: 'not-a-date', verified: undefined, ageDays: undefined },
      { file: 'content/causes/a-year.md', id: 'a-year', verified: '2025-12-05', ageDays: 365 },
      { file: 'content/causes/181-days.md', id: '181-days', verified: '2026-06-07', ageDays: 181 },
    ]);
  });

  test('takes another threshold', () => {
    expect(staleEntries([entry('fresh', '2026-12-05'), entry('week', '2026-11-27')], TODAY, 7).map((s) => s.id)).toEqual(['week']);
  });

  test('says what to do, or that nothing is stale', () => {
    const stale = staleEntries([entry('a-year', '2025-12-05'), entry('no-date', undefined)], TODAY);
    expect(formatStaleReport(stale, 10, 180)).toBe(
      '10 件中 2 件が 180 日より前に確認されたままです（古い順）:\n' +
        '  content/causes/no-date.md: verified.date がありません\n' +
        '  content/causes/a-year.md: 2025-12-05（365 日前）\n' +
        '出典を読み直して確かめたら、その日付を verified.date に書いてください。\n',
    );
    expect(formatStaleReport([], 10, 180)).toBe('10 件のエントリーはすべて直近 180 日以内に確認されています。\n');
  });
});
