/**
 * The card cache key follows the renderer: it holds a fingerprint of every source file the
 * renderer is made of and of the packages it loads, so changing any of them redraws every card.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rendererFingerprint } from '../../src/lib/og/cache.ts';
import { importsOf, rendererSources } from '../../src/lib/source-files.ts';

const CARD = fileURLToPath(new URL('../../src/lib/og/card.ts', import.meta.url));
const read = (file: string) => readFileSync(file, 'utf8');

test('importsOf finds static imports, side-effect imports and require.resolve, not words in comments', () => {
  const source = [
    "import { a } from './a.ts';",
    "import type { B } from '../b.ts';",
    "import './side-effect.ts';",
    "export { c } from 'some-package/sub';",
    "const dir = require.resolve('@scope/fonts/package.json');",
    "// the tags (`from '…'`) are not imports",
  ].join('\n');
  expect(importsOf(source)).toEqual(['./a.ts', '../b.ts', './side-effect.ts', 'some-package/sub', '@scope/fonts/package.json']);
});

test('the renderer is card.ts and every module it imports, with the packages for fonts and line breaks', () => {
  const { files, packages } = rendererSources(CARD);
  expect(files.map((f) => basename(f)).sort()).toEqual(['card.ts', 'clusters.ts', 'fonts.ts', 'png.ts', 'raster.ts', 'size.ts']);
  expect(packages).toEqual(['@fontsource/noto-sans-jp', 'budoux', 'fontkitten']);
});

describe('the fingerprint', () => {
  const version = (name: string) => `${name}-1.0.0`;
  const base = rendererFingerprint(CARD, read, version);

  test('is stable for the same sources', () => {
    expect(rendererFingerprint(CARD, read, version)).toBe(base);
  });

  test.each(['card.ts', 'raster.ts', 'fonts.ts', 'png.ts', 'clusters.ts'])('changes when %s changes', (name) => {
    const edited = (file: string) => (basename(file) === name ? `${read(file)}\n// changed` : read(file));
    expect(rendererFingerprint(CARD, edited, version)).not.toBe(base);
  });

  test('changes when the font package changes version', () => {
    const newer = (name: string) => (name === '@fontsource/noto-sans-jp' ? '9.9.9' : version(name));
    expect(rendererFingerprint(CARD, read, newer)).not.toBe(base);
  });
});
