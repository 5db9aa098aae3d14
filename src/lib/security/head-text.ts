/**
 * Starlight writes each head entry's content as HTML, and the <title> entry is built from the page
 * title, which comes from front matter. A title is text: this escapes it so that `</title><script>`
 * in a title stays characters in the tab, never markup.
 */
import { escapeHtml } from '../inline.ts';

interface HeadEntry {
  tag: string;
  content?: string | undefined;
}

/** Escapes the content of every <title> entry in place; other entries (scripts, styles) are code. */
export function escapeTitleEntries(head: HeadEntry[]): void {
  for (const entry of head) if (entry.tag === 'title' && entry.content !== undefined) entry.content = escapeHtml(entry.content);
}

interface HeadTag extends HeadEntry {
  attrs?: Record<string, string | boolean | undefined> | undefined;
}

/**
 * The 404 page answers at every missing URL, so it has no URL of its own to name: Starlight's
 * canonical and og:url (built from the route, `/404/`) point at a page that does not exist.
 */
export function dropOwnUrl(head: HeadTag[]): void {
  for (let i = head.length - 1; i >= 0; i--) {
    const { tag, attrs } = head[i]!;
    if ((tag === 'link' && attrs?.['rel'] === 'canonical') || (tag === 'meta' && attrs?.['property'] === 'og:url')) head.splice(i, 1);
  }
}
