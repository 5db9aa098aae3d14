/**
 * A small anti-aliased rasterizer for the preview cards: outlines (glyphs, rounded boxes) become
 * coverage masks by exact signed-area accumulation (the method of font-rs), and masks are painted
 * onto an opaque canvas kept in PNG scanline layout (palette indices, or RGB), so encoding needs no copy.
 */

export interface Point {
  x: number;
  y: number;
}

/** A coverage mask: `width`×`height` values in 0..1, placed at (`left`, `top`) when painted. */
export interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Float32Array;
}

/** Outline commands in mask pixels (y down): the subset of SVG path commands glyphs and boxes use. */
export type Command =
  { op: 'M' | 'L'; to: Point } | { op: 'Q'; c: Point; to: Point } | { op: 'C'; c1: Point; c2: Point; to: Point } | { op: 'Z' };

/** Accumulates signed area per pixel for closed outlines, then resolves it to coverage. */
class Accumulator {
  readonly width: number;
  readonly height: number;
  readonly area: Float32Array;
  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    // One spare cell: a line touching the right edge writes one past the last pixel of its row.
    this.area = new Float32Array(width * height + 2);
  }

  private add(i: number, value: number) {
    this.area[i] = this.area[i]! + value;
  }

  line(p0: Point, p1: Point) {
    if (Math.abs(p0.y - p1.y) < 1e-6) return;
    const [dir, a, b] = p0.y < p1.y ? [1, p0, p1] : [-1, p1, p0];
    const dxdy = (b.x - a.x) / (b.y - a.y);
    let x = a.x;
    if (a.y < 0) x -= a.y * dxdy;
    const yEnd = Math.min(this.height, Math.ceil(b.y));
    for (let y = Math.max(0, Math.floor(a.y)); y < yEnd; y++) {
      const row = y * this.width;
      const dy = Math.min(y + 1, b.y) - Math.max(y, a.y);
      const xNext = x + dxdy * dy;
      const d = dy * dir;
      const x0 = Math.min(x, xNext);
      const x1 = Math.max(x, xNext);
      const x0floor = Math.floor(x0);
      const x0i = x0floor;
      const x1ceil = Math.ceil(x1);
      const x1i = x1ceil;
      if (row + x0i < 0) {
        x = xNext;
        continue;
      }
      if (x1i <= x0i + 1) {
        const xmf = 0.5 * (x + xNext) - x0floor;
        this.add(row + x0i, d - d * xmf);
        this.add(row + x0i + 1, d * xmf);
      } else {
        const s = 1 / (x1 - x0);
        const x0f = x0 - x0floor;
        const a0 = 0.5 * s * (1 - x0f) * (1 - x0f);
        const x1f = x1 - x1ceil + 1;
        const am = 0.5 * s * x1f * x1f;
        this.add(row + x0i, d * a0);
        if (x1i === x0i + 2) {
          this.add(row + x0i + 1, d * (1 - a0 - am));
        } else {
          const a1 = s * (1.5 - x0f);
          this.add(row + x0i + 1, d * (a1 - a0));
          for (let xi = x0i + 2; xi < x1i - 1; xi++) this.add(row + xi, d * s);
          const a2 = a1 + (x1i - x0i - 3) * s;
          this.add(row + x1i - 1, d * (1 - a2 - am));
        }
        this.add(row + x1i, d * am);
      }
      x = xNext;
    }
  }

  /** Running sum along each row gives the winding coverage; nonzero fill, clamped to 1. */
  coverage(): Float32Array {
    const out = new Float32Array(this.width * this.height);
    let acc = 0;
    for (let i = 0; i < out.length; i++) {
      acc += this.area[i]!;
      out[i] = Math.min(1, Math.abs(acc));
    }
    return out;
  }
}

/** Straight segments approximating a curve: more for longer, more bent curves. */
function segments(points: Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return Math.max(1, Math.min(64, Math.ceil(Math.sqrt(length) * 1.5)));
}

/** Rasterizes closed outlines given in absolute pixels into a mask covering their bounds. */
export function rasterize(commands: readonly Command[]): Mask | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of commands) {
    if (c.op === 'Z') continue;
    for (const p of c.op === 'Q' ? [c.c, c.to] : c.op === 'C' ? [c.c1, c.c2, c.to] : [c.to]) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  }
  if (!Number.isFinite(minX) || maxX - minX < 1e-3 || maxY - minY < 1e-3) return undefined;
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.ceil(maxX) - left + 1;
  const height = Math.ceil(maxY) - top + 1;
  const acc = new Accumulator(width, height);
  const local = (p: Point): Point => ({ x: p.x - left, y: p.y - top });
  let start: Point = { x: 0, y: 0 };
  let pen: Point = start;
  const lineTo = (p: Point) => {
    acc.line(pen, p);
    pen = p;
  };
  for (const c of commands) {
    switch (c.op) {
      case 'M':
        if (pen !== start) lineTo(start);
        start = pen = local(c.to);
        break;
      case 'L':
        lineTo(local(c.to));
        break;
      case 'Q': {
        const [p0, p1, p2] = [pen, local(c.c), local(c.to)];
        const n = segments([p0, p1, p2]);
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          lineTo({ x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y });
        }
        break;
      }
      case 'C': {
        const [p0, p1, p2, p3] = [pen, local(c.c1), local(c.c2), local(c.to)];
        const n = segments([p0, p1, p2, p3]);
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          const [a, b, cc, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
          lineTo({ x: a * p0.x + b * p1.x + cc * p2.x + d * p3.x, y: a * p0.y + b * p1.y + cc * p2.y + d * p3.y });
        }
        break;
      }
      case 'Z':
        lineTo(start);
        break;
    }
  }
  if (pen !== start) lineTo(start);
  return { left, top, width, height, alpha: acc.coverage() };
}

