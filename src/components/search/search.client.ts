/**
 * Browser side of the search box. The lookup index and Pagefind are fetched on the first search,
 * never on page load. Results are built with DOM APIs and `textContent`: nothing the person typed
 * is ever parsed as HTML.
 */
import { createMatcher, type LookupResult, type Matcher, type Uncovered } from '../../lib/lookup/matcher.ts';
import { confidenceLabel } from '../../lib/lookup/confidence.ts';
import type { LookupIndex } from '../../lib/lookup/lookup-index.ts';
import { highlightRanges } from '../../lib/lookup/highlight.ts';
import { normalizeErrorLine } from '../../lib/lookup/normalize.ts';
import { tokenize } from '../../lib/lookup/tokenize.ts';
import { contributionUrl } from '../../lib/site/contribute.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const DEBOUNCE_MS = 200;
/** Longer pastes are searched but not put into `?q=`. */
const MAX_URL_QUERY_CHARS = 8000;
const FULLTEXT_LIMIT = 8;
/** Above this many words, an empty AND search falls back to merging per-word searches. */
const FALLBACK_MIN_WORDS = 3;
const FALLBACK_MAX_WORDS = 12;

let matcherPromise: Promise<Matcher> | undefined;
let pagefindPromise: Promise<PagefindApi> | undefined;

function loadMatcher(): Promise<Matcher> {
  matcherPromise ??= fetch('/api/lookup-index.json')
    .then((r) => {
      if (!r.ok) throw new Error(`lookup index: HTTP ${r.status}`);
      return r.json() as Promise<LookupIndex>;
    })
    .then(createMatcher);
  return matcherPromise;
}

function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The pasted text around what matched, with the matched words in <mark>. */
function highlighted(query: string, tokens: string[]): HTMLElement {
  const ranges = highlightRanges(query, tokens);
  const p = el('p', undefined, 'kb-match-query');
  if (ranges.length === 0) return p;
  // Show a window around the first to the last match; long pastes are clipped at both ends.
  const start = Math.max(0, ranges[0]![0] - 40);
  const end = Math.min(query.length, ranges[ranges.length - 1]![1] + 40);
  let at = start;
  if (start > 0) p.append('…');
  for (const [s, e] of ranges) {
    if (s < at) continue;
    p.append(query.slice(at, s));
    p.append(el('mark', query.slice(s, e)));
    at = e;
  }
  p.append(query.slice(at, end));
  if (end < query.length) p.append('…');
  return p;
}

/** Selects a block's text, so it can be copied by hand where the clipboard API is refused. */
function selectText(node: Node) {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Merge per-word Pagefind searches when the AND search of a long query finds nothing. A page must
 * contain a third of the words (and two of them), so one stray word cannot fill the list.
 */
async function fallbackSearch(pf: PagefindApi, query: string) {
  const words = [...new Set(tokenize(normalizeErrorLine(query)).filter((w) => w.length > 2))].slice(0, FALLBACK_MAX_WORDS);
  const pages = new Map<string, { score: number; words: number; result: PagefindResult }>();
  const searches = await Promise.all(words.map((w) => pf.search(w)));
  for (const { results } of searches) {
    if (results.length === 0) continue;
    // Rare words say more: weight each word by how few pages contain it.
    const weight = 1 / Math.log2(1 + results.length);
    for (const r of results) {
      const current = pages.get(r.id);
      pages.set(r.id, { score: (current?.score ?? 0) + weight * r.score, words: (current?.words ?? 0) + 1, result: r });
    }
  }
  const needed = Math.max(2, Math.ceil(words.length / 3));
  return [...pages.values()]
    .filter((p) => p.words >= needed)
    .sort((a, b) => b.score - a.score)
    .map((p) => ({ ...p.result, score: p.score }));
}

/**
 * Whether a full-text result really matched the query. With `lang="ja"` Pagefind can match a single
 * letter of an unknown word (「qwzx」 marks a lone "q"), so a result counts only when one of its
 * marked words is in the query (two characters or more) or shares a 4-letter stem with a query word.
 */
export function excerptMatchesQuery(excerpt: string, normalizedQuery: string, queryTokens: readonly string[]): boolean {
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => normalizeErrorLine(m[1] ?? ''));
  return marks.some(
    (mark) =>
      (mark.length >= 2 && normalizedQuery.includes(mark)) ||
      (mark.length >= 4 && queryTokens.some((t) => t.length >= 4 && t.slice(0, 4) === mark.slice(0, 4))),
  );
}

