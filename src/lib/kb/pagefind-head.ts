/**
 * Pagefind metadata and filters for an entry, as <meta> tags in <head> (not hidden text in the
 * body): signatures and aliases as metadata, launch types and where the text is seen as filters.
 */
interface HeadTag {
  tag: 'meta';
  attrs: Record<string, string>;
}

export function pagefindHead(entry: {
  signatures: readonly { text: string }[];
  aliases: readonly string[];
  applies_to: readonly string[];
  seen_in?: string;
}): HeadTag[] {
  const tags: HeadTag[] = [];
  if (entry.signatures.length > 0) {
    tags.push({
      tag: 'meta',
      attrs: { 'data-pagefind-meta': 'signatures[content]', content: entry.signatures.map((s) => s.text).join(' / ') },
    });
  }
  if (entry.aliases.length > 0) {
    tags.push({ tag: 'meta', attrs: { 'data-pagefind-meta': 'aliases[content]', content: entry.aliases.join(' / ') } });
  }
  for (const target of entry.applies_to) {
    tags.push({ tag: 'meta', attrs: { 'data-pagefind-filter': 'applies_to[content]', content: target } });
  }
  if (entry.seen_in) {
    tags.push({ tag: 'meta', attrs: { 'data-pagefind-filter': 'seen_in[content]', content: entry.seen_in } });
  }
  return tags;
}
