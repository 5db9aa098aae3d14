/**
 * Relations in both directions, derived from the forward links the content declares
 * (symptom → causes, cause → fixes, guide → related). Pure data in, maps out. Derived once, by the
 * content check (check.ts); the pages read the checked model's relations.
 */
/** The forward links of the checked entries: an id and the checked data. */
export interface RelationInput {
  symptoms: readonly { id: string; data: { causes: readonly string[] } }[];
  causes: readonly { id: string; data: { fixes: readonly string[] } }[];
  guides: readonly { id: string; data: { related: readonly string[] } }[];
}

export interface Relations {
  /** cause id → ids of the symptoms that list it, in content order. */
  symptomsOfCause: Map<string, string[]>;
  /** fix id → ids of the causes that list it. */
  causesOfFix: Map<string, string[]>;
  /** any id → ids of guides that name it in `related`. */
  guidesFor: Map<string, string[]>;
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

export function buildRelations(input: RelationInput): Relations {
  const relations: Relations = { symptomsOfCause: new Map(), causesOfFix: new Map(), guidesFor: new Map() };
  for (const s of input.symptoms) for (const c of s.data.causes) push(relations.symptomsOfCause, c, s.id);
  for (const c of input.causes) for (const f of c.data.fixes) push(relations.causesOfFix, f, c.id);
  for (const g of input.guides) for (const r of g.data.related) push(relations.guidesFor, r, g.id);
  return relations;
}
