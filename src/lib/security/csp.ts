/**
 * The Content-Security-Policy of the built site. Scripts run only from this origin or when their
 * exact text is allowed by hash: the hashes are computed from the inline scripts each page really
 * contains, so a script that was not in the build (an injected one) never runs. No inline event
 * handlers and no eval; Pagefind's WebAssembly needs 'wasm-unsafe-eval'. Styles allow inline
 * attributes, which the code highlighter uses for token colours.
 */
import { createHash } from 'node:crypto';

const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Inline <script> bodies of a page (scripts with a src are covered by 'self'). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[0]))
    .map((m) => m[1]!);
}

export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

export function policy(hashes: Iterable<string>, extra: string[] = []): string {
  return [...BASE_DIRECTIVES, `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(), ...extra].join('; ');
}

/** The page with its CSP <meta> as the first element after <meta charset>. */
export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScripts(html).map(scriptHash))}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) return html.replace(/<head>/i, `<head>${meta}`);
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
