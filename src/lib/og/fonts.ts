/**
 * Noto Sans JP from @fontsource (no network): the package splits the font into ~120 files by
 * unicode-range. A card loads only the files that cover its characters (each once per process);
 * a character no file covers has no glyph here, and the card draws its missing-glyph box instead.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
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
  /** Font units per em, and the glyph's advance in em (read once: fontkitten reads them through getters). */
  unitsPerEm: number;
  advance: number;
}

/**
 * A WOFF 1.0 file as the plain OpenType (sfnt) file it wraps: each table inflated once, with
 * Node's zlib. fontkitten reads WOFF itself, but inflates the whole glyph table again, in
 * JavaScript, for every glyph it loads: unwrapping once halved a process's first card (about
 * 260 ms to 130 ms).
 */
export function sfntFromWoff(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('WOFF ファイルではありません（先頭が wOFF ではない）');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw new Error(`WOFF のテーブル ${woff.toString('latin1', at, at + 4)} を展開できません`);
    return { record: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data };
  });
  const log2 = Math.floor(Math.log2(count));
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(woff.readUInt32BE(4), 0); // the wrapped font's flavour (sfnt version)
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(16 << log2, 6); // searchRange
  head.writeUInt16BE(log2, 8); // entrySelector
  head.writeUInt16BE(16 * count - (16 << log2), 10); // rangeShift
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach(({ record, checksum, data }, i) => {
    record.copy(head, 12 + i * 16);
    head.writeUInt32BE(checksum, 12 + i * 16 + 4);
    head.writeUInt32BE(offset, 12 + i * 16 + 8);
    head.writeUInt32BE(data.length, 12 + i * 16 + 12);
    const padded = (data.length + 3) & ~3;
    parts.push(data, Buffer.alloc(padded - data.length));
    offset += padded;
  });
  return Buffer.concat(parts);
}

const fonts = new Map<string, Font>();
function fontFile(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    font = create(sfntFromWoff(readFileSync(join(packageDir, 'files', file)))) as Font;
    fonts.set(file, font);
  }
  return font;
}

const glyphs = new Map<string, FontGlyph | null>();

/** The glyph for one character at `weight`, or undefined when no subset file draws it (remembered per process). */
export function glyphFor(ch: string, weight: Weight): FontGlyph | undefined {
  const key = `${weight}:${ch}`;
  let found = glyphs.get(key);
  if (found === undefined) {
    const cp = ch.codePointAt(0)!;
    const subset = subsetFor(weight, cp);
    const font = subset && fontFile(subset.file);
    const glyph = font?.glyphForCodePoint(cp);
    found =
      subset && font && glyph && glyph.id !== 0
        ? { file: subset.file, font, glyph, unitsPerEm: font.unitsPerEm, advance: glyph.advanceWidth / font.unitsPerEm }
        : null;
    glyphs.set(key, found);
  }
  return found ?? undefined;
}
