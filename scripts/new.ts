/**
 * Scaffolds a knowledge-base entry: `npm run new -- cause <id>` (also `symptom`, `fix`).
 * Refuses a non-kebab-case id and an id any entry already uses (or keeps in redirect_from), writes
 * content/<collection>/<id>.md, and prints what to fill in. See src/lib/kb/scaffold.ts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawEntries, loadRawTrees, parseMarkdownFile } from '../src/lib/kb/load.ts';
import { SCAFFOLD_KINDS, scaffoldGuide, scaffoldRefusal, scaffoldText, unwrittenParts, type ScaffoldKind } from '../src/lib/kb/scaffold.ts';
import { settings } from '../src/config.ts';

const [kind = '', id] = process.argv.slice(2);
const { contentDir } = settings();

/** Every id in use, by file name, by front-matter id and by redirect_from, with the file using it. */
const taken = new Map<string, string>();
for (const entry of loadRawEntries(contentDir)) {
  taken.set(entry.fileId, entry.file);
  const data = (entry.data ?? {}) as { id?: unknown; redirect_from?: unknown };
  if (typeof data.id === 'string') taken.set(data.id, entry.file);
  if (Array.isArray(data.redirect_from)) for (const old of data.redirect_from) if (typeof old === 'string') taken.set(old, entry.file);
}
for (const tree of loadRawTrees(contentDir)) taken.set(tree.fileId, tree.file);

const refusal = scaffoldRefusal(kind, id, taken);
if (refusal !== undefined) {
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
}
const k = kind as ScaffoldKind;
const file = join(contentDir, SCAFFOLD_KINDS[k], `${id}.md`);
// loadRawEntries skips files it cannot name (a differently cased extension): check the path too.
if (existsSync(file)) {
  process.stderr.write(`${file} はすでにあります\n  → 別の id にするか、そのファイルを直してください\n`);
  process.exit(1);
}
const text = scaffoldText(k, id!);
writeFileSync(file, text, { flag: 'wx' });
const parsed = parseMarkdownFile(text);
process.stdout.write(`${scaffoldGuide(k, file, unwrittenParts(parsed.data, parsed.body, parsed.bodyLine))}\n`);
