import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { SCHEMAS, type ModelCollection } from './lib/kb/model.ts';
import { knowledgeBaseLoader } from './lib/kb/loader.ts';
import { pagePreviewSchema } from './lib/site/head.ts';

/**
 * A knowledge-base collection: the entries the content check read and checked (src/lib/kb/),
 * typed by the schema the check applied. References are plain ids; the check has already refused
 * any that leads nowhere, with the file, the field and the fix.
 */
const kb = <C extends ModelCollection>(collection: C) => ({ loader: knowledgeBaseLoader(collection), schema: SCHEMAS[collection] });

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
  // `preview`: the page's own link-preview card, written into <head> by src/route-middleware.ts.
  docs: defineCollection({
    loader: docsLoader(),
    schema: buildOnce(docsSchema({ extend: z.object({ preview: pagePreviewSchema.optional() }) })),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  symptoms: defineCollection(kb('symptoms')),
  causes: defineCollection(kb('causes')),
  fixes: defineCollection(kb('fixes')),
  guides: defineCollection(kb('guides')),
  trees: defineCollection(kb('trees')),
};
