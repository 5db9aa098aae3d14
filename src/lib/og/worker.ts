/**
 * A card worker thread: draws the cards it is given into the cache, one at a time, and reports
 * each failure with the card's key. Started by `integrations/preview-cards.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCard } from './cache.ts';
import type { Card } from './previews.ts';
import type { CardKey } from '../site/cards.ts';

export interface CardJob {
  cards: Card[];
  cacheDir: string;
}
export type CardResult = { ok: true; drawn: number } | { ok: false; key: CardKey; message: string };

const { cards, cacheDir } = workerData as CardJob;
let result: CardResult = { ok: true, drawn: 0 };
for (const card of cards) {
  try {
    await cachedCard(card.input, cacheDir);
  } catch (error) {
    result = { ok: false, key: card.key, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    break;
  }
}
if (result.ok) result.drawn = cards.length;
parentPort!.postMessage(result);
