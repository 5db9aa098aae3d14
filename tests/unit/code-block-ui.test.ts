/**
 * Code blocks give Pagefind their code, not their interface (issue 14, item 8): the Expressive Code
 * plugin marks the frame caption and the copy button, for every block Expressive Code draws.
 */
import { expect, test } from 'vitest';
import { ExpressiveCode, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { toText, type Element, type ElementContent } from '@astrojs/starlight/expressive-code/hast';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pluginPagefindIgnoreUi } from '../../src/lib/code-block-ui.ts';
import { renderSetup } from '../../src/lib/kb/loader.ts';
import { workDir } from './fixture.ts';

/** The block's text as Pagefind reads it: every element marked `data-pagefind-ignore` left out. */
function indexedText(node: Element): string {
  const keep = (child: ElementContent): ElementContent[] =>
    child.type === 'element'
      ? child.properties['dataPagefindIgnore'] !== undefined
        ? []
        : [{ ...child, children: child.children.flatMap(keep) }]
      : [child];
  return toText({ ...node, children: node.children.flatMap(keep) }).trim();
}

async function render(plugins: ExpressiveCodePlugin[], language: string, code: string) {
  const ec = new ExpressiveCode({ plugins });
  const { renderedGroupAst } = await ec.render({ code, language });
  return renderedGroupAst as Element;
}

test.each([
  ['a terminal block', 'bash', 'aws ecs describe-tasks --cluster c --tasks t'],
  ['an editor block', 'json', '{ "essential": true }'],
])('%s: the full-text index sees the code only', async (_, language, code) => {
  const block = await render([pluginPagefindIgnoreUi()], language, code);
  expect(indexedText(block)).toBe(code);
});

test('without the plugin the interface text reaches the index (what the plugin is for)', async () => {
  const block = await render([], 'bash', 'aws ecs list-tasks');
  // The frame's screen-reader caption (「ターミナルウィンドウ」 on the site) comes before the code.
  expect(indexedText(block)).toMatch(/^\S.*\naws ecs list-tasks$/);
});

test('a change to the Expressive Code setup renders every entry again (it is part of the digest of each rendering)', () => {
  const root = workDir('render-setup');
  writeFileSync(join(root, 'ec.config.mjs'), "import { plugin } from './plugin.ts';\nexport default { plugins: [plugin()] };\n");
  writeFileSync(join(root, 'plugin.ts'), 'export const plugin = () => ({ name: "a" });\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  const before = renderSetup(root);
  expect(renderSetup(root)).toBe(before);
  writeFileSync(join(root, 'plugin.ts'), 'export const plugin = () => ({ name: "b" });\n');
  const afterPlugin = renderSetup(root);
  expect(afterPlugin).not.toBe(before);
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
  expect(renderSetup(root)).not.toBe(afterPlugin);
  rmSync(root, { recursive: true, force: true });
});
