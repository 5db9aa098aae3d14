/**
 * The whole-knowledge-base check: every file against its schema, then the rules that span files
 * (ids equal file names and are unique, references resolve, bodies are linkable). The build runs it
 * before Astro reads the collections; tests run it on broken fixtures.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../../schemas/common.ts';
import { symptomSchema } from '../../schemas/symptom.ts';
import { causeSchema } from '../../schemas/cause.ts';
import { fixSchema } from '../../schemas/fix.ts';
import { guideSchema } from '../../schemas/guide.ts';
import type { KbCollection } from '../../schemas/ref.ts';
import { loadRawEntries, loadRawTrees, type RawEntry } from './load.ts';
import { treeSchema, type Tree } from '../../schemas/tree.ts';
import { validateTree } from '../trees/validate.ts';
import { readBody } from './markdown-body.ts';
import { disruptiveAction, SHELL_LANGS, simpleCommands, writingAction } from './command-effects.ts';

const idRef = () => z.string();
const TREE_SCHEMA = treeSchema(idRef);
const SCHEMAS = {
  symptoms: symptomSchema(idRef),
  causes: causeSchema(idRef),
  fixes: fixSchema(),
  guides: guideSchema(),
} as const;

export type Symptom = z.output<(typeof SCHEMAS)['symptoms']>;
export type Cause = z.output<(typeof SCHEMAS)['causes']>;
export type Fix = z.output<(typeof SCHEMAS)['fixes']>;
export type Guide = z.output<(typeof SCHEMAS)['guides']>;

export interface Entry<C extends KbCollection, D> {
  collection: C;
  file: string;
  data: D;
  body: string;
  /** Line of the file where the body starts, so body problems name file lines. */
  bodyLine: number;
}

export interface KnowledgeBase {
  symptoms: Entry<'symptoms', Symptom>[];
  causes: Entry<'causes', Cause>[];
  fixes: Entry<'fixes', Fix>[];
  guides: Entry<'guides', Guide>[];
  trees: { file: string; data: Tree }[];
}

export interface KbProblem {
  file: string;
  /** Dotted path of the field (`causes.2`), or `body:LINE` for the Markdown body. */
  field: string;
  message: string;
  fix: string;
}

const FORMAT_HINT = 'content/README.md の形式を参照してください';

/** Site paths an internal link may point at, keyed by their first segment. */
const LINKABLE = new Set(['symptoms', 'causes', 'fixes', 'guides']);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function schemaProblems(raw: Pick<RawEntry, 'file' | 'data'>, error: z.ZodError, hint = FORMAT_HINT): KbProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    const missing = issue.code === 'invalid_type' && valueAt(raw.data, issue.path) === undefined;
    return {
      file: raw.file,
      field,
      message: missing ? `必須フィールド ${field} がありません` : issue.message,
      fix: missing ? `${field} を追加してください（${hint}）` : `${field} を直してください（${hint}）`,
    };
  });
}

/** Parses and checks every entry under `contentDir`. `problems` is empty when the content is sound. */
export function checkKnowledgeBase(contentDir: string): { kb: KnowledgeBase; problems: KbProblem[] } {
  const problems: KbProblem[] = [];
  const kb: KnowledgeBase = { symptoms: [], causes: [], fixes: [], guides: [], trees: [] };
  const owners = new Map<string, string>();
  // Entries that failed their schema still exist as files: references to them are not reported
  // again, so one mistake yields one message.
  const unreadable: Unreadable = { ids: new Set(), collections: new Set() };

  for (const raw of loadRawEntries(contentDir)) {
    if (raw.parseError) {
      problems.push({ file: raw.file, field: '(frontmatter)', message: raw.parseError, fix: FORMAT_HINT });
      unreadable.ids.add(raw.fileId);
      unreadable.collections.add(raw.collection);
      continue;
    }
    if (!ID_PATTERN.test(raw.fileId)) {
      problems.push({
        file: raw.file,
        field: 'id',
        message: `ファイル名 "${raw.fileId}" が ASCII の kebab-case ではありません`,
        fix: 'ファイル名（= id）を a-z, 0-9 とハイフンだけにしてください',
      });
    }
    const parsed = SCHEMAS[raw.collection].safeParse(raw.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(raw, parsed.error));
      unreadable.ids.add(raw.fileId);
      unreadable.collections.add(raw.collection);
      continue;
    }
    const data = parsed.data;
    if (data.id !== raw.fileId) {
      problems.push({
        file: raw.file,
        field: 'id',
        message: `id "${data.id}" がファイル名 "${raw.fileId}" と違います`,
        fix: `id とファイル名を揃えてください（id は URL になるので、公開済みなら id を変えず redirect_from を使います）`,
      });
    }
    for (const key of [data.id, ...data.redirect_from]) {
      const owner = owners.get(key);
      if (owner) {
        problems.push({
          file: raw.file,
          field: key === data.id ? 'id' : 'redirect_from',
          message: `id "${key}" は ${owner} ですでに使われています`,
          fix: 'id はすべてのコレクションを通して一意にしてください',
        });
      } else {
        owners.set(key, raw.file);
      }
    }
    (kb[raw.collection] as Entry<KbCollection, unknown>[]).push({
      collection: raw.collection,
      file: raw.file,
      data,
      body: raw.body,
      bodyLine: raw.bodyLine,
    });
  }

  problems.push(...crossProblems(kb, unreadable));
  problems.push(...commandProblems(kb));
  problems.push(...treeProblems(contentDir, kb, owners, unreadable));
  return { kb, problems };
}

