/**
 * Preview cards are pure functions of their input, so a rebuild reuses the PNG of any card whose
 * input (and renderer version) did not change. The cache is also where the build's card workers
 * leave their PNGs for the build to copy into `dist/og/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard, type CardInput } from './card.ts';
import { projectCacheDir } from '../../config.ts';

/** Bump when the card design changes, so cached images are redrawn. */
const RENDERER_VERSION = '2';

/** Beside Astro's own caches; `KB_CACHE_DIR` moves both (see astro.config.mjs). */
export function cardCacheDir(): string {
  return projectCacheDir('og-cards');
}

/** Where the PNG for `input` lives in the cache (whether or not it is drawn yet). */
export function cachedCardFile(input: CardInput, dir = cardCacheDir()): string {
  const key = createHash('sha256').update(RENDERER_VERSION).update(JSON.stringify(input)).digest('hex').slice(0, 32);
  return join(dir, `${key}.png`);
}

export async function cachedCard(input: CardInput, dir = cardCacheDir()): Promise<Buffer> {
  const file = cachedCardFile(input, dir);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderCard(input);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a reader never sees half a PNG (workers and the dev server share the cache).
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
