/**
 * `/` and Ctrl+K (Cmd+K on macOS) focus the paste box of the page: the page's own box (the search,
 * home or 404 page's), else the header's. Boxes say which they are with `data-kb-paste-box`. Where
 * none is visible (the header collapses to a link on a phone), they open the search page.
 */
import { isSearchShortcut } from './shortcut.ts';

const BOXES = ['[data-kb-paste-box="page"]', '[data-kb-paste-box="header"]'];

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file'].includes(target.type)
  );
}

export function focusPasteBoxOnShortcut() {
  const mac = /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !isSearchShortcut(event, typingInField(event.target), mac)) return;
    event.preventDefault();
    const box = BOXES.flatMap((s) => [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(s)]).find(
      (b) => b.getClientRects().length > 0,
    );
    if (!box) {
      location.assign(new URL('/search/', location.href).href);
      return;
    }
    box.focus();
    box.select();
  });
}
