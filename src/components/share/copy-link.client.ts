/**
 * Copies a link for incident chat: `text/html` as an <a> (Slack, Teams and mail paste it as a
 * titled link) and `text/plain` as `タイトル <URL>`. Confirms in a live region.
 */
import { escapeHtml } from '../../lib/inline.ts';

export function chatText(title: string, url: string): { html: string; plain: string } {
  return { html: `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`, plain: `${title} <${url}>` };
}

function announce(message: string) {
  const region = document.querySelector<HTMLElement>('[data-copy-announce]');
  if (!region) return;
  // Clear first so the same message is announced again on a second copy.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}

/** How long a copy button says 「コピーしました」 before it reads as a button again. */
export const COPIED_MS = 2000;
const reverts = new WeakMap<HTMLButtonElement, { label: string; timer: ReturnType<typeof setTimeout> }>();

/**
 * Visible feedback on the button itself (the live region only reaches screen readers): its label
 * reads 「コピーしました」 for a moment, then returns. A second click restarts the moment.
 */
export function showCopied(button: HTMLButtonElement, label = 'コピーしました') {
  const pending = reverts.get(button);
  const original = pending?.label ?? button.textContent ?? '';
  if (pending) clearTimeout(pending.timer);
  button.textContent = label;
  button.dataset['copied'] = '';
  const timer = setTimeout(() => {
    button.textContent = original;
    delete button.dataset['copied'];
    reverts.delete(button);
  }, COPIED_MS);
  reverts.set(button, { label: original, timer });
}

async function copy(title: string, url: string): Promise<boolean> {
  const { html, plain } = chatText(title, url);
  try {
    if ('ClipboardItem' in window && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([plain], { type: 'text/plain' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(plain);
    }
    return true;
  } catch {
    return false;
  }
}

export class KbCopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const fallback = this.querySelector<HTMLElement>('[data-copy-fallback]');
    button.addEventListener('click', () => {
      void copy(this.dataset['title']!, this.dataset['url']!).then((ok) => {
        if (ok) {
          showCopied(button);
          announce('リンクをコピーしました');
        } else {
          // No clipboard access (permissions, old browser): show the text to copy by hand, as it
          // is now (the search page changes the link as the query changes).
          if (fallback) {
            fallback.textContent = chatText(this.dataset['title']!, this.dataset['url']!).plain;
            fallback.hidden = false;
          }
          announce('コピーできませんでした。表示されたテキストを手動でコピーしてください');
        }
      });
    });
  }
}

/**
 * The anchor's URL on the canonical origin (SITE_URL), as the page's own copy button has it: a page
 * read on a preview host or through a proxy still hands out the published address.
 */
function canonicalHref(anchor: HTMLAnchorElement): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical ? new URL(anchor.getAttribute('href') ?? '', canonical).href : anchor.href;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * The heading a link belongs to, when the link is a heading's own link: it points at a heading on
 * this page and is its sibling, in the element that holds the heading (as Markdown headings and
 * <AnchorHeading> render it). Defined by what the link does, not by a theme's class names; a
 * table-of-contents link points at a heading too, but from elsewhere on the page.
 */
function headingOf(link: HTMLAnchorElement): HTMLHeadingElement | null {
  const href = link.getAttribute('href');
  if (!href?.startsWith('#') || href.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(href.slice(1));
  } catch {
    return null;
  }
  const target = document.getElementById(id);
  if (!(target instanceof HTMLHeadingElement) || !target.matches(HEADINGS)) return null;
  return link.parentElement !== null && target.parentElement === link.parentElement ? target : null;
}

/** Every heading's own link also copies its URL (with the #id) and the heading text. */
export function enhanceHeadingAnchors() {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
    const heading = anchor && headingOf(anchor);
    if (!anchor || !heading) return;
    const pageTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title;
    const headingText = heading.textContent?.trim() ?? '';
    const title = headingText && headingText !== pageTitle ? `${pageTitle} › ${headingText}` : pageTitle;
    void copy(title, canonicalHref(anchor)).then((ok) => ok && announce('見出しへのリンクをコピーしました'));
  });
}
