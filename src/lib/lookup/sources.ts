/**
 * What the lookup indexes, from either view of the knowledge base (Astro collections at build time,
 * the checked files for the command line), so both produce the same index.
 */
import type { LookupSource } from './lookup-index.ts';

interface EntryData {
  id: string;
  title: string;
  summary: string;
  aliases: readonly string[];
  signatures: readonly { text: string }[];
}

export function lookupSources(
  symptoms: readonly (EntryData & { causes: readonly string[] })[],
  causes: readonly EntryData[],
): LookupSource[] {
  const symptomsOf = new Map<string, string[]>();
  for (const s of symptoms) for (const c of s.causes) symptomsOf.set(c, [...(symptomsOf.get(c) ?? []), s.id]);
  // The index matches the wording only; where a signature was found stays on the entry's page.
  const pick = ({ id, title, summary, aliases, signatures }: EntryData) => ({
    id,
    title,
    summary,
    aliases,
    signatures: signatures.map((s) => s.text),
  });
  return [
    ...symptoms.map((s) => ({ ...pick(s), type: 'symptom' as const, symptoms: [] })),
    ...causes.map((c) => ({ ...pick(c), type: 'cause' as const, symptoms: symptomsOf.get(c.id) ?? [] })),
  ];
}
