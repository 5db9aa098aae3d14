/**
 * axe (WCAG 2.2 A and AA) over every page in the built sitemap, plus the states only interaction
 * reaches: the search page with results open and a tree node after an answer.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, isRedirectPage, sitemapPaths } from '../../src/lib/site/dist.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = new Map(builtPages('dist').map((p) => [p.path, p.html]));
const all = sitemapPaths('dist').filter((path) => !isRedirectPage(pages.get(path) ?? ''));

/**
 * Every page, except that tree nodes are sampled: each of the ~280 node pages is the same template
 * filled with plain text (the content check refuses markup in tree texts), so per tree the overview,
 * the first question node with a hint, and the first outcome node cover every shape a node can take.
 * axe costs 1 to 6 s a page here; the whole sitemap took most of the test command's time.
 */
function sampled(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const node = /^\/trees\/([^/]+)\/([^/]+)\/$/.exec(path);
    if (!node) return true;
    const html = pages.get(path) ?? '';
    const shape = `${node[1]} ${html.includes('kb-tree-options') ? 'question' : 'outcome'}${html.includes('kb-tree-hint') ? '+hint' : ''}`;
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}
const urls = sampled(all);

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

test('the sitemap is not empty, and the sample keeps every page but tree nodes', () => {
  expect(all.length).toBeGreaterThan(400);
  expect(urls.filter((u) => !u.startsWith('/trees/'))).toEqual(all.filter((u) => !u.startsWith('/trees/')));
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
      for (const v of await violations(page)) found.push(`${url} ${v}`);
    }
    expect(found).toEqual([]);
  });
}

test('axe: the search page with results open', async ({ page }) => {
  await page.goto('/search/?q=CannotPullContainerError');
  await expect(page.getByRole('region', { name: '一致するエラー' })).toBeVisible();
  await expect(page.getByRole('region', { name: '全文検索の結果' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
