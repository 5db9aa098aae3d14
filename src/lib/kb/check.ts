/**
 * The whole-knowledge-base check: every file against its schema, then the rules that span files
 * (ids equal file names and are unique, references resolve, bodies are linkable). The result is
 * the model (model.ts) that the Astro config and the content-layer loader share (checked.ts), so
 * the pages get what was checked; tests run it on broken fixtures.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, SIGNATURE_SOURCE_HINT } from '../../schemas/common.ts';
import { loadRawEntries, loadRawTrees, strayFiles, type RawEntry } from './load.ts';
import { isQuestion, type Tree } from '../../schemas/tree.ts';
import { KB_COLLECTIONS, referenceFields, SCHEMAS, type Entry, type KbCollection, type KnowledgeBase, type Symptom } from './model.ts';
import { buildRelations } from './relations.ts';
import type { KbProblem } from './problems.ts';
import { validateTree } from '../trees/validate.ts';
import { linkTarget, readBody, type BodyFacts } from './markdown-body.ts';
import { errorFamilies } from '../errors/families.ts';
import { closest, knownKeysAt } from './field-names.ts';
import { disruptiveAction, SHELL_LANGS, simpleCommands, writingAction } from './command-effects.ts';
import { TO_WRITE, unwrittenParts } from './scaffold.ts';
import { placeholderProblems } from './placeholders.ts';

export type { KnowledgeBase } from './model.ts';

/**
 * Zod's own messages (a wrong type, a value out of range) in Japanese; the schemas' own messages
 * stay as written.
 */
export const JAPANESE_ERRORS = z.locales.ja().localeError;

const FORMAT_HINT = 'content/README.md の形式を参照してください';

/** Site paths an internal link may point at, keyed by their first segment: every entry collection. */
const LINKABLE = new Set<string>(KB_COLLECTIONS);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

type Issue = z.core.$ZodIssue;

/**
 * A value that matches no branch of a union (a tree node that is neither a question nor an
 * outcome) is reported as the branch it came closest to, so the message names the real field.
 */
function withoutUnions(issues: readonly Issue[]): Issue[] {
  const weight = (branch: readonly Issue[]) => branch.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const closest = [...issue.errors].sort((a, b) => weight(a) - weight(b))[0]!;
    return withoutUnions(closest.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue));
  });
}

function schemaProblems(raw: Pick<RawEntry, 'file' | 'data'>, schema: z.ZodType, zodError: z.ZodError, hint = FORMAT_HINT): KbProblem[] {
  const error = { issues: withoutUnions(zodError.issues) };
  // A misspelt required field is one mistake: the unknown name says it, not also the missing one.
  const meant = new Set(
    error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => {
            const suggestion = closest(key, knownKeysAt(schema, issue.path));
            return suggestion ? [[...issue.path.map(String), suggestion].join('.')] : [];
          })
        : [],
    ),
  );
  return error.issues.flatMap((issue): KbProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const field = [...issue.path.map(String), key].join('.');
        const suggestion = closest(key, known);
        return {
          name: 'unknown-field' as const,
          file: raw.file,
          field,
          message: `${field} は知らないフィールドです`,
          fix: suggestion
            ? `${[...issue.path.map(String), suggestion].join('.')} の書き間違いではありませんか（書けるフィールド: ${known.join(', ')}）`
            : `書けるフィールドは ${known.join(', ')} です（${hint}）`,
        };
      });
    }
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    // A field left out reads as a wrong type (or, for a list of choices, a wrong value) of undefined.
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(raw.data, issue.path) === undefined;
    if (missing && meant.has(field)) return [];
    // A signature without its source: say what the source must be, not only that it is missing.
    const signatureSource = /^signatures\.\d+\.source$/.test(field);
    return [
      {
        name: missing ? 'missing-field' : 'invalid-value',
        file: raw.file,
        field,
        message: missing ? `必須フィールド ${field} がありません` : issue.message,
        fix: missing
          ? signatureSource
            ? SIGNATURE_SOURCE_HINT
            : `${field} を追加してください（${hint}）`
          : `${field} を直してください（${hint}）`,
      },
    ];
  });
}

