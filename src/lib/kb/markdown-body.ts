/**
 * Facts about the Markdown body of an entry that the content check rules on: explicit ASCII heading
 * ids, code block languages, every link and image URL, and raw HTML. The body is parsed by Sätteri,
 * the processor that renders the site, with the features the site turns on, so the check sees the
 * same headings, ids, links and HTML as the page.
 */
import { markdownToMdast, type Features } from 'satteri';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/**
 * The Markdown features of the site (astro.config.mjs). GFM and smart punctuation are Astro's
 * defaults (`markdown.gfm`, `markdown.smartypants`); heading attributes give `{#id}` its meaning.
 */
export const SITE_MARKDOWN_FEATURES = { headingAttributes: true } as const satisfies Features;
const PARSE_FEATURES: Features = { gfm: true, smartPunctuation: true, ...SITE_MARKDOWN_FEATURES };

export interface BodyFacts {
  /** `id` is the `{#id}` written after the heading, undefined when there is none. */
  headings: { text: string; id: string | undefined; line: number }[];
  /** Fenced code blocks; `lang` is undefined when the fence names none. */
  codeBlocks: { lang: string | undefined; value: string; line: number }[];
  /** Every link, link definition and image, as written (after Markdown unescaping). */
  links: { url: string; line: number; image: boolean }[];
  /** Raw HTML (block or inline), which the site never renders from content. */
  html: { value: string; line: number }[];
}

/** `firstLine` is the file line the body starts on, so reported lines are file lines. */
export function readBody(markdown: string, firstLine = 1): BodyFacts {
  const tree = markdownToMdast(markdown, { features: PARSE_FEATURES }) as Root;
  const facts: BodyFacts = { headings: [], codeBlocks: [], links: [], html: [] };
  visit(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    if (node.type === 'heading') {
      // Sätteri puts a `{#id}` heading attribute where mdast-util-to-hast reads element properties.
      const id = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties?.['id'];
      facts.headings.push({ text: toString(node), id: typeof id === 'string' ? id : undefined, line });
    } else if (node.type === 'code') {
      facts.codeBlocks.push({ lang: node.lang ?? undefined, value: node.value, line });
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      facts.links.push({ url: node.url, line, image: node.type === 'image' });
    } else if (node.type === 'html') {
      facts.html.push({ value: node.value, line });
    }
  });
  return facts;
}

/** What a link URL is: a scheme the site allows, a scheme it refuses, or a path on this site. */
export type LinkTarget = { kind: 'external' } | { kind: 'refused'; scheme: string } | { kind: 'site'; path: string; hash: string };

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/**
 * Classifies `url` as written on the page at `pagePath`. Browsers drop ASCII control characters and
 * spaces before reading a scheme (`java\tscript:` is `javascript:`), so the check does too;
 * a protocol-relative `//host` leaves the site and counts as a refused scheme.
 */
export function linkTarget(url: string, pagePath: string): LinkTarget {
  const compact = [...url].filter((c) => c > ' ' && c !== '\u007f').join('');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme) return ALLOWED_SCHEMES.has(scheme) ? { kind: 'external' } : { kind: 'refused', scheme };
  if (/^[/\\]{2}/.test(compact)) return { kind: 'refused', scheme: '//' };
  const base = new URL(pagePath, 'https://kb.invalid');
  const resolved = new URL(url, base);
  return { kind: 'site', path: resolved.pathname, hash: decodeHash(resolved.hash) };
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
