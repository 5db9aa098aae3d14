/**
 * The registry of pages that have a link-preview card: the key type, the only functions that
 * build keys, and the only functions that turn a key into the card's URL or file name. The build
 * integration, the pages, the redirect pages and the route middleware all go through here, so a
 * card's address is written in one place.
 */
import type { KbCollection } from '../kb/model.ts';

/** Path of a card below /og/, without extension: `symptoms/cannot-pull-container`. */
export type CardKey = 'site' | 'search' | `${KbCollection}/${string}` | `trees/${string}` | `trees/${string}/${string}` | `e/${string}`;

export const cardKeys = {
  site: (): CardKey => 'site',
  search: (): CardKey => 'search',
  entry: (collection: KbCollection, id: string): CardKey => `${collection}/${id}`,
  tree: (treeId: string): CardKey => `trees/${treeId}`,
  treeNode: (treeId: string, nodeId: string): CardKey => `trees/${treeId}/${nodeId}`,
  errorName: (name: string): CardKey => `e/${name}`,
};

/** Folder of the cards in the output (`dist/og/`) and on the site (`/og/`). */
export const CARD_FOLDER = 'og';
const CARD_DIR = `/${CARD_FOLDER}/`;
const CARD_EXT = '.png';

/** Site-relative path of a card: `/og/symptoms/cannot-pull-container.png`. */
export const cardPath = (key: CardKey) => `${CARD_DIR}${key}${CARD_EXT}`;

/** Absolute URL of a card on `site` (the site URL is always set: `astro.config.mjs`). */
export const cardUrl = (key: CardKey, site: URL | string | undefined) => new URL(cardPath(key), site).href;

/** File name of a card inside the output folder for cards (`dist/og/`). */
export const cardFileName = (key: CardKey) => `${key}${CARD_EXT}`;

/** Glob of every card path, for headers and cache rules. */
export const CARD_PATH_GLOB = `${CARD_DIR}*`;

/** The key of a request path below /og/, or undefined when the path is not a card. */
export function cardKeyFromPath(path: string): string | undefined {
  if (!path.startsWith(CARD_DIR) || !path.endsWith(CARD_EXT)) return undefined;
  const key = path.slice(CARD_DIR.length, -CARD_EXT.length);
  return key ? key : undefined;
}
