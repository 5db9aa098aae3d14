/**
 * Finds the knowledge-base entry a pasted error belongs to.
 *
 * A paste is first cut into the error messages it holds (`extractErrorMessages`); each message is
 * looked up on its own and the answers are merged, best score per entry.
 *
 * Signatures are scored by containment: how much of a signature's weight (IDF of its words) appears
 * in the message, squared, times the weight matched, times the signature's specificity. Noise in a
 * pasted line costs nothing, a fully present signature beats a partial one, a specific signature
 * beats a generic one (one common word, mostly placeholders), and a cause matched by its own tail
 * carries its family's evidence on top, so it ranks above the family; a cause whose tail is absent
 * does not. Japanese descriptions match titles, aliases and summaries by how much of the message
 * they cover. Short typed queries that match nothing exactly go through fuse.js, which tolerates
 * typos.
 */
import Fuse from 'fuse.js';
import { expandLookupIndex, type LookupIndex } from './lookup-index.ts';
import { maskIdentifiers, normalizeErrorLine } from './normalize.ts';
import { stripPlaceholders, tokenize } from './tokenize.ts';
import { extractErrorMessages } from './extract.ts';
import { highlightRanges } from './highlight.ts';
import { nameShortlist } from './name-shortlist.ts';
import { confidenceLevel, HIGH_CONTAINMENT, LEVEL_RANK, SPECIFIC, type ConfidenceLevel } from './confidence.ts';
import { causeInSymptomPath, causePath, symptomPath } from '../kb/urls.ts';
import { leadingErrorName, operationServices } from '../errors/names.ts';

export interface LookupResult {
  id: string;
  type: 'symptom' | 'cause';
  title: string;
  /** Site path: a cause opens inside the symptom that best fits the query. */
  url: string;
  /** Ranking score; only comparable within one query. */
  score: number;
  /**
   * 0..1: share of the message the match explains (its words, weighted by how rare they are,
   * found in the matched signature and, for a cause, its family's). For descriptions: share of the
   * message the entry's title, aliases and summary cover.
   */
  confidence: number;
  /** 0..1: share of the matched signature found in the message (1 for descriptions). */
  containment: number;
  /** 0..1: how specific the matched signature is; 0 for descriptions and typo guesses. */
  specificity: number;
  /** The entry's own distinctive text is in the message and the page says what to do. */
  actionable: boolean;
  /** 一致度, from `confidenceLevel`: label it with `confidenceLabel`. */
  level: ConfidenceLevel;
  /** Words of the message that matched, for highlighting. */
  matched: string[];
  /** The signature template that matched, when one did. */
  signature?: string;
  via: 'signature' | 'text' | 'fuzzy';
  /** The message (of those found in the paste) this result answers. */
  message: string;
}

/** A message whose best answer is only its family: the rest of it is not explained by any entry. */
export interface Uncovered {
  message: string;
  /** The part of the message the family's signature does not explain, identifiers masked. */
  rest: string;
  /** The family's result: where to start reading meanwhile. */
  family: LookupResult;
}

export interface PasteLookup {
  /** The error messages found in the paste, most telling first. */
  messages: string[];
  /** Best first, one per entry across all messages; each message's best answer is kept. */
  results: LookupResult[];
  uncovered: Uncovered[];
}

export interface Matcher {
  /** `lookupPaste(query, limit).results`. */
  lookup(query: string, limit?: number): LookupResult[];
  /** Every error message in the paste, looked up, merged, with what stays unexplained. */
  lookupPaste(paste: string, limit?: number): PasteLookup;
  /** One message as it is, without looking for messages inside it. */
  lookupMessage(message: string, limit?: number): LookupResult[];
}

/** A signature with this share present has every word in the message (rounding aside). */
const WHOLE = 0.999;
/** Below this share of a signature present, the signature is not considered matched. */
const MIN_CONTAINMENT = 0.5;
/** A signature of at most this many words must be in the message whole to count. */
const SHORT_SIGNATURE = 4;
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
 * Specificity of a signature: it takes this many informative words (rare across signatures, not
 * a placeholder) to be fully specific...
 */
const SPECIFIC_WORDS = 3;
/** ...a word in more than this share of all signatures is common, not informative... */
const COMMON_SHARE = 0.05;
/** ...and a generic signature keeps this share of its score (a specific one keeps all of it). */
const GENERIC_FLOOR = 0.5;
/** The rest of a message needs this many words of 3+ letters to be worth reporting as uncovered. */
const UNCOVERED_MIN_WORDS = 2;

/**
 * How much a word of a description says. Japanese runs are cut into overlapping pairs, so a
 * Japanese word yields one token per character while an English word or acronym (ALB, NLB, PENDING)
 * yields one token for all its letters: weigh ASCII words by their length (up to 4) to even that out.
 */
