/**
 * Hands a paste from the home, 404 and header boxes to the search page without sending it anywhere:
 * the text goes into session storage (this tab only) and the browser opens `/search/` with no
 * query in the address. Without JavaScript, or when storage is refused, the form submits as a plain
 * GET with `?q=`, which the search page still reads.
 */
const KEY = 'kb-search-paste';

export function handOffOnSubmit(form: HTMLFormElement, field: HTMLInputElement | HTMLTextAreaElement) {
  form.addEventListener('submit', (event) => {
    const query = field.value;
    if (!query.trim()) return;
    try {
      sessionStorage.setItem(KEY, query);
    } catch {
      return;
    }
    event.preventDefault();
    location.assign(new URL('/search/', location.href).href);
  });
}

/** `<kb-paste-form>` (PasteSearchForm.astro): its form hands the paste over on submit. */
export class KbPasteForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const field = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (form && field) handOffOnSubmit(form, field);
  }
}

/** The handed-off paste, once: it is removed as it is read. */
export function takeHandOff(): string | null {
  try {
    const query = sessionStorage.getItem(KEY);
    if (query !== null) sessionStorage.removeItem(KEY);
    return query;
  } catch {
    return null;
  }
}
