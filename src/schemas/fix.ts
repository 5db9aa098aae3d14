import { z } from 'astro/zod';
import { idSchema, launchTargetSchema, redirectFromSchema, sourceSchema, summarySchema, verifiedSchema } from './common.ts';

/** How much a fix can disturb production; shown as a warning on the page. */
export const RISKS = {
  'read-only': '読み取りのみ（変更なし）',
  'changes-config': '設定を変更します',
  disruptive: '稼働中のサービスに影響します',
} as const;
export type Risk = keyof typeof RISKS;

export const fixSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  summary: summarySchema,
  risk: z.enum(Object.keys(RISKS) as [Risk, ...Risk[]]),
  /** Default: both launch types. */
  applies_to: z.array(launchTargetSchema).min(1).default(['fargate', 'ec2']),
  sources: z.array(sourceSchema).min(1, 'sources に確認した一次情報を 1 つ以上書いてください'),
  verified: verifiedSchema,
  redirect_from: redirectFromSchema,
});
