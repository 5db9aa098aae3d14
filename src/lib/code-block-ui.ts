/**
 * An Expressive Code plugin that marks each code block's interface text for Pagefind to skip: the
 * frame's caption (the screen-reader label 「ターミナルウィンドウ」) and the copy button with its
 * feedback region. Full-text snippets then quote the page, not its buttons. It runs for every block
 * Expressive Code draws, in Markdown bodies and in our components alike, as a
 * `postprocessRenderedBlock` hook after the frames plugin has added the caption and the button.
 */
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { selectAll, setProperty, type Element } from '@astrojs/starlight/expressive-code/hast';

/** The parts of a rendered block that are interface, not code (classes from the frames plugin). */
export const CODE_BLOCK_UI = 'figcaption.header, div.copy';

export function markCodeBlockUi(block: Element): void {
  for (const element of selectAll(CODE_BLOCK_UI, block)) setProperty(element, 'dataPagefindIgnore', '');
}

export function pluginPagefindIgnoreUi(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'kb-pagefind-ignore-ui',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => markCodeBlockUi(renderData.blockAst),
    },
  });
}
