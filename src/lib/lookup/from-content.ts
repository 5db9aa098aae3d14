/** The lookup index straight from `content/`, for the command line and the benchmarks. */
import { loadCheckedKnowledgeBase } from '../../integrations/knowledge-base.ts';
import { buildLookupIndex, type LookupIndex } from './lookup-index.ts';
import { lookupSources } from './sources.ts';

export function lookupIndexFromContent(dir?: string): LookupIndex {
  const kb = loadCheckedKnowledgeBase(dir);
  return buildLookupIndex(
    lookupSources(
      kb.symptoms.map((s) => s.data),
      kb.causes.map((c) => c.data),
    ),
  );
}
