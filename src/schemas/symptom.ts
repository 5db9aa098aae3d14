import { z } from 'astro/zod';
import {
  aliasesSchema,
  areaSchema,
  idSchema,
  refTo,
  launchTargetSchema,
  redirectFromSchema,
  signaturesSchema,
  sourceSchema,
  summarySchema,
  verifiedSchema,
} from './common.ts';

/** Where an engineer meets the text of a symptom. */
export const SEEN_IN = {
  stoppedReason: '停止したタスクの stoppedReason',
  'service-event': 'サービスイベント',
  'container-log': 'コンテナのログ',
  'api-error': 'API / CLI のエラー',
  'ecspresso-output': 'ecspresso の出力',
  behaviour: '挙動（メッセージなし）',
} as const;
export type SeenIn = keyof typeof SEEN_IN;

/** What kind of response a symptom usually needs. */
export const TRIAGE_KINDS = {
  normal: '通常の動作（対応不要のことが多い）',
  retry: '一時的な問題（再試行で解消することが多い）',
  config: '設定の修正が必要',
  support: 'AWS サポートへの問い合わせが必要なことがある',
} as const;
export type TriageKind = keyof typeof TRIAGE_KINDS;

/** What an engineer sees: an error text or a behaviour, with its causes in order. */
export const symptomSchema = z.strictObject({
  /** Permanent id, equal to the file name. */
  id: idSchema,
  /** Japanese title; keeps the error string verbatim where the symptom is an error message. */
  title: z.string().min(1),
  summary: summarySchema,
  /** Index grouping. */
  area: areaSchema,
  seen_in: z.enum(Object.keys(SEEN_IN) as [SeenIn, ...SeenIn[]]),
  applies_to: z.array(launchTargetSchema).min(1, 'applies_to に fargate / ec2 / external を 1 つ以上書いてください'),
  signatures: signaturesSchema,
  aliases: aliasesSchema,
  /** One-line triage: is this normal, transient, a config fix, or a case for AWS Support? */
  triage: z.strictObject({
    kind: z.enum(Object.keys(TRIAGE_KINDS) as [TriageKind, ...TriageKind[]]),
    note: z.string().min(1),
  }),
  /** Cause ids, most likely first (checked to exist). */
  causes: z.array(refTo('causes')).min(1, '症状には原因 (causes) が 1 つ以上必要です'),
  sources: z.array(sourceSchema).min(1, 'sources に確認した一次情報を 1 つ以上書いてください'),
  verified: verifiedSchema,
  redirect_from: redirectFromSchema,
});
