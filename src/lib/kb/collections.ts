/**
 * The knowledge base as the pages see it: the checked entries as Astro collections (so bodies can
 * be rendered), plus the relations in both directions. Loaded once per build and shared by every
 * page. The data is the content check's own (see loader.ts): references are plain ids, and the
 * relations are the ones the check derived (checked.ts), not derived a second time here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadCheckedKnowledgeBase } from './checked.ts';
import type { Relations } from './relations.ts';
import { KB_COLLECTIONS, SCHEMAS, type KbCollection, type ModelCollection } from './model.ts';

export type SymptomEntry = CollectionEntry<'symptoms'>;
export type CauseEntry = CollectionEntry<'causes'>;
export type FixEntry = CollectionEntry<'fixes'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type TreeEntry = CollectionEntry<'trees'>;

/** Every collection's entries, by collection name. */
type Collections = { [C in ModelCollection]: CollectionEntry<C>[] };
export type KbEntry = CollectionEntry<KbCollection>;

export type SiteKnowledgeBase = Collections & {
  symptom(id: string): SymptomEntry;
  cause(id: string): CauseEntry;
  fix(id: string): FixEntry;
  /** Any entry by id (guides may relate to any collection). */
  find(id: string): KbEntry | undefined;
  relations: Relations;
};

let loaded: Promise<SiteKnowledgeBase> | undefined;

function indexById<T extends { id: string }>(entries: T[], collection: string): (id: string) => T {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new Error(`${collection} に "${id}" がありません`);
    return entry;
  };
}

async function load(): Promise<SiteKnowledgeBase> {
  const names = Object.keys(SCHEMAS) as ModelCollection[];
  const lists = await Promise.all(names.map((name) => getCollection(name)));
  const collections = Object.fromEntries(names.map((name, i) => [name, lists[i]])) as Collections;
  const all = new Map<string, KbEntry>(KB_COLLECTIONS.flatMap((c): KbEntry[] => collections[c]).map((e) => [e.id, e]));
  return {
    ...collections,
    symptom: indexById(collections.symptoms, 'symptoms'),
    cause: indexById(collections.causes, 'causes'),
    fix: indexById(collections.fixes, 'fixes'),
    find: (id) => all.get(id),
    relations: loadCheckedKnowledgeBase().relations,
  };
}

export function loadSiteKnowledgeBase(): Promise<SiteKnowledgeBase> {
  loaded ??= load();
  return loaded;
}
