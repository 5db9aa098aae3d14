/** What we take from Starlight goes through its public surface: overrides in one folder, no internal class names in our scripts. */
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
