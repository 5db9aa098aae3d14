/**
 * What we take from Starlight goes through its public surface: overrides in one folder, and no
 * internal class name of Starlight's in our scripts or in our stylesheets' selectors.
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

test('every Starlight component override lives in src/components/starlight/', () => {
  const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
  const block = /components:\s*\{([^}]*)\}/.exec(config)?.[1] ?? '';
  const overrides = [...block.matchAll(/(\w+):\s*'([^']+)'/g)].map(([, name, path]) => ({ name: name!, path: path! }));
  expect(overrides.length).toBeGreaterThan(0);
  for (const { path } of overrides) {
    expect(path).toMatch(/^\.\/src\/components\/starlight\/[^/]+\.astro$/);
    expect(statSync(join(ROOT, path)).isFile()).toBe(true);
  }
});

test('no script under src/ selects a Starlight class name', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && /['"`][^'"`]*\.sl-[a-z]/.test(readFileSync(full, 'utf8')))
        offenders.push(full.slice(ROOT.length + 1));
    }
  };
  walk(join(ROOT, 'src'));
  expect(offenders).toEqual([]);
});

/** Files under `dir` whose path passes `keep`. */
function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, keep) : keep(full) ? [full] : [];
  });
}

test("no stylesheet of ours selects a class that Starlight's components write", () => {
  // The class names in Starlight's own markup: `main-pane`, `sidebar-content`, `sl-markdown-content`...
  const starlight = new Set<string>();
  for (const file of files(join(ROOT, 'node_modules', '@astrojs', 'starlight', 'dist'), (f) => f.endsWith('.astro')))
    for (const [, list] of readFileSync(file, 'utf8').matchAll(/class(?::list)?=\{?["'`]([^"'`]+)["'`]/g))
      for (const name of list!.split(/\s+/)) if (/^[a-z][\w-]*$/i.test(name)) starlight.add(name);
  expect(starlight).toContain('right-sidebar-container');

  const offenders: string[] = [];
  for (const file of files(join(ROOT, 'src'), (f) => f.endsWith('.css') || f.endsWith('.astro'))) {
    let css = readFileSync(file, 'utf8');
    if (file.endsWith('.astro')) css = [...css.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body).join('\n');
    css = css.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, name] of css.matchAll(/\.(-?[a-z_][\w-]*)/gi))
      if (starlight.has(name!))
        offenders.push(
          `${file.slice(ROOT.length + 1)}: .${name}（Starlight の内部クラス。コンポーネントの上書きで自前のクラスを付けて選んでください）`,
        );
  }
  expect(offenders).toEqual([]);
});
