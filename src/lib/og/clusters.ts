/**
 * What the card renderer draws a string as: user-perceived characters (grapheme clusters), with the
 * code points that have no look of their own removed. Variation selectors (U+FE00–FE0F,
 * U+E0100–E01EF), zero-width joiners and non-joiners, the word joiner, the byte-order mark, soft
 * hyphens and every other Default_Ignorable_Code_Point pick a presentation or join neighbours in a
 * shaping engine; this renderer has none, so they are dropped rather than drawn as a missing glyph.
 * An emoji sequence (`⚠️`, `👨‍👩‍👧`, `🇯🇵`, `1️⃣`) stays one cluster, so it draws as one
 * character at most.
 */

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Control characters and line or paragraph separators end up as spaces: a card line is one line. */
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;
/**
 * Text made only of these never forms a cluster of more than one code point (printable ASCII, CJK
 * punctuation, kana without the combining sound marks U+3099–309A, CJK ideographs, full-width and
 * half-width forms without the half-width sound marks U+FF9E–FF9F), so it skips the segmenter.
 */
const SIMPLE = /^[\u0020-\u007e\u3000-\u3098\u309b-\u30ff\u4e00-\u9fff\uff01-\uff9d]*$/;

const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** `text` in the form the card draws it: NFC, with line breaks and control characters as spaces. */
export function cardText(text: string): string {
  return text.normalize('NFC').replace(BREAKS, ' ');
}

/**
 * The user-perceived characters of `text`, as written (ignorable code points included): where a
 * line may be cut, so that a cut never splits an emoji sequence.
 */
export function clusters(text: string): string[] {
  return SIMPLE.test(text) ? [...text] : Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The code points of a cluster that are drawn: '' for a cluster that is only ignorable ones. */
export function visible(cluster: string): string {
  return cluster.replace(IGNORABLE, '');
}
