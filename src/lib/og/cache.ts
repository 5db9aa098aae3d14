/**
 * Preview cards are pure functions of their input, so a rebuild reuses the PNG of any card whose
 * input (and renderer version) did not change: the image step stays fast as content grows.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard, type CardInput } from './card.ts';

/** Bump when the card design changes, so cached images are redrawn. */
const RENDERER_VERSION = '1';
/** `OG_CACHE_DIR` lets a benchmark measure cold builds. */
const CACHE_DIR = process.env['OG_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'og-cards');

export async function cachedCard(input: CardInput): Promise<Buffer> {
  const key = createHash('sha256').update(RENDERER_VERSION).update(JSON.stringify(input)).digest('hex').slice(0, 32);
  const file = join(CACHE_DIR, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderCard(input);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, png);
  return png;
}
