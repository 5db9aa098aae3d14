/**
 * Machine-readable knowledge base for tools and chat bots: every entry with its relations in both
 * directions and absolute URLs.
 */
import type { APIRoute } from 'astro';
import { loadSiteKnowledgeBase } from '../../lib/kb/collections.ts';
import { causePath, fixPath, guidePath, symptomPath } from '../../lib/kb/urls.ts';
import { formatDate } from '../../lib/labels.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await loadSiteKnowledgeBase();
  const abs = (path: string) => new URL(path, site).href;
  const verified = (v: { date: Date; against: string }) => ({ date: formatDate(v.date), against: v.against });

  const entries = [
    ...kb.symptoms.map((s) => ({
      id: s.id,
      type: 'symptom' as const,
      title: s.data.title,
      summary: s.data.summary,
      url: abs(symptomPath(s.id)),
      area: s.data.area,
      seen_in: s.data.seen_in,
      applies_to: s.data.applies_to,
      signatures: s.data.signatures,
      causes: s.data.causes,
      sources: s.data.sources,
      verified: verified(s.data.verified),
    })),
    ...kb.causes.map((c) => ({
      id: c.id,
      type: 'cause' as const,
      title: c.data.title,
      summary: c.data.summary,
      url: abs(causePath(c.id)),
      applies_to: c.data.applies_to,
      signatures: c.data.signatures,
      symptoms: kb.relations.symptomsOfCause.get(c.id) ?? [],
      fixes: c.data.fixes,
      sources: c.data.sources,
      verified: verified(c.data.verified),
    })),
    ...kb.fixes.map((f) => ({
      id: f.id,
      type: 'fix' as const,
      title: f.data.title,
      summary: f.data.summary,
      url: abs(fixPath(f.id)),
      risk: f.data.risk,
      signatures: [],
      causes: kb.relations.causesOfFix.get(f.id) ?? [],
      sources: f.data.sources,
      verified: verified(f.data.verified),
    })),
    ...kb.guides.map((g) => ({
      id: g.id,
      type: 'guide' as const,
      title: g.data.title,
      summary: g.data.summary,
      url: abs(guidePath(g.id)),
      signatures: [],
      related: g.data.related,
      sources: g.data.sources,
      verified: verified(g.data.verified),
    })),
  ];
  return new Response(JSON.stringify({ version: 2, entries }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