interface Unreadable {
  ids: Set<string>;
  collections: Set<KbCollection>;
}

function crossProblems(kb: KnowledgeBase, unreadable: Unreadable): KbProblem[] {
  const problems: KbProblem[] = [];
  const ids = {
    symptoms: new Set(kb.symptoms.map((e) => e.data.id)),
    causes: new Set(kb.causes.map((e) => e.data.id)),
    fixes: new Set(kb.fixes.map((e) => e.data.id)),
    guides: new Set(kb.guides.map((e) => e.data.id)),
  };
  const anyId = (id: string) => unreadable.ids.has(id) || Object.values(ids).some((set) => set.has(id));
  const exists = (collection: KbCollection, id: string) => ids[collection].has(id) || unreadable.ids.has(id);
  const missingRef = (file: string, field: string, id: string, collection: KbCollection): KbProblem => ({
    file,
    field,
    message: `参照先 "${id}" が ${collection} にありません`,
    fix: `content/${collection}/${id}.md を作るか、正しい id に直してください`,
  });

  for (const { file, data } of kb.symptoms) {
    data.causes.forEach((id, i) => {
      if (!exists('causes', id)) problems.push(missingRef(file, `causes.${i}`, id, 'causes'));
    });
  }
  const explained = new Set(kb.symptoms.flatMap((e) => e.data.causes));
  for (const { file, data } of kb.causes) {
    data.fixes.forEach((id, i) => {
      if (!exists('fixes', id)) problems.push(missingRef(file, `fixes.${i}`, id, 'fixes'));
    });
    if (!explained.has(data.id) && !unreadable.collections.has('symptoms')) {
      problems.push({
        file,
        field: 'id',
        message: `原因 "${data.id}" はどの症状の causes にもありません`,
        fix: 'この原因で説明できる症状の causes に id を追加してください',
      });
    }
  }
  for (const { file, data } of kb.guides) {
    data.related.forEach((id, i) => {
      if (!anyId(id)) {
        problems.push({
          file,
          field: `related.${i}`,
          message: `参照先 "${id}" がどのコレクションにもありません`,
          fix: '存在する症状・原因・対処・ガイドの id に直してください',
        });
      }
    });
  }

  const all = [...kb.symptoms, ...kb.causes, ...kb.fixes, ...kb.guides];
  for (const { file, body, bodyLine } of all) {
    const facts = readBody(body, bodyLine);
    const seen = new Set<string>();
    for (const h of facts.headings) {
      const field = `body:${h.line}`;
      if (h.id === undefined) {
        problems.push({
          file,
          field,
          message: `見出し「${h.text}」に id がありません`,
          fix: `見出しの末尾に ASCII の id を付けてください（例: ## ${h.text} {#steps}）`,
        });
      } else if (!ID_PATTERN.test(h.id)) {
        problems.push({
          file,
          field,
          message: `見出し「${h.text}」の id "${h.id}" が ASCII の kebab-case ではありません`,
          fix: 'id を a-z, 0-9 とハイフンだけにしてください',
        });
      } else if (seen.has(h.id)) {
        problems.push({ file, field, message: `見出し id "${h.id}" がページ内で重複しています`, fix: '別の id にしてください' });
      }
      if (h.id) seen.add(h.id);
    }
    for (const line of facts.codeBlocksWithoutLang) {
      problems.push({
        file,
        field: `body:${line}`,
        message: 'コードブロックに言語がありません',
        fix: '``` の直後に言語を書いてください（bash, json, yaml, text など）',
      });
    }
    for (const link of facts.internalLinks) {
      const [path] = link.url.split('#');
      const segments = (path ?? '').split('/').filter(Boolean);
      const [section, id] = segments;
      if (!section || !LINKABLE.has(section)) continue;
      const resolves = id !== undefined && segments.length === 2 && exists(section as KbCollection, id) && path?.endsWith('/');
      if (!resolves) {
        problems.push({
          file,
          field: `body:${link.line}`,
          message: `リンク ${link.url} の行き先がありません`,
          fix: `存在するエントリーの URL（/${section}/<id>/）に直してください`,
        });
      }
    }
  }
  return problems;
}

