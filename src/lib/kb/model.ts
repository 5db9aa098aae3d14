/**
 * The knowledge base as one typed model: one schema per collection, the entries that passed them,
 * and the relations derived from the forward links. The content check builds it from `content/`;
 * the content-layer loader (`loader.ts`) hands the same checked entries to Astro, so the pages read
 * the same data with the same types.
 */
import { z } from 'astro/zod';
import { symptomSchema } from '../../schemas/symptom.ts';
import { causeSchema } from '../../schemas/cause.ts';
import { fixSchema } from '../../schemas/fix.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { treeSchema, type Tree } from '../../schemas/tree.ts';
import { references, type ReferenceTarget } from '../../schemas/common.ts';
import type { Relations } from './relations.ts';

/** The Markdown collections, in the order the check reads them; each is `content/<name>/<id>.md`. */
export const ENTRY_SCHEMAS = {
  symptoms: symptomSchema,
  causes: causeSchema,
  fixes: fixSchema,
  guides: guideSchema,
} as const;

/** Every collection of the model, with the schema its files must pass. Trees are `content/trees/<id>.yaml`. */
export const SCHEMAS = { ...ENTRY_SCHEMAS, trees: treeSchema } as const;

export type KbCollection = keyof typeof ENTRY_SCHEMAS;
export type ModelCollection = keyof typeof SCHEMAS;
export const KB_COLLECTIONS = Object.keys(ENTRY_SCHEMAS) as KbCollection[];

/** A field of a collection that holds ids of other entries, as its schema declares with `refTo`. */
export interface ReferenceField {
  field: string;
  to: ReferenceTarget;
}

/** The reference fields of a collection, read from its schema: a new one is checked as soon as it is declared. */
export function referenceFields(collection: KbCollection): ReferenceField[] {
  const found: ReferenceField[] = [];
  for (const [field, declared] of Object.entries(ENTRY_SCHEMAS[collection].shape)) {
    let schema: z.ZodType = declared;
    for (;;) {
      if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
      else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
      else break;
    }
    const target = references.get(schema);
    if (target) found.push({ field, to: target.to });
  }
  return found;
}

export type Symptom = z.output<typeof symptomSchema>;
export type Cause = z.output<typeof causeSchema>;
export type Fix = z.output<typeof fixSchema>;
export type Guide = z.output<typeof guideSchema>;
export type { Tree };
export type EntryData = { [C in ModelCollection]: z.output<(typeof SCHEMAS)[C]> };

/** A checked Markdown entry: its id (equal to the file name), its data and its body. */
export interface Entry<C extends KbCollection = KbCollection> {
  id: string;
  collection: C;
  /** `contentDir`/collection/name, for messages. */
  file: string;
  data: EntryData[C];
  body: string;
  /** Line of the file where the body starts, so body problems name file lines. */
  bodyLine: number;
  /** The file as read (after BOM and line-end normalisation): the loader renders and digests it. */
  source: string;
}

export interface TreeFile {
  id: string;
  collection: 'trees';
  file: string;
  data: Tree;
  source: string;
}

export type KnowledgeBase = { [C in KbCollection]: Entry<C>[] } & {
  trees: TreeFile[];
  relations: Relations;
};
