/**
 * Noto Sans JP from @fontsource (no network): the package splits the font into ~120 files by
 * unicode-range. For each card we load only the files that cover its characters; characters no
 * file covers are reported so the caller can substitute them (the fallback).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Weight = 400 | 700;

interface Subset {
  file: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));

function parseRanges(css: string): Subset[] {
  const subsets: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    subsets.push({ file, ranges });
  }
  return subsets;
}

const subsetsByWeight = new Map<Weight, Subset[]>();
const buffers = new Map<string, Buffer>();

function subsets(weight: Weight): Subset[] {
  let list = subsetsByWeight.get(weight);
  if (!list) {
    list = parseRanges(readFileSync(join(packageDir, `${weight}.css`), 'utf8'));
    subsetsByWeight.set(weight, list);
  }
  return list;
}

const covers = (s: Subset, cp: number) => s.ranges.some(([a, b]) => cp >= a && cp <= b);

/** The CSS font-family list for a selection. */
export function familyList(selection: FontSelection): string {
  return selection.fonts.map((f) => `'${f.name}'`).join(', ');
}

export interface FontSelection {
  fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[];
  /** Characters of `text` that no subset covers. */
  missing: Set<string>;
}

/** Drawn in place of a character no font file covers. */
export const FALLBACK_CHAR = '〓';

/** The subset files that cover `text` (and the fallback mark) at `weight`. */
export function fontsFor(text: string, weight: Weight): FontSelection {
  text += FALLBACK_CHAR;
  const needed = new Set<Subset>();
  const missing = new Set<string>();
  for (const ch of new Set(text)) {
    if (/\s/.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const subset = subsets(weight).find((s) => covers(s, cp));
    if (subset) needed.add(subset);
    else missing.add(ch);
  }
  const fonts = [...needed].map((s) => {
    let data = buffers.get(s.file);
    if (!data) {
      data = readFileSync(join(packageDir, 'files', s.file));
      buffers.set(s.file, data);
    }
    // One family name per file: satori picks glyphs across families in order, not across files
    // that share one name.
    return { name: `Noto Sans JP ${s.file}`, data, weight, style: 'normal' as const };
  });
  return { fonts, missing };
}

/** Replace characters no font file can draw with a visible placeholder, so no glyph is silently lost. */
export function withFallback(text: string, missing: ReadonlySet<string>): string {
  if (missing.size === 0) return text;
  return [...text].map((ch) => (missing.has(ch) ? FALLBACK_CHAR : ch)).join('');
}
