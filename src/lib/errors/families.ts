/**
 * Error families: the error names that begin signatures (CannotPullContainerError,
 * ResourceInitializationError, ClusterNotFoundException ...). Each gets a short URL /e/<Name>/
 * that lists the symptoms and causes whose messages carry it.
 */
import { errorNames, leadingErrorName } from './names.ts';
import type { Cause, Symptom } from '../kb/model.ts';

export interface ErrorFamily {
  name: string;
  symptoms: string[];
  causes: string[];
  summary: string;
}

/**
 * Every error name with the entries that carry it. A family's causes are complete and ordered as a
 * reader meets them: first the causes of its symptoms, in each symptom's own order (the symptoms
 * whose messages begin with the name come first), then the causes that only their own signatures
 * tie to the name.
 */
export function errorFamilies(kb: { symptoms: readonly { data: Symptom }[]; causes: readonly { data: Cause }[] }): ErrorFamily[] {
  const families = new Map<string, { symptoms: { id: string; leads: boolean; causes: readonly string[] }[]; causes: string[] }>();
  const family = (name: string) => {
    let f = families.get(name);
    if (!f) families.set(name, (f = { symptoms: [], causes: [] }));
    return f;
  };
  for (const s of kb.symptoms) {
    const names = new Map<string, boolean>();
    for (const sig of s.data.signatures) {
      const lead = leadingErrorName(sig.text);
      for (const n of errorNames(sig.text)) names.set(n, (names.get(n) ?? false) || n === lead);
    }
    for (const [n, leads] of names) family(n).symptoms.push({ id: s.data.id, leads, causes: s.data.causes });
  }
  for (const c of kb.causes)
    for (const n of new Set(c.data.signatures.flatMap((sig) => errorNames(sig.text)))) family(n).causes.push(c.data.id);
  return [...families.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, f]) => {
      const symptoms = orderSymptoms(f.symptoms);
      const causes = familyCauses(
        symptoms.map((s) => s.causes),
        f.causes,
      );
      return {
        name,
        symptoms: symptoms.map((s) => s.id),
        causes,
        summary: `${name} が出たときに考えられる原因 ${causes.length} 件と、確認方法・対処の一覧`,
      };
    });
}

/** Symptoms whose messages begin with the name first; otherwise the order they came in (stable). */
function orderSymptoms<S extends { leads: boolean }>(symptoms: readonly S[]): S[] {
  return [...symptoms.filter((s) => s.leads), ...symptoms.filter((s) => !s.leads)];
}

/**
 * The causes of a family, once each: each symptom's causes in that symptom's order, then the causes
 * tied to the name only by their own signatures, in the order given.
 */
export function familyCauses(symptomCauses: readonly (readonly string[])[], signatureCauses: readonly string[]): string[] {
  return [...new Set([...symptomCauses.flat(), ...signatureCauses])];
}
