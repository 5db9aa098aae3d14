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

const QUOTE = 34;
const APOSTROPHE = 39;
const EQUALS = 61;
const GREATER = 62;
/** `/\s/` by character code: ASCII spaces without a regular expression (this runs on every character of every tag). */
const isSpace = (code: number) => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code)));

/** Index just past the `>` that ends the start tag opened at `from`; quoted attribute values may hold `>` and `<`. */
function endOfTag(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if ((c === QUOTE || c === APOSTROPHE) && afterEquals) {
      quote = c;
    } else if (c === GREATER) {
      return i + 1;
    }
    if (c === EQUALS) afterEquals = true;
    else if (!isSpace(c)) afterEquals = false;
  }
  return html.length;
}

/** A tag's name after `<`, read where the scan stands (sticky), at most 31 characters as before. */
const TAG_NAME = /<([a-zA-Z][^\s/>]{0,30})/y;

/**
 * Inline <script> bodies of a page (scripts with a src are covered by 'self'; JSON data blocks do
 * not run). Reads tags the way a browser does, so `<script>` inside an attribute value (an og:title
 * quoting markup) or a comment is not taken for a script.
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = at;
    const name = TAG_NAME.exec(html)?.[1];
    if (!name) {
      at++;
      continue;
    }
    const end = endOfTag(html, at + 1 + name.length);
    const tag = html.slice(at, end);
    at = end;
    if (name.toLowerCase() !== 'script') continue;
    const close = /<\/script/gi;
    close.lastIndex = end;
    const closeAt = close.exec(html)?.index ?? html.length;
    at = closeAt;
    if (/\ssrc\s*=/i.test(tag) || /\stype\s*=\s*["']?application\/(?:ld\+)?json/i.test(tag)) continue;
    scripts.push(html.slice(end, closeAt));
  }
  return scripts;
}

export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

export function policy(hashes: Iterable<string>, extra: string[] = []): string {
  return [...BASE_DIRECTIVES, `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(), ...extra].join('; ');
}

/** The page with its CSP <meta> as the first element after <meta charset>; `scripts`: its inline scripts, when known. */
export function withCspMeta(html: string, scripts: readonly string[] = inlineScripts(html)): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(scripts.map(scriptHash))}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) return html.replace(/<head>/i, `<head>${meta}`);
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