export class KbSearch extends HTMLElement {
  #input!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  connectedCallback() {
    this.#input = this.querySelector('textarea')!;
    this.#status = this.querySelector('[data-status]')!;
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(this.#input.value, true);
    });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void this.run(this.#input.value, true);
      }
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.run(this.#input.value, false), DEBOUNCE_MS);
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  #fromUrl() {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    this.#input.value = q;
    if (q.trim()) void this.run(q, false, false);
    else this.#clear();
  }

  #clear() {
    for (const selector of ['[data-matches]', '[data-uncovered]', '[data-fulltext]', '[data-none]']) {
      (this.querySelector(selector) as HTMLElement).hidden = true;
    }
    this.#status.textContent = '';
  }

  /** Keeps `?q=` in step with the box so the address bar is always a shareable search. */
  #syncUrl(query: string, push: boolean) {
    const url = new URL(location.href);
    // A whole pasted document (describe-tasks JSON, a log) is too long for an address to share.
    if (query.trim() && query.length <= MAX_URL_QUERY_CHARS) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href === location.href) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  async run(query: string, push: boolean, sync = true) {
    const generation = ++this.#generation;
    if (sync) this.#syncUrl(query, push);
    if (!query.trim()) {
      this.#clear();
      return;
    }
    this.#status.textContent = '検索しています…';
    let matches: LookupResult[];
    let uncovered: Uncovered[] = [];
    let messages: string[] = [];
    try {
      ({ results: matches, uncovered, messages } = (await loadMatcher()).lookupPaste(query));
    } catch {
      matches = [];
    }
    if (generation !== this.#generation) return;
    this.#renderMatches(matches);
    this.#renderUncovered(uncovered);

    let fulltext: PagefindResultData[];
    try {
      const pf = await loadPagefind();
      // Full text looks for the first error found in the paste, not for the whole paste.
      const phrase = normalizeErrorLine(messages[0] ?? query);
      const tokens = tokenize(phrase);
      const accepted = async (results: PagefindResult[]) =>
        (await Promise.all(results.slice(0, FULLTEXT_LIMIT * 2).map((r) => r.data())))
          .filter((d) => excerptMatchesQuery(d.excerpt, phrase, tokens))
          .slice(0, FULLTEXT_LIMIT);
      fulltext = phrase ? await accepted((await pf.search(phrase)).results) : [];
      if (fulltext.length === 0 && phrase.split(' ').length >= FALLBACK_MIN_WORDS)
        fulltext = await accepted(await fallbackSearch(pf, messages[0] ?? query));
    } catch {
      fulltext = [];
    }
    if (generation !== this.#generation) return;
    this.#renderFulltext(fulltext);

    const none = this.querySelector('[data-none]') as HTMLElement;
    none.hidden = matches.length > 0 || fulltext.length > 0;
    this.#status.textContent =
      matches.length + fulltext.length === 0
        ? '見つかりませんでした'
        : `一致するエラー ${matches.length} 件、全文検索 ${fulltext.length} 件`;
  }

  #renderMatches(matches: LookupResult[]) {
    const section = this.querySelector('[data-matches]') as HTMLElement;
    const list = this.querySelector('[data-match-list]') as HTMLOListElement;
    list.replaceChildren(
      ...matches.map((m) => {
        const li = el('li', undefined, 'kb-match');
        const a = el('a', m.title);
        a.href = m.url;
        const meta = el('p', undefined, 'kb-match-meta');
        meta.append(el('span', m.type === 'cause' ? '原因' : '症状', 'kb-match-type'), ' ', el('span', confidenceLabel(m.level)));
        li.append(a, meta);
        // Marked in the message it answers (a paste may hold several).
        if (m.matched.length > 0) li.append(highlighted(m.message, m.matched));
        if (m.signature) li.append(el('code', m.signature, 'kb-match-signature'));
        return li;
      }),
    );
    section.hidden = matches.length === 0;
  }

  /**
   * Messages whose best answer is only their family: say so, lead with the family's page, and
   * show the unexplained part (identifiers masked) with a button to copy it for a report.
   */
  #renderUncovered(uncovered: Uncovered[]) {
    const section = this.querySelector('[data-uncovered]') as HTMLElement;
    const list = this.querySelector('[data-uncovered-list]') as HTMLElement;
    list.replaceChildren(
      ...uncovered.map((u) => {
        const item = el('div', undefined, 'kb-uncovered-item');
        const lead = el('p');
        const family = el('a', u.family.title);
        family.href = u.family.url;
        lead.append(
          'まず「',
          family,
          '」のページで、同じ系統のエラーの確認手順を見てください。次の部分はどの原因にも当てはまりませんでした。',
        );
        const code = el('code', u.rest);
        const pre = el('pre', undefined, 'kb-uncovered-rest');
        pre.append(code);
        const copy = el('button', '報告用にコピー', 'kb-uncovered-copy');
        copy.type = 'button';
        copy.addEventListener('click', () => {
          const done = () => (this.#status.textContent = '報告用にコピーしました');
          // No clipboard API (insecure context, old browser): select the text for a manual copy.
          if (navigator.clipboard) void navigator.clipboard.writeText(u.rest).then(done, () => selectText(code));
          else selectText(code);
        });
        item.append(lead, pre, copy);
        // The footer's link carries the repository and version only when SITE_REPO is set.
        const footer = document.querySelector<HTMLAnchorElement>('a[data-kb-contribute]');
        if (footer) {
          const report = el('a', 'この情報を追加・修正する', 'kb-uncovered-report');
          report.href = contributionUrl({
            repo: footer.dataset['repo']!,
            page: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.origin + location.pathname,
            version: footer.dataset['version']!,
            versionsPage: footer.dataset['versionsPage']!,
            message: u.message,
          });
          item.append(' ', report);
        }
        return item;
      }),
    );
    section.hidden = uncovered.length === 0;
  }

  #renderFulltext(results: PagefindResultData[]) {
    const section = this.querySelector('[data-fulltext]') as HTMLElement;
    const list = this.querySelector('[data-fulltext-list]') as HTMLOListElement;
    list.replaceChildren(
      ...results.map((r) => {
        const li = el('li');
        const a = el('a', r.meta.title ?? r.url);
        a.href = r.url;
        // Pagefind's excerpt is built from our own pages; only its <mark> tags are kept.
        const excerpt = el('p', undefined, 'kb-muted');
        for (const [i, part] of r.excerpt.split(/<\/?mark>/).entries()) {
          const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '';
          excerpt.append(i % 2 === 1 ? el('mark', text) : text);
        }
        li.append(a, excerpt);
        return li;
      }),
    );
    section.hidden = results.length === 0;
  }
}
