/**
 * Words of a normalised text. ASCII runs are words ("cannotpullcontainererror", "429"); Japanese
 * runs become overlapping character pairs, so ヘルスチェック and ヘルス チェック, or 再起動 inside a
 * longer phrase, share tokens however a person splits them.
 */
const WORD = /[a-z0-9]+(?:[._][a-z0-9]+)*|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u30fc]+/g;
const CJK = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u30fc]/;

/** Function words that carry no meaning for matching. */
const STOP = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'is', 'be', 'or', 'and', 'at', 'by', 'as', 'it']);

export function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  for (const [word] of normalized.matchAll(WORD)) {
    if (CJK.test(word)) {
      if (word.length === 1) tokens.push(word);
      for (let i = 0; i + 1 < word.length; i++) tokens.push(word.slice(i, i + 2));
    } else {
      for (const part of word.split(/[._]/)) if (part && !STOP.has(part)) tokens.push(part);
    }
  }
  return tokens;
}

/** Placeholders in signature templates (`{image}`) are not words of the message. */
export function stripPlaceholders(template: string): string {
  return template.replace(/\{[^}]*\}/g, ' ');
}
