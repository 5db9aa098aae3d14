/**
 * The 1200×630 link-preview card: a kind label, the Japanese title broken at phrase boundaries
 * (BudouX), the summary, and labels such as the error name and launch types.
 *
 * Drawn without a browser or an SVG renderer: the layout is fixed, so it is computed here; glyph
 * outlines come from the font files and are rasterized once per glyph, size and subpixel offset,
 * then painted onto the card. A build draws hundreds of cards that share most of their glyphs, so
 * a card costs a few milliseconds (see `npm run bench:scale`).
 */
import { loadDefaultJapaneseParser } from 'budoux';
import { glyphFor, type FontGlyph, type Weight } from './fonts.ts';
import { cardText, clusters, visible } from './clusters.ts';
import { Canvas, hex, rasterize, roundedRect, type Command, type Mask, type Rgb } from './raster.ts';
import { encodePng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './size.ts';

const PAD_X = 64;
const PAD_Y = 48;
const INNER_WIDTH = CARD_WIDTH - 2 * PAD_X;
const INNER_HEIGHT = CARD_HEIGHT - 2 * PAD_Y;

const COLORS = {
  background: hex('#0f1729'),
  label: hex('#f59e0b'),
  labelText: hex('#0f1729'),
  site: hex('#cbd5e1'),
  title: hex('#ffffff'),
  text: hex('#e2e8f0'),
  chipBorder: hex('#64748b'),
};
const SITE_NAME = 'ECS トラブルシューティング';

export interface CardInput {
  /** 症状 / 原因 / 対処 / 診断ツリー ... */
  kind: string;
  title: string;
  summary: string;
  /** Short facts shown as chips: 'CannotPullContainerError', 'Fargate・EC2'. */
  chips: string[];
}

const parser = loadDefaultJapaneseParser();

/** Every font file of Noto Sans JP shares these metrics (per em). */
const METRICS = (() => {
  const { font } = glyphFor('あ', 700)!;
  return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm, gap: font.lineGap / font.unitsPerEm };
})();
/** CSS `line-height: normal` of the font. */
const normalLineHeight = (size: number) => (METRICS.ascent + METRICS.descent + METRICS.gap) * size;

interface Style {
  weight: Weight;
  size: number;
}

/** A glyph as drawn: from the font, or `missing` (the missing-glyph box), and its advance in px. */
interface Shaped {
  face: FontGlyph | 'missing';
  advance: number;
}

/**
 * The missing-glyph box, in em: drawn for a character (or an emoji sequence) the font cannot draw.
 * A hollow box, the mark most readers know as "this character could not be shown"; 〓 was used
 * before, but it is a real character of its own and reads as one.
 */
export const MISSING_GLYPH = { advance: 1, left: 0.12, right: 0.88, top: -0.84, bottom: 0.06, stroke: 0.07 } as const;

/**
 * Glyphs one after another, no shaping: a cluster whose code points all have glyphs draws them in
 * order; a cluster with any code point the font lacks draws one missing-glyph box.
 */
function shape(text: string, { weight, size }: Style): Shaped[] {
  const out: Shaped[] = [];
  for (const cluster of clusters(text)) {
    const drawn = visible(cluster);
    if (drawn === '') continue;
    const faces = Array.from(drawn, (ch) => glyphFor(ch, weight));
    if (faces.every((face) => face !== undefined)) {
      for (const face of faces) out.push({ face, advance: face.advance * size });
    } else {
      out.push({ face: 'missing', advance: MISSING_GLYPH.advance * size });
    }
  }
  return out;
}

export function textWidth(text: string, style: Style): number {
  return shape(text, style).reduce((w, g) => w + g.advance, 0);
}

/** `text` cut (with an ellipsis) to fit `max` pixels. */
export function fitWidth(text: string, style: Style, max: number): string {
  if (textWidth(text, style) <= max) return text;
  const chars = clusters(text);
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, style) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Lines of at most `max` pixels, broken between phrases or at spaces (never inside a word that fits
 * on a line), at most `maxLines` of them; text that does not fit ends in an ellipsis.
 */
export function wrap(text: string, style: Style, max: number, maxLines: number): string[] {
  // Lines as cut, with the space they were cut at: the last line shown continues into the next.
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line);
    line = '';
  };
  // Spaces inside a phrase (`CannotPullContainerError と`) are break opportunities too.
  for (const phrase of parser.parse(text).flatMap((p) => p.split(/(?<=\s)/))) {
    if (textWidth((line + phrase).trimEnd(), style) <= max) {
      line += line === '' ? phrase.trimStart() : phrase;
      continue;
    }
    if (line.trim() !== '') push();
    line = phrase.trimStart();
    // A phrase longer than a line breaks between characters.
    while (textWidth(line.trimEnd(), style) > max) {
      const chars = clusters(line);
      let fit = chars.length - 1;
      while (fit > 1 && textWidth(chars.slice(0, fit).join(''), style) > max) fit--;
      line = chars.slice(0, fit).join('');
      push();
      line = chars.slice(fit).join('').trimStart();
    }
  }
  if (line.trim() !== '') push();
  const kept = lines.slice(0, maxLines).map((l) => l.trimEnd());
  if (lines.length > maxLines) kept[maxLines - 1] = fitWidth(`${lines[maxLines - 1]}${lines[maxLines]}`, style, max);
  return kept;
}

