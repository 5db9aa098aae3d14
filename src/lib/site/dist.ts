/**
 * Reads the built site (dist/) for the checks that run after a build: the pages in the sitemap,
 * their <head> tags, heading ids and links. Plain string work on our own generated HTML.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Site path with trailing slash: `/symptoms/x/`. */
  path: string;
  html: string;
}

/** Every HTML page in `dist`, keyed by its site path. */
export function builtPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name === '_astro' || name === 'pagefind' || name === 'og') continue;
        walk(full);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push({ path: rel ? `/${rel}/` : '/', html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Paths listed in the sitemap(s). */
export function sitemapPaths(dist: string): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const maps = [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
  return maps.flatMap((file) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1]!).pathname)),
  );
}

export function head(html: string): string {
  return html.slice(0, html.indexOf('</head>'));
}

/** Content of `<meta property|name="key" content="...">` (first one). */
export function meta(html: string, key: string): string | undefined {
  const tag = [...head(html).matchAll(/<meta\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => new RegExp(`(?:property|name)="${key.replace(/[:]/g, '\\$&')}"`).test(t));
  return tag ? unescapeAttr(/content="([^"]*)"/.exec(tag)?.[1] ?? '') : undefined;
}

/**
 * The key of every social and canonical tag in `<head>`, once per tag, in order: a meta tag's
 * `property` or `name`, and `canonical` for `<link rel="canonical">`. A key listed twice is a page
 * whose head says two things (Starlight's default and ours, say) about one field.
 */
export function headTagKeys(html: string): string[] {
  return [...head(html).matchAll(/<(meta|link)\b[^>]*>/g)].flatMap(([tag, name]) => {
    if (name === 'link') return /\brel="canonical"/.test(tag) ? ['canonical'] : [];
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    return key ? [key] : [];
  });
}

export function canonical(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(head(html))?.[1];
}

/** Ids of the headings in the main content. */
export function headingIds(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<h[1-6]\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
}

/** Every element id in the page's main content: what a `#fragment` can land on. */
export function elementIds(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<[a-z][a-z0-9-]*\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
}

export function isRedirectPage(html: string): boolean {
  return /<meta http-equiv="refresh"/.test(head(html));
}

function unescapeAttr(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSizeOf(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('PNG ではありません');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export const pngSize = (file: string) => pngSizeOf(readFileSync(file));
