/**
 * After the build: every HTML page gets its Content-Security-Policy <meta>, and `dist/_headers`
 * (for static hosts that read one: Cloudflare Pages, Netlify) carries the same policy as a header,
 * plus the headers a <meta> cannot set and cache rules for hashed assets.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScripts, policy, scriptHash, withCspMeta } from '../lib/security/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' || name === 'og' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'kb-content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const hashes = new Set<string>();
        const files = htmlFiles(dist);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          for (const body of inlineScripts(html)) hashes.add(scriptHash(body));
          writeFileSync(file, withCspMeta(html));
        }
        const headers = [
          '/*',
          `  Content-Security-Policy: ${policy(hashes, ["frame-ancestors 'none'"])}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          '/_astro/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '/og/*',
          '  Cache-Control: public, max-age=86400',
          '',
        ];
        writeFileSync(join(dist, '_headers'), headers.join('\n'));
        logger.info(`CSP を ${files.length} ページに設定し、_headers を書き出しました（インラインスクリプト ${hashes.size} 種類）`);
      },
    },
  };
}
