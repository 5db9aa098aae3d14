/**
 * Which inline scripts the site vouches for. Module scripts of components are never inlined (see
 * `vite.build.assetsInlineLimit` in astro.config.mjs), so the only inline scripts a page should
 * hold are the `<script is:inline>` blocks written in the components themselves: Starlight's and
 * ours. The registry is their exact text, read from those component sources at build time; an
 * inline script that is not one of them came from somewhere else (content) and fails the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScripts, scriptHash } from './csp.ts';

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : astroFiles(full);
    return name.endsWith('.astro') ? [full] : [];
  });
}

/** Hashes of every `<script is:inline>` body in the `.astro` files under `roots`. */
export function inlineScriptRegistry(roots: readonly string[]): Set<string> {
  const hashes = new Set<string>();
  for (const root of roots) {
    for (const file of astroFiles(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) hashes.add(scriptHash(match[1]!));
    }
  }
  return hashes;
}

export interface ForeignScript {
  /** The page, as given. */
  page: string;
  /** First non-empty line of the script, trimmed, for the message. */
  firstLine: string;
}

/** Inline scripts of `html` whose text is not in the registry; `scripts`: its inline scripts, when known. */
export function foreignScripts(
  page: string,
  html: string,
  registry: ReadonlySet<string>,
  scripts: readonly string[] = inlineScripts(html),
): ForeignScript[] {
  return scripts
    .filter((body) => !registry.has(scriptHash(body)))
    .map((body) => ({ page, firstLine: (body.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 120) }));
}

export class ForeignScriptError extends Error {
  override name = 'ForeignScriptError';
  constructor(scripts: readonly ForeignScript[]) {
    super(
      [
        `サイトが書いていないインラインスクリプトが ${scripts.length} 件あります（CSP で許可しません）:`,
        ...scripts.map((s) => `${s.page}: ${s.firstLine}`),
        '  → コンテンツに <script> や HTML を書いていないか確認してください。コンポーネントのスクリプトなら <script is:inline> か外部スクリプトにしてください',
      ].join('\n'),
    );
  }
}
