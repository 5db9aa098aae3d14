/** The error-lookup index, fetched by the search box the first time someone searches. */
import type { APIRoute } from 'astro';
import { loadSiteKnowledgeBase } from '../../lib/kb/collections.ts';
import { buildLookupIndex } from '../../lib/lookup/lookup-index.ts';
import { lookupSources } from '../../lib/lookup/sources.ts';

export const GET: APIRoute = async () => {
  const kb = await loadSiteKnowledgeBase();
  const index = buildLookupIndex(lookupSources(kb));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
