/**
 * The content-layer loader of the knowledge-base collections: it hands Astro the entries the
 * content check has already read and checked (checked.ts), so `content/` is read once and the
 * pages get exactly the checked data. Bodies are rendered with the site's Markdown processor
 * (Sätteri) through the loader context; an entry whose file and rendering setup did not change
 * keeps its rendering from the last build (the store lives in the cache folder).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCheckedKnowledgeBase, recheckKnowledgeBase } from './checked.ts';
import { contentDir } from './content-dir.ts';
import type { KnowledgeBase, ModelCollection } from './model.ts';
import { rendererSources } from '../source-files.ts';

export function knowledgeBaseLoader(collection: ModelCollection): Loader {
  return {
    name: `kb-${collection}`,
    load: async (context) => {
      await loadCollection(loadCheckedKnowledgeBase(), collection, context);
      watchContent(collection, context);
    },
  };
}

/**
 * What a rendering depends on besides the entry: the Expressive Code setup (`ec.config.mjs` and the
 * local files it imports, such as its plugins) and the installed packages (`package-lock.json`).
 * Part of every digest, so a change there renders every entry again instead of keeping HTML that
 * the old setup drew.
 */
export function renderSetup(root: string): string {
  const lock = join(root, 'package-lock.json');
  const { files } = rendererSources(join(root, 'ec.config.mjs'));
  const hash = createHash('sha256');
  for (const file of [...files, ...(existsSync(lock) ? [lock] : [])])
    hash.update(`${relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  return hash.digest('hex');
}

async function loadCollection(kb: KnowledgeBase, collection: ModelCollection, context: LoaderContext) {
  const { store, config, generateDigest, renderMarkdown } = context;
  const root = fileURLToPath(config.root);
  const setup = renderSetup(root);
  const present = new Set<string>();
  for (const entry of kb[collection]) {
    present.add(entry.id);
    // The data too: a schema that now reads the same file differently must not keep the old data.
    const digest = generateDigest({ source: entry.source, data: entry.data, setup });
    const stored = store.get(entry.id);
    if (stored?.digest === digest) continue;
    const path = resolve(entry.file);
    const filePath = relative(root, path);
    if (entry.collection === 'trees') {
      store.set({ id: entry.id, data: entry.data, filePath, digest });
      continue;
    }
    // The whole file, so Astro takes the front matter off exactly as it does for its own loaders.
    const rendered = await renderMarkdown(entry.source, { fileURL: pathToFileURL(path) });
    store.set({ id: entry.id, data: entry.data, body: entry.body.trim(), filePath, digest, rendered });
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
}

/** The collections loaded in this process, each with its loader context, for the watcher to reload. */
const loaded = new Map<ModelCollection, LoaderContext>();

/**
 * In `astro dev`, a change under `content/` re-runs the check once and reloads every collection;
 * while the content has problems they are logged once and the pages keep the last sound content.
 */
function watchContent(collection: ModelCollection, context: LoaderContext) {
  const { watcher, logger } = context;
  if (!watcher) return;
  const first = loaded.size === 0;
  loaded.set(collection, context);
  if (!first) return;
  const dir = contentDir();
  watcher.add(dir);
  const reload = (path: string) => {
    if (!path.startsWith(`${dir}/`)) return;
    const checked = recheckKnowledgeBase(dir);
    if ('problems' in checked) logger.error(checked.problems);
    else for (const [name, each] of loaded) void loadCollection(checked.kb, name, each);
  };
  watcher.on('change', reload).on('add', reload).on('unlink', reload);
}
