/**
 * The link-preview card renderer: the PNG it writes decodes (read back with resvg, an independent
 * decoder) to the card's colours and text; titles break between phrases and never lose text; a
 * character no font has is drawn as the missing-glyph box; a variation selector draws nothing.
 */
import { describe, expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { loadDefaultJapaneseParser } from 'budoux';
import { renderCard, textWidth, wrap, type CardInput } from '../../src/lib/og/card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/og/size.ts';
import { Canvas, hex, rasterize, roundedRect } from '../../src/lib/og/raster.ts';
import { encodePng } from '../../src/lib/og/png.ts';
import { glyphFor, sfntFromWoff } from '../../src/lib/og/fonts.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';

/** Decodes a PNG through resvg (an <image> in an SVG) into RGBA pixels. */
function decode(png: Buffer, width = CARD_WIDTH, height = CARD_HEIGHT) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  expect([image.width, image.height]).toEqual([width, height]);
  const pixels = image.pixels;
  return (x: number, y: number) => [pixels[(y * width + x) * 4]!, pixels[(y * width + x) * 4 + 1]!, pixels[(y * width + x) * 4 + 2]!];
}

/** Pixels in a band of rows that are close to white (title text). */
function whitePixels(pixel: (x: number, y: number) => number[], top: number, bottom: number): number {
  let n = 0;
  for (let y = top; y < bottom; y += 2) for (let x = 0; x < CARD_WIDTH; x += 2) if (pixel(x, y).every((c) => c > 240)) n++;
  return n;
}

const card: CardInput = {
  kind: '症状',
  title: 'CannotPullContainerError でタスクが起動しない',
  summary: 'コンテナイメージを取得できず、タスクが停止します。',
  chips: ['CannotPullContainerError', 'Fargate・EC2'],
};

describe('the card PNG', () => {
  const pixel = decode(renderCard(card));

  test('is 1200×630 with the card background at the edges', () => {
    expect(pixel(2, 2)).toEqual([0x0f, 0x17, 0x29]);
    expect(pixel(CARD_WIDTH - 3, CARD_HEIGHT - 3)).toEqual([0x0f, 0x17, 0x29]);
  });

  test('shows the kind label in amber at the top left', () => {
    expect(pixel(70, 54)).toEqual([0xf5, 0x9e, 0x0b]);
  });

  test('draws the title in white, and a longer title takes more lines', () => {
    const short = whitePixels(pixel, 150, 480);
    expect(short).toBeGreaterThan(500);
    const long = decode(renderCard({ ...card, title: `${card.title}。イメージの取得に失敗する原因と、その確かめ方をまとめます` }));
    expect(whitePixels(long, 150, 480)).toBeGreaterThan(short);
  });

  test('draws a character no font has as the missing-glyph box, not as nothing and not as 〓', () => {
    const missing = decode(renderCard({ ...card, title: '\u{13000}' }));
    const emoji = decode(renderCard({ ...card, title: '🚀' }));
    const geta = decode(renderCard({ ...card, title: '〓' }));
    expect(whitePixels(missing, 150, 480)).toBeGreaterThan(50);
    expect(whitePixels(emoji, 150, 480)).toBe(whitePixels(missing, 150, 480));
    expect(whitePixels(geta, 150, 480)).not.toBe(whitePixels(missing, 150, 480));
  });

  test('draws ⚠️ as ⚠, with nothing for its variation selector', () => {
    const withSelector = decode(renderCard({ ...card, title: '⚠️ 注意' }));
    const plain = decode(renderCard({ ...card, title: '⚠ 注意' }));
    expect(whitePixels(withSelector, 150, 480)).toBe(whitePixels(plain, 150, 480));
  });
});

describe('title lines', () => {
  const style = { weight: 700, size: 52 } as const;
  const title = 'タスクの停止理由に CannotPullContainerError と表示され、プライベートサブネットから ECR に届かない';

  test('break between phrases or at spaces and keep every character', () => {
    const lines = wrap(title, style, 720, 10);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(720);
    // Each line ends where a phrase or a word ends (every word here fits on a line).
    const ends = new Set<number>();
    let at = 0;
    for (const phrase of loadDefaultJapaneseParser().parse(title)) for (const word of phrase.split(' ')) ends.add((at += word.length));
    let consumed = 0;
    for (const line of lines.slice(0, -1)) expect(ends.has((consumed += line.replace(/\s/g, '').length))).toBe(true);
  });

  test('end in an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrap(title, style, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1]!, style)).toBeLessThanOrEqual(600);
  });

  test('break a phrase wider than the line between characters', () => {
    const lines = wrap('ResourceInitializationErrorResourceInitializationError', style, 400, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('ResourceInitializationErrorResourceInitializationError');
  });
});

