/**
 * Highlighted command blocks, drawn once per build (see components/CodeBlock.astro).
 *
 * Expressive Code puts its stylesheet and script inside the first code block it draws on a page.
 * A block kept for reuse must not carry them (each copy on a later page would be another stylesheet
 * in the middle of the body, and the browser restyles the page at each one), and a page must still
 * get them once. So blocks are kept without those tags, and CodeBlock puts the tags back into the
 * first block of each page, where Expressive Code itself puts them.
 */
const OPENING = '<div class="expressive-code">';
const ASSETS = /^(?:<link rel="stylesheet"[^>]*>|<style>[\s\S]*?<\/style>|<script type="module"[^>]*><\/script>)+/;

const blocks = new Map<string, string>();
let assets = '';
const pagesWithBlocks = new WeakSet<object>();

/** Keeps a block drawn by Expressive Code, its stylesheet and script tags kept apart; returns the block. */
export function keepBlock(key: string, html: string): string {
  let block = html;
  if (html.startsWith(OPENING)) {
    const found = ASSETS.exec(html.slice(OPENING.length))?.[0];
    if (found) {
      assets ||= found;
      block = OPENING + html.slice(OPENING.length + found.length);
    }
  }
  blocks.set(key, block);
  return block;
}

export const keptBlock = (key: string): string | undefined => blocks.get(key);

/** The block as it goes on the page: the first block of each page (`request`) carries the tags. */
export function placeBlock(block: string, request: object): string {
  if (pagesWithBlocks.has(request)) return block;
  pagesWithBlocks.add(request);
  return block.startsWith(OPENING) ? OPENING + assets + block.slice(OPENING.length) : block;
}
