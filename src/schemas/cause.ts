import { z } from 'astro/zod';
import {
  aliasesSchema,
  idSchema,
  refTo,
  launchTargetSchema,
  redirectFromSchema,
  signaturesSchema,
  sourceSchema,
  summarySchema,
  verifiedSchema,
} from './common.ts';

/** The read-only check that tells a cause apart from the sibling causes of the same symptom. */
export const confirmSchema = z.strictObject({
  /** What to look at, in Japanese. Inline `code` allowed. */
  how: z.string().min(1),
  /** A read-only command (aws CLI, ecspresso, a log query). Optional when the check is a console place. */
  command: z.string().min(1).optional(),
  /** Language of `command` for highlighting. Default: bash. */
  lang: z.enum(['bash', 'text', 'json', 'sql']).default('bash'),
  /** What in the result identifies this cause rather than its siblings. */
  look_for: z.string().min(1),
});

/** A cause of one or more symptoms: how to confirm it and which fixes apply. */
export const causeSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  summary: summarySchema,
  applies_to: z.array(launchTargetSchema).min(1, 'applies_to に fargate / ec2 / external を 1 つ以上書いてください'),
  signatures: signaturesSchema,
  aliases: aliasesSchema,
  confirm: confirmSchema,
  /** Ids of fixes, most useful first (checked to exist). */
  fixes: z.array(refTo('fixes')).min(1, '原因には対処 (fixes) が 1 つ以上必要です'),
  sources: z.array(sourceSchema).min(1, 'sources に確認した一次情報を 1 つ以上書いてください'),
  verified: verifiedSchema,
  redirect_from: redirectFromSchema,
});
