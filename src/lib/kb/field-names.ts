/**
 * Names for the unknown-field message: the fields a schema accepts at a path of the data, and the
 * one a misspelt name was most likely meant to be (`aliasess` → `aliases`).
 */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Object schemas a value at this level may match (a union offers several). */
function objectsOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) return [def.shape];
  const inner = def.innerType ?? def.in;
  if (inner) return objectsOf(inner);
  if (def.type === 'union' && def.options) return def.options.flatMap(objectsOf);
  return [];
}

function childAt(schema: z.ZodType, key: PropertyKey): z.ZodType[] {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return childAt(inner, key);
  if (def.type === 'array' && def.element) return [def.element];
  if (def.type === 'record' && def.valueType) return [def.valueType];
  if (def.type === 'union' && def.options) return def.options.flatMap((o) => childAt(o, key));
  if (def.type === 'object' && def.shape) {
    const child = def.shape[String(key)];
    return child ? [child] : [];
  }
  return [];
}

/** Field names the schema accepts for the object at `path`, sorted. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let level = [schema];
  for (const key of path) level = level.flatMap((s) => childAt(s, key));
  return [...new Set(level.flatMap(objectsOf).flatMap((shape) => Object.keys(shape)))].sort();
}

/** Edits between two names, a swap of two neighbouring letters (`titel`) counting as one. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate within a third of the name's length in edits (case ignored), if any. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}
