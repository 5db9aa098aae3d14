/**
 * Reads the knowledge base straight from `content/` with no Astro involved, so the same files can be
 * checked before a build, indexed by scripts and read by tests.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { KB_COLLECTIONS, type KbCollection } from './model.ts';

/** Why a file could not be read as an entry at all. */
export interface ReadError {
  name: 'unreadable-file' | 'file-too-large';
  message: string;
}

export interface RawEntry {
  collection: KbCollection;
  /** File name without extension: the id the entry must carry. */
  fileId: string;
  /** `contentDir`/collection/name, for messages. */
  file: string;
  /** Parsed frontmatter, or undefined when it could not be parsed (see `parseError`). */
  data: unknown;
  parseError?: ReadError;
  /** The whole file, BOM and Windows line ends normalised. */
  source: string;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
}

const FRONTMATTER = /^---\n(?:([\s\S]*?)\n)?---(?:\n|$)([\s\S]*)$/;

/** Largest content file the site publishes: a page that size is already far longer than any entry. */
export const MAX_ENTRY_BYTES = 200 * 1024;

/** The text as the check reads it: a byte-order mark and Windows line ends read as plain text. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * YAML as Astro reads front matter (js-yaml), with YAML 1.2's core types only: a date stays the text
 * it is. Measured against the `yaml` package on the 1,000 front matters of bench:scale, in one cold
 * process: 73 ms against 439 ms.
 */
const parseYaml = (text: string): unknown => loadYaml(text, { schema: CORE_SCHEMA });

export function parseMarkdownFile(source: string): { data?: unknown; body: string; bodyLine: number; error?: ReadError } {
  const text = normalizeText(source);
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text, bodyLine: 1, error: unreadable('ファイルの先頭に --- で囲んだ YAML frontmatter がありません') };
  const body = match[2] ?? '';
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (e) {
    return { body, bodyLine, error: unreadable(`frontmatter の YAML を読めません: ${(e as Error).message.split('\n')[0]}`) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { body, bodyLine, error: unreadable('frontmatter が空か、「フィールド名: 値」の並びになっていません') };
  }
  return { data, body, bodyLine };
}

const unreadable = (message: string): ReadError => ({ name: 'unreadable-file', message });

/** The problem with a file's size, if it is over the limit. */
function sizeError(path: string): ReadError | undefined {
  const bytes = statSync(path).size;
  if (bytes <= MAX_ENTRY_BYTES) return undefined;
  return { name: 'file-too-large', message: `ファイルが ${Math.ceil(bytes / 1024)} KB あります（上限 ${MAX_ENTRY_BYTES / 1024} KB）` };
}

/** Every Markdown entry of every collection under `contentDir`, sorted by collection and id. */
export function loadRawEntries(contentDir: string): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const collection of KB_COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const path = join(dir, name);
      const tooLarge = sizeError(path);
      const source = tooLarge ? '' : normalizeText(readFileSync(path, 'utf8'));
      const parsed = tooLarge ? { body: '', bodyLine: 1, error: tooLarge } : parseMarkdownFile(source);
      entries.push({
        collection,
        fileId: name.slice(0, -'.md'.length),
        file: path,
        data: parsed.data,
        ...(parsed.error ? { parseError: parsed.error } : {}),
        source,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
      });
    }
  }
  return entries;
}

export interface RawTree {
  fileId: string;
  file: string;
  data: unknown;
  parseError?: ReadError;
  source: string;
}

/** Every decision tree (`content/trees/*.yaml`), sorted by file name. */
export function loadRawTrees(contentDir: string): RawTree[] {
  const dir = join(contentDir, 'trees');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const fileId = name.slice(0, -'.yaml'.length);
      const tooLarge = sizeError(file);
      if (tooLarge) return { fileId, file, data: undefined, parseError: tooLarge, source: '' };
      const source = normalizeText(readFileSync(file, 'utf8'));
      try {
        return { fileId, file, data: parseYaml(source), source };
      } catch (e) {
        return {
          fileId,
          file,
          data: undefined,
          parseError: unreadable(`YAML を読めません: ${(e as Error).message.split('\n')[0]}`),
          source,
        };
      }
    });
}

/**
 * Files in the content folders that the site would silently leave out: an entry saved as `.MD`,
 * `.markdown` or `.yml`, or anything else that is not `<id>.md` (`<id>.yaml` for trees).
 */
export function strayFiles(contentDir: string): { file: string; expected: string }[] {
  const strays: { file: string; expected: string }[] = [];
  const folders: [string, string][] = [...KB_COLLECTIONS.map((c): [string, string] => [c, '.md']), ['trees', '.yaml']];
  for (const [folder, extension] of folders) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(extension) || (folder === 'trees' && name === 'README.md')) continue;
      strays.push({ file: join(dir, name), expected: extension });
    }
  }
  return strays;
}