describe('rasterizer', () => {
  test('covers a pixel-aligned square fully inside and not at all outside, and half on a half-pixel edge', () => {
    const mask = rasterize([
      { op: 'M', to: { x: 2, y: 2 } },
      { op: 'L', to: { x: 6.5, y: 2 } },
      { op: 'L', to: { x: 6.5, y: 6 } },
      { op: 'L', to: { x: 2, y: 6 } },
      { op: 'Z' },
    ])!;
    const at = (x: number, y: number) => mask.alpha[(y - mask.top) * mask.width + (x - mask.left)]!;
    expect(at(3, 3)).toBeCloseTo(1, 5);
    expect(at(6, 3)).toBeCloseTo(0.5, 5);
    expect(at(2, 6)).toBeCloseTo(0, 5);
  });

  test('a reversed inner outline cuts a hole, which is how chip borders are drawn', () => {
    const mask = rasterize([...roundedRect(0, 0, 40, 20, 4), ...roundedRect(2, 2, 36, 16, 2, true)])!;
    const at = (x: number, y: number) => mask.alpha[(y - mask.top) * mask.width + (x - mask.left)]!;
    expect(at(20, 0)).toBeCloseTo(1, 5);
    expect(at(20, 10)).toBeCloseTo(0, 5);
  });

  test('the PNG encoder writes what the canvas holds', () => {
    const canvas = new Canvas(8, 4, hex('#102030'));
    canvas.paint({ left: 1, top: 1, width: 2, height: 1, alpha: new Float32Array([1, 0.5]) }, hex('#ffffff'));
    const pixel = decode(encodePng(canvas), 8, 4);
    expect(pixel(0, 0)).toEqual([0x10, 0x20, 0x30]);
    expect(pixel(1, 1)).toEqual([255, 255, 255]);
    expect(pixel(2, 1)).toEqual([0x88, 0x90, 0x98]);
  });

  test('a card is written with a palette (PNG colour type 3), which keeps its file small', () => {
    const png = renderCard(card);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png[25]).toBe(3);
    expect(png.length).toBeLessThan(40_000);
  });

  test('an image that needs more than 256 colours turns into RGB and keeps every colour it had', () => {
    const canvas = new Canvas(300, 2, hex('#000000'));
    const one = new Float32Array([1]);
    // Row 0: 300 greys, one per pixel, so the 257th paint cannot take a palette entry.
    for (let x = 0; x < 300; x++) canvas.paint({ left: x, top: 0, width: 1, height: 1, alpha: one }, [x % 256, x >> 8, 7]);
    // Row 1, after the switch: a half-covered pixel is blended exactly, no longer in steps.
    canvas.paint({ left: 0, top: 1, width: 1, height: 1, alpha: new Float32Array([0.3]) }, hex('#ffffff'));
    expect(canvas.isTruecolour).toBe(true);
    const png = encodePng(canvas);
    expect(png[25]).toBe(2);
    const pixel = decode(png, 300, 2);
    expect(pixel(10, 0)).toEqual([10, 0, 7]);
    expect(pixel(255, 0)).toEqual([255, 0, 7]);
    expect(pixel(299, 0)).toEqual([43, 1, 7]);
    expect(pixel(0, 1)).toEqual([77, 77, 77]);
    expect(pixel(5, 1)).toEqual([0, 0, 0]);
  });
});

test.each([600, 700, 800, 900, 1000])('an ellipsis line at %i px is the start of the text, spaces kept', (max) => {
  const style = { weight: 700, size: 52 } as const;
  const text = 'unable to retrieve secret from asm: service call has been retried 5 time(s)';
  const [line, ...rest] = wrap(text, style, max, 1);
  expect(rest).toEqual([]);
  expect(line).toMatch(/…$/);
  expect(text.startsWith(line!.slice(0, -1))).toBe(true);
});

test('a card drawn after another shows nothing of the one before (the canvas is reused)', () => {
  const short: CardInput = { kind: '対処', title: '短い', summary: '短い', chips: [] };
  const before = renderCard(short);
  renderCard({ ...card, title: `${card.title}。`.repeat(3) });
  expect(renderCard(short).equals(before)).toBe(true);
});

test('a font file unwrapped from WOFF with zlib draws the same glyphs as fontkitten reading the WOFF', () => {
  const files = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/package.json'));
  for (const ch of 'あ漢アW') {
    const unwrapped = glyphFor(ch, 700)!;
    const wrapped = create(readFileSync(join(files, 'files', unwrapped.file))) as Font;
    const glyph = wrapped.glyphForCodePoint(ch.codePointAt(0)!);
    expect(glyph.id).not.toBe(0);
    expect(unwrapped.glyph.id).toBe(glyph.id);
    expect(unwrapped.advance).toBe(glyph.advanceWidth / wrapped.unitsPerEm);
    expect(unwrapped.glyph.path.toSVG()).toBe(glyph.path.toSVG());
  }
  expect(() => sfntFromWoff(Buffer.from('not a font at all, just text'))).toThrow(/WOFF/);
});
