/**
 * The lookup index: a small JSON document built once from the knowledge base (at build time for
 * the browser, on the fly for the command line) and read by `createMatcher`.
 */
import { normalizeErrorLine } from './normalize.ts';
import { stripPlaceholders, tokenize } from './tokenize.ts';

export interface LookupSource {
  id: string;
  type: 'symptom' | 'cause';
  title: string;
  summary: string;
  aliases: readonly string[];
  signatures: readonly string[];
  /** For a cause: the symptoms that show it, in content order (its URL points into the first match). */
  symptoms: readonly string[];
}

export interface LookupIndex {
  version: 1;
  entries: { id: string; type: 'symptom' | 'cause'; title: string; symptoms: string[] }[];
  /** Every signature: owning entry (index into `entries`), the template, its tokens. */
  signatures: { e: number; text: string; t: string[] }[];
  /**
   * Title, aliases and summary of every entry, as tokens (`t`): how Japanese descriptions match.
   * `title` holds the title's own tokens, to prefer the entry whose title the query describes.
   */
  texts: { e: number; t: string[]; title: string[] }[];
  /** Short names for typo-tolerant matching of typed queries: titles, error names, aliases. */
  names: { e: number; name: string }[];
}

const unique = (tokens: string[]) => [...new Set(tokens)];

/** Error names at the start of a signature: "CannotPullContainerError", "ResourceInitializationError". */
function errorName(signature: string): string | undefined {
  const match = /^([A-Za-z][A-Za-z0-9]*(?:Error|Exception|Timeout))\b/.exec(signature.trim());
  return match?.[1];
}

export function buildLookupIndex(sources: readonly LookupSource[]): LookupIndex {
  const index: LookupIndex = { version: 1, entries: [], signatures: [], texts: [], names: [] };
  sources.forEach((source, e) => {
    index.entries.push({ id: source.id, type: source.type, title: source.title, symptoms: [...source.symptoms] });
    for (const signature of source.signatures) {
      const t = unique(tokenize(normalizeErrorLine(stripPlaceholders(signature))));
      if (t.length > 0) index.signatures.push({ e, text: signature, t });
      const name = errorName(signature);
      if (name) index.names.push({ e, name });
    }
    const text = [source.title, ...source.aliases, source.summary].join(' ');
    index.texts.push({ e, t: unique(tokenize(normalizeErrorLine(text))), title: unique(tokenize(normalizeErrorLine(source.title))) });
    for (const name of [source.title, ...source.aliases]) index.names.push({ e, name });
  });
  index.names = index.names.filter((n, i, all) => all.findIndex((m) => m.e === n.e && m.name === n.name) === i);
  return index;
}
