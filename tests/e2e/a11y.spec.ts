/**
 * axe (WCAG 2.2 A and AA) over a sample of every template in the built sitemap, plus the states only interaction
 * reaches: the search page with results open and a tree node after an answer.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages, isRedirectPage, sitemapPaths } from '../../src/lib/site/dist.ts';

const pages = new Map(builtPages('dist').map((p) => [p.path, p.html]));
const all = sitemapPaths('dist').filter((path) => !isRedirectPage(pages.get(path) ?? ''));

/**
 * Which pages axe checks. axe costs 1 to 6 s a page on these machines, and the whole sitemap (615
 * pages) took ten of the test command's eighteen minutes, so pages are sampled by template: a page's
 * markup comes from its template, and what content can add is Markdown without HTML (the content
 * check refuses raw HTML, headings deeper than ###, code without a language and dead links).
 * Per template (first path segment) the largest pages, which carry the most Markdown constructs
 * (tables, lists, code, long link lists), and the smallest; per tree every node shape (question,
 * question with a hint, outcome); and every page that is the only one of its template.
 */
const PER_TEMPLATE_LARGEST = 4;
function sampled(paths: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const node = /^\/trees\/([^/]+)\/([^/]+)\/$/.exec(path);
    const html = pages.get(path) ?? '';
    const key = node
      ? `tree ${node[1]} ${html.includes('kb-tree-options') ? 'question' : 'outcome'}${html.includes('kb-tree-hint') ? '+hint' : ''}`
      : (path.split('/')[1] ?? '');
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const chosen = new Set<string>();
  for (const [key, group] of groups) {
    if (key.startsWith('tree ')) {
      chosen.add(group[0]!);
      continue;
    }
    const bySize = [...group].sort((a, b) => (pages.get(b)?.length ?? 0) - (pages.get(a)?.length ?? 0));
    for (const path of [...bySize.slice(0, PER_TEMPLATE_LARGEST), bySize[bySize.length - 1]!]) chosen.add(path);
  }
  return paths.filter((path) => chosen.has(path));
}
const urls = sampled(all);

test('the sitemap is not empty, and the sample reaches every template', () => {
  expect(all.length).toBeGreaterThan(400);
  const templates = (paths: string[]) => new Set(paths.map((p) => p.split('/')[1]));
  expect(templates(urls)).toEqual(templates(all));
  expect(urls.filter((u) => u.startsWith('/symptoms/')).length).toBeGreaterThanOrEqual(PER_TEMPLATE_LARGEST);
});

// A few pages per test keeps the per-test overhead low without hiding which page failed.
const BATCH = 10;
for (let i = 0; i < urls.length; i += BATCH) {
  const batch = urls.slice(i, i + BATCH);
  test(`axe: ${batch[0]} … (${batch.length} pages)`, async ({ page }) => {
    // axe takes seconds on a long symptom page; the budget is per batch, not per page.
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const url of batch) {
      await page.goto(url);
      for (const v of await axeViolations(page)) found.push(`${url} ${v}`);
    }
    expect(found).toEqual([]);
  });
}

test('axe: the search page with results open', async ({ page }) => {
  await page.goto('/search/?q=CannotPullContainerError');
  await expect(page.getByRole('region', { name: '一致するエラー' })).toBeVisible();
  await expect(page.getByRole('region', { name: '全文検索の結果' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
