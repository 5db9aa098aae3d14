/**
 * The lookup index: a small JSON document built once from the knowledge base (at build time for
 * the browser, on the fly for the command line) and read by `createMatcher`.
 *
 * What is shipped is only the wording each entry is matched by (signature templates, title,
 * aliases, summary) and the links between entries. Everything derived from that wording (tokens,
 * the typo-tolerant name list) is computed once when the matcher is created (`expandLookupIndex`),
 * so the download is the text itself rather than its tokens: Japanese text cut into character
 * pairs is several times longer than the text.
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

/** One entry as shipped. Empty lists are left out to keep the document small. */
export interface LookupIndexEntry {
  id: string;
  type: 'symptom' | 'cause';
  title: string;
  summary: string;
  aliases?: string[];
  signatures?: string[];
  symptoms?: string[];
}

/** What `/api/lookup-index.json` serves and the command line caches. */
export interface LookupIndex {
  version: 2;
  entries: LookupIndexEntry[];
}

/** The index as the matcher reads it: the shipped wording with its tokens. */
export interface ExpandedIndex {
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
  /**
   * The aliases written in English (`starport-layer-bucket`), each as its words in order: a cause
   * may be named by one of them inside the variable part of its family's wording.
   */
  phrases: { e: number; t: string[] }[];
}

const unique = (tokens: string[]) => [...new Set(tokens)];
/** Japanese text: an alias for people to type, not a piece of an error message. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

export function buildLookupIndex(sources: readonly LookupSource[]): LookupIndex {
  return {
    version: 2,
    entries: sources.map(({ id, type, title, summary, aliases, signatures, symptoms }) => ({
      id,
      type,
      title,
      summary,
      ...(aliases.length > 0 ? { aliases: [...aliases] } : {}),
      ...(signatures.length > 0 ? { signatures: [...signatures] } : {}),
      ...(symptoms.length > 0 ? { symptoms: [...symptoms] } : {}),
    })),
  };
}

export function expandLookupIndex(index: LookupIndex): ExpandedIndex {
  if (index.version !== 2) throw new Error(`lookup index: version ${String(index.version)} is not 2 (rebuild the site or clear the cache)`);
  const out: ExpandedIndex = { entries: [], signatures: [], texts: [], names: [], phrases: [] };
  // One row per distinct name (an error name is shared by a family): fuzzy search cost grows
  // with distinct names, not with entries.
  const names = new Map<string, number[]>();
  const addName = (name: string, e: number) => {
    const list = names.get(name) ?? [];
    if (!list.includes(e)) list.push(e);
    names.set(name, list);
  };
  index.entries.forEach((entry, e) => {
    const aliases = entry.aliases ?? [];
    out.entries.push({ id: entry.id, type: entry.type, title: entry.title, symptoms: entry.symptoms ?? [] });
    for (const signature of entry.signatures ?? []) {
      const t = unique(tokenize(normalizeErrorLine(stripPlaceholders(signature))));
      if (t.length > 0) out.signatures.push({ e, text: signature, t });
      const name = leadingErrorName(signature);
      if (name) addName(name, e);
    }
    const text = [entry.title, ...aliases, entry.summary].join(' ');
    out.texts.push({ e, t: unique(tokenize(normalizeErrorLine(text))), title: unique(tokenize(normalizeErrorLine(entry.title))) });
    for (const name of aliases) addName(name, e);
    for (const alias of aliases) {
      if (CJK.test(alias)) continue;
      const t = tokenize(normalizeErrorLine(alias));
      if (t.length > 0) out.phrases.push({ e, t });
    }
  });
  // Symptoms first: a misspelt family name should land on the family.
  const symptomFirst = (a: number, b: number) =>
    Number(out.entries[a]!.type === 'cause') - Number(out.entries[b]!.type === 'cause') || a - b;
  out.names = [...names].map(([name, e]) => ({ name, e: e.sort(symptomFirst) }));
  return out;
}
