/**
 * Golden images: each case in tests/fixtures/og/cases.ts, drawn now, looks like the PNG committed
 * beside it. Both are decoded by resvg (an independent decoder) and compared pixel by pixel; a few
 * pixels may differ slightly (floating-point rounding at glyph edges), nothing more. After a
 * deliberate change to the design, `npm run og:goldens` redraws them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { renderCard } from '../../src/lib/og/card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/og/size.ts';
import { GOLDEN_CASES } from '../fixtures/og/cases.ts';

/** A pixel differs when one of its channels differs by more than this (of 255). */
const CHANNEL_TOLERANCE = 8;
/** At most this share of the card's pixels may differ. */
const MAX_DIFF_RATIO = 0.002;

function rgba(png: Buffer): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"><image href="data:image/png;base64,${png.toString('base64')}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  return image.pixels;
}

/** Share of pixels that differ beyond the channel tolerance. */
function diffRatio(a: Uint8Array, b: Uint8Array): number {
  let differ = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (
      Math.abs(a[i]! - b[i]!) > CHANNEL_TOLERANCE ||
      Math.abs(a[i + 1]! - b[i + 1]!) > CHANNEL_TOLERANCE ||
      Math.abs(a[i + 2]! - b[i + 2]!) > CHANNEL_TOLERANCE
    )
      differ++;
  }
  return differ / (a.length / 4);
}

describe('preview cards look like their golden images', () => {
  test.each(Object.entries(GOLDEN_CASES))('%s', (name, input) => {
    const golden = rgba(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'og', `${name}.png`)));
    const drawn = rgba(renderCard(input));
    expect(diffRatio(drawn, golden), `npm run og:goldens で描き直す前に、差分が意図したものか確かめてください`).toBeLessThanOrEqual(
      MAX_DIFF_RATIO,
    );
  });

  test('the comparison notices a title that reads differently', () => {
    const first = GOLDEN_CASES['japanese-title']!;
    const drawn = rgba(renderCard(first));
    const shifted = rgba(renderCard({ ...first, title: first.title.replace('タスク', 'サービス') }));
    expect(diffRatio(drawn, shifted)).toBeGreaterThan(MAX_DIFF_RATIO);
  });
});
