/**
 * Where each symptom, cause and fix applies (Fargate, EC2, external), by page path: the search
 * page fetches it when someone narrows the results to one launch type.
 */
import type { APIRoute } from 'astro';
import { loadSiteKnowledgeBase } from '../../lib/kb/collections.ts';
import { causePath, fixPath, symptomPath } from '../../lib/kb/urls.ts';

export const GET: APIRoute = async () => {
  const kb = await loadSiteKnowledgeBase();
  const targets: Record<string, string[]> = {};
  for (const s of kb.symptoms) targets[symptomPath(s.id)] = [...s.data.applies_to];
  for (const c of kb.causes) targets[causePath(c.id)] = [...c.data.applies_to];
  for (const f of kb.fixes) targets[fixPath(f.id)] = [...f.data.applies_to];
  return new Response(JSON.stringify(targets), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
