/**
 * Noto Sans JP from @fontsource (no network): the package splits the font into ~120 files by
 * unicode-range. A card loads only the files that cover its characters (each once per process);
 * a character no file covers has no glyph here, and the card draws its missing-glyph box instead.
 */
import { readFileSync } from 'node:fs';
import { create, type Font, type Glyph } from 'fontkitten';
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

function subsets(weight: Weight): Subset[] {
  let list = subsetsByWeight.get(weight);
  if (!list) {
    list = parseRanges(readFileSync(join(packageDir, `${weight}.css`), 'utf8'));
    subsetsByWeight.set(weight, list);
  }
  return list;
}

const covers = (s: Subset, cp: number) => s.ranges.some(([a, b]) => cp >= a && cp <= b);

/** The subset that covers a code point (null: none does), remembered: every card asks for the same kana. */
const subsetOfChar = new Map<Weight, Map<number, Subset | null>>();
function subsetFor(weight: Weight, cp: number): Subset | null {
  let known = subsetOfChar.get(weight);
  if (!known) subsetOfChar.set(weight, (known = new Map()));
  let subset = known.get(cp);
  if (subset === undefined) {
    subset = subsets(weight).find((s) => covers(s, cp)) ?? null;
    known.set(cp, subset);
  }
  return subset;
}

export interface FontGlyph {
  /** Subset file the glyph comes from: with the glyph id, it names the outline. */
  file: string;
  font: Font;
  glyph: Glyph;
}

const fonts = new Map<string, Font>();
function fontFile(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    font = create(readFileSync(join(packageDir, 'files', file))) as Font;
    fonts.set(file, font);
  }
  return font;
}

/** The glyph for one character at `weight`, or undefined when no subset file draws it. */
export function glyphFor(ch: string, weight: Weight): FontGlyph | undefined {
  const subset = subsetFor(weight, ch.codePointAt(0)!);
  if (!subset) return undefined;
  const font = fontFile(subset.file);
  const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
  return glyph.id === 0 ? undefined : { file: subset.file, font, glyph };
}
