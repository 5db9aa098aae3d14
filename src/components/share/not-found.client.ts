/**
 * On the 404 page: puts the words of the missing path into the search box and offers a link that
 * searches for them. Without JavaScript the empty box and the lists below still work.
 */
import { searchUrl } from '../search/share-query.ts';
import { searchQueryFromPath } from './not-found.ts';

export class KbNotFound extends HTMLElement {
  connectedCallback() {
    const query = searchQueryFromPath(new URL(location.href).pathname);
    if (query === '') return;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (input && input.value === '') input.value = query;
    const link = this.querySelector<HTMLAnchorElement>('a[data-search-link]');
    if (link) {
      link.href = searchUrl(location.href, query);
      link.textContent = `「${query}」を検索する`;
      link.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
    }
  }
}
