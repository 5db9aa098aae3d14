/**
 * Finds the knowledge-base entry a pasted error belongs to.
 *
 * Signatures are scored by containment: how much of a signature's weight (IDF of its words) appears
 * in the query, squared, times the weight matched. Noise in a pasted line costs nothing, a fully
 * present signature beats a partial one, and among fully present signatures the more specific one
 * (more rare words: a cause's tail) beats the family symptom. Japanese descriptions match titles,
 * aliases and summaries by how much of the query they cover. Short typed queries that match
 * nothing exactly go through fuse.js, which tolerates typos.
 */
import Fuse from 'fuse.js';
import type { LookupIndex } from './lookup-index.ts';
import { normalizeErrorLine } from './normalize.ts';
import { tokenize } from './tokenize.ts';
import { causeInSymptomPath, causePath, symptomPath } from '../kb/urls.ts';

export interface LookupResult {
  id: string;
  type: 'symptom' | 'cause';
  title: string;
  /** Site path: a cause opens inside the symptom that best fits the query. */
  url: string;
  /** Ranking score; only comparable within one query. */
  score: number;
  /** 0..1: share of the matched signature (or of the query, for descriptions) that was found. */
  confidence: number;
  /** Words of the query that matched, for highlighting. */
  matched: string[];
  /** The signature template that matched, when one did. */
  signature?: string;
  via: 'signature' | 'text' | 'fuzzy';
}

export interface Matcher {
  lookup(query: string, limit?: number): LookupResult[];
}

/** Below this share of a signature present, the signature is not considered matched. */
const MIN_CONTAINMENT = 0.5;
const MIN_COVERAGE = 0.3;
/** Descriptions weigh a little less than signatures, so an error text always wins a tie. */
const TEXT_WEIGHT = 0.8;
/**
 * A description names what the engineer sees: symptoms are the better landing page for it than
 * any one cause (the symptom lists every cause with its check).
 */
const TEXT_CAUSE_WEIGHT = 0.8;
/** Up to this share more for an entry whose own title the description covers. */
const TITLE_BONUS = 0.5;

/**
 * How much a word of a description says. Japanese runs are cut into overlapping pairs, so a
 * Japanese word yields one token per character while an English word or acronym (ALB, NLB, PENDING)
 * yields one token for all its letters: weigh ASCII words by their length (up to 4) to even that out.
 */
function textWeight(token: string, idf: number): number {
  return /^[a-z0-9]+$/.test(token) ? idf * Math.min(token.length, 4) : idf;
}
/** fuse.js is for what people type, not for pasted lines (it scores patterns in 32-char chunks). */
export const FUZZY_MAX_CHARS = 32;

interface Posting {
  tokens: string[];
  mass: number;
  e: number;
}

function inverted(docs: { t: string[]; e: number }[]) {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.t) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + docs.length / n));
  const postings = new Map<string, number[]>();
  const items: Posting[] = docs.map((d, i) => {
    for (const t of d.t) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
    return { tokens: d.t, e: d.e, mass: d.t.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0) };
  });
  return { idf, postings, items };
}