/** A rounded rectangle outline; `reverse` winds it the other way, to cut a hole (a border). */
export function roundedRect(x: number, y: number, w: number, h: number, r: number, reverse = false): Command[] {
  const k = 0.5523 * r; // cubic control distance for a quarter circle
  const corners: Command[] = [
    { op: 'M', to: { x: x + r, y } },
    { op: 'L', to: { x: x + w - r, y } },
    { op: 'C', c1: { x: x + w - r + k, y }, c2: { x: x + w, y: y + r - k }, to: { x: x + w, y: y + r } },
    { op: 'L', to: { x: x + w, y: y + h - r } },
    { op: 'C', c1: { x: x + w, y: y + h - r + k }, c2: { x: x + w - r + k, y: y + h }, to: { x: x + w - r, y: y + h } },
    { op: 'L', to: { x: x + r, y: y + h } },
    { op: 'C', c1: { x: x + r - k, y: y + h }, c2: { x, y: y + h - r + k }, to: { x, y: y + h - r } },
    { op: 'L', to: { x, y: y + r } },
    { op: 'C', c1: { x, y: y + r - k }, c2: { x: x + r - k, y }, to: { x: x + r, y } },
    { op: 'Z' },
  ];
  if (!reverse) return corners;
  // Walk the same points backwards: every segment from its end to its start.
  const points: Exclude<Command, { op: 'Z' }>[] = corners.filter((c): c is Exclude<Command, { op: 'Z' }> => c.op !== 'Z');
  const reversed: Command[] = [{ op: 'M', to: points[points.length - 1]!.to }];
  for (let i = points.length - 1; i > 0; i--) {
    const c = points[i]!;
    const to = points[i - 1]!.to;
    reversed.push(c.op === 'C' ? { op: 'C', c1: c.c2, c2: c.c1, to } : { op: 'L', to });
  }
  reversed.push({ op: 'Z' });
  return reversed;
}

export type Rgb = readonly [number, number, number];