/** Parses and checks every entry under `contentDir`. `problems` is empty when the content is sound. */
export function checkKnowledgeBase(contentDir: string): { kb: KnowledgeBase; problems: KbProblem[] } {
  const problems: KbProblem[] = [];
  const entries = Object.fromEntries(KB_COLLECTIONS.map((c) => [c, []])) as unknown as { [C in KbCollection]: Entry<C>[] };
  const owners = new Map<string, string>();
  // Entries that failed their schema still exist as files: references to them are not reported
  // again, so one mistake yields one message.
  const unreadable: Unreadable = { ids: new Set(), collections: new Set() };

  for (const stray of strayFiles(contentDir)) {
    problems.push({
      name: 'stray-file',
      file: stray.file,
      field: '(file)',
      message: `拡張子が ${stray.expected} ではないため、このファイルはサイトに載りません`,
      fix: `ファイル名を <id>${stray.expected} にしてください（小文字の ${stray.expected} だけを読みます）`,
    });
  }
  for (const raw of loadRawEntries(contentDir)) {
    if (raw.parseError) {
      problems.push({
        name: raw.parseError.name,
        file: raw.file,
        field: '(frontmatter)',
        message: raw.parseError.message,
        fix: FORMAT_HINT,
      });
      unreadable.ids.add(raw.fileId);
      unreadable.collections.add(raw.collection);
      continue;
    }
    if (!ID_PATTERN.test(raw.fileId)) {
      problems.push({
        name: 'invalid-file-name',
        file: raw.file,
        field: 'id',
        message: `ファイル名 "${raw.fileId}" が ASCII の kebab-case ではありません`,
        fix: 'ファイル名（= id）を a-z, 0-9 とハイフンだけにしてください',
      });
    }
    // A scaffold (`npm run new`) still being written: say where and what, not what the schema
    // thinks of a placeholder; any other mistake in the file is still reported.
    const unwritten = unwrittenParts(raw.data, raw.body, raw.bodyLine);
    if (unwritten.length > 0) {
      problems.push(
        ...unwritten.map((u) => ({
          name: 'unwritten-part' as const,
          file: raw.file,
          field: u.field,
          message: `まだ書かれていません: ${u.what}`,
          fix: `${TO_WRITE} とその後の説明を消して、説明どおりの内容を書いてください`,
        })),
      );
      const marked = (field: string) => unwritten.some((u) => field === u.field || field.startsWith(`${u.field}.`));
      const parsedDraft = SCHEMAS[raw.collection].safeParse(raw.data, { error: JAPANESE_ERRORS });
      if (!parsedDraft.success)
        problems.push(...schemaProblems(raw, SCHEMAS[raw.collection], parsedDraft.error).filter((p) => !marked(p.field)));
      unreadable.ids.add(raw.fileId);
      unreadable.collections.add(raw.collection);
      continue;
    }
    const parsed = SCHEMAS[raw.collection].safeParse(raw.data, { error: JAPANESE_ERRORS });
    if (!parsed.success) {
      problems.push(...schemaProblems(raw, SCHEMAS[raw.collection], parsed.error));
      unreadable.ids.add(raw.fileId);
      unreadable.collections.add(raw.collection);
      continue;
    }
    const data = parsed.data;
    for (const field of ['title', 'summary'] as const) problems.push(...tagProblems(raw.file, field, data[field]));
    if ('signatures' in data) {
      const seen = new Set<string>();
      data.signatures.forEach(({ text }, i) => {
        if (seen.has(text)) {
          problems.push({
            name: 'duplicate-signature',
            file: raw.file,
            field: `signatures.${i}.text`,
            message: `シグネチャ "${text}" が同じエントリーに 2 回あります`,
            fix: '重複したシグネチャを 1 つにしてください（出典が複数あるときはどれか 1 つで足ります）',
          });
        }
        seen.add(text);
      });
    }
    if (data.id !== raw.fileId) {
      problems.push({
        name: 'id-file-mismatch',
        file: raw.file,
        field: 'id',
        message: `id "${data.id}" がファイル名 "${raw.fileId}" と違います`,
        fix: `id とファイル名を揃えてください（id は URL になるので、公開済みなら id を変えず redirect_from を使います）`,
      });
      // Other files name the entry one way or the other: neither is reported again.
      unreadable.ids.add(raw.fileId);
      unreadable.ids.add(data.id);
    }
    for (const key of [data.id, ...data.redirect_from]) {
      const owner = owners.get(key);
      if (owner) {
        problems.push({
          name: 'duplicate-id',
          file: raw.file,
          field: key === data.id ? 'id' : 'redirect_from',
          message: `id "${key}" は ${owner} ですでに使われています`,
          fix: 'id はすべてのコレクションを通して一意にしてください',
        });
      } else {
        owners.set(key, raw.file);
      }
    }
    (entries[raw.collection] as Entry[]).push({
      id: data.id,
      collection: raw.collection,
      file: raw.file,
      data,
      body: raw.body,
      bodyLine: raw.bodyLine,
      source: raw.source,
    });
  }

  // The one place relations are derived: the pages take them from this model (collections.ts).
  const kb: KnowledgeBase = { ...entries, trees: [], relations: buildRelations(entries) };
  // Each body is parsed once for both the command and the body rules (Markdown parsing is most of
  // the check's time: about 1.6 s at 1,000 entries when every body was parsed twice).
  const facts = new Map(KB_COLLECTIONS.flatMap((c): Entry[] => kb[c]).map((e) => [e, readBody(e.body, e.bodyLine)]));
  problems.push(...crossProblems(kb, unreadable));
  problems.push(...commandProblems(kb, facts));
  const unreadableTrees = new Set<string>();
  problems.push(...treeProblems(contentDir, kb, owners, unreadable, unreadableTrees));
  problems.push(...bodyProblems(kb, unreadable, unreadableTrees, facts));
  problems.push(...shellPlaceholderProblems(kb, facts));
  return { kb, problems };
}

