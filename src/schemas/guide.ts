import { z } from 'astro/zod';
import { idSchema, redirectFromSchema, refTo, sourceSchema, summarySchema, verifiedSchema } from './common.ts';

/** A how-to page that is not a single fix (set-up, procedures). */
export const guideSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  summary: summarySchema,
  /** Ids of symptoms, causes or fixes this guide supports (checked to exist). Default: none. */
  related: z.array(refTo('any')).default([]),
  sources: z.array(sourceSchema).min(1, 'sources に確認した一次情報を 1 つ以上書いてください'),
  verified: verifiedSchema,
  redirect_from: redirectFromSchema,
});