/** Glyph masks, drawn once per glyph, size and quarter-pixel offset, shared by every card. */
const masks = new Map<string, Mask | null>();
const SUBPIXEL = 4;

/** The missing-glyph box as an outline: a rectangle with a rectangular hole, `size` px per em. */
function missingGlyphOutline(size: number, dx: number): Command[] {
  const { left, right, top, bottom, stroke } = MISSING_GLYPH;
  const box = (x0: number, y0: number, x1: number, y1: number, reverse: boolean): Command[] => {
    const corners = [
      { x: x0, y: y0 },
      { x: x1, y: y0 },
      { x: x1, y: y1 },
      { x: x0, y: y1 },
    ].map((p) => ({ x: dx + p.x * size, y: p.y * size }));
    if (reverse) corners.reverse();
    return [{ op: 'M', to: corners[0]! }, ...corners.slice(1).map((to): Command => ({ op: 'L', to })), { op: 'Z' }];
  };
  return [...box(left, top, right, bottom, false), ...box(left + stroke, top + stroke, right - stroke, bottom - stroke, true)];
}

/** A font glyph's outline in mask pixels, `size` px per em, moved right by `dx`. */
function glyphOutline(face: FontGlyph, size: number, dx: number): Command[] {
  const scale = size / face.unitsPerEm;
  const at = (x: number, y: number) => ({ x: dx + x * scale, y: -y * scale });
  return face.glyph.path.commands.map(({ command, args: a }): Command => {
    switch (command) {
      case 'moveTo':
        return { op: 'M', to: at(a[0]!, a[1]!) };
      case 'lineTo':
        return { op: 'L', to: at(a[0]!, a[1]!) };
      case 'quadraticCurveTo':
        return { op: 'Q', c: at(a[0]!, a[1]!), to: at(a[2]!, a[3]!) };
      case 'bezierCurveTo':
        return { op: 'C', c1: at(a[0]!, a[1]!), c2: at(a[2]!, a[3]!), to: at(a[4]!, a[5]!) };
      default:
        return { op: 'Z' };
    }
  });
}

function glyphMask(face: FontGlyph | 'missing', size: number, phase: number): Mask | null {
  const key = face === 'missing' ? `missing:${size}:${phase}` : `${face.file}:${face.glyph.id}:${size}:${phase}`;
  let mask = masks.get(key);
  if (mask === undefined) {
    const dx = phase / SUBPIXEL;
    mask = rasterize(face === 'missing' ? missingGlyphOutline(size, dx) : glyphOutline(face, size, dx)) ?? null;
    masks.set(key, mask);
  }
  return mask;
}

/** Draws one line of text with its baseline at `baseline`, starting at `x`. */
function drawText(canvas: Canvas, text: string, style: Style, x: number, baseline: number, color: Rgb) {
  let pen = x;
  const y = Math.round(baseline);
  for (const g of shape(text, style)) {
    const whole = Math.floor(pen);
    const phase = Math.min(SUBPIXEL - 1, Math.round((pen - whole) * SUBPIXEL));
    const mask = glyphMask(g.face, style.size, phase);
    if (mask) canvas.paint(mask, color, whole, y);
    pen += g.advance;
  }
}

/** Baseline of text set in a line box of `lineHeight` whose top is `top` (CSS half-leading). */
const baselineIn = (top: number, lineHeight: number, size: number) =>
  top + (lineHeight - (METRICS.ascent + METRICS.descent) * size) / 2 + METRICS.ascent * size;

function fill(canvas: Canvas, outline: Command[], color: Rgb) {
  const mask = rasterize(outline);
  if (mask) canvas.paint(mask, color);
}

const LABEL: Style = { weight: 700, size: 28 };
const SITE: Style = { weight: 700, size: 26 };
const SUMMARY: Style = { weight: 400, size: 30 };
const CHIP: Style = { weight: 700, size: 24 };
const LABEL_PAD = { x: 18, y: 6 };
const CHIP_PAD = { x: 14, y: 4 };
const CHIP_BORDER = 2;
const CHIP_GAP = 12;
/** A chip's width beyond its text: padding and border on both sides. */
const CHIP_CHROME = 2 * (CHIP_PAD.x + CHIP_BORDER);