export function hex(color: string): Rgb {
  const n = parseInt(color.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Coverage is painted in this many steps. A card has a handful of colours, each drawn over the
 * background (or text over the label box), so a pixel is one of about 6 × 32 colours and the card
 * fits a 256-colour palette: a third of the bytes of RGB for zlib, which halves a card's encoding
 * time and cuts its PNG to about a third. A step is 1/32 of the way between two colours: at most 4 of 255 per
 * channel off the exact blend, under the golden images' tolerance and not visible on text edges.
 */
const COVERAGE_STEPS = 32;
/** Colours a PNG palette holds. */
const PALETTE_SIZE = 256;

const packed = (r: number, g: number, b: number) => (r << 16) | (g << 8) | b;

/** A mask's coverage in steps, worked out once per mask (glyph masks are shared by every card). */
const stepsOf = new WeakMap<Mask, Uint8Array>();
function coverageSteps(mask: Mask): Uint8Array {
  let steps = stepsOf.get(mask);
  if (!steps) {
    steps = new Uint8Array(mask.alpha.length);
    for (let i = 0; i < steps.length; i++) steps[i] = Math.max(0, mask.alpha[i]! * COVERAGE_STEPS + 0.5);
    stepsOf.set(mask, steps);
  }
  return steps;
}

/**
 * An opaque image kept as PNG scanlines (each row a filter byte, 0, then its pixels), so encoding
 * needs no copy. Pixels are palette indices, one byte each, while the image has at most 256
 * colours; a paint that would need a 257th colour turns the canvas into plain RGB (three bytes a
 * pixel, exact coverage) for the rest of the image. `clear()` starts a new image with a palette.
 */
export class Canvas {
  readonly width: number;
  readonly height: number;
  private readonly background: Rgb;
  private readonly indexed: Buffer;
  /** Bytes of an RGB scanline, its filter byte included. */
  private readonly rgbStride: number;
  private rgb: Buffer | undefined;
  /** Colours by index, packed as 0xRRGGBB; index 0 is the background. */
  private colours: number[] = [];
  private readonly indexOf = new Map<number, number>();
  /** Per paint colour: the index a pixel of index i gets at coverage step s, at [i * (STEPS + 1) + s]; -1 not known yet. */
  private readonly blends = new Map<number, Int16Array>();
  private truecolour = false;

  constructor(width: number, height: number, background: Rgb) {
    this.width = width;
    this.height = height;
    this.background = background;
    this.indexed = Buffer.alloc((1 + width) * height);
    this.rgbStride = 1 + width * 3;
    this.clear();
  }

  /** Whether the image is kept as RGB (it needed more colours than a palette holds). */
  get isTruecolour(): boolean {
    return this.truecolour;
  }

  /** The scanlines, ready for zlib. */
  get data(): Buffer {
    return this.truecolour ? this.rgb! : this.indexed;
  }

  /** The palette as PNG's PLTE chunk wants it: three bytes a colour. */
  get palette(): Buffer {
    const out = Buffer.alloc(this.colours.length * 3);
    this.colours.forEach((c, i) => out.writeUIntBE(c, i * 3, 3));
    return out;
  }

  /** Paints the whole canvas with its background again, so one canvas can draw many images. */
  clear() {
    // Filter byte 0 and palette index 0 (the background) everywhere.
    this.indexed.fill(0);
    this.truecolour = false;
    this.colours = [packed(...this.background)];
    this.indexOf.clear();
    this.indexOf.set(this.colours[0]!, 0);
    for (const table of this.blends.values()) table.fill(-1);
  }

  /** Blends `color` over the canvas through `mask`, moved by (dx, dy) whole pixels. */
  paint(mask: Mask, color: Rgb, dx = 0, dy = 0) {
    if (this.truecolour) return this.paintRgb(mask, color, dx, dy, 0);
    const table = this.blendTable(color);
    const steps = coverageSteps(mask);
    const d = this.indexed;
    const left = mask.left + dx;
    // The mask's columns that land on the canvas.
    const from = Math.max(0, -left);
    const to = Math.min(mask.width, this.width - left);
    for (let my = 0; my < mask.height; my++) {
      const y = mask.top + dy + my;
      if (y < 0 || y >= this.height) continue;
      const row = y * (1 + this.width) + 1 + left;
      const m = my * mask.width;
      for (let mx = from; mx < to; mx++) {
        const step = steps[m + mx]!;
        if (step === 0) continue;
        const i = row + mx;
        const key = d[i]! * (COVERAGE_STEPS + 1) + step;
        let index = table[key]!;
        if (index < 0) {
          index = this.mixed(d[i]!, color, step);
          if (index < 0) {
            // A 257th colour: the rest of this image is drawn in RGB, from this pixel on.
            this.toTruecolour();
            return this.paintRgb(mask, color, dx, dy, m + mx);
          }
          table[key] = index;
        }
        d[i] = index;
      }
    }
  }

  private blendTable(color: Rgb): Int16Array {
    const key = packed(...color);
    let table = this.blends.get(key);
    if (!table) this.blends.set(key, (table = new Int16Array(PALETTE_SIZE * (COVERAGE_STEPS + 1)).fill(-1)));
    return table;
  }

  /** The index of palette colour `from` with `color` blended over it `step` steps of the way; -1 when the palette is full. */
  private mixed(from: number, [r, g, b]: Rgb, step: number): number {
    const c = this.colours[from]!;
    const a = step / COVERAGE_STEPS;
    const mix = (base: number, over: number) => (base + (over - base) * a + 0.5) | 0;
    const colour = packed(mix(c >> 16, r), mix((c >> 8) & 255, g), mix(c & 255, b));
    let index = this.indexOf.get(colour);
    if (index === undefined) {
      if (this.colours.length === PALETTE_SIZE) return -1;
      index = this.colours.length;
      this.colours.push(colour);
      this.indexOf.set(colour, index);
    }
    return index;
  }

  private toTruecolour() {
    const stride = this.rgbStride;
    this.rgb ??= Buffer.allocUnsafe(stride * this.height);
    for (let y = 0; y < this.height; y++) {
      this.rgb[y * stride] = 0;
      for (let x = 0; x < this.width; x++)
        this.rgb.writeUIntBE(this.colours[this.indexed[y * (1 + this.width) + 1 + x]!]!, y * stride + 1 + x * 3, 3);
    }
    this.truecolour = true;
  }

  /** `paint` on an RGB canvas, exact coverage, starting at the mask's pixel `from`. */
  private paintRgb(mask: Mask, [r, g, b]: Rgb, dx: number, dy: number, from: number) {
    const d = this.rgb!;
    const stride = this.rgbStride;
    for (let p = from; p < mask.width * mask.height; p++) {
      const y = mask.top + dy + Math.floor(p / mask.width);
      const x = mask.left + dx + (p % mask.width);
      const a = mask.alpha[p]!;
      if (a <= 0 || x < 0 || x >= this.width || y < 0 || y >= this.height) continue;
      const i = y * stride + 1 + x * 3;
      d[i] = d[i]! + (r - d[i]!) * a + 0.5;
      d[i + 1] = d[i + 1]! + (g - d[i + 1]!) * a + 0.5;
      d[i + 2] = d[i + 2]! + (b - d[i + 2]!) * a + 0.5;
    }
  }
}
