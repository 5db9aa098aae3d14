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
