/**
 * Checks on the built site (run after `npm run build`): link previews on every page in the
 * sitemap, preview images, permalinks, ASCII heading ids and internal links.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, canonical, head, headTagKeys, headingIds, isRedirectPage, meta, pngSize, sitemapPaths } from '../../src/lib/site/dist.ts';
import { permalinkProblems, siteSnapshot, type Manifest } from '../../src/lib/site/permalinks.ts';

const DIST = 'dist';
const pages = builtPages(DIST);
const byPath = new Map(pages.map((p) => [p.path, p]));
const inSitemap = sitemapPaths(DIST).filter((path) => !isRedirectPage(byPath.get(path)?.html ?? ''));

test('the sitemap lists the whole knowledge base', () => {
  expect(inSitemap.length).toBeGreaterThan(400);
  for (const path of inSitemap) expect(byPath.has(path), path).toBe(true);
});

describe('link previews on every page of the sitemap', () => {
  test.each(inSitemap)('%s', (path) => {
    const html = byPath.get(path)!.html;
    const url = meta(html, 'og:url');
    expect(meta(html, 'og:title')).toBeTruthy();
    const description = meta(html, 'og:description');
    expect(description).toBeTruthy();
    expect([...description!].length).toBeLessThanOrEqual(120);
    expect(url).toMatch(/^https?:\/\//);
    expect(canonical(html)).toBe(url);
    expect(new URL(url!).pathname).toBe(path);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = meta(html, 'og:image');
    expect(image).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
    expect(meta(html, 'og:image:alt')).toBeTruthy();
    const file = join(DIST, new URL(image!).pathname);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    if (/^\/(symptoms|causes)\/[^/]+\/$/.test(path)) {
      expect(meta(html, 'twitter:label1')).toBeTruthy();
      expect(meta(html, 'twitter:data1')).toBeTruthy();
    }
    // The preview tags come before any stylesheet or script, early in <head>.
    const h = head(html);
    const firstAsset = Math.min(...['<link rel="stylesheet"', '<script'].map((s) => (h.includes(s) ? h.indexOf(s) : Infinity)));
    expect(h.indexOf('property="og:image"')).toBeLessThan(firstAsset);
  });
});

/**
 * Starlight writes canonical, og:title, og:url, og:description, og:type, og:locale, og:site_name
 * and twitter:card; our head layer (src/lib/site/head.ts) adds the card and replaces og:title where
 * a page names its own. Each of these appears once, never as Starlight's and ours side by side.
 */
const ONCE = [
  'canonical',
  'description',
  'og:title',
  'og:url',
  'og:description',
  'og:type',
  'og:locale',
  'og:site_name',
  'og:image',
  'og:image:alt',
  'twitter:card',
  'twitter:image',
] as const;
/** The 404 page names no URL of its own (it answers for every missing path). */
const NOT_ON_404 = new Set(['canonical', 'og:url']);

describe('each head tag once per page', () => {
  test.each(pages.filter((p) => !isRedirectPage(p.html)).map((p) => p.path))('%s', (path) => {
    const keys = headTagKeys(byPath.get(path)!.html);
    expect(Object.fromEntries(ONCE.map((key) => [key, keys.filter((k) => k === key).length]))).toEqual(
      Object.fromEntries(ONCE.map((key) => [key, 1])),
    );
  });

  test('404.html', () => {
    const keys = headTagKeys(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(Object.fromEntries(ONCE.map((key) => [key, keys.filter((k) => k === key).length]))).toEqual(
      Object.fromEntries(ONCE.map((key) => [key, NOT_ON_404.has(key) ? 0 : 1])),
    );
  });
});

test('every page with a code block links the code styles, and not once per block', () => {
  // Expressive Code links its stylesheet from the first block of each rendering: one for the blocks
  // our components draw, one for those in the Markdown body. A link per block would make the
  // browser restyle the page at each one (reused blocks once carried it: 12 on a symptom page).
  const wrong = pages.flatMap((p) => {
    const blocks = p.html.split('<div class="expressive-code">').length - 1;
    const links = [...p.html.matchAll(/<link rel="stylesheet" href="\/_astro\/ec\.[^"]+\.css">/g)].length;
    return blocks > 0 && (links < 1 || links > 2) ? [`${p.path}: コードブロック ${blocks} 個、スタイルシート ${links} 個`] : [];
  });
  expect(pages.some((p) => p.html.includes('<div class="expressive-code">'))).toBe(true);
  expect(wrong).toEqual([]);
});

test('no heading id anywhere is non-ASCII or percent-encoded', () => {
  const bad = pages.flatMap((p) => headingIds(p.html).filter((id) => !/^[A-Za-z0-9_-]+$/.test(id)).map((id) => `${p.path}#${id}`));
  expect(bad).toEqual([]);
});

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const main = page.html.slice(page.html.indexOf('<body'));
    for (const [, href] of main.matchAll(/<a\b[^>]*\bhref="(\/[^"]*)"/g)) {
      const [path, hash] = href!.split('#');
      if (path!.startsWith('/_astro/') || path!.startsWith('/pagefind/') || /\.(png|xml|json|svg)$/.test(path!)) {
        if (!existsSync(join(DIST, path!))) broken.push(`${page.path} → ${href}`);
        continue;
      }
      const target = byPath.get(path!.endsWith('/') ? path! : `${path}/`);
      if (!target) broken.push(`${page.path} → ${href}`);
      else if (hash && !new RegExp(`\\bid="${hash}"`).test(target.html)) broken.push(`${page.path} → ${href}（アンカーなし）`);
    }
  }
  expect(broken).toEqual([]);
});

test('every published URL and anchor still exists, or a redirect stands at it', () => {
  const manifest = JSON.parse(readFileSync('tests/data/permalinks.json', 'utf8')) as Manifest;
  expect(permalinkProblems(manifest, siteSnapshot(DIST))).toEqual([]);
});

test('the permalink check catches a page that disappeared without a redirect', () => {
  const manifest: Manifest = { pages: { '/symptoms/gone/': ['_top'], '/causes/no-route-to-registry/': ['confirm', 'gone-anchor'] } };
  const problems = permalinkProblems(manifest, siteSnapshot(DIST));
  expect(problems).toContain('/symptoms/gone/ は公開済みの URL ですが、ページもリダイレクトもありません（redirect_from に旧 id を書いてください）');
  expect(problems).toContain('/causes/no-route-to-registry/#gone-anchor は公開済みのアンカーですが、ページから消えています');
});

test('the OpenSearch description and the lookup index are published', () => {
  const opensearch = readFileSync(join(DIST, 'opensearch.xml'), 'utf8');
  expect(opensearch).toMatch(/template="https?:\/\/[^"]+\/search\/\?q=\{searchTerms\}"/);
  expect(byPath.get('/')!.html).toContain('rel="search" type="application/opensearchdescription+xml"');
  expect(existsSync(join(DIST, 'api', 'lookup-index.json'))).toBe(true);
});
