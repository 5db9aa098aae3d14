/**
 * Browser side of the search box. The lookup index and Pagefind are fetched on the first search,
 * never on page load. Results are built with DOM APIs and `textContent`: nothing the person typed
 * is ever parsed as HTML.
 */
import { createMatcher, type LookupResult, type Matcher, type Uncovered } from '../../lib/lookup/matcher.ts';
import { confidenceLabel } from '../../lib/lookup/confidence.ts';
import type { LookupIndex } from '../../lib/lookup/lookup-index.ts';
import { highlightRanges } from '../../lib/lookup/highlight.ts';
import { excerptAround } from '../../lib/lookup/excerpt.ts';
import { showCopied } from '../share/copy-link.client.ts';
import { takeHandOff } from './handoff.client.ts';
import { keptByLaunchFilter, type LaunchTargets } from './launch-filter.ts';
import { searchUrl, shareableQuery } from './share-query.ts';
import { LAUNCH_CHOICE_LABELS, LAUNCH_PARAM, launchFromSearch, parseLaunchChoice, type LaunchChoice } from '../../lib/launch-filter.ts';
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
const FULLTEXT_LIMIT = 8;
/** Above this many words, an empty AND search falls back to merging per-word searches. */
const FALLBACK_MIN_WORDS = 3;
const FALLBACK_MAX_WORDS = 12;

let matcherPromise: Promise<Matcher> | undefined;
let pagefindPromise: Promise<PagefindApi> | undefined;
let launchTargetsPromise: Promise<LaunchTargets> | undefined;

function loadLaunchTargets(): Promise<LaunchTargets> {
  launchTargetsPromise ??= fetch('/api/launch-targets.json').then((r) => {
    if (!r.ok) throw new Error(`launch targets: HTTP ${r.status}`);
    return r.json() as Promise<LaunchTargets>;
  });
  return launchTargetsPromise;
}

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

