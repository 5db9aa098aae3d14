/**
 * On the 404 page: /e/cannotpullcontainererror/, /e/CANNOTPULLCONTAINERERROR/ ... resolve to the
 * real /e/CannotPullContainerError/ page, whatever the case of the link (the site publishes no
 * lower-case copies: on a case-insensitive file system they would overwrite the real pages).
 */
import { errorPageTarget } from './error-redirect.ts';

export class KbErrorRedirect extends HTMLElement {
  async connectedCallback() {
    const { pathname } = new URL(location.href);
    if (pathname.startsWith('/e/')) {
      try {
        const names = (await (await fetch('/api/errors.json')).json()) as string[];
        const target = errorPageTarget(pathname, names);
        if (target) {
          location.replace(target);
          return;
        }
      } catch {
        // Stay on the 404 page: it already says what to do.
      }
    }
    // Staying on this page for good (tests wait for this rather than for time to pass).
    this.dataset['settled'] = '';
  }
}
