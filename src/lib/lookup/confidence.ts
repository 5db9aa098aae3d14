/**
 * 一致度: how far a result can be trusted, in three steps. One function for the search page and
 * the command line, so both say the same thing about the same match.
 *
 * - 高: a cause (or a symptom with no causes to choose from) whose own distinctive text is in the
 *   message, matched by a specific signature that explains most of what was pasted. Something a
 *   person can act on.
 * - 中: the right family, or a cause that explains only part of the message.
 * - 低: a loose match: a generic signature, a description that covers little, a typo guess.
 */

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export interface ConfidenceEvidence {
  via: 'signature' | 'text' | 'fuzzy';
  /** 0..1: share of the pasted message the match explains. */
  confidence: number;
  /** 0..1: share of the matched signature found in the message (1 for descriptions). */
  containment: number;
  /** 0..1: how specific the matched signature is (informative words, few placeholders). */
  specificity: number;
  /** The entry's own distinctive text is present and the entry says what to do. */
  actionable: boolean;
}

/** A signature at least this specific can reach 高. */
export const SPECIFIC = 0.99;
/** 高 needs this much of the signature present... */
export const HIGH_CONTAINMENT = 0.8;
/** ...and this much of the message explained. */
const HIGH_EXPLAINED = 0.45;

export function confidenceLevel(r: ConfidenceEvidence): ConfidenceLevel {
  if (r.via === 'signature') {
    if (r.actionable && r.specificity >= SPECIFIC && r.containment >= HIGH_CONTAINMENT && r.confidence >= HIGH_EXPLAINED) return 'high';
    if (r.specificity >= 0.5 || r.confidence >= 0.5) return 'medium';
    return 'low';
  }
  if (r.via === 'text') return r.confidence >= 0.5 ? 'medium' : 'low';
  return 'low';
}

/** For ordering: the higher, the more a result can be trusted. */
export const LEVEL_RANK: Record<ConfidenceLevel, number> = { high: 2, medium: 1, low: 0 };

const WORDS: Record<ConfidenceLevel, string> = { high: '高', medium: '中', low: '低' };

/** 「一致度: 高」: the label shown next to a result, on the site and in the terminal. */
export function confidenceLabel(level: ConfidenceLevel): string {
  return `一致度: ${WORDS[level]}`;
}
