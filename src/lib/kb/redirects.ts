/**
 * Former URLs that must keep working: every `redirect_from` id of an entry. Each becomes a small
 * page that forwards to the current URL. Case variants of /e/<ErrorName>/ get no page of their own
 * (on a case-insensitive file system `e/accessdeniedexception/` is `e/AccessDeniedException/`, and
 * the forwarding page would overwrite the real one): the 404 page forwards them.
 */
import type { SiteKnowledgeBase } from './collections.ts';
import { entryPath } from './urls.ts';
import { KB_COLLECTIONS } from './model.ts';
import { cardKeys, type CardKey } from '../site/cards.ts';

export interface Redirect {
  /** Path without leading or trailing slash: `symptoms/old-id`. */
  from: string;
  to: string;
  title: string;
  summary: string;
  /** Card key of the target, so the forwarding page previews like the page it forwards to. */
  card: CardKey;
}

export function redirects(kb: SiteKnowledgeBase): Redirect[] {
  const list: Redirect[] = [];
  for (const collection of KB_COLLECTIONS) {
    for (const entry of kb[collection]) {
      for (const old of entry.data.redirect_from) {
        list.push({
          from: `${collection}/${old}`,
          to: entryPath(collection, entry.id),
          title: entry.data.title,
          summary: entry.data.summary,
          card: cardKeys.entry(collection, entry.id),
        });
      }
    }
  }
  return list;
}
