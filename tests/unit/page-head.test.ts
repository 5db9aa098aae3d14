/** The one head layer: preview-card tags for Starlight pages and the full set for forwarding pages. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addPreviewTags, forwardingHead, previewTags, SITE_PREVIEW, type HeadTag } from '../../src/lib/site/head.ts';
import { cardKeys } from '../../src/lib/site/cards.ts';

const SITE = new URL('https://kb.example.com/');
const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });
const value = (head: { attrs?: Record<string, unknown> | undefined }[], key: string) =>
  head.filter((t) => t.attrs?.['property'] === key || t.attrs?.['name'] === key).map((t) => t.attrs?.['content']);

describe('previewTags', () => {
  test.each([
    ['site card', SITE_PREVIEW, 'https://kb.example.com/og/site.png', 0],
    [
      'symptom with two labels',
      {
        card: cardKeys.entry('symptoms', 'x'),
        alt: '症状: X',
        labels: [
          ['エラー', 'E'],
          ['対象', 'EC2'],
        ] as [string, string][],
      },
      'https://kb.example.com/og/symptoms/x.png',
      2,
    ],
  ])('%s', (_, preview, image, labels) => {
    const tags = previewTags(SITE, preview);
    expect(value(tags, 'og:image')).toEqual([image]);
    expect(value(tags, 'twitter:image')).toEqual([image]);
    expect(value(tags, 'og:image:alt')).toEqual([preview.alt]);
    expect(value(tags, 'og:image:width')).toEqual(['1200']);
    expect(tags.filter((t) => String(t.attrs['name']).startsWith('twitter:label'))).toHaveLength(labels);
    expect(value(tags, 'og:title')).toEqual([]);
  });

  test('an og:title of its own when the preview names one', () => {
    expect(value(previewTags(SITE, { card: cardKeys.tree('t'), alt: 'a', title: '問い｜ツリー' }), 'og:title')).toEqual(['問い｜ツリー']);
  });
});

describe('addPreviewTags', () => {
  const starlightHead = (): HeadTag[] => [
    meta({ charset: 'utf-8' }),
    { tag: 'link', attrs: { rel: 'canonical', href: 'https://kb.example.com/a/' } },
    meta({ property: 'og:title', content: 'A' }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    meta({ name: 'description', content: 'd' }),
    meta({ 'data-pagefind-meta': 'title[content]', content: 'T' }),
  ];

  test('puts the card after the page’s social tags and before the tags the page added', () => {
    const head = starlightHead();
    addPreviewTags(head, previewTags(SITE, SITE_PREVIEW));
    const order = head.map(
      (t) => t.attrs['property'] ?? t.attrs['name'] ?? t.attrs['rel'] ?? t.attrs['data-pagefind-meta'] ?? t.attrs['charset'],
    );
    expect(order.indexOf('og:image')).toBe(order.indexOf('description') + 1);
    expect(order.at(-1)).toBe('title[content]');
  });

  test('replaces a tag of the same name instead of writing it twice', () => {
    const head = starlightHead();
    addPreviewTags(head, previewTags(SITE, { card: cardKeys.tree('t'), alt: 'a', title: '問い｜ツリー' }));
    expect(value(head, 'og:title')).toEqual(['問い｜ツリー']);
    addPreviewTags(head, previewTags(SITE, SITE_PREVIEW));
    expect(value(head, 'og:image')).toEqual(['https://kb.example.com/og/site.png']);
  });
});

test('a forwarding page unfurls like its target and names it canonical', () => {
  const head = forwardingHead(SITE, {
    title: 'T',
    description: 'S',
    url: 'https://kb.example.com/symptoms/new/',
    preview: { card: cardKeys.entry('symptoms', 'new'), alt: 'T' },
  });
  expect(head.find((t) => t.attrs['rel'] === 'canonical')?.attrs['href']).toBe('https://kb.example.com/symptoms/new/');
  expect(value(head, 'og:url')).toEqual(['https://kb.example.com/symptoms/new/']);
  expect(value(head, 'og:image')).toEqual(['https://kb.example.com/og/symptoms/new.png']);
  expect(value(head, 'og:image:type')).toEqual(['image/png']);
  expect(value(head, 'twitter:card')).toEqual(['summary_large_image']);
});

test('only the head layer writes og:* and twitter:* tags', () => {
  const root = join(import.meta.dirname, '..', '..');
  // Readers, not writers: the 404 page drops its own URL; the tree walk copies the tags of the
  // page it fetched into the current head.
  const readers = new Set(['src/lib/security/head-text.ts', 'src/components/trees/tree-walk.client.ts']);
  const writers: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = full.slice(root.length + 1);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|mjs|astro)$/.test(name) && !readers.has(rel) && /["'](og|twitter):/.test(readFileSync(full, 'utf8')))
        writers.push(rel);
    }
  };
  walk(join(root, 'src'));
  if (/["'](og|twitter):/.test(readFileSync(join(root, 'astro.config.mjs'), 'utf8'))) writers.push('astro.config.mjs');
  expect(writers).toEqual(['src/lib/site/head.ts']);
});
