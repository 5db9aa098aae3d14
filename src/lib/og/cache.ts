/**
 * Preview cards are pure functions of their input and of the renderer, so a rebuild reuses the PNG
 * of any card whose input and renderer did not change. The cache is also where the build's card
 * workers leave their PNGs for the build to copy into `dist/og/`.
 *
 * The key holds a fingerprint of the renderer itself: the source of every module `card.ts` is made
 * of (found by following its imports) and the versions of the packages they load (fonts, line
 * breaking, font parsing). Any change to how a card is drawn changes every key, so a stale card is
 * never served, and nobody has to remember to bump a version number.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCard, type CardInput } from './card.ts';
import { projectCacheDir } from '../../config.ts';
import { rendererSources } from '../source-files.ts';

/** Beside Astro's own caches; `KB_CACHE_DIR` moves both (see astro.config.mjs). */
export function cardCacheDir(): string {
  return projectCacheDir('og-cards');
}

/** The version of an installed package, from the package.json above its entry point. */
function installedVersion(name: string, from: string): string {
  let dir = dirname(createRequire(from).resolve(name));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const data = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (data.name === name) return data.version ?? '';
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`${name} の package.json が見つかりません`);
    dir = up;
  }
}

/** A hash of the renderer's sources and package versions: part of every card's cache key. */
export function rendererFingerprint(
  entry: string,
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
  version: (name: string) => string = (name) => installedVersion(name, entry),
): string {
  const { files, packages } = rendererSources(entry, read);
  const hash = createHash('sha256');
  for (const file of [...files].sort()) hash.update(`${file.slice(dirname(entry).length)}\0${read(file)}\0`);
  for (const name of packages) hash.update(`${name}@${version(name)}\0`);
  return hash.digest('hex');
}

let fingerprint: string | undefined;
const ownFingerprint = () => (fingerprint ??= rendererFingerprint(fileURLToPath(new URL('./card.ts', import.meta.url))));

/** Where the PNG for `input` lives in the cache (whether or not it is drawn yet). */
export function cachedCardFile(input: CardInput, dir = cardCacheDir()): string {
  const key = createHash('sha256').update(ownFingerprint()).update(JSON.stringify(input)).digest('hex').slice(0, 32);
  return join(dir, `${key}.png`);
}

export async function cachedCard(input: CardInput, dir = cardCacheDir()): Promise<Buffer> {
  const file = cachedCardFile(input, dir);
  if (existsSync(file)) return readFileSync(file);
  const png = renderCard(input);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a reader never sees half a PNG (workers and the dev server share the cache).
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
