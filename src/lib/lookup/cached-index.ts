/**
 * The lookup index for the command line, without re-reading and re-checking the knowledge base on
 * every call. The index is a pure function of the content and of the code that builds it, so it is
 * cached under a hash of both: an unchanged tree answers from the cache (a few milliseconds), and
 * any edit to `content/` or to the index code builds, checks and caches it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectCacheDir } from '../../config.ts';
import type { LookupIndex } from './lookup-index.ts';

/** The code whose output the index is: the lookup itself, error names, the content model. */
const CODE_DIRS = ['../lookup', '../errors', '../kb', '../../schemas'].map((d) => fileURLToPath(new URL(d, import.meta.url)));

function addTree(hash: ReturnType<typeof createHash>, root: string, dir = root): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) addTree(hash, root, full);
    else hash.update(relative(root, full)).update('\0').update(readFileSync(full)).update('\0');
  }
}

/** A key that changes whenever the content or the code that indexes it changes. */
export function lookupIndexKey(contentDir: string): string {
  const hash = createHash('sha256');
  for (const dir of [...CODE_DIRS, contentDir]) {
    hash.update(`\0${relative(process.cwd(), dir)}\0`);
    addTree(hash, dir);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The index for `contentDir`: from the cache when current, else built (content checked) and cached. */
export async function cachedLookupIndex(
  contentDir: string,
  cacheDir = projectCacheDir('lookup-index'),
): Promise<{ index: LookupIndex; fromCache: boolean }> {
  const file = join(cacheDir, `${lookupIndexKey(contentDir)}.json`);
  if (existsSync(file)) return { index: JSON.parse(readFileSync(file, 'utf8')) as LookupIndex, fromCache: true };
  // Loaded only on a miss: reading and checking the content pulls in the Markdown parser and schemas.
  const { lookupIndexFromContent } = await import('./from-content.ts');
  const index = lookupIndexFromContent(contentDir);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: two CLI calls at once never read half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(index));
  renameSync(partial, file);
  return { index, fromCache: false };
}
