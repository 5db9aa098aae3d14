/**
 * What the lookup indexes, from the knowledge-base model (the checked entries with their
 * relations), whether the pages' collections or the command line's checked files hold it.
 */
import type { Cause, Symptom } from '../kb/model.ts';
import type { Relations } from '../kb/relations.ts';
import type { LookupSource } from './lookup-index.ts';

export function lookupSources(kb: {
  symptoms: readonly { data: Symptom }[];
  causes: readonly { data: Cause }[];
  relations: Pick<Relations, 'symptomsOfCause'>;
}): LookupSource[] {
  // The index matches the wording only; where a signature was found stays on the entry's page.
  const pick = ({ id, title, summary, aliases, signatures }: Symptom | Cause) => ({
    id,
    title,
    summary,
    aliases,
    signatures: signatures.map((s) => s.text),
  });
  return [
    ...kb.symptoms.map(({ data: s }) => ({ ...pick(s), type: 'symptom' as const, symptoms: [] })),
    ...kb.causes.map(({ data: c }) => ({ ...pick(c), type: 'cause' as const, symptoms: kb.relations.symptomsOfCause.get(c.id) ?? [] })),
  ];
}
