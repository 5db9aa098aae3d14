/** The lookup index straight from `content/`, for the command line and the benchmarks. */
import { loadCheckedKnowledgeBase } from '../kb/checked.ts';
import { buildLookupIndex, type LookupIndex } from './lookup-index.ts';
import { lookupSources } from './sources.ts';

export function lookupIndexFromContent(dir?: string): LookupIndex {
  return buildLookupIndex(lookupSources(loadCheckedKnowledgeBase(dir)));
}
