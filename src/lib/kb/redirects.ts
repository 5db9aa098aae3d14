/**
 * Former URLs that must keep working: every `redirect_from` id of an entry, and the lower-case
 * spelling of each /e/<ErrorName>/ page. Each becomes a small page that forwards to the current URL.
 */
import type { SiteKnowledgeBase } from './collections.ts';
import { entryPath } from './urls.ts';
import { errorFamilies } from '../errors/families.ts';

export interface Redirect {
  /** Path without leading or trailing slash: `symptoms/old-id`. */
  from: string;
  to: string;
  title: string;
  summary: string;
  /** Card key of the target, so the forwarding page previews like the page it forwards to. */
  card: string;
}

export function redirects(kb: SiteKnowledgeBase): Redirect[] {
  const list: Redirect[] = [];
  for (const collection of ['symptoms', 'causes', 'fixes', 'guides'] as const) {
    for (const entry of kb[collection]) {
      for (const old of entry.data.redirect_from) {
        list.push({
          from: `${collection}/${old}`,
          to: entryPath(collection, entry.id),
          title: entry.data.title,
          summary: entry.data.summary,
          card: `${collection}/${entry.id}`,
        });
      }
    }
  }
  for (const family of errorFamilies(kb)) {
    const lower = family.name.toLowerCase();
    if (lower !== family.name)
      list.push({ from: `e/${lower}`, to: `/e/${family.name}/`, title: family.name, summary: family.summary, card: `e/${family.name}` });
  }
  return list;
}
