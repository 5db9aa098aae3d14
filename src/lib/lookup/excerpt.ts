/**
 * A short piece of what the person pasted, around the words that matched, to show under a result.
 * A 5,000-character describe-tasks document must not be echoed in full under every result: the
 * excerpt is at most `maxChars` characters (plus the ellipses), with whitespace runs folded to
 * one space.
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
/** The head kept for the error name when the excerpt shows the end of a long message. */
const HEAD_MAX_CHARS = 60;
/** A first match this close to the start is the error name (or its first words). */
const HEAD_MATCH_WITHIN = 40;
/** Plain text kept after the last match, so the end of the message reads as a sentence. */
const TRAIL_CHARS = 40;
/** How far a window edge may move to avoid cutting a word in two. */
const WORD_SNAP_CHARS = 12;
const GAP = ' … ';
/** An error name at the very start of the message (`CannotPullContainerError: …`). */
const LEADING_ERROR_NAME = /^\s*[A-Za-z][A-Za-z0-9]*(?:Error|Exception)\b/;

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
 * `highlightRanges` returns them). A long message shows its head (the error name) and its end up
 * to the last match: an error chain (`outer: inner: root cause`) ends with what tells causes apart,
 * and the tail of the message is what the symptom pages triage by. Without ranges, the start.
 */
export function excerptAround(text: string, ranges: readonly (readonly [number, number])[], maxChars = EXCERPT_MAX_CHARS): Excerpt {
  const windows: [number, number][] = [];
  const last = ranges[ranges.length - 1];
  if (text.length <= maxChars) windows.push([0, text.length]);
  else if (!last) windows.push([0, snap(text, maxChars, -1, 0)]);
  else {
    const first = ranges[0]!;
    let tailEnd = Math.min(text.length, Math.max(last[1] + TRAIL_CHARS, maxChars));
    if (tailEnd < text.length) tailEnd = snap(text, tailEnd, -1, last[1]);
    // The head is kept when the first match is the error name (or its first words), and also when the
    // message starts with an error name that this result did not match: a reader scanning the list
    // still sees which error the weaker results were found in.
    const leading = LEADING_ERROR_NAME.exec(text);
    const headEnd =
      first[0] < HEAD_MATCH_WITHIN ? snap(text, Math.min(first[1], HEAD_MAX_CHARS), -1, first[0] + 1) : leading ? leading[0].length : 0;
    const budget = maxChars - headEnd - (headEnd > 0 ? GAP.length : 0);
    let tailStart = Math.max(0, tailEnd - budget);
    if (tailStart <= headEnd + GAP.length) windows.push([0, Math.min(tailEnd, maxChars)]);
    else {
      tailStart = snap(text, tailStart, 1, Math.min(last[0], tailEnd));
      if (headEnd > 0) windows.push([0, headEnd]);
      windows.push([tailStart, tailEnd]);
    }
  }

  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to <= from) return;
    const piece = text.slice(from, to).replace(/\s+/g, ' ');
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark) prev.text += piece;
    else parts.push({ text: piece, mark });
  };
  for (const [i, [start, end]] of windows.entries()) {
    if (i > 0) {
      const prev = parts[parts.length - 1];
      if (prev && !prev.mark) prev.text += GAP;
      else parts.push({ text: GAP, mark: false });
    }
    let at = start;
    for (const [s, e] of ranges) {
      if (e <= at || s >= end) continue;
      push(at, Math.max(at, s), false);
      push(Math.max(at, s), Math.min(e, end), true);
      at = Math.min(e, end);
    }
    push(at, end, false);
  }
  // Folded whitespace at the edges says nothing.
  if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.trimStart();
  const tail = parts[parts.length - 1];
  if (tail && !tail.mark) tail.text = tail.text.trimEnd();
  return {
    parts: parts.filter((p) => p.text !== ''),
    clippedStart: windows[0]![0] > 0,
    clippedEnd: windows[windows.length - 1]![1] < text.length,
  };
}

/** The excerpt as one string, for measuring and for tests: marks as 【】, clipped ends as …. */
export function excerptText(excerpt: Excerpt): string {
  const body = excerpt.parts.map((p) => (p.mark ? `【${p.text}】` : p.text)).join('');
  return `${excerpt.clippedStart ? '…' : ''}${body}${excerpt.clippedEnd ? '…' : ''}`;
}