/** The first command of `script` for which `effect` names an action. */
function firstAction(script: string, effect: (command: string) => string | undefined): string | undefined {
  for (const command of simpleCommands(script)) {
    const action = effect(command);
    if (action) return action;
  }
  return undefined;
}

const READ_ONLY_FIX =
  '読み取りだけのコマンドに替えてください（ecspresso verify なら --no-put-logs を付け、deploy などは --dry-run で確かめます）';

/**
 * Commands against their labels: a fix that stops, terminates, deletes, force-deregisters or
 * restarts something is `disruptive`, and a cause's confirm step only reads.
 */
function commandProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  for (const { file, data, body, bodyLine } of kb.fixes) {
    if (data.risk === 'disruptive') continue;
    for (const block of readBody(body, bodyLine).codeBlocks) {
      if (!SHELL_LANGS.has(block.lang)) continue;
      const action = firstAction(block.value, disruptiveAction);
      if (!action) continue;
      problems.push({
        file,
        field: 'risk',
        message: `risk が ${data.risk} ですが、手順（${block.line} 行目）の「${action}」は稼働中のものを止める・消す・再起動します`,
        fix: 'risk を disruptive にしてください（そのコマンドが不要なら手順から外してください）',
      });
      break;
    }
  }
  for (const { file, data } of kb.causes) {
    const action = data.confirm.command && data.confirm.lang === 'bash' ? firstAction(data.confirm.command, writingAction) : undefined;
    if (action) {
      problems.push({
        file,
        field: 'confirm.command',
        message: `確認手順のコマンド「${action}」は AWS やホストに書き込みます。確認は読み取りだけにします`,
        fix: READ_ONLY_FIX,
      });
    }
  }
  return problems;
}

function treeProblems(contentDir: string, kb: KnowledgeBase, owners: Map<string, string>, unreadable: Unreadable): KbProblem[] {
  const problems: KbProblem[] = [];
  const raws = loadRawTrees(contentDir);
  const treeIds = new Set(raws.map((t) => t.fileId));
  const causeIds = new Set([...kb.causes.map((c) => c.data.id), ...unreadable.ids]);
  for (const raw of raws) {
    if (raw.parseError) {
      problems.push({ file: raw.file, field: '(yaml)', message: raw.parseError, fix: 'content/trees/README.md の形式を参照してください' });
      continue;
    }
    const parsed = TREE_SCHEMA.safeParse(raw.data);
    if (!parsed.success) {
      problems.push(
        ...schemaProblems({ file: raw.file, data: raw.data }, parsed.error, 'content/trees/README.md の形式を参照してください'),
      );
      continue;
    }
    const tree = parsed.data as Tree;
    if (tree.id !== raw.fileId) {
      problems.push({
        file: raw.file,
        field: 'id',
        message: `id "${tree.id}" がファイル名 "${raw.fileId}" と違います`,
        fix: 'id とファイル名を揃えてください',
      });
    }
    const owner = owners.get(tree.id);
    if (owner)
      problems.push({
        file: raw.file,
        field: 'id',
        message: `id "${tree.id}" は ${owner} ですでに使われています`,
        fix: 'id はすべてのコレクションを通して一意にしてください',
      });
    problems.push(...validateTree(raw.file, tree, { causeIds, treeIds }));
    for (const [nodeId, node] of Object.entries(tree.nodes)) {
      const action = 'command' in node && node.command ? firstAction(node.command, writingAction) : undefined;
      if (action) {
        problems.push({
          file: raw.file,
          field: `nodes.${nodeId}.command`,
          message: `ヒントのコマンド「${action}」は AWS やホストに書き込みます。ヒントのコマンドは読み取りだけにします`,
          fix: READ_ONLY_FIX,
        });
      }
    }
    kb.trees.push({ file: raw.file, data: tree });
  }
  return problems;
}

export function formatProblems(problems: readonly KbProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}\n  → ${p.fix}`).join('\n');
}
