/**
 * On the 404 page: /e/cannotpullcontainererror/, /e/CANNOTPULLCONTAINERERROR/ ... resolve to the
 * real /e/CannotPullContainerError/ page, whatever the case of the link.
 */
export class KbErrorRedirect extends HTMLElement {
  async connectedCallback() {
    const match = /^\/e\/([^/]+)\/?$/.exec(location.pathname);
    if (!match) return;
    const wanted = decodeURIComponent(match[1]!).toLowerCase();
    try {
      const names = (await (await fetch('/api/errors.json')).json()) as string[];
      const name = names.find((n) => n.toLowerCase() === wanted);
      if (name) location.replace(`/e/${name}/`);
    } catch {
      // Stay on the 404 page: it already says what to do.
    }
  }
}
