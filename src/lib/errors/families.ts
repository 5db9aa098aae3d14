/**
 * Error families: the error names that begin signatures (CannotPullContainerError,
 * ResourceInitializationError, ClusterNotFoundException ...). Each gets a short URL /e/<Name>/
 * that lists the symptoms and causes whose messages carry it.
 */
import { errorNames } from './names.ts';
import type { Cause, Symptom } from '../kb/model.ts';

export interface ErrorFamily {
  name: string;
  symptoms: string[];
  causes: string[];
  summary: string;
}

export function errorFamilies(kb: { symptoms: readonly { data: Symptom }[]; causes: readonly { data: Cause }[] }): ErrorFamily[] {
  const families = new Map<string, { symptoms: Set<string>; causes: Set<string> }>();
  const add = (name: string, kind: 'symptoms' | 'causes', id: string) => {
    let f = families.get(name);
    if (!f) families.set(name, (f = { symptoms: new Set(), causes: new Set() }));
    f[kind].add(id);
  };
  for (const s of kb.symptoms) for (const sig of s.data.signatures) for (const n of errorNames(sig.text)) add(n, 'symptoms', s.data.id);
  for (const c of kb.causes) for (const sig of c.data.signatures) for (const n of errorNames(sig.text)) add(n, 'causes', c.data.id);
  return [...families.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, f]) => ({
      name,
      symptoms: [...f.symptoms],
      causes: [...f.causes],
      summary: `${name} が出たときに考えられる原因 ${f.causes.size} 件と、確認方法・対処の一覧`,
    }));
}
