/**
 * The triage key of a symptom: the body section `## … {#triage-key}` whose table maps the words in
 * a message to the cause to suspect. The page shows it first, right under the summary, and the
 * /e/<Error>/ page shows the same table; the rest of the body keeps its place below the causes.
 */

/** The section's heading id, as content writes it: `## メッセージで原因を見分ける {#triage-key}`. */
export const TRIAGE_KEY_ID = 'triage-key';

export interface SplitBody {
  /** The triage key section (its heading and everything up to the next `<h2>`), if the body has one. */
  key: string | undefined;
  /** The same section without its heading, for a page that gives it a heading of its own. */
  keyContent: string | undefined;
  /** The body without that section. */
  rest: string;
}

/**
 * Splits rendered body HTML into the triage key section and the rest. The section ends at the next
 * `<h2` (a `###` inside it stays with it).
 */
export function splitTriageKey(html: string): SplitBody {
  const start = html.search(new RegExp(`<h2\\b[^>]*\\bid="${TRIAGE_KEY_ID}"`));
  if (start < 0) return { key: undefined, keyContent: undefined, rest: html };
  const next = html.slice(start + 3).search(/<h2\b/);
  const end = next < 0 ? html.length : start + 3 + next;
  const key = html.slice(start, end).trim();
  const headingEnd = key.indexOf('</h2>');
  return {
    key,
    keyContent: key.slice(headingEnd < 0 ? 0 : headingEnd + '</h2>'.length).trim(),
    rest: (html.slice(0, start) + html.slice(end)).trim(),
  };
}

/** Body headings with the triage key's taken out (the page lists it first in its table of contents). */
export function withoutTriageKey<H extends { slug: string }>(headings: readonly H[]): { key: H | undefined; rest: H[] } {
  const key = headings.find((h) => h.slug === TRIAGE_KEY_ID);
  return { key, rest: headings.filter((h) => h !== key) };
}
