import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { symptomSchema } from './schemas/symptom.ts';
import { causeSchema } from './schemas/cause.ts';
import { fixSchema } from './schemas/fix.ts';
import { guideSchema } from './schemas/guide.ts';
import { treeSchema } from './schemas/tree.ts';
import { contentDir } from './lib/kb/content-dir.ts';

const markdownIn = (folder: string) => glob({ pattern: '*.md', base: `${contentDir()}/${folder}` });

/**
 * Starlight's docs schema, built once. <StarlightPage> asks for the docs schema on every page and
 * builds it anew each time (about 0.7 ms, so 0.7 s per thousand pages); nothing in it depends on
 * the page, so the first schema built serves every later call.
 */
function buildOnce<C, S>(schema: (context: C) => S): (context: C) => S {
  let built: S | undefined;
  return (context) => (built ??= schema(context));
}

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: buildOnce(docsSchema()) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  symptoms: defineCollection({ loader: markdownIn('symptoms'), schema: symptomSchema(reference) }),
  causes: defineCollection({ loader: markdownIn('causes'), schema: causeSchema(reference) }),
  fixes: defineCollection({ loader: markdownIn('fixes'), schema: fixSchema() }),
  guides: defineCollection({ loader: markdownIn('guides'), schema: guideSchema() }),
  trees: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir()}/trees` }), schema: treeSchema(reference) }),
};
