/**
 * Reads the knowledge base straight from `content/` with no Astro involved, so the same files can be
 * checked before a build, indexed by scripts and read by tests.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { KbCollection } from '../../schemas/ref.ts';

export const KB_COLLECTIONS: readonly KbCollection[] = ['symptoms', 'causes', 'fixes', 'guides'];

export interface RawEntry {
  collection: KbCollection;
  /** File name without extension: the id the entry must carry. */
  fileId: string;
  /** `contentDir`/collection/name, for messages. */
  file: string;
  /** Parsed frontmatter, or undefined when it could not be parsed (see `parseError`). */
  data: unknown;
  parseError?: string;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function parseMarkdownFile(text: string): { data?: unknown; body: string; bodyLine: number; error?: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text, bodyLine: 1, error: 'ファイルの先頭に --- で囲んだ YAML frontmatter がありません' };
  const body = match[2] ?? '';
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  try {
    return { data: parseYaml(match[1] ?? ''), body, bodyLine };
  } catch (e) {
    return { body, bodyLine, error: `frontmatter の YAML を読めません: ${(e as Error).message.split('\n')[0]}` };
  }
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
      const parsed = parseMarkdownFile(readFileSync(path, 'utf8'));
      entries.push({
        collection,
        fileId: name.slice(0, -'.md'.length),
        file: path,
        data: parsed.data,
        ...(parsed.error ? { parseError: parsed.error } : {}),
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
  parseError?: string;
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
      try {
        return { fileId, file, data: parseYaml(readFileSync(file, 'utf8')) as unknown };
      } catch (e) {
        return { fileId, file, data: undefined, parseError: `YAML を読めません: ${(e as Error).message.split('\n')[0]}` };
      }
    });
}
