/**
 * Where the matched words sit in what the person pasted, so the search box can mark them.
 * Ranges are [start, end) offsets into the original text, sorted and merged.
 */
const CJK = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u30fc]/;

export function highlightRanges(original: string, tokens: readonly string[]): [number, number][] {
  const folded = original.normalize('NFKC').toLowerCase();
  // Offsets only carry over when folding kept every character in place.
  const haystack = folded.length === original.length ? folded : original.toLowerCase();
  const ranges: [number, number][] = [];
  for (const token of new Set(tokens)) {
    if (!token) continue;
    const wholeWord = !CJK.test(token);
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(token, from);
      if (at < 0) break;
      const end = at + token.length;
      const before = haystack[at - 1] ?? ' ';
      const after = haystack[end] ?? ' ';
      if (!wholeWord || (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after))) ranges.push([at, end]);
      from = end;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    // Words separated only by spaces or punctuation read as one highlighted phrase.
    if (last && /^[\s:;,./()"'-]*$/.test(haystack.slice(last[1], r[0]))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
