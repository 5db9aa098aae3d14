/**
 * Progressive enhancement of a tree node page. The server-rendered links keep working; this only
 * shortcuts same-tree navigation: fetch the next node page and take from it everything that names
 * the node (the node markup, the H1, the document title, canonical and og:url, the 「チャット用に
 * リンクをコピー」 button's title and URL), so the page after a step is the page a direct visit
 * shows. Then update the URL, move focus to the new H1 and announce it. Back, forward and reload
 * use the real URLs.
 * URLs are always whole `URL` objects built from `location.href`: a bare path such as `//trees/x/`
 * (a page served at a doubled slash) would read as another host.
 */
const SLOT = '[data-tree-slot]';

/** The <head> entries that describe the page's node, copied from the fetched page after a step. */
const HEAD_ENTRIES = [
  'link[rel="canonical"]',
  'meta[name="description"]',
  'meta[property="og:url"]',
  'meta[property="og:title"]',
  'meta[property="og:description"]',
  'meta[property="og:image"]',
  'meta[property="og:image:alt"]',
  'meta[name="twitter:image"]',
  'meta[name="twitter:image:alt"]',
];

/** Copies an element's attributes from its counterpart in the fetched page, if both exist. */
function takeAttributes(from: Document, selector: string, names: readonly string[]) {
  const source = from.querySelector(selector);
  const target = document.querySelector(selector);
  if (!source || !target) return;
  for (const name of names) {
    const value = source.getAttribute(name);
    if (value === null) target.removeAttribute(name);
    else target.setAttribute(name, value);
  }
}

/** Everything outside the walker that names the node: head entries, H1, copy-for-chat, the footer's report link. */
function describeNode(from: Document) {
  document.title = from.title;
  for (const selector of HEAD_ENTRIES) takeAttributes(from, selector, ['href', 'content']);
  const heading = document.querySelector('h1');
  const incoming = from.querySelector('h1');
  if (heading && incoming) heading.textContent = incoming.textContent;
  takeAttributes(from, 'kb-copy-link', ['data-title', 'data-url']);
  const fallback = document.querySelector('kb-copy-link [data-copy-fallback]');
  const incomingFallback = from.querySelector('kb-copy-link [data-copy-fallback]');
  if (fallback && incomingFallback) fallback.textContent = incomingFallback.textContent;
  takeAttributes(from, '[data-kb-contribute]', ['href']);
}

export class KbTreeWalk extends HTMLElement {
  #announce!: HTMLElement;
  #controller: AbortController | undefined;
  /** Path of the node on screen: a history entry that differs only in its fragment changes nothing. */
  #shown = new URL(location.href).pathname;

  connectedCallback() {
    this.#announce = this.querySelector('[data-tree-announce]')!;
    this.addEventListener('click', (event) => this.#onClick(event));
    window.addEventListener('popstate', () => {
      const url = new URL(location.href);
      // The skip link and heading anchors add fragment-only entries: the node is already on screen.
      if (url.pathname !== this.#shown) void this.#show(url, false);
    });
    // Marks the walker as live: until then, answers are ordinary links (and tests wait for this).
    this.dataset['enhanced'] = '';
  }

  #onClick(event: MouseEvent) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    if (!link || !this.contains(link)) return;
    const url = new URL(link.href);
    const tree = this.querySelector<HTMLElement>('[data-tree]')?.dataset['tree'];
    // Only nodes of this tree are swapped; everything else is an ordinary navigation.
    if (url.origin !== location.origin || !tree || !url.pathname.startsWith(`/trees/${tree}/`) || url.pathname === `/trees/${tree}/`)
      return;
    event.preventDefault();
    void this.#show(url, true);
  }

  async #show(url: URL, push: boolean) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    let doc: Document;
    try {
      const response = await fetch(url.href, { signal: controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
      if (!controller.signal.aborted) location.assign(url.href);
      return;
    }
    const incoming = doc.querySelector(`kb-tree-walk ${SLOT}`);
    const slot = this.querySelector(SLOT);
    if (!incoming || !slot) {
      location.assign(url.href);
      return;
    }
    const swap = () => {
      slot.replaceChildren(...[...incoming.childNodes].map((n) => document.importNode(n, true)));
      describeNode(doc);
      if (push) history.pushState(null, '', url.href);
      this.#shown = url.pathname;
      const heading = document.querySelector<HTMLElement>('h1');
      if (heading) {
        // Focusable from script only, so that focus can land on it after a step.
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
        heading.scrollIntoView({ block: 'nearest' });
      }
      this.#announce.textContent = heading?.textContent?.trim() ?? '';
    };
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const transition = (document as Document & { startViewTransition?: (cb: () => void) => unknown }).startViewTransition;
    if (!reduce && transition) transition.call(document, swap);
    else swap();
  }
}
