/** Names of the error families with a /e/<Name>/ page, for case-insensitive resolution. */
import type { APIRoute } from 'astro';
import { loadSiteKnowledgeBase } from '../../lib/kb/collections.ts';
import { errorFamilies } from '../../lib/errors/families.ts';

export const GET: APIRoute = async () => {
  const kb = await loadSiteKnowledgeBase();
  return new Response(JSON.stringify(errorFamilies(kb).map((f) => f.name)), { headers: { 'Content-Type': 'application/json' } });
};