export function createMatcher(index: LookupIndex): Matcher {
  const sigs = inverted(index.signatures);
  const texts = inverted(index.texts);
  let fuse: Fuse<{ name: string; e: number[] }> | undefined;
  /** symptom id → its position in `index.entries`. */
  const symptomIndex = new Map<string, number>();
  index.entries.forEach((x, e) => x.type === 'symptom' && symptomIndex.set(x.id, e));

  function urlFor(e: number, sigScoreByEntry: Map<number, number>): string {
    const entry = index.entries[e]!;
    if (entry.type === 'symptom') return symptomPath(entry.id);
    if (entry.symptoms.length === 0) return causePath(entry.id);
    // Open the cause inside the symptom whose own signature fits this query best.
    let best = entry.symptoms[0]!;
    let bestScore = 0;
    for (const symptomId of entry.symptoms) {
      const s = sigScoreByEntry.get(symptomIndex.get(symptomId) ?? -1) ?? 0;
      if (s > bestScore) {
        best = symptomId;
        bestScore = s;
      }
    }
    return causeInSymptomPath(best, entry.id);
  }

  /** The best evidence found for one entry; turned into a result only if it makes the top. */
  interface Candidate {
    score: number;
    confidence: number;
    via: LookupResult['via'];
    /** Index into `index.signatures` (via signature) or `index.texts` (via text), or -1. */
    ref: number;
  }

  function lookup(query: string, limit = 5): LookupResult[] {
    const normalized = normalizeErrorLine(query);
    const queryTokens = new Set(tokenize(normalized));
    if (queryTokens.size === 0) return [];
    const found = new Map<number, Candidate>();
    const sigScoreByEntry = new Map<number, number>();
    const keep = (e: number, candidate: Candidate) => {
      const current = found.get(e);
      if (!current || candidate.score > current.score) found.set(e, candidate);
    };

    // Signatures: containment of each signature in the query.
    const matchedMass = new Map<number, number>();
    for (const t of queryTokens) {
      const w = sigs.idf.get(t);
      if (w === undefined) continue;
      for (const i of sigs.postings.get(t)!) matchedMass.set(i, (matchedMass.get(i) ?? 0) + w);
    }
    for (const [i, mass] of matchedMass) {
      const sig = sigs.items[i]!;
      const containment = mass / sig.mass;
      if (containment < MIN_CONTAINMENT) continue;
      const score = containment * containment * mass;
      if (score > (sigScoreByEntry.get(sig.e) ?? 0)) sigScoreByEntry.set(sig.e, score);
      keep(sig.e, { score, confidence: containment, via: 'signature', ref: i });
    }

    // A message is the family's text plus the cause's tail: a cause matched by its own signature
    // also carries the evidence of its family symptom, so it ranks above that symptom.
    for (const [e, candidate] of found) {
      const entry = index.entries[e]!;
      if (entry.type !== 'cause') continue;
      let family = 0;
      for (const id of entry.symptoms) family = Math.max(family, sigScoreByEntry.get(symptomIndex.get(id) ?? -1) ?? 0);
      candidate.score += family;
    }

    // Descriptions: how much of the query an entry's title, aliases and summary cover.
    let queryMass = 0;
    for (const t of queryTokens) queryMass += textWeight(t, texts.idf.get(t) ?? Math.log(1 + texts.items.length));
    const covered = new Map<number, number>();
    for (const t of queryTokens) {
      const idf = texts.idf.get(t);
      if (idf === undefined) continue;
      const w = textWeight(t, idf);
      for (const i of texts.postings.get(t)!) covered.set(i, (covered.get(i) ?? 0) + w);
    }
    const weightOf = (t: string) => textWeight(t, texts.idf.get(t) ?? 0);
    for (const [i, mass] of covered) {
      const coverage = mass / queryMass;
      if (coverage < MIN_COVERAGE) continue;
      const entry = index.entries[texts.items[i]!.e]!;
      // Among equally covering entries, prefer the one whose title the query describes.
      const title = index.texts[i]!.title;
      let titleMass = 0;
      let titleMatched = 0;
      for (const t of title) {
        titleMass += weightOf(t);
        if (queryTokens.has(t)) titleMatched += weightOf(t);
      }
      const titleShare = titleMass > 0 ? titleMatched / titleMass : 0;
      const score =
        TEXT_WEIGHT * (entry.type === 'cause' ? TEXT_CAUSE_WEIGHT : 1) * coverage * coverage * mass * (1 + TITLE_BONUS * titleShare);
      keep(texts.items[i]!.e, { score, confidence: coverage, via: 'text', ref: i });
    }

    // Typed and misspelt: fuse.js over names, only for short queries with no confident match.
    const trimmed = query.trim();
    let bestConfidence = 0;
    let floor = 0;
    for (const c of found.values()) {
      bestConfidence = Math.max(bestConfidence, c.confidence);
      floor = Math.min(floor, c.score);
    }
    if (trimmed.length <= FUZZY_MAX_CHARS && bestConfidence < 0.8) {
      fuse ??= new Fuse(index.names, { keys: ['name'], includeScore: true, threshold: 0.4, ignoreLocation: true });
      for (const hit of fuse.search(trimmed, { limit: limit * 2 })) {
        const confidence = (1 - (hit.score ?? 1)) * 0.7;
        // Entries sharing the name keep its order (symptoms first) through a tiny decreasing bonus.
        hit.item.e.slice(0, limit).forEach((e, rank) => {
          if (!found.has(e)) keep(e, { score: floor + confidence * 0.01 - rank * 1e-6, confidence, via: 'fuzzy', ref: -1 });
        });
      }
    }

    // Only the winners become results (matched words, URL): at 10,000 signatures most candidates never do.
    const top: [number, Candidate][] = [];
    for (const entry of found) {
      if (top.length < limit || entry[1].score > top[top.length - 1]![1].score) {
        top.push(entry);
        top.sort((a, b) => b[1].score - a[1].score);
        if (top.length > limit) top.pop();
      }
    }
    return top.map(([e, c]) => {
      const entry = index.entries[e]!;
      const tokens = c.via === 'signature' ? sigs.items[c.ref]!.tokens : c.via === 'text' ? texts.items[c.ref]!.tokens : [];
      return {
        id: entry.id,
        type: entry.type,
        title: entry.title,
        url: urlFor(e, sigScoreByEntry),
        score: c.score,
        confidence: c.confidence,
        matched: tokens.filter((t) => queryTokens.has(t)),
        ...(c.via === 'signature' ? { signature: index.signatures[c.ref]!.text } : {}),
        via: c.via,
      };
    });
  }

  return { lookup };
}
