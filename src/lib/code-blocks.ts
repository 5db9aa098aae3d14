/**
 * Highlighted command blocks, drawn once per build and reused (see components/CodeBlock.astro).
 *
 * Expressive Code links its stylesheet and script from the first block group it draws on a page
 * (its `<Code>` counts the groups of each request, in the order their rendering reaches it). Those
 * tags must be on every page once, and must not travel with a reused block to other pages. So:
 * - the first block of each page is always drawn by `<Code>`, and every other block of the page
 *   waits until that drawing is done, so that Expressive Code counts it first and gives it the tags;
 * - only blocks drawn after the first on their page are kept, and those never carry the tags.
 * The HTML is treated as opaque: nothing here reads or edits Expressive Code's markup.
 */
const kept = new Map<string, string>();
/** Per page (request): settles once the page's first block has been drawn. */
const firstDrawn = new WeakMap<object, Promise<void>>();

export type BlockPlan =
  /** Draw with `<Code>`; call `drawn()` when the HTML is ready (it must be called, also on error). */
  | { draw: 'first'; drawn: () => void }
  /** Draw with `<Code>` after the page's first block, and keep the HTML under this key. */
  | { draw: 'keep'; key: string }
  /** Reuse this HTML, drawn before for another page. */
  | { draw: 'reuse'; html: string };

/** Decides how the block `key` is placed on the page of `request`. */
export async function planBlock(key: string, request: object): Promise<BlockPlan> {
  const first = firstDrawn.get(request);
  if (first === undefined) {
    let drawn!: () => void;
    firstDrawn.set(request, new Promise<void>((resolve) => (drawn = resolve)));
    return { draw: 'first', drawn };
  }
  await first;
  const html = kept.get(key);
  return html === undefined ? { draw: 'keep', key } : { draw: 'reuse', html };
}

/** Keeps a block drawn after the first on its page. */
export function keepBlock(key: string, html: string): void {
  kept.set(key, html);
}
