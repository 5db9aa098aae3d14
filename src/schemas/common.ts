import { z } from 'astro/zod';

/** Permanent, URL-safe id: ASCII kebab-case. Equal to the file name (checked in `lib/kb/check.ts`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idOf = () => z.string().regex(ID_PATTERN, 'id は ASCII の kebab-case（例: cannot-pull-container）にしてください');
export const idSchema = idOf();

/** What a reference field points at: the entries of one collection, or any entry. */
export type ReferenceTarget = 'symptoms' | 'causes' | 'fixes' | 'guides' | 'any';

/** The reference fields of the schemas, each with its target: the content check reads them here. */
export const references = z.registry<{ to: ReferenceTarget }>();

/** The id of another entry. The content check finds every field built from this and checks the id exists. */
export const refTo = (to: ReferenceTarget) => idOf().register(references, { to });

/** Where a symptom or cause applies. */
export const launchTargetSchema = z.enum(['fargate', 'ec2', 'external']);

/** A primary source the facts were checked against. */
export const sourceSchema = z.strictObject({
  /** Japanese title of the page. */
  title: z.string().min(1),
  /** Absolute https URL. Knowledge Center links use https://repost.aws/ja/knowledge-center/<slug>. */
  url: z.url({ protocol: /^https$/, error: 'url は https:// で始まる絶対 URL にしてください' }),
});

/** When and against what an entry's facts were last checked. */
const DATE_FORM = '日付は YYYY-MM-DD の形で書いてください（例: 2026-01-15）';
export const verifiedSchema = z.strictObject({
  /** Day of the check (YAML date or YYYY-MM-DD). */
  date: z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATE_FORM)], { error: DATE_FORM })
    .transform((day) => new Date(day))
    .refine((day) => !Number.isNaN(day.getTime()), DATE_FORM),
  /** The primary source it was checked against, in words. */
  against: z.string().min(1),
});

/** Hosts whose pages may be cited as the source of a signature (see content/README.md). */
export const SIGNATURE_SOURCE_HOSTS = ['docs.aws.amazon.com', 'repost.aws', 'github.com'] as const;

export const SIGNATURE_SOURCE_HINT =
  'source には、この文言がそのまま載っているページの https URL（AWS ドキュメント、re:Post、GitHub のソースファイルか issue）を書いてください';

/**
 * One error text template, verbatim from the page in `source`; variable parts are written `{name}`.
 */
export const signatureSchema = z.object(
  {
    text: z
      .string()
      .min(8, 'シグネチャが短すぎます。エラーメッセージの特徴的な部分をそのまま書いてください')
      .refine((s) => !/\{[^}]*$/.test(s) && !/^[^{]*\}/.test(s), '波かっこ {name} が閉じていません'),
    source: z
      .url({ protocol: /^https$/, error: SIGNATURE_SOURCE_HINT })
      .refine(
        (url) => URL.canParse(url) && (SIGNATURE_SOURCE_HOSTS as readonly string[]).includes(new URL(url).hostname),
        `source のホストは ${SIGNATURE_SOURCE_HOSTS.join('、')} のどれかにしてください（この文言が載っている一次情報を指します）`,
      ),
  },
  { error: 'シグネチャは text（エラー文）と source（その文言が載っている URL）を持つオブジェクトで書いてください' },
);
export type Signature = z.output<typeof signatureSchema>;

/** Error text templates with their provenance. Default: none (a behaviour with no message). */
export const signaturesSchema = z.array(signatureSchema).default([]);

/** Words people type for an entry (Japanese compounds, short English names). Default: none. */
export const aliasesSchema = z.array(z.string().min(1)).default([]);

/** Former ids that must keep working as URLs. Default: none. */
export const redirectFromSchema = z.array(idSchema).default([]);

/** One line for link previews and lists. */
export const summarySchema = z.string().min(1).max(120, 'summary はリンクプレビューに使うため 120 文字以内にしてください');

/** Areas used to group symptoms on the index pages and in the sidebar. */
export const AREAS = {
  'task-start': 'タスクの起動・停止',
  'load-balancing': 'ロードバランサーとヘルスチェック',
  deployment: 'デプロイ',
  access: 'アクセス・ECS Exec・ログ・権限',
  instances: 'コンテナインスタンスと API',
} as const;
export type Area = keyof typeof AREAS;
export const areaSchema = z.enum(Object.keys(AREAS) as [Area, ...Area[]]);
