/**
 * What of a search goes into a URL. The full paste never does: it stays in the browser (history
 * state, session storage). A URL the site produces carries a short query with account ids, ARNs,
 * addresses and other identifiers masked, so it can be pasted into an incident chat as it is.
 */
import { maskIdentifiers } from '../../lib/lookup/normalize.ts';
import { withLaunch, type LaunchChoice } from '../../lib/launch-filter.ts';

/** Longest query kept in a URL; longer pastes share their first error message instead. */
export const SHARE_QUERY_MAX_CHARS = 300;

/**
 * The query to put in a shareable URL: the masked query when it is short, else the masked first
 * error message found in it (clipped), else nothing.
 */
export function shareableQuery(query: string, firstMessage?: string): string {
  const masked = maskIdentifiers(query.trim()).replace(/\s+/g, ' ');
  if (masked.length <= SHARE_QUERY_MAX_CHARS) return masked;
  const message = firstMessage ? maskIdentifiers(firstMessage.trim()).replace(/\s+/g, ' ') : '';
  return message.slice(0, SHARE_QUERY_MAX_CHARS).trim();
}

/** `/search/?q=...&launch=...` on `base`'s origin; an empty query gives the bare search page. */
export function searchUrl(base: string, query: string, launch: LaunchChoice = 'all'): string {
  const url = new URL('/search/', base);
  if (query) url.searchParams.set('q', query);
  withLaunch(url.searchParams, launch);
  return url.href;
}