function titleStyle(title: string): Style {
  const length = clusters(title).length;
  return { weight: 700, size: length > 40 ? 44 : length > 24 ? 52 : 64 };
}

/**
 * The canvas every card is drawn on, cleared for each: a fresh buffer per card cost about 3 ms of
 * CPU (page faults on first touch), when the canvas was 2 MB of RGB. `renderCard` is synchronous and encodes
 * the PNG before it returns, so no card can see another's pixels.
 */
let canvasForCards: Canvas | undefined;
function blankCard(): Canvas {
  if (canvasForCards) canvasForCards.clear();
  else canvasForCards = new Canvas(CARD_WIDTH, CARD_HEIGHT, COLORS.background);
  return canvasForCards;
}

export function renderCard(raw: CardInput): Buffer {
  const input: CardInput = {
    kind: cardText(raw.kind),
    title: cardText(raw.title),
    summary: cardText(raw.summary),
    chips: raw.chips.map(cardText),
  };
  const canvas = blankCard();

  // Header: the kind label, then the site name.
  const siteWidth = textWidth(SITE_NAME, SITE);
  const kind = fitWidth(input.kind, LABEL, INNER_WIDTH - siteWidth - 16 - 2 * LABEL_PAD.x);
  const labelWidth = textWidth(kind, LABEL) + 2 * LABEL_PAD.x;
  const headerHeight = normalLineHeight(LABEL.size) + 2 * LABEL_PAD.y;

  const title = titleStyle(input.title);
  const titleLineHeight = title.size * 1.3;
  const titleLines = wrap(input.title, title, INNER_WIDTH, 3);
  const summaryLineHeight = SUMMARY.size * 1.5;
  const summaryLines = wrap(input.summary, SUMMARY, INNER_WIDTH, 3);

  // Chips: as many as fit on one row (the first is shortened if it alone is too wide).
  const chips: { text: string; width: number }[] = [];
  let row = 0;
  for (const chip of input.chips.slice(0, 3)) {
    const before = chips.length > 0 ? CHIP_GAP : 0;
    const room = INNER_WIDTH - row - before - CHIP_CHROME;
    const text = chips.length === 0 ? fitWidth(chip, CHIP, room) : chip;
    const width = textWidth(text, CHIP);
    if (width > room) break;
    row += before + width + CHIP_CHROME;
    chips.push({ text, width: width + CHIP_CHROME });
  }
  const chipHeight = chips.length > 0 ? normalLineHeight(CHIP.size) + 2 * (CHIP_PAD.y + CHIP_BORDER) : 0;

  // The four blocks spread over the card's height, first at the top and last at the bottom.
  const heights = [headerHeight, titleLines.length * titleLineHeight, summaryLines.length * summaryLineHeight, chipHeight];
  const gap = Math.max(0, (INNER_HEIGHT - heights.reduce((a, b) => a + b, 0)) / 3);
  const tops = [PAD_Y];
  for (let i = 1; i < heights.length; i++) tops.push(tops[i - 1]! + heights[i - 1]! + gap);

  fill(canvas, roundedRect(PAD_X, tops[0]!, labelWidth, headerHeight, 8), COLORS.label);
  drawText(
    canvas,
    kind,
    LABEL,
    PAD_X + LABEL_PAD.x,
    baselineIn(tops[0]! + LABEL_PAD.y, normalLineHeight(LABEL.size), LABEL.size),
    COLORS.labelText,
  );
  drawText(canvas, SITE_NAME, SITE, PAD_X + labelWidth + 16, baselineIn(tops[0]!, headerHeight, SITE.size), COLORS.site);

  titleLines.forEach((line, i) =>
    drawText(canvas, line, title, PAD_X, baselineIn(tops[1]! + i * titleLineHeight, titleLineHeight, title.size), COLORS.title),
  );
  summaryLines.forEach((line, i) =>
    drawText(canvas, line, SUMMARY, PAD_X, baselineIn(tops[2]! + i * summaryLineHeight, summaryLineHeight, SUMMARY.size), COLORS.text),
  );

  let x = PAD_X;
  for (const chip of chips) {
    const y = tops[3]!;
    fill(
      canvas,
      [
        ...roundedRect(x, y, chip.width, chipHeight, 8),
        ...roundedRect(x + CHIP_BORDER, y + CHIP_BORDER, chip.width - 2 * CHIP_BORDER, chipHeight - 2 * CHIP_BORDER, 6, true),
      ],
      COLORS.chipBorder,
    );
    drawText(
      canvas,
      chip.text,
      CHIP,
      x + CHIP_BORDER + CHIP_PAD.x,
      baselineIn(y + CHIP_BORDER + CHIP_PAD.y, normalLineHeight(CHIP.size), CHIP.size),
      COLORS.text,
    );
    x += chip.width + CHIP_GAP;
  }

  return encodePng(canvas);
}
