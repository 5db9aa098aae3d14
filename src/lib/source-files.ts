/**
 * The local source files a module is made of, found by following its relative imports: what a
 * cache key hashes so that a change to the code that produced a cached result invalidates it
 * (preview cards: og/cache.ts; rendered Markdown: kb/loader.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Module specifiers a source file imports or resolves (`from '…'`, `import '…'`, `require.resolve('…')`). */
export function importsOf(source: string): string[] {
  return Array.from(source.matchAll(/(?:\bfrom\s+|\bimport\s+|require\.resolve\()'([@\w.][\w@./:-]*)'/g), (m) => m[1]!);
}

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

export interface RendererSources {
  /** Local files, as paths, in the order they were found. */
  files: string[];
  /** Packages the files load, without `node:` built-ins. */
  packages: string[];
}

/** The modules `entry` is made of: itself and its relative imports, followed transitively. */
export function rendererSources(entry: string, read: (file: string) => string = (f) => readFileSync(f, 'utf8')): RendererSources {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    for (const specifier of importsOf(read(file))) {
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  }
  return { files, packages: [...packages].sort() };
}