interface Unreadable {
  ids: Set<string>;
  collections: Set<KbCollection>;
}

function crossProblems(kb: KnowledgeBase, unreadable: Unreadable): KbProblem[] {
  const problems: KbProblem[] = [];
  const ids = Object.fromEntries(KB_COLLECTIONS.map((c) => [c, new Set(kb[c].map((e) => e.id))])) as Record<KbCollection, Set<string>>;
  const anyId = (id: string) => unreadable.ids.has(id) || Object.values(ids).some((set) => set.has(id));
  const exists = (collection: KbCollection, id: string) => ids[collection].has(id) || unreadable.ids.has(id);
  const missingRef = (file: string, field: string, id: string, collection: KbCollection): KbProblem => ({
    name: 'unknown-reference',
    file,
    field,
    message: `参照先 "${id}" が ${collection} にありません`,
    fix: `content/${collection}/${id}.md を作るか、正しい id に直してください`,
  });
  const missingAnywhere = (file: string, field: string, id: string): KbProblem => ({
    name: 'unknown-reference',
    file,
    field,
    message: `参照先 "${id}" がどのコレクションにもありません`,
    fix: '存在する症状・原因・対処・ガイドの id に直してください',
  });

  // Every reference field the schemas declare (`refTo`): a symptom's causes, a cause's fixes, a
  // guide's related entries. Dangling cause ids are kept apart: see the orphans below.
  const danglingCauses: KbProblem[] = [];
  for (const collection of KB_COLLECTIONS) {
    for (const { field, to } of referenceFields(collection)) {
      for (const { file, data } of kb[collection]) {
        const value = (data as Record<string, unknown>)[field];
        const targets = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
        targets.forEach((id, i) => {
          const at = Array.isArray(value) ? `${field}.${i}` : field;
          if (to === 'any') {
            if (!anyId(id)) problems.push(missingAnywhere(file, at, id));
          } else if (!exists(to, id)) (to === 'causes' ? danglingCauses : problems).push(missingRef(file, at, id, to));
        });
      }
    }
  }
  problems.push(...danglingCauses);
  const orphans: KbProblem[] = [];
  for (const { file, data } of kb.causes) {
    if (!kb.relations.symptomsOfCause.has(data.id) && !unreadable.collections.has('symptoms') && !unreadable.ids.has(data.id)) {
      orphans.push({
        name: 'orphan-cause',
        file,
        field: 'id',
        message: `原因 "${data.id}" はどの症状の causes にもありません`,
        fix: 'この原因で説明できる症状の causes に id を追加してください',
      });
    }
  }
  // A misspelt cause id in a symptom also leaves the meant cause unexplained: one mistake, so the
  // unexplained causes are named in the fix of the misspelt reference instead.
  if (danglingCauses.length > 0 && orphans.length > 0) {
    const names = kb.causes.filter((c) => orphans.some((o) => o.file === c.file)).map((c) => c.data.id);
    for (const problem of danglingCauses) problem.fix = `${problem.fix}（どの症状にも載っていない原因: ${names.join(', ')}）`;
  } else {
    problems.push(...orphans);
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
function commandProblems(kb: KnowledgeBase, facts: ReadonlyMap<Entry, BodyFacts>): KbProblem[] {
  const problems: KbProblem[] = [];
  for (const fix of kb.fixes) {
    const { file, data } = fix;
    if (data.risk === 'disruptive') continue;
    for (const block of facts.get(fix)!.codeBlocks) {
      if (!block.lang || !SHELL_LANGS.has(block.lang)) continue;
      const action = firstAction(block.value, disruptiveAction);
      if (!action) continue;
      problems.push({
        name: 'risk-understated',
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
        name: 'writing-command',
        file,
        field: 'confirm.command',
        message: `確認手順のコマンド「${action}」は AWS やホストに書き込みます。確認は読み取りだけにします`,
        fix: READ_ONLY_FIX,
      });
    }
  }
  return problems;
}

const PLACEHOLDER_FIX = (suggestion: string) =>
  `大文字のスネークケースの語（${suggestion} など）にしてください。そのまま貼り付けても安全です（content/README.md の Placeholders in commands）`;

/**
 * Placeholders in shell commands follow one convention that is safe to paste (placeholders.ts):
 * code blocks of every entry, causes' confirm commands and tree hints.
 */
function shellPlaceholderProblems(kb: KnowledgeBase, facts: ReadonlyMap<Entry, BodyFacts>): KbProblem[] {
  const problems: KbProblem[] = [];
  const report = (file: string, field: (line: number) => string, script: string) => {
    for (const p of placeholderProblems(script)) {
      problems.push({
        name: 'unsafe-placeholder',
        file,
        field: field(p.line),
        message: `コマンドのプレースホルダー「${p.found}」はシェルにそのまま貼り付けると危ないか、本物の値と紛れます`,
        fix: PLACEHOLDER_FIX(p.suggestion),
      });
    }
  };
  for (const entry of KB_COLLECTIONS.flatMap((c): Entry[] => kb[c])) {
    const file = entry.file;
    for (const block of facts.get(entry)!.codeBlocks) {
      if (block.lang && SHELL_LANGS.has(block.lang)) report(file, (line) => `body:${block.line + line}`, block.value);
    }
  }
  for (const { file, data } of kb.causes) {
    if (data.confirm.command && data.confirm.lang === 'bash') report(file, () => 'confirm.command', data.confirm.command);
  }
  for (const { file, data } of kb.trees) {
    for (const [id, node] of Object.entries(data.nodes)) {
      const command = 'command' in node ? node.command : undefined;
      if (command) report(file, () => `nodes.${id}.command`, command);
    }
  }
  return problems;
}

function treeProblems(
  contentDir: string,
  kb: KnowledgeBase,
  owners: Map<string, string>,
  unreadable: Unreadable,
  unreadableTrees: Set<string>,
): KbProblem[] {
  const problems: KbProblem[] = [];
  const raws = loadRawTrees(contentDir);
  const treeIds = new Set(raws.map((t) => t.fileId));
  const causeIds = new Set([...kb.causes.map((c) => c.data.id), ...unreadable.ids]);
  for (const raw of raws) {
    if (raw.parseError) {
      problems.push({
        name: raw.parseError.name,
        file: raw.file,
        field: '(yaml)',
        message: raw.parseError.message,
        fix: 'content/trees/README.md の形式を参照してください',
      });
      unreadableTrees.add(raw.fileId);
      continue;
    }
    const parsed = SCHEMAS.trees.safeParse(raw.data, { error: JAPANESE_ERRORS });
    if (!parsed.success) {
      problems.push(
        ...schemaProblems(
          { file: raw.file, data: raw.data },
          SCHEMAS.trees,
          parsed.error,
          'content/trees/README.md の形式を参照してください',
        ),
      );
      unreadableTrees.add(raw.fileId);
      continue;
    }
    const tree = parsed.data;
    if (tree.id !== raw.fileId) {
      problems.push({
        name: 'id-file-mismatch',
        file: raw.file,
        field: 'id',
        message: `id "${tree.id}" がファイル名 "${raw.fileId}" と違います`,
        fix: 'id とファイル名を揃えてください',
      });
    }
    const owner = owners.get(tree.id);
    if (owner)
      problems.push({
        name: 'duplicate-id',
        file: raw.file,
        field: 'id',
        message: `id "${tree.id}" は ${owner} ですでに使われています`,
        fix: 'id はすべてのコレクションを通して一意にしてください',
      });
    problems.push(...validateTree(raw.file, tree, { causeIds, treeIds }));
    problems.push(...treeTextProblems(raw.file, tree));
    for (const [nodeId, node] of Object.entries(tree.nodes)) {
      const action = 'command' in node && node.command ? firstAction(node.command, writingAction) : undefined;
      if (action) {
        problems.push({
          name: 'writing-command',
          file: raw.file,
          field: `nodes.${nodeId}.command`,
          message: `ヒントのコマンド「${action}」は AWS やホストに書き込みます。ヒントのコマンドは読み取りだけにします`,
          fix: READ_ONLY_FIX,
        });
      }
    }
    kb.trees.push({ id: tree.id, collection: 'trees', file: raw.file, data: tree, source: raw.source });
  }
  return problems;
}

/** Languages a code block may name: the ones the site highlights and content needs. */
export const CODE_LANGUAGES = [
  'bash',
  'console',
  'diff',
  'dockerfile',
  'go',
  'hcl',
  'ini',
  'json',
  'jsonc',
  'sql',
  'text',
  'toml',
  'typescript',
  'yaml',
] as const;
const CODE_LANGUAGE_SET = new Set<string>(CODE_LANGUAGES);

/** Sections of a page that the page itself draws (beside the body's headings), by collection. */
const PAGE_SECTIONS: Record<KbCollection, readonly string[]> = {
  symptoms: ['how-to-read', 'sources', 'guides'],
  causes: ['confirm', 'fixes', 'symptoms', 'sources', 'guides'],
  fixes: ['causes', 'sources'],
  guides: ['related', 'sources'],
};

/** Pages that are not entries, trees or error pages. */
const FIXED_PAGES = new Set(['/', '/search/', '/about/', '/trees/', '/e/', ...KB_COLLECTIONS.map((c) => `/${c}/`)]);

const TAG = /<\/?[a-z][^>]*>|<!--/i;

/**
 * Front-matter and tree texts are always shown as text, so a tag in one is a mistake (or an
 * attempt) and never markup: it is refused rather than shown as `<b>` on the page.
 */
function tagProblems(file: string, field: string, text: string | undefined): KbProblem[] {
  const outsideCode = text?.replace(/`[^`]+`/g, '');
  if (!outsideCode || !TAG.test(outsideCode)) return [];
  return [
    {
      name: 'html-in-text',
      file,
      field,
      message: `${field} に HTML のタグがあります`,
      fix: 'HTML は書けません。コマンドや <task-id> のような値は `バッククォート` で囲んでください',
    },
  ];
}

function treeTextProblems(file: string, tree: Tree): KbProblem[] {
  const problems: KbProblem[] = [];
  const check = (field: string, text: string | undefined) => problems.push(...tagProblems(file, field, text));
  check('title', tree.title);
  check('summary', tree.summary);
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (isQuestion(node)) {
      check(`nodes.${id}.question`, node.question);
      check(`nodes.${id}.hint`, node.hint);
      node.options.forEach((o, i) => check(`nodes.${id}.options.${i}.label`, o.label));
    } else {
      check(`nodes.${id}.note`, node.note);
    }
  }
  return problems;
}

/**
 * Rules on Markdown bodies: explicit heading ids, known code languages, no raw HTML, no link
 * scheme but https, http and mailto, and every link on this site leading to a page (and anchor) that
 * the build makes.
 */
function bodyProblems(
  kb: KnowledgeBase,
  unreadable: Unreadable,
  unreadableTrees: ReadonlySet<string>,
  facts: ReadonlyMap<Entry, BodyFacts>,
): KbProblem[] {
  const problems: KbProblem[] = [];
  const all = KB_COLLECTIONS.flatMap((c): Entry[] => kb[c]);
  const anchors = new Map<string, Set<string>>();
  for (const entry of all) {
    const ids = [...PAGE_SECTIONS[entry.collection], ...facts.get(entry)!.headings.flatMap((h) => (h.id ? [h.id] : []))];
    if (entry.collection === 'symptoms') ids.push(...(entry.data as Symptom).causes);
    anchors.set(`/${entry.collection}/${entry.data.id}/`, new Set(ids));
  }
  const families = new Set(errorFamilies(kb).map((f) => f.name));
  const trees = new Map(kb.trees.map((t) => [t.data.id, new Set(Object.keys(t.data.nodes))]));

  /** Why `path#hash` is not a page of the site and what to write instead, or undefined when it is. */
  const missing = (path: string, hash: string): [string, string] | undefined => {
    const [section, id, node, ...rest] = path.split('/').filter(Boolean);
    const noAnchor = (page: string): [string, string] => [
      `${page} にアンカー #${hash} はありません`,
      `${page} の見出しの id（{#...}）かページの節の id に直してください`,
    ];
    if (!path.endsWith('/')) return [`${path} が / で終わっていません`, `${path}/ のように / で終わる URL にしてください`];
    if (FIXED_PAGES.has(path)) return hash ? noAnchor(path) : undefined;
    if (section && LINKABLE.has(section) && id !== undefined && node === undefined) {
      if (unreadable.ids.has(id)) return undefined;
      const sections = anchors.get(path);
      if (!sections) return [`${section} に "${id}" がありません`, `存在するエントリーの URL（/${section}/<id>/）に直してください`];
      return hash && !sections.has(hash) ? noAnchor(path) : undefined;
    }
    if (section === 'trees' && id !== undefined && rest.length === 0) {
      if (unreadableTrees.has(id)) return undefined;
      const nodes = trees.get(id);
      if (!nodes)
        return [`診断ツリー "${id}" がありません`, `存在するツリーの URL（/trees/<tree>/ か /trees/<tree>/<node>/）に直してください`];
      if (node !== undefined && !nodes.has(node)) {
        return [`診断ツリー "${id}" にノード "${node}" がありません`, `content/trees/${id}.yaml の nodes にある id に直してください`];
      }
      return undefined;
    }
    if (section === 'e' && id !== undefined && node === undefined) {
      let name: string;
      try {
        name = decodeURIComponent(id);
      } catch {
        return [`${path} の % エスケープが壊れています`, '/e/<ErrorName>/ の形で、エラー名をそのまま書いてください'];
      }
      if (families.has(name)) return undefined;
      return [
        `エラーページ /e/${name}/ はありません`,
        'シグネチャにあるエラー名を、大文字小文字もそのまま書いてください（例: /e/CannotPullContainerError/）',
      ];
    }
    return [
      `${path} はこのサイトのページではありません`,
      '/symptoms/<id>/、/trees/<tree>/、/e/<ErrorName>/ など、サイトにあるページの URL に直してください',
    ];
  };

  for (const entry of all) {
    const { file, collection } = entry;
    const page = `/${collection}/${entry.data.id}/`;
    const body = facts.get(entry)!;
    const seen = new Set<string>();
    for (const h of body.headings) {
      const field = `body:${h.line}`;
      if (h.id === undefined) {
        problems.push({
          name: 'heading-without-id',
          file,
          field,
          message: `見出し「${h.text}」に id がありません`,
          fix: `見出しの末尾に ASCII の id を付けてください（例: ## ${h.text} {#steps}）`,
        });
      } else if (!ID_PATTERN.test(h.id)) {
        problems.push({
          name: 'invalid-heading-id',
          file,
          field,
          message: `見出し「${h.text}」の id "${h.id}" が ASCII の kebab-case ではありません`,
          fix: 'id を a-z, 0-9 とハイフンだけにしてください',
        });
      } else if (seen.has(h.id)) {
        problems.push({
          name: 'duplicate-heading-id',
          file,
          field,
          message: `見出し id "${h.id}" がページ内で重複しています`,
          fix: '別の id にしてください',
        });
      }
      if (h.id) seen.add(h.id);
    }
    for (const { lang, line } of body.codeBlocks) {
      if (lang === undefined) {
        problems.push({
          name: 'code-without-language',
          file,
          field: `body:${line}`,
          message: 'コードブロックに言語がありません',
          fix: '``` の直後に言語を書いてください（bash, json, yaml, text など）',
        });
      } else if (!CODE_LANGUAGE_SET.has(lang)) {
        problems.push({
          name: 'unknown-code-language',
          file,
          field: `body:${line}`,
          message: `コードブロックの言語 "${lang}" は使えません`,
          fix: `次のどれかにしてください: ${CODE_LANGUAGES.join(', ')}`,
        });
      }
    }
    for (const { value, line } of body.html) {
      problems.push({
        name: 'html-in-body',
        file,
        field: `body:${line}`,
        message: `本文に HTML があります: ${value.split('\n')[0]!.slice(0, 60)}`,
        fix: 'HTML は書けません。Markdown で書き、コマンドや <task-id> のような値は `バッククォート` で囲んでください',
      });
    }
    for (const link of body.links) {
      const target = linkTarget(link.url, page);
      const what = link.image ? '画像' : 'リンク';
      if (target.kind === 'refused') {
        problems.push({
          name: 'refused-link-scheme',
          file,
          field: `body:${link.line}`,
          message: `${what} ${link.url} のスキーム ${target.scheme} は使えません`,
          fix: 'https:// か http:// で始まる URL、mailto:、またはこのサイトのパス（/causes/<id>/ など）にしてください',
        });
        continue;
      }
      if (target.kind !== 'site') continue;
      const why = missing(target.path, target.hash);
      if (why)
        problems.push({
          name: 'broken-link',
          file,
          field: `body:${link.line}`,
          message: `${what} ${link.url} の行き先がありません（${why[0]}）`,
          fix: why[1],
        });
    }
  }
  return problems;
}
