/**
 * The link-preview tags of every page: og:image with its size and alt text, twitter:image and the
 * twitter:label pairs Slack shows under the title. Starlight pages declare only what their card
 * is (`preview` in their front matter, see `content.config.ts`) and `src/route-middleware.ts`
 * writes the tags; the forwarding pages, which are not Starlight pages, get the full set of
 * og:*, twitter:* and canonical tags from `forwardingHead`.
 */
import { z } from 'astro/zod';
import { CARD_HEIGHT, CARD_WIDTH } from '../og/size.ts';
import { cardKeys, cardUrl, type CardKey } from './cards.ts';

export const SITE_NAME = 'ECS トラブルシューティング';

/** What a page's card is: its key, the image's alt text and up to two label/value pairs. */
export interface PagePreview {
  card: CardKey;
  alt: string;
  labels?: [string, string][] | undefined;
  /** og:title, where a link unfurled in chat needs more than the page title. */
  title?: string | undefined;
}

/** Front-matter field of a Starlight page that has a card of its own. */
export const pagePreviewSchema = z.object({
  card: z.custom<CardKey>((value) => typeof value === 'string' && value.length > 0),
  alt: z.string(),
  labels: z.array(z.tuple([z.string(), z.string()])).optional(),
  title: z.string().optional(),
});

/** Pages without a card of their own (home, lists, 404) share the site card. */
export const SITE_PREVIEW: PagePreview = { card: cardKeys.site(), alt: `${SITE_NAME}: エラー文から原因と対処へ` };

export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });

/** og:image and twitter tags for a card; `site` makes the image URL absolute. */
export function previewTags(site: URL | undefined, { card, alt, labels = [], title }: PagePreview): HeadTag[] {
  const image = cardUrl(card, site);
  return [
    meta({ property: 'og:image', content: image }),
    meta({ property: 'og:image:type', content: 'image/png' }),
    meta({ property: 'og:image:width', content: String(CARD_WIDTH) }),
    meta({ property: 'og:image:height', content: String(CARD_HEIGHT) }),
    meta({ property: 'og:image:alt', content: alt }),
    meta({ name: 'twitter:image', content: image }),
    meta({ name: 'twitter:image:alt', content: alt }),
    ...labels.flatMap(([label, data], i) => [
      meta({ name: `twitter:label${i + 1}`, content: label }),
      meta({ name: `twitter:data${i + 1}`, content: data }),
    ]),
    ...(title ? [meta({ property: 'og:title', content: title })] : []),
  ];
}

type Entry = { tag: string; attrs?: Record<string, string | boolean | undefined> | undefined };

const metaKey = (entry: Entry) => (entry.tag === 'meta' ? (entry.attrs?.property ?? entry.attrs?.name) : undefined);
const isSocial = (key: unknown) =>
  typeof key === 'string' && (key.startsWith('og:') || key.startsWith('twitter:') || key === 'description');

/**
 * Puts `tags` into a Starlight head: a tag with the same property or name is replaced, and the new
 * tags follow the page's other social tags, before any tag the page added (Pagefind metadata).
 */
export function addPreviewTags(head: Entry[], tags: readonly Entry[]): void {
  const keys = new Set(tags.map(metaKey));
  for (let i = head.length - 1; i >= 0; i--) if (keys.has(metaKey(head[i]!))) head.splice(i, 1);
  let at = 0;
  head.forEach((entry, i) => {
    if (isSocial(metaKey(entry))) at = i + 1;
  });
  head.splice(at, 0, ...tags);
}

/** Everything a forwarding page needs to unfurl like the page it forwards to, and to point search engines there. */
export function forwardingHead(
  site: URL | undefined,
  page: { title: string; description: string; url: string; preview: PagePreview },
): HeadTag[] {
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: page.url } },
    meta({ name: 'description', content: page.description }),
    meta({ property: 'og:title', content: page.title }),
    meta({ property: 'og:description', content: page.description }),
    meta({ property: 'og:url', content: page.url }),
    meta({ property: 'og:type', content: 'article' }),
    meta({ property: 'og:site_name', content: SITE_NAME }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    ...previewTags(site, page.preview),
  ];
}