function textWeight(token: string, idf: number): number {
  return /^[a-z0-9]+$/.test(token) ? idf * Math.min(token.length, 4) : idf;
}
/** A Japanese character: the message was typed, not pasted. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
/** A run of English between Japanese text and sentence punctuation: one fragment of an error message. */
const ASCII_RUN = /[^\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
/** Where a typed Japanese sentence ends a clause. */
const CLAUSE_END = /[。、！？，]/;
/** A clause shorter than this is a fragment, not something to look up. */
const MIN_CLAUSE_CHARS = 4;
/** `...` or `…` in typed text: words left out. */
const ELLIPSIS = /\.{3,}|…/;
/** fuse.js is for what people type, not for pasted lines (it scores patterns in 32-char chunks). */
export const FUZZY_MAX_CHARS = 32;
/**
 * fuse.js scores at most this many names per query, those sharing the most character pairs with
 * it (`nameShortlist`): a few milliseconds of its time, however many names the index has.
 */
export const FUZZY_CANDIDATES = 250;
/** A fuse.js score at most this (0 is exact) is a name typed with one slip. */
const NEAR_NAME = 0.15;

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

/** A token that names an error: cannotpullcontainererror, accessdeniedexception. */
const ERROR_NAME_TOKEN = /^[a-z][a-z0-9]*(?:error|exception)$/;

/**
 * The signature names an error the message lacks, and the message names an error the signature
 * lacks: `..., InvalidParameterException: {message}` against `..., ServiceNotActiveException: ...`.
 * `messageNames` leaves out a name the message starts with: a wrapper, not the error in question.
 */
export function conflictingNames(
  signatureNames: readonly string[],
  messageNames: readonly string[],
  signatureTokens: readonly string[],
  messageTokens: ReadonlySet<string>,
): boolean {
  if (signatureNames.length === 0 || messageNames.length === 0) return false;
  if (signatureNames.every((n) => messageTokens.has(n))) return false;
  return messageNames.some((n) => !signatureTokens.includes(n));
}

/** The signature names AWS services in the SDK's wording and the message names only others. */
export function otherService(signatureServices: readonly string[], messageServices: readonly string[]): boolean {
  return signatureServices.length > 0 && messageServices.length > 0 && !signatureServices.some((s) => messageServices.includes(s));
}

/** A token of Japanese text: an overlapping pair of characters (see `tokenize`). */
const isJapanesePair = (t: string) => t.length === 2 && CJK_CHAR.test(t);

/** A word that can tell one error from another: not a one- or two-letter fragment (i/o, ms). */
const wordy = (t: string) => t.length >= 3;

/**
 * How much of a word a token is, for counting a wording's words: an English word is one, a
 * Japanese pair half (a Japanese word of two to four characters yields one to three pairs).
 */
const wordWeight = (t: string) => (wordy(t) ? 1 : isJapanesePair(t) ? 0.5 : 0);

/** `phrase` (words in order) appears in `words` as it is, its words next to each other. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = words.indexOf(phrase[0]!); start >= 0; start = words.indexOf(phrase[0]!, start + 1)) {
    let k = 1;
    while (k < phrase.length && words[start + k] === phrase[k]) k++;
    if (k === phrase.length) return true;
  }
  return false;
}

/**
 * An alias names a cause only with this many informative words (as `signatureSpecificity` counts
 * them): one word (`AccessDenied`, `ARM64`) is in too many messages about other things.
 */
const NAMING_WORDS = 2;

/**
 * 0..1 from the template alone: informative words (rare across all signatures) up to
 * `SPECIFIC_WORDS`, times a penalty when placeholders outnumber the literal words.
 */
export function signatureSpecificity(
  template: string,
  tokens: readonly string[],
  df: ReadonlyMap<string, number>,
  signatureCount: number,
): number {
  const common = Math.max(1, COMMON_SHARE * signatureCount);
  let informative = 0;
  let literal = 0;
  for (const t of tokens) {
    const w = wordWeight(t);
    literal += w;
    if ((df.get(t) ?? 0) <= common) informative += w;
  }
  const placeholders = (template.match(/\{[^}]*\}/g) ?? []).length;
  const placeholderPenalty = placeholders > literal ? literal / placeholders : 1;
  return Math.min(1, informative / SPECIFIC_WORDS) * placeholderPenalty;
}

