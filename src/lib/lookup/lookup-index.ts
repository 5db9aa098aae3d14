/**
 * The lookup index: a small JSON document built once from the knowledge base (at build time for
 * the browser, on the fly for the command line) and read by `createMatcher`.
 */
import { normalizeErrorLine } from './normalize.ts';
import { stripPlaceholders, tokenize } from './tokenize.ts';
import { leadingErrorName } from '../errors/names.ts';

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
  /**
   * Short names for typo-tolerant matching of typed queries: error names and aliases. Titles stay
   * out: they are long, mostly Japanese (where typos are not the problem), and at 10,000 entries
   * they would make every fuzzy search scan 10,000 strings.
   */
  names: { name: string; e: number[] }[];
}

const unique = (tokens: string[]) => [...new Set(tokens)];

export function buildLookupIndex(sources: readonly LookupSource[]): LookupIndex {
  const index: LookupIndex = { version: 1, entries: [], signatures: [], texts: [], names: [] };
  // One row per distinct name (an error name is shared by a family): fuzzy search cost grows
  // with distinct names, not with entries.
  const names = new Map<string, number[]>();
  const addName = (name: string, e: number) => {
    const list = names.get(name) ?? [];
    if (!list.includes(e)) list.push(e);
    names.set(name, list);
  };
  sources.forEach((source, e) => {
    index.entries.push({ id: source.id, type: source.type, title: source.title, symptoms: [...source.symptoms] });
    for (const signature of source.signatures) {
      const t = unique(tokenize(normalizeErrorLine(stripPlaceholders(signature))));
      if (t.length > 0) index.signatures.push({ e, text: signature, t });
      const name = leadingErrorName(signature);
      if (name) addName(name, e);
    }
    const text = [source.title, ...source.aliases, source.summary].join(' ');
    index.texts.push({ e, t: unique(tokenize(normalizeErrorLine(text))), title: unique(tokenize(normalizeErrorLine(source.title))) });
    for (const name of source.aliases) addName(name, e);
  });
  // Symptoms first: a misspelt family name should land on the family.
  const symptomFirst = (a: number, b: number) =>
    Number(index.entries[a]!.type === 'cause') - Number(index.entries[b]!.type === 'cause') || a - b;
  index.names = [...names].map(([name, e]) => ({ name, e: e.sort(symptomFirst) }));
  return index;
}
