/** Link-preview images, one 1200×630 PNG per page that is shared in chat. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteKnowledgeBase } from '../../lib/kb/collections.ts';
import { allCards, type Card } from '../../lib/og/previews.ts';
import { cachedCard } from '../../lib/og/cache.ts';

export const getStaticPaths = (async () => {
  const kb = await loadSiteKnowledgeBase();
  return allCards(kb).map((card) => ({ params: { key: card.key }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await cachedCard(props.card.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
