/**
 * The knowledge base as the pages see it: the checked entries as Astro collections (so bodies can
 * be rendered), plus the relations in both directions. Loaded once per build and shared by every
 * page. The data is the content check's own (see loader.ts): references are plain ids.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildRelations, type Relations } from './relations.ts';

export type SymptomEntry = CollectionEntry<'symptoms'>;
export type CauseEntry = CollectionEntry<'causes'>;
export type FixEntry = CollectionEntry<'fixes'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type TreeEntry = CollectionEntry<'trees'>;

export interface SiteKnowledgeBase {
  symptoms: SymptomEntry[];
  causes: CauseEntry[];
  fixes: FixEntry[];
  guides: GuideEntry[];
  trees: TreeEntry[];
  symptom(id: string): SymptomEntry;
  cause(id: string): CauseEntry;
  fix(id: string): FixEntry;
  /** Title of any entry by id (guides may relate to any collection). */
  find(id: string): SymptomEntry | CauseEntry | FixEntry | GuideEntry | undefined;
  relations: Relations;
}

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
  const [symptoms, causes, fixes, guides, trees] = await Promise.all([
    getCollection('symptoms'),
    getCollection('causes'),
    getCollection('fixes'),
    getCollection('guides'),
    getCollection('trees'),
  ]);
  const all = new Map<string, SymptomEntry | CauseEntry | FixEntry | GuideEntry>();
  for (const e of [...symptoms, ...causes, ...fixes, ...guides]) all.set(e.id, e);
  return {
    symptoms,
    causes,
    fixes,
    guides,
    trees,
    symptom: indexById(symptoms, 'symptoms'),
    cause: indexById(causes, 'causes'),
    fix: indexById(fixes, 'fixes'),
    find: (id) => all.get(id),
    relations: buildRelations({ symptoms, causes, guides }),
  };
}

export function loadSiteKnowledgeBase(): Promise<SiteKnowledgeBase> {
  loaded ??= load();
  return loaded;
}