export function createMatcher(shipped: LookupIndex): Matcher {
  const index = expandLookupIndex(shipped);
  const sigs = inverted(index.signatures);
  /** Scratch for `lookupMessage`: matched weight per signature, zero between lookups. */
  const massOf = new Float64Array(index.signatures.length);
  const texts = inverted(index.texts);
  // One key per wording (its words, sorted): a template repeated by a symptom and its cause is
  // one wording for specificity, and a wording several causes share tells none of them apart.
  const wordingOf = index.signatures.map((s) => [...s.t].sort().join(' '));
  const wordingDf = new Map<string, number>();
  const wordingCauses = new Map<string, Set<number>>();
  index.signatures.forEach((s, i) => {
    const key = wordingOf[i]!;
    let causes = wordingCauses.get(key);
    if (!causes) {
      causes = new Set();
      wordingCauses.set(key, causes);
      for (const t of s.t) wordingDf.set(t, (wordingDf.get(t) ?? 0) + 1);
    }
    if (index.entries[s.e]!.type === 'cause') causes.add(s.e);
  });
  /** A word in more wordings than this is common (as in `signatureSpecificity`). */
  const commonWording = Math.max(1, COMMON_SHARE * wordingCauses.size);
  /** Computed for the signatures that come up. */
  const specificityCache = new Float64Array(index.signatures.length).fill(-1);
  const specificity = (i: number) => {
    if (specificityCache[i]! < 0)
      specificityCache[i] = signatureSpecificity(index.signatures[i]!.text, index.signatures[i]!.t, wordingDf, wordingCauses.size);
    return specificityCache[i]!;
  };
  /** The word of signature `i` that the fewest signatures have (its most telling one). */
  const rarestCache = new Map<number, string>();
  const rarestToken = (i: number) => {
    let rarest = rarestCache.get(i);
    if (rarest === undefined) {
      const tokens = index.signatures[i]!.t;
      rarest = tokens[0]!;
      for (const t of tokens) if ((sigs.idf.get(t) ?? 0) > (sigs.idf.get(rarest) ?? 0)) rarest = t;
      rarestCache.set(i, rarest);
    }
    return rarest;
  };
  /** Several causes list signature `i`'s wording. */
  const sharedWording = (i: number) => (wordingCauses.get(wordingOf[i]!)?.size ?? 0) > 1;
  /** Error names that some signature starts with: the families the index knows by name. */
  const leadingNames = new Set(index.signatures.map((s) => leadingErrorName(s.text)?.toLowerCase()).filter((n) => n !== undefined));
  const errorNameOf = (i: number) => leadingErrorName(index.signatures[i]!.text)?.toLowerCase();
  /** Every error name a signature spells out (not placeholders), for telling one exception from another. */
  const namesOfSignature = index.signatures.map((s) => s.t.filter((t) => ERROR_NAME_TOKEN.test(t)));
  /** The AWS services a signature's SDK wording names (`operation error ECS: ...`). */
  const servicesOfSignature = index.signatures.map((s) => operationServices(s.text));
  /** Weight of a message word that no signature has: as rare as the rarest word. */
  const unknownWeight = Math.log(1 + Math.max(1, index.signatures.length));
  const phrases = namingPhrases();

  /**
   * The aliases that can name their cause inside a message: specific (`NAMING_WORDS` informative
   * words; an exit code is one word, `exit code 1` as much as `exitcode1`), the alias of one cause
   * only, and not whole in a signature of another entry (then it is that entry's wording, not a
   * name for this cause). Indexed by their rarest word, so a lookup checks only the aliases that
   * word can start.
   */
  function namingPhrases() {
    const list: { e: number; t: string[]; mass: number; informative: string[] }[] = [];
    const byToken = new Map<string, number[]>();
    const owners = new Map<string, Set<number>>();
    for (const { e, t } of index.phrases) {
      if (index.entries[e]!.type !== 'cause') continue;
      const key = t.join(' ');
      owners.set(key, (owners.get(key) ?? new Set()).add(e));
    }
    const df = (t: string) => sigs.postings.get(t)?.length ?? 0;
    const seen = new Set<string>();
    for (const { e, t } of index.phrases) {
      const key = t.join(' ');
      if (index.entries[e]!.type !== 'cause' || owners.get(key)!.size > 1 || seen.has(key)) continue;
      seen.add(key);
      const codes = t.filter((w) => /^exitcode\d+$/.test(w));
      const partOfCode = new Set(codes.length > 0 ? ['exit', 'code', ...codes.map((c) => c.slice('exitcode'.length))] : []);
      const informative = new Set(t.filter((w) => wordy(w) && !partOfCode.has(w) && (wordingDf.get(w) ?? 0) <= commonWording));
      if (informative.size < NAMING_WORDS) continue;
      let rarest = t[0]!;
      for (const w of t) if (df(w) < df(rarest)) rarest = w;
      const elsewhere = (sigs.postings.get(rarest) ?? []).some(
        (i) => sigs.items[i]!.e !== e && t.every((w) => sigs.items[i]!.tokens.includes(w)),
      );
      if (elsewhere) continue;
      let mass = 0;
      for (const w of new Set(t)) if (wordy(w) || /^\d+$/.test(w)) mass += sigs.idf.get(w) ?? unknownWeight;
      const p = list.push({ e, t, mass, informative: [...informative] }) - 1;
      byToken.set(rarest, [...(byToken.get(rarest) ?? []), p]);
    }
    return { list, byToken };
  }
  /** Built on the first typed query: most lookups are pastes and never need it. */
  let shortlist: ReturnType<typeof nameShortlist> | undefined;
  /** symptom id → its position in `index.entries`. */
  const symptomIndex = new Map<string, number>();
  index.entries.forEach((x, e) => x.type === 'symptom' && symptomIndex.set(x.id, e));
  /** Symptoms some cause belongs to: their page is a list of causes, not an answer. */
  const hasCauses = new Set<number>();
  for (const entry of index.entries) for (const id of entry.symptoms) if (symptomIndex.has(id)) hasCauses.add(symptomIndex.get(id)!);
  const sigsOfEntry = new Map<number, number[]>();
  sigs.items.forEach((item, i) => {
    const list = sigsOfEntry.get(item.e);
    if (list) list.push(i);
    else sigsOfEntry.set(item.e, [i]);
  });
  /** Words of a cause's family signatures (computed for the causes that come up). */
  const familyWords = new Map<number, Set<string>>();
  function familyTokens(e: number): Set<string> {
    let words = familyWords.get(e);
    if (!words) {
      words = new Set();
      for (const id of index.entries[e]!.symptoms)
        for (const i of sigsOfEntry.get(symptomIndex.get(id) ?? -1) ?? []) for (const t of sigs.items[i]!.tokens) words.add(t);
      familyWords.set(e, words);
    }
    return words;
  }

  /** Causes of each symptom (by position in `index.entries`), and each entry's description words. */
  const causesOf = new Map<number, number[]>();
  index.entries.forEach((x, e) => {
    for (const id of x.symptoms) {
      const f = symptomIndex.get(id);
      if (f === undefined) continue;
      const list = causesOf.get(f);
      if (list) list.push(e);
      else causesOf.set(f, [e]);
    }
  });
  const describedWords = new Map<number, Set<string>>();
  texts.items.forEach((item) => {
    const words = describedWords.get(item.e) ?? new Set<string>();
    for (const t of item.tokens) words.add(t);
    describedWords.set(item.e, words);
  });
  /**
   * The description of cause `e` names a code of the message (`exitcode1`, as `normalizeErrorLine`
   * writes exit codes, or a number of three digits or more: 404, 137) that no other cause of
   * family `f` names.
   */
  function distinguishes(e: number, f: number, queryTokens: ReadonlySet<string>): boolean {
    const own = describedWords.get(e);
    if (!own) return false;
    const siblings = (causesOf.get(f) ?? []).filter((c) => c !== e);
    for (const t of own) {
      if (!queryTokens.has(t) || !(/^[a-z]+\d+$/.test(t) || /^\d{3,}$/.test(t))) continue;
      if (siblings.every((c) => !describedWords.get(c)?.has(t))) return true;
    }
    return false;
  }

  /**
   * The words of signature `ref` that `family` lacks (a cause's own tail), weighed, and how much of
   * them the message has: all of its weight, whether a word of it is missing, how many of the
   * words found are informative.
   */
  function tailOf(ref: number, family: ReadonlySet<string>, queryTokens: ReadonlySet<string>) {
    let tailMass = 0;
    let tailFound = 0;
    // A word of its own tail that is not in the message ("memory" where the message says "CPU
    // units"): the rest of the tail may fit, but not all of it.
    let missingOwn = false;
    let informativeFound = 0;
    for (const t of sigs.items[ref]!.tokens) {
      if (family.has(t)) continue;
      const w = sigs.idf.get(t) ?? 0;
      tailMass += w;
      if (queryTokens.has(t)) {
        tailFound += w;
        if (wordy(t) && (wordingDf.get(t) ?? 0) <= commonWording) informativeFound++;
      } else if (wordy(t)) missingOwn = true;
    }
    return { tailMass, tailFound, missingOwn, informativeFound };
  }

  /**
   * For a message that mixes Japanese and English (typed, not pasted): the English fragments, each
   * matched against the signatures. Returns, per entry (its position in `index.entries`, which is
   * also its description's in `texts.items`), the words of the fragments found whole in one of its
   * signatures. A fragment counts when it has two
   * words of three letters or more, or one that is rare among signatures (`ecspresso`, an error name).
   */
  function fragmentHits(normalized: string): Map<number, Set<string>> {
    const hits = new Map<number, Set<string>>();
    if (!CJK_CHAR.test(normalized)) return hits;
    const seen = new Set<string>();
    // An ellipsis marks words left out: the parts on either side are fragments of their own.
    for (const run of [...normalized.matchAll(ASCII_RUN)].flatMap(([r]) => r.split(ELLIPSIS))) {
      const words = [...new Set(tokenize(run))].filter((t) => sigs.idf.has(t));
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const telling = words.filter(wordy);
      if (telling.length === 0 || (telling.length < 2 && (wordingDf.get(telling[0]!) ?? 0) > commonWording)) continue;
      let rarest = words[0]!;
      for (const t of words) if (sigs.postings.get(t)!.length < sigs.postings.get(rarest)!.length) rarest = t;
      // A fragment that many signatures hold ("failed with code") tells no entry apart, as a
      // common word does not: it is dropped once it has been found in more than the common share.
      const holders: number[] = [];
      for (const i of sigs.postings.get(rarest)!) {
        const tokens = sigs.items[i]!.tokens;
        if (!words.every((t) => tokens.includes(t))) continue;
        holders.push(sigs.items[i]!.e);
        if (holders.length > commonWording) break;
      }
      if (holders.length > commonWording) continue;
      for (const e of holders) {
        const set = hits.get(e) ?? new Set<string>();
        for (const t of words) set.add(t);
        hits.set(e, set);
      }
    }
    return hits;
  }

  /**
   * Cause `e`'s signatures hold a fragment word its families lack: it is narrower than they are. A
   * word that a family's title, aliases or summary use and the cause's do not is the family's, even
   * if none of the family's signatures has it: 「PENDING のまま RUNNING にならない」 describes the
   * pending family, it is not a piece of the Docker cause's `Ensure Docker is running`. (`must_env`,
   * named by the template family and by the must_env cause alike, stays the cause's.)
   */
  function ownFragment(e: number, words: ReadonlySet<string> | undefined): boolean {
    if (!words) return false;
    const family = familyTokens(e);
    const own = texts.items[e]!.tokens;
    const familyDescribes = (t: string) =>
      index.entries[e]!.symptoms.some((id) => texts.items[symptomIndex.get(id) ?? -1]?.tokens.includes(t) ?? false);
    for (const t of words) if (wordy(t) && !family.has(t) && (own.includes(t) || !familyDescribes(t))) return true;
    return false;
  }

  /** Results of causes narrower than their family in their message (see `lookupPaste`). */
  const narrower = new WeakSet<LookupResult>();
  const entryById = new Map(index.entries.map((x) => [x.id, x]));

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
    /** Share of the signature present (signature), of the message covered (text), fuse's (fuzzy). */
    containment: number;
    via: LookupResult['via'];
    /** Index into `index.signatures` (via signature) or `index.texts` (via text), or -1. */
    ref: number;
    /** For a cause: its own tail (words its family does not have) is present. */
    ownTail: boolean;
    /**
     * For a cause matched by its tail: a word of the tail is missing (a variant of the wording, or
     * a sibling's message); the share of the tail found.
     */
    incomplete?: number;
    /** A cause described by a code no sibling names: narrower than its family, like `ownTail`. */
    narrows?: true;
    /** For a cause matched by its tail: the family signature that matched best. */
    familyRef: number;
    /** For a cause matched by its tail: the family's evidence added to its own score. */
    familyScore?: number;
    /** For a cause with an incomplete tail: how specific the words of its tail found are (0..1). */
    foundSpecificity?: number;
    /** For a cause named by one of its aliases (index into `phrases.list`): the evidence is its family's and that alias. */
    alias?: number;
  }

  function lookupMessage(message: string, limit = 5): LookupResult[] {
    const normalized = normalizeErrorLine(message);
    // The message's words in order (an alias is found as a phrase) and as a set.
    const sequence = tokenize(normalized);
    const queryTokens = new Set(sequence);
    if (queryTokens.size === 0) return [];
    const found = new Map<number, Candidate>();
    const sigScoreByEntry = new Map<number, number>();
    const sigRefByEntry = new Map<number, number>();
    /** Per entry, its best specific signature found with every word (it may not be its best-scoring one). */
    const whole = new Map<number, { ref: number; containment: number; score: number }>();
    const keep = (e: number, candidate: Candidate) => {
      const current = found.get(e);
      if (!current || candidate.score > current.score) found.set(e, candidate);
    };

    // Signatures: containment of each signature in the query.
    // Summed in a typed array kept across lookups (a Map of thousands of entries per lookup was
    // most of the time at 10,000 signatures), in the order signatures are first hit.
    const touched: number[] = [];
    for (const t of queryTokens) {
      const w = sigs.idf.get(t);
      if (w === undefined) continue;
      for (const i of sigs.postings.get(t)!) {
        if (massOf[i] === 0) touched.push(i);
        massOf[i] = massOf[i]! + w;
      }
    }
    const matchedMass = new Float64Array(touched.length);
    touched.forEach((i, k) => {
      matchedMass[k] = massOf[i]!;
      massOf[i] = 0;
    });
    // The error name is the family: a signature named for one error does not match a message
    // that names another (a message naming none, a tail pasted alone, may still match it).
    const namedErrors = [...queryTokens].filter((t) => ERROR_NAME_TOKEN.test(t));
    // The name a message starts with may wrap others (CannotStartContainerError: ResourceInitializationError: ...).
    const innerNames = namedErrors.filter((t, k) => !(k === 0 && sequence[0] === t));
    // A message that starts with the name of a known family (`InternalError: ...`) belongs to it:
    // a generic signature that names no error at all is weaker evidence there than the family's own.
    const leading = sequence[0];
    const knownFamily = leading !== undefined && ERROR_NAME_TOKEN.test(leading) && leadingNames.has(leading);
    // A message that names a known error anywhere (`...; Error Code: InvalidParameterException`):
    // a signature that names no error and is only partly in the message is weak evidence there.
    const namesKnown = namedErrors.some((t) => leadingNames.has(t));
    // The service an SDK error names is part of what failed: `operation error S3: HeadObject` is
    // not an instance of a signature that spells `operation error ECS: {operation}`.
    const services = operationServices(message);
    for (let k = 0; k < touched.length; k++) {
      const i = touched[k]!;
      const mass = matchedMass[k]!;
      const sig = sigs.items[i]!;
      const containment = mass / sig.mass;
      if (containment < MIN_CONTAINMENT) continue;
      // A signature of a few words is found whole or not at all: three of `Agent exited with code
      // {code}` are in any "process exited with code 1".
      if (containment < WHOLE && sig.tokens.length <= SHORT_SIGNATURE) continue;
      const name = errorNameOf(i);
      if (name && namedErrors.length > 0 && !queryTokens.has(name)) continue;
      // Two exceptions in the same place: a signature that spells out an exception the message
      // does not have, where the message names one the signature does not, is another error.
      if (conflictingNames(namesOfSignature[i]!, innerNames, sig.tokens, queryTokens)) continue;
      if (otherService(servicesOfSignature[i]!, services)) continue;
      const unnamed =
        namesOfSignature[i]!.length === 0 && ((knownFamily && specificity(i) < SPECIFIC) || (namesKnown && containment < WHOLE));
      const score =
        containment * containment * mass * (GENERIC_FLOOR + (1 - GENERIC_FLOOR) * specificity(i)) * (unnamed ? GENERIC_FLOOR : 1);
      if (score > (sigScoreByEntry.get(sig.e) ?? 0)) {
        sigScoreByEntry.set(sig.e, score);
        sigRefByEntry.set(sig.e, i);
      }
      keep(sig.e, { score, containment, via: 'signature', ref: i, ownTail: false, familyRef: -1 });
      if (containment >= WHOLE && specificity(i) >= SPECIFIC && score > (whole.get(sig.e)?.score ?? 0))
        whole.set(sig.e, { ref: i, containment, score });
    }

    // Descriptions: how much of the query an entry's title, aliases and summary cover (kept once
    // the signatures are weighed: a family's description is evidence for its causes too).
    const described: { e: number; score: number; coverage: number; i: number }[] = [];
    const textScoreByEntry = new Map<number, number>();
    let queryMass = 0;
    for (const t of queryTokens) queryMass += textWeight(t, texts.idf.get(t) ?? Math.log(1 + texts.items.length));
    const covered = new Map<number, number>();
    for (const t of queryTokens) {
      const idf = texts.idf.get(t);
      if (idf === undefined) continue;
      const w = textWeight(t, idf);
      for (const i of texts.postings.get(t)!) covered.set(i, (covered.get(i) ?? 0) + w);
    }
    // Typed Japanese around an English fragment ("ecs-agent.log に Cluster not found"): the
    // Japanese words are matched by descriptions, the fragment is a piece of an error message and
    // is matched by signatures. An entry one of whose signatures holds the whole fragment covers
    // the fragment's words as if its description had them.
    const fragmentWords = fragmentHits(normalized);
    for (const [i, words] of fragmentWords) {
      const own = describedWords.get(i);
      let w = 0;
      for (const t of words) if (!own?.has(t)) w += textWeight(t, texts.idf.get(t) ?? Math.log(1 + texts.items.length));
      if (w > 0) covered.set(i, (covered.get(i) ?? 0) + w);
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
      const e = texts.items[i]!.e;
      described.push({ e, score, coverage, i });
      if (score > (textScoreByEntry.get(e) ?? 0)) textScoreByEntry.set(e, score);
    }

    // A message is the family's text plus the cause's tail: a cause matched by its own tail also
    // carries the evidence of its family symptom, so it ranks above that symptom. A cause whose
    // tail is missing matched only the family's words: it ranks below the family.
    let bestWhole = 0;
    const complete: number[] = [];
    const incomplete: number[] = [];
    /** Causes matched by their family's exact wording, which they alone claim. */
    const claimants: number[] = [];
    for (const [e, candidate] of found) {
      const entry = index.entries[e]!;
      if (entry.type !== 'cause' || candidate.via !== 'signature') continue;
      // The family's text is what its best signature matched in this message; when no family
      // signature matched, every family word counts.
      let named = -1;
      for (const id of entry.symptoms) {
        const f = symptomIndex.get(id) ?? -1;
        if ((sigScoreByEntry.get(f) ?? 0) > (sigScoreByEntry.get(named) ?? 0)) named = f;
      }
      const family = named >= 0 ? new Set(sigs.items[sigRefByEntry.get(named)!]!.tokens) : familyTokens(e);
      let { tailMass, tailFound, missingOwn, informativeFound } = tailOf(candidate.ref, family, queryTokens);
      // The best-scoring wording may be a longer variant the message only partly has (an older
      // spelling, a different prefix) while another wording of the same cause is in it whole: the
      // cause is then judged on that whole wording, its score kept.
      const alternative = whole.get(e);
      if ((missingOwn || tailFound < tailMass * MIN_CONTAINMENT) && alternative !== undefined && alternative.ref !== candidate.ref) {
        const tail = tailOf(alternative.ref, family, queryTokens);
        if (tail.tailMass > 0 && !tail.missingOwn) {
          ({ tailMass, tailFound, missingOwn, informativeFound } = tail);
          candidate.ref = alternative.ref;
          candidate.containment = alternative.containment;
          candidate.score = Math.max(candidate.score, alternative.score);
        }
      }
      if (entry.symptoms.length > 0) {
        if (tailMass > 0 && tailFound / tailMass < MIN_CONTAINMENT) {
          // It has a tail of its own and the tail is not in the message.
          candidate.score *= (tailFound / tailMass) * 0.5;
          continue;
        }
        // A cause may claim its family's exact wording: the whole signature is then its own, if
        // it is specific and no other cause claims the same words. Otherwise the message does
        // not tell this cause from its siblings: a candidate, ranked just under the family.
        if (
          tailMass === 0 &&
          !(specificity(candidate.ref) >= SPECIFIC && (wordingCauses.get(wordingOf[candidate.ref]!)?.size ?? 0) === 1)
        ) {
          candidate.score *= 0.9;
          continue;
        }
      }
      candidate.ownTail = true;
      if (missingOwn) {
        candidate.incomplete = tailFound / tailMass;
        candidate.foundSpecificity = Math.min(1, informativeFound / SPECIFIC_WORDS);
        incomplete.push(e);
      } else if (tailMass > 0) complete.push(e);
      else claimants.push(e);
      let familyScore = 0;
      for (const id of entry.symptoms) {
        const s = symptomIndex.get(id) ?? -1;
        const score = sigScoreByEntry.get(s) ?? 0;
        if (score > familyScore) {
          familyScore = score;
          candidate.familyRef = sigRefByEntry.get(s)!;
        }
      }
      // Found whole by words its family does not have, a cause also carries what its family's
      // description says about the message.
      if (tailMass > 0 && candidate.containment >= HIGH_CONTAINMENT)
        for (const id of entry.symptoms) familyScore = Math.max(familyScore, textScoreByEntry.get(symptomIndex.get(id) ?? -1) ?? 0);
      candidate.score += familyScore;
      candidate.familyScore = familyScore;
      // Whole: by its own tail, or by its family's exact wording when it is the only cause of the
      // family that matched (a family of many causes names none of them by its own words).
      const onlyCause = named >= 0 && (causesOf.get(named)?.length ?? 0) <= 1;
      if (!missingOwn && (tailMass > 0 || onlyCause) && candidate.containment >= HIGH_CONTAINMENT && specificity(candidate.ref) >= SPECIFIC)
        bestWhole = Math.max(bestWhole, candidate.score);
    }
    // A sibling whose whole tail is in the message explains it better than a cause missing words of
    // its own ("insufficient memory" against a message saying "insufficient CPU units"): the
    // incomplete one ranks below it, by the share of its tail that was found.
    for (const e of incomplete) {
      const families = index.entries[e]!.symptoms;
      let rival = 0;
      for (const c of complete)
        if (index.entries[c]!.symptoms.some((id) => families.includes(id))) rival = Math.max(rival, found.get(c)!.score);
      const candidate = found.get(e)!;
      if (rival > 0) candidate.score = Math.min(candidate.score * candidate.incomplete!, rival * candidate.incomplete!);
      // With no such sibling, what was found of its tail says whether the words are its own or a
      // chance meeting ("error creating" inside "error creating device nodes" is not "Error
      // creating Docker client"): it carries its family's evidence only as far as those found
      // words are informative, so a chance match stays below the family.
      else candidate.score -= candidate.familyScore! * (1 - candidate.foundSpecificity!);
    }
    // A cause that claims its family's wording is that family's answer only until a sibling's own
    // words turn up after it: the agent's "Agent will terminally exit, unable to register container
    // instance:" wraps the error that says why ("ClientException: Cluster not found."). A sibling
    // found by informative words of its own tail is the narrower answer, as a cause matched by its
    // tail is narrower than its family; the claimant ranks under it and is no longer its own answer.
    for (const e of claimants) {
      const candidate = found.get(e)!;
      // Only a wording left open (ending in a colon or a placeholder) wraps another error.
      if (!/[:}]$/.test(index.signatures[candidate.ref]!.text.trim())) continue;
      const claimed = wordingOf[candidate.ref];
      let rival = 0;
      for (const c of [...complete, ...incomplete]) {
        const sibling = found.get(c)!;
        // Its tail is what follows this very wording, and informative.
        if (sibling.familyRef < 0 || wordingOf[sibling.familyRef] !== claimed || (sibling.foundSpecificity ?? 1) < 0.5) continue;
        rival = Math.max(rival, sibling.score);
      }
      if (rival > 0 && candidate.score >= rival) {
        candidate.score = rival * 0.9;
        candidate.ownTail = false;
      }
    }

    // A cause named by one of its aliases inside the variable part of its family's wording (a
    // CannotPullContainerError whose URL is the ECR layer bucket's, `starport-layer-bucket`): the
    // alias is a tail the cause has no signature for. It carries its family's evidence and half the
    // alias's weight (as a generic signature keeps half its score), so it ranks above the family
    // and, as a rule, below a sibling whose own signature is in the message; it is never its own
    // answer (高): no wording of the cause was found.
    for (const t of queryTokens) {
      for (const p of phrases.byToken.get(t) ?? []) {
        const phrase = phrases.list[p]!;
        if (!containsPhrase(sequence, phrase.t)) continue;
        // As a tail is: words its families' wordings do not have.
        const family = familyTokens(phrase.e);
        if (phrase.informative.filter((w) => !family.has(w)).length < NAMING_WORDS) continue;
        const entry = index.entries[phrase.e]!;
        let familyScore = 0;
        let evidence: Candidate | undefined;
        for (const id of entry.symptoms) {
          const f = symptomIndex.get(id) ?? -1;
          const candidate = found.get(f);
          const score = Math.max(sigScoreByEntry.get(f) ?? 0, textScoreByEntry.get(f) ?? 0);
          if (candidate && candidate.via !== 'fuzzy' && score > familyScore) {
            familyScore = score;
            evidence = candidate;
          }
        }
        if (!evidence) continue;
        keep(phrase.e, {
          score: familyScore + GENERIC_FLOOR * phrase.mass,
          containment: evidence.containment,
          via: evidence.via,
          ref: evidence.ref,
          ownTail: false,
          familyRef: -1,
          narrows: true,
          alias: p,
        });
      }
    }

    // A cause found whole by a specific signature with words its family does not have is the
    // strongest evidence there is: no description, whose score counts words on another scale
    // (a family's title, say), may outrank it.
    const textCap = bestWhole > 0 ? TEXT_WEIGHT * bestWhole : Infinity;
    for (const d of described) {
      // A cause described by a code of the message that none of its siblings has
      // (exit code 1 among exit codes 137, 139...) is the narrower answer: it carries its family's
      // evidence on top, as a cause matched by its own tail does.
      let score = d.score;
      let narrows = false;
      const entry = index.entries[d.e]!;
      if (entry.type === 'cause') {
        let familyScore = 0;
        for (const id of entry.symptoms) {
          const f = symptomIndex.get(id) ?? -1;
          if (!distinguishes(d.e, f, queryTokens) && !ownFragment(d.e, fragmentWords.get(d.i))) continue;
          narrows = true;
          familyScore = Math.max(familyScore, sigScoreByEntry.get(f) ?? 0, textScoreByEntry.get(f) ?? 0);
        }
        score += familyScore;
      }
      keep(d.e, {
        score: Math.min(textCap, score),
        containment: d.coverage,
        via: 'text',
        ref: d.i,
        ownTail: false,
        familyRef: -1,
        ...(narrows ? { narrows: true as const } : {}),
      });
    }

    // Typed and misspelt: fuse.js over names, only for short queries with no confident match.
    const trimmed = message.trim();
    let bestContainment = 0;
    let floor = 0;
    let best = 0;
    for (const c of found.values()) {
      bestContainment = Math.max(bestContainment, c.containment);
      floor = Math.min(floor, c.score);
      best = Math.max(best, c.score);
    }
    if (trimmed.length <= FUZZY_MAX_CHARS && bestContainment < 0.8) {
      shortlist ??= nameShortlist(index.names.map((n) => n.name));
      const fuse = new Fuse(
        shortlist(trimmed, FUZZY_CANDIDATES).map((i) => index.names[i]!),
        { keys: ['name'], includeScore: true, threshold: 0.4, ignoreLocation: true },
      );
      for (const hit of fuse.search(trimmed, { limit: limit * 2 })) {
        const containment = (1 - (hit.score ?? 1)) * 0.7;
        // A name one slip away from the query ("proxy-regitry-secret") is what was meant: it ranks
        // above descriptions that share a word or two with the query. Looser likenesses rank below
        // every real match. Entries sharing the name keep its order (symptoms first).
        const near = (hit.score ?? 1) <= NEAR_NAME;
        const base = near ? best : floor;
        hit.item.e.slice(0, limit).forEach((e, rank) => {
          const score = base + containment * 0.01 - rank * 1e-6;
          const current = found.get(e);
          // An entry the query's words also found (as weakly as others) is lifted to where its
          // name puts it, keeping what was found.
          if (current) {
            if (near && current.score < score) found.set(e, { ...current, score });
          } else keep(e, { score, containment, via: 'fuzzy', ref: -1, ownTail: false, familyRef: -1 });
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
    // Share of the message explained: its words, weighted by rarity among signatures. Japanese
    // pairs count when the explaining wording is Japanese (the console's Japanese event text);
    // around an English wording they are someone's typed question, not part of the error.
    const weight = (t: string, japanese: boolean) =>
      wordy(t) || /^\d+$/.test(t) || (japanese && isJapanesePair(t)) ? (sigs.idf.get(t) ?? unknownWeight) : 0;
    const messageMass = (japanese: boolean) => {
      let mass = 0;
      for (const t of queryTokens) mass += weight(t, japanese);
      return mass;
    };
    const masses = [messageMass(false), messageMass(true)] as const;
    const explained = (words: Iterable<string>) => {
      const unique = new Set(words);
      const japanese = [...unique].some(isJapanesePair);
      const total = masses[japanese ? 1 : 0];
      if (total === 0) return 0;
      let mass = 0;
      for (const t of unique) if (queryTokens.has(t)) mass += weight(t, japanese);
      return mass / total;
    };
    return top.map(([e, c]) => {
      const entry = index.entries[e]!;
      const result = toResult(e, c, entry);
      if (entry.type === 'cause' && (c.ownTail || c.narrows)) narrower.add(result);
      return result;
    });
    function toResult(e: number, c: Candidate, entry: (typeof index.entries)[number]): LookupResult {
      const tokens = c.via === 'signature' ? sigs.items[c.ref]!.tokens : c.via === 'text' ? texts.items[c.ref]!.tokens : [];
      const explaining = [
        ...tokens,
        ...(c.familyRef >= 0 ? sigs.items[c.familyRef]!.tokens : []),
        ...(c.alias !== undefined ? phrases.list[c.alias]!.t : []),
      ];
      const evidence = {
        via: c.via,
        confidence: c.via === 'signature' || c.alias !== undefined ? explained(explaining) : c.containment,
        containment: c.containment,
        specificity: c.via === 'signature' ? specificity(c.ref) : 0,
        // A wording that several causes list ("Request timed out": a security group, or a slow
        // application) does not say which of them it is: a candidate, not an answer. Nor does a
        // wording found without its most telling word: `... not authorized to perform:
        // ecs:RegisterContainerInstance ...` shares all its boilerplate with `... ecs:ExecuteCommand ...`.
        actionable:
          c.via === 'signature' &&
          (c.containment >= WHOLE || queryTokens.has(rarestToken(c.ref))) &&
          (entry.type === 'cause' ? c.ownTail && c.incomplete === undefined && !sharedWording(c.ref) : !hasCauses.has(e)),
      };
      return {
        id: entry.id,
        type: entry.type,
        title: entry.title,
        url: urlFor(e, sigScoreByEntry),
        score: c.score,
        ...evidence,
        level: confidenceLevel(evidence),
        matched: explaining.filter((t, i, all) => queryTokens.has(t) && all.indexOf(t) === i),
        ...(c.via === 'signature' ? { signature: index.signatures[c.ref]!.text } : {}),
        via: c.via,
        message,
      };
    }
  }

  /** The part of a message its family's signature leaves unexplained, or null when none is left. */
  /**
   * Where the words of a signature sit in a message, taken in the signature's order: each word at
   * its first place after the previous one. The same word further on ("failed to create shim task"
   * after "failed to create new container runtime task: ") belongs to the rest of the message, not
   * to the signature, and words of the signature that are missing are skipped.
   */
  function familyWordsInOrder(text: string, template: string): [number, number][] {
    const out: [number, number][] = [];
    let at = 0;
    for (const token of tokenize(normalizeErrorLine(stripPlaceholders(template)))) {
      const next = highlightRanges(text, [token]).find(([s]) => s >= at);
      if (!next) continue;
      out.push(next);
      at = next[1];
    }
    return out;
  }

  function uncoveredRest(message: string, results: LookupResult[]): Uncovered | null {
    const family = results[0];
    if (!family || family.type !== 'symptom' || family.via !== 'signature' || family.actionable) return null;
    if (results.some((r) => r.actionable)) return null;
    // The stretches between the family's words, each trimmed of separators; stretches without a
    // word of three letters ("5", "(s)") are leftovers of the family's own text.
    const shown = message.replace(/\b(retried)\s+\d+\s+times?(?:\(s\))?/gi, '$1');
    const gaps: string[] = [];
    let at = 0;
    const ranges: [number, number][] = [...familyWordsInOrder(shown, family.signature!), [shown.length, shown.length]];
    for (const [s, e] of ranges) {
      const gap = maskIdentifiers(shown.slice(at, s))
        .replace(/\s+/g, ' ')
        .replace(/^[\s:;,.\-–—/|()[\]"']+|[\s:;,\-–—/|([\]"']+$/g, '');
      if (/[A-Za-z\u3040-\u9fff]{3}/.test(gap)) gaps.push(gap);
      at = e;
    }
    const rest = gaps.join(' … ');
    const words = tokenize(normalizeErrorLine(rest)).filter(wordy);
    if (new Set(words).size < UNCOVERED_MIN_WORDS) return null;
    return { message, rest, family };
  }

  function lookupPaste(paste: string, limit = 5): PasteLookup {
    let messages = extractErrorMessages(paste);
    let perMessage = messages.map((m) => lookupMessage(m, limit));
    // A typed description of several clauses can name the family in one and the cause in another
    // (「EFS に接続できなくなった。片方の AZ だけ起動失敗、SG で 2049 を許可していなかった」) and, whole,
    // cover too little of any entry: when nothing matched, each clause is a message of its own.
    if (perMessage.every((list) => list.length === 0)) {
      const clauses = messages.flatMap((m) =>
        CJK_CHAR.test(m) ? m.split(CLAUSE_END).filter((c) => c.trim().length >= MIN_CLAUSE_CHARS) : [],
      );
      if (clauses.length > 1) {
        messages = clauses.map((c) => c.trim());
        perMessage = messages.map((m) => lookupMessage(m, limit));
      }
    }
    // A cause narrower than its family in one message (its own tail, a code no sibling names)
    // carries that family's evidence from the other messages of the paste too: a wait log whose
    // last line names the family and whose events name the cause lands on the cause.
    if (messages.length > 1)
      perMessage.forEach((list, i) => {
        list.forEach((r, k) => {
          if (!narrower.has(r)) return;
          let familyScore = 0;
          for (const id of entryById.get(r.id)?.symptoms ?? [])
            perMessage.forEach((other, j) => {
              if (j !== i) familyScore = Math.max(familyScore, other.find((x) => x.id === id)?.score ?? 0);
            });
          if (familyScore > 0) list[k] = { ...r, score: r.score + familyScore };
        });
        list.sort((a, b) => b.score - a.score);
      });
    const best = new Map<string, LookupResult>();
    for (const list of perMessage) for (const r of list) if (r.score > (best.get(r.id)?.score ?? -Infinity)) best.set(r.id, r);
    // Every message keeps its best answer while there is room, the strongest answers first (by
    // label, then score): a paste whose first lines are a tool's chatter ("1 Tasks have failed") and
    // whose last line is the error keeps the error's answer. Then the rest by score.
    const chosen = new Set<string>();
    const heads = perMessage.flatMap((list) => (list[0] ? [list[0]] : []));
    heads.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.score - a.score);
    for (const head of heads) if (chosen.size < limit) chosen.add(head.id);
    for (const r of [...best.values()].sort((a, b) => b.score - a.score)) {
      if (chosen.size >= limit) break;
      chosen.add(r.id);
    }
    // Scores of different messages are on different scales (a description's score counts words,
    // a signature's weighs them): across messages, a message's best answer labelled 高 (its own
    // text is in its message and its page says what to do) leads, whatever the other messages'
    // scores. The order within one message stays by score.
    const leaders = new Set(perMessage.flatMap((list) => (list[0]?.level === 'high' ? [list[0].id] : [])));
    const rank = (r: LookupResult) => (messages.length > 1 && r.level === 'high' && leaders.has(r.id) ? 1 : 0);
    const results = [...chosen].map((id) => best.get(id)!).sort((a, b) => rank(b) - rank(a) || b.score - a.score);
    const uncovered: Uncovered[] = [];
    perMessage.forEach((list, i) => {
      const u = uncoveredRest(messages[i]!, list);
      if (u) uncovered.push(u);
    });
    return { messages, results, uncovered };
  }

  return { lookup: (query, limit) => lookupPaste(query, limit).results, lookupPaste, lookupMessage };
}
