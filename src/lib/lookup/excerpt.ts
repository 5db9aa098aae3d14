/**
 * A short piece of what the person pasted, around the words that matched, to show under a result.
 * A 5,000-character describe-tasks document must not be echoed in full under every result: the
 * excerpt is at most `maxChars` characters (plus the ellipses), placed where most matched
 * characters fit, with whitespace runs folded to one space.
 */

/** One run of the excerpt: marked (matched) or plain text. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Text was left out before the first part. */
  clippedStart: boolean;
  /** Text was left out after the last part. */
  clippedEnd: boolean;
}

/** Default length of an excerpt: about two lines of a result on a desktop screen. */
export const EXCERPT_MAX_CHARS = 160;
/** Plain text kept before the first match in the window, so it reads as a sentence. */
const LEAD_CHARS = 30;
/** How far a window edge may move to avoid cutting a word in two. */
const WORD_SNAP_CHARS = 12;

/** Characters of `ranges` inside [start, end). */
function markedInside(ranges: readonly (readonly [number, number])[], start: number, end: number): number {
  let total = 0;
  for (const [s, e] of ranges) total += Math.max(0, Math.min(e, end) - Math.max(s, start));
  return total;
}

/** Moves `at` to the nearest word boundary in the direction `step`, if one is close. */
function snap(text: string, at: number, step: 1 | -1, limit: number): number {
  const boundary = /[\s,;:()[\]{}"']/;
  for (let i = 0; i <= WORD_SNAP_CHARS; i++) {
    const pos = at + i * step;
    if (step === 1 ? pos > limit : pos < limit) break;
    if (boundary.test(text[step === 1 ? pos - 1 : pos] ?? ' ')) return pos;
  }
  return at;
}

/**
 * The part of `text` to show around `ranges` ([start, end) offsets, sorted, not overlapping, as
 * `highlightRanges` returns them). Without ranges, the start of the text.
 */
export function excerptAround(text: string, ranges: readonly (readonly [number, number])[], maxChars = EXCERPT_MAX_CHARS): Excerpt {
  let start = 0;
  let end = Math.min(text.length, maxChars);
  if (text.length > maxChars && ranges.length > 0) {
    // Try a window leading into each match; keep the one holding the most matched characters.
    let best = -1;
    for (const [s] of ranges) {
      const from = Math.max(0, Math.min(s - LEAD_CHARS, text.length - maxChars));
      const score = markedInside(ranges, from, from + maxChars);
      if (score > best) {
        best = score;
        start = from;
      }
    }
    end = start + maxChars;
    const firstMark = ranges.find(([, e]) => e > start)?.[0] ?? end;
    const lastMark = [...ranges].reverse().find(([s]) => s < end)?.[1] ?? start;
    if (start > 0) start = snap(text, start, 1, Math.min(firstMark, end));
    if (end < text.length) end = snap(text, end, -1, Math.max(lastMark, start));
  } else if (end < text.length) end = snap(text, end, -1, 0);
  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to <= from) return;
    const piece = text.slice(from, to).replace(/\s+/g, ' ');
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += piece;
    else parts.push({ text: piece, mark });
  };
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    push(at, Math.max(at, s), false);
    push(Math.max(at, s), Math.min(e, end), true);
    at = Math.min(e, end);
  }
  push(at, end, false);
  // Folded whitespace at the edges says nothing.
  if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.trimStart();
  const tail = parts[parts.length - 1];
  if (tail && !tail.mark) tail.text = tail.text.trimEnd();
  return { parts: parts.filter((p) => p.text !== ''), clippedStart: start > 0, clippedEnd: end < text.length };
}

/** The excerpt as one string, for measuring and for tests: marks as 【】, clipped ends as …. */
export function excerptText(excerpt: Excerpt): string {
  const body = excerpt.parts.map((p) => (p.mark ? `【${p.text}】` : p.text)).join('');
  return `${excerpt.clippedStart ? '…' : ''}${body}${excerpt.clippedEnd ? '…' : ''}`;
}
