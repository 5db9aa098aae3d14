/**
 * After the build: every HTML page gets its Content-Security-Policy <meta>, and `dist/_headers`
 * (for static hosts that read one: Cloudflare Pages, Netlify) carries the same policy as a header,
 * plus the headers a <meta> cannot set and cache rules for hashed assets.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScripts, policy, scriptHash, withCspMeta } from '../lib/security/csp.ts';
import { stopBuild } from '../lib/kb/checked.ts';
import { CARD_PATH_GLOB } from '../lib/site/cards.ts';
import { ForeignScriptError, foreignScripts, inlineScriptRegistry, type ForeignScript } from '../lib/security/inline-registry.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' || name === 'og' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Where the components that may write inline scripts live: Starlight's and this site's. */
function componentRoots(): string[] {
  return [dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), fileURLToPath(new URL('..', import.meta.url))];
}

/**
 * Sets the policy on every page under `dist`. Throws a ForeignScriptError, before any page is
 * changed, when a page holds an inline script that no component wrote.
 */
export function applyContentSecurityPolicy(dist: string, registry: ReadonlySet<string>): { pages: number; hashes: Set<string> } {
  const files = htmlFiles(dist);
  const foreign: ForeignScript[] = [];
  // Each page is read and scanned once: the scan is most of this pass's cost (about 1,000 pages at 60 KB).
  const pages = files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const scripts = inlineScripts(html);
    foreign.push(...foreignScripts(relative(dist, file), html, registry, scripts));
    return { file, html, scripts };
  });
  if (foreign.length > 0) throw new ForeignScriptError(foreign);
  const hashes = new Set<string>();
  for (const { file, html, scripts } of pages) {
    for (const body of scripts) hashes.add(scriptHash(body));
    writeFileSync(file, withCspMeta(html, scripts));
  }
  return { pages: files.length, hashes };
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'kb-content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let applied: ReturnType<typeof applyContentSecurityPolicy>;
        try {
          applied = applyContentSecurityPolicy(dist, inlineScriptRegistry(componentRoots()));
        } catch (error) {
          if (error instanceof ForeignScriptError) stopBuild(error);
          throw error;
        }
        const { pages, hashes } = applied;
        const headers = [
          '/*',
          `  Content-Security-Policy: ${policy(hashes, ["frame-ancestors 'none'"])}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          '/_astro/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          CARD_PATH_GLOB,
          '  Cache-Control: public, max-age=86400',
          '',
        ];
        writeFileSync(join(dist, '_headers'), headers.join('\n'));
        logger.info(`CSP を ${pages} ページに設定し、_headers を書き出しました（インラインスクリプト ${hashes.size} 種類）`);
      },
    },
  };
}