/** A short excerpt of the pasted message around what matched, the matched words in <mark>. */
function highlighted(message: string, tokens: string[]): HTMLElement {
  const p = el('p', undefined, 'kb-match-query');
  const excerpt = excerptAround(message, highlightRanges(message, tokens));
  if (excerpt.clippedStart) p.append('…');
  for (const part of excerpt.parts) p.append(part.mark ? el('mark', part.text) : part.text);
  if (excerpt.clippedEnd) p.append('…');
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

/** What one history entry of the search page holds: the whole query, which the URL may not. */
interface SearchState {
  q: string;
  launch: LaunchChoice;
}

/** The results of the last search, kept so a change of filter does not search again. */
interface Outcome {
  query: string;
  matches: LookupResult[];
  uncovered: Uncovered[];
  messages: string[];
  /** `undefined` while Pagefind is still searching. */
  fulltext: PagefindResultData[] | undefined;
}

export class KbSearch extends HTMLElement {
  #input!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;
  #launch: LaunchChoice = 'all';
  #outcome: Outcome | undefined;
  /**
   * The current history entry holds a query someone chose (submitted, pasted, opened). Typing
   * after it starts a new entry, so Back returns to it; further typing only updates that entry.
   */
  #committed = false;
  #pasted = false;

  connectedCallback() {
    this.#input = this.querySelector('textarea')!;
    this.#status = this.querySelector('[data-status]')!;
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(this.#input.value, 'commit');
    });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void this.run(this.#input.value, 'commit');
      }
    });
    this.#input.addEventListener('paste', () => (this.#pasted = true));
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      if (this.#pasted) {
        // A paste is a whole query at once: search now and keep it in history.
        this.#pasted = false;
        void this.run(this.#input.value, 'commit');
        return;
      }
      this.#timer = setTimeout(() => void this.run(this.#input.value, 'draft'), DEBOUNCE_MS);
    });
    for (const radio of this.#launchRadios()) {
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        this.#launch = parseLaunchChoice(radio.value);
        this.#writeHistory(this.#input.value, 'replace', this.#outcome?.messages);
        void this.#render();
      });
    }
    window.addEventListener('popstate', () => this.#fromHistory());
    this.#fromHistory();
  }

  #launchRadios(): NodeListOf<HTMLInputElement> {
    return this.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${LAUNCH_PARAM}"]`);
  }

  /** The query of this history entry: its state, else a paste handed over, else `?q=`. */
  #fromHistory() {
    clearTimeout(this.#timer);
    const state = history.state as Partial<SearchState> | null;
    const params = new URLSearchParams(location.search);
    const q = typeof state?.q === 'string' ? state.q : (takeHandOff() ?? params.get('q') ?? '');
    this.#launch = typeof state?.launch === 'string' ? parseLaunchChoice(state.launch) : launchFromSearch(params);
    for (const radio of this.#launchRadios()) radio.checked = radio.value === this.#launch;
    this.#input.value = q;
    this.#committed = q.trim() !== '';
    // A handed-over paste or a `?q=` link: keep the whole query in this entry's state (reload,
    // Back) and only its masked, short form in the address.
    if (typeof state?.q !== 'string') this.#writeHistory(q, 'replace');
    void this.run(q, 'restore');
  }

  /**
   * Records the query in history: `commit` and `draft` as described at `#committed`, `replace` for
   * the current entry. The URL gets only a short, masked form of it (see `shareableQuery`).
   */
  #writeHistory(query: string, mode: 'commit' | 'draft' | 'replace', messages: readonly string[] = []) {
    const state: SearchState = { q: query, launch: this.#launch };
    const url = searchUrl(location.href, shareableQuery(query, messages[0]), this.#launch);
    const push = (mode === 'commit' || mode === 'draft') && this.#committed && query !== (history.state as SearchState | null)?.q;
    if (push) history.pushState(state, '', url);
    else history.replaceState(state, '', url);
    if (mode === 'commit') this.#committed = query.trim() !== '';
    else if (mode === 'draft') this.#committed = false;
    this.#syncCopyLink(query, messages);
  }

  /** The page's 「チャット用にリンクをコピー」 copies this search (masked), not the bare page. */
  #syncCopyLink(query: string, messages: readonly string[]) {
    const link = document.querySelector<HTMLElement>('kb-copy-link');
    if (!link?.dataset['url']) return;
    link.dataset['url'] = searchUrl(link.dataset['url'], shareableQuery(query, messages[0]), this.#launch);
  }

  #clear() {
    for (const selector of ['[data-matches]', '[data-uncovered]', '[data-fulltext]', '[data-none]']) {
      (this.querySelector(selector) as HTMLElement).hidden = true;
    }
    (this.querySelector('[data-suggestions]') as HTMLElement | null)?.removeAttribute('hidden');
    this.#status.textContent = '';
    this.#outcome = undefined;
  }

  async run(query: string, mode: 'commit' | 'draft' | 'restore') {
    const generation = ++this.#generation;
    if (mode !== 'restore') this.#writeHistory(query, mode);
    else this.#syncCopyLink(query, []);
    if (!query.trim()) {
      this.#clear();
      return;
    }
    (this.querySelector('[data-suggestions]') as HTMLElement | null)?.setAttribute('hidden', '');
    this.#status.textContent = '検索しています…';
    let outcome: Outcome;
    try {
      const { results, uncovered, messages } = (await loadMatcher()).lookupPaste(query);
      outcome = { query, matches: results, uncovered, messages, fulltext: undefined };
    } catch {
      outcome = { query, matches: [], uncovered: [], messages: [], fulltext: undefined };
    }
    if (generation !== this.#generation) return;
    this.#outcome = outcome;
    // A long paste's URL shares its first error message, known only now.
    if (outcome.messages.length > 0 && (history.state as SearchState | null)?.q === query)
      this.#writeHistory(query, 'replace', outcome.messages);
    // The lookup's answer (including "none") is shown now; full text follows when Pagefind is in.
    if (!(await this.#render(generation))) return;

    let fulltext: PagefindResultData[];
    try {
      const pf = await loadPagefind();
      // Full text looks for the first error found in the paste, not for the whole paste.
      const phrase = normalizeErrorLine(outcome.messages[0] ?? query);
      const tokens = tokenize(phrase);
      const accepted = async (results: PagefindResult[]) =>
        (await Promise.all(results.slice(0, FULLTEXT_LIMIT * 2).map((r) => r.data())))
          .filter((d) => excerptMatchesQuery(d.excerpt, phrase, tokens))
          .slice(0, FULLTEXT_LIMIT);
      fulltext = phrase ? await accepted((await pf.search(phrase)).results) : [];
      if (fulltext.length === 0 && phrase.split(' ').length >= FALLBACK_MIN_WORDS)
        fulltext = await accepted(await fallbackSearch(pf, outcome.messages[0] ?? query));
    } catch {
      fulltext = [];
    }
    if (generation !== this.#generation) return;
    outcome.fulltext = fulltext;
    await this.#render(generation);
  }

  /**
   * Draws the last outcome under the chosen launch type. The status line is the one place that
   * says how it went (counts, or 「見つかりませんでした」 once); the hints below only offer ways on.
   * Returns false when a newer search took over meanwhile.
   */
  async #render(generation = this.#generation): Promise<boolean> {
    const outcome = this.#outcome;
    if (!outcome) return true;
    let targets: LaunchTargets = {};
    if (this.#launch !== 'all') {
      try {
        targets = await loadLaunchTargets();
      } catch {
        // Without the table nothing is hidden: better too many results than none.
      }
      if (generation !== this.#generation) return false;
    }
    const launch = this.#launch;
    // A cause's URL points into a symptom page; the cause itself says where it applies.
    const matches = outcome.matches.filter((m) => keptByLaunchFilter(m.type === 'cause' ? `/causes/${m.id}/` : m.url, launch, targets));
    const fulltext = outcome.fulltext?.filter((r) => keptByLaunchFilter(r.url, launch, targets));
    this.#renderMatches(matches);
    this.#renderUncovered(outcome.uncovered);
    this.#renderFulltext(fulltext ?? []);

    const answered = matches.length + outcome.uncovered.length;
    (this.querySelector('[data-none]') as HTMLElement).hidden = answered > 0 || (fulltext?.length ?? 0) > 0;
    const only = launch === 'all' ? '' : `（${LAUNCH_CHOICE_LABELS[launch]} のみ）`;
    if (fulltext === undefined)
      this.#status.textContent =
        answered === 0
          ? `一致するエラーはありません${only}。全文検索しています…`
          : `一致するエラー ${matches.length} 件${only}。全文検索しています…`;
    else
      this.#status.textContent =
        answered + fulltext.length === 0
          ? `見つかりませんでした${only}`
          : `一致するエラー ${matches.length} 件、全文検索 ${fulltext.length} 件${only}`;
    return true;
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
          const done = () => {
            showCopied(copy);
            this.#status.textContent = '報告用にコピーしました';
          };
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
          // It leaves the site for the repository host: no opener, and no referrer carrying the search.
          report.rel = 'noopener noreferrer';
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
