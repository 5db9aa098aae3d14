/**
 * Symptom, error-name and list pages as an on-call engineer meets them: the triage key first, error
 * pages that agree with the symptom pages, an index of error names, a 404 that offers a search for
 * what was asked, and the Fargate / EC2 filter of the lists.
 */
import { expect, test, type Page } from '@playwright/test';
import { layoutShift, recordLayoutShift } from './layout-shift.ts';
import { readdirSync, readFileSync } from 'node:fs';

const SYMPTOM = '/symptoms/cannot-pull-container/';
const ERROR = 'CannotPullContainerError';

/** Cause ids in the order the symptom page ranks them. */
async function symptomCauseIds(page: Page): Promise<string[]> {
  await page.goto(SYMPTOM);
  return page.locator('section.kb-cause').evaluateAll((sections) => sections.map((s) => s.getAttribute('aria-labelledby') ?? ''));
}

/** The signature texts in a cause's front matter (the error name appears there or not). */
function causeSignatures(id: string): string {
  const file = readFileSync(`content/causes/${id}.md`, 'utf8');
  return /\nsignatures:\n([\s\S]*?)\n[a-z_]+:/.exec(file)?.[1] ?? '';
}

test('the triage table is the first table after the summary, above every cause', async ({ page }) => {
  await page.goto(SYMPTOM);
  const main = page.locator('main');
  const firstTable = main.locator('table').first();
  await expect(firstTable.getByRole('columnheader').last()).toHaveText('疑う原因');
  const [lead, table, firstCause] = await Promise.all([
    main.locator('.kb-lead').boundingBox(),
    firstTable.boundingBox(),
    main.locator('section.kb-cause').first().boundingBox(),
  ]);
  expect(table!.y).toBeGreaterThan(lead!.y);
  expect(table!.y + table!.height).toBeLessThan(firstCause!.y);
  // The table links to the causes it names.
  await expect(firstTable.getByRole('link', { name: 'イメージが存在しない' })).toHaveAttribute('href', '/causes/image-not-found/');
  // The table of contents lists it first too.
  await expect(page.locator('starlight-toc a').nth(1)).toHaveAttribute('href', '#triage-key');
});

test('the error page lists causes in the symptom page order, complete, with the same table', async ({ page }) => {
  const ranked = await symptomCauseIds(page);
  expect(ranked.length).toBeGreaterThan(3);
  // A cause that only the symptom ties to the error: its own signatures never name it.
  const unnamed = ranked.filter((id) => !causeSignatures(id).includes(ERROR));
  expect(unnamed.length).toBeGreaterThan(0);

  await page.goto(`/e/${ERROR}/`);
  const listed = await page
    .locator('main ol.kb-entry-list > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
  expect(listed.slice(0, ranked.length)).toEqual(ranked);
  for (const id of unnamed) expect(listed).toContain(id);
  await expect(page.locator('main table').first().getByRole('columnheader').last()).toHaveText('疑う原因');
});

test('the /e/ index lists every error page', async ({ page }) => {
  const built = readdirSync('dist/e', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  expect(built.length).toBeGreaterThan(10);
  await page.goto('/e/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('エラー名の一覧');
  const linked = await page
    .locator('main ul.kb-error-index a')
    .evaluateAll((links) => links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.split('/')[2] ?? '')));
  expect([...linked].sort()).toEqual(built);
  // Each link opens its error page.
  await page.getByRole('link', { name: ERROR, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/e/${ERROR}/$`));
});

test('an unknown error page offers a search for the name that was asked', async ({ page }) => {
  const response = await page.goto('/e/CannotPullContainerErorr/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('kb-error-redirect[data-settled]')).toBeAttached();
  await expect(page).toHaveURL(/\/e\/CannotPullContainerErorr\/$/);
  await expect(page.getByRole('searchbox', { name: '検索する言葉' })).toHaveValue('CannotPullContainerErorr');
  // The search page's own URL builder (searchUrl), on this page's origin.
  await expect(page.getByRole('link', { name: '「CannotPullContainerErorr」を検索する' })).toHaveAttribute(
    'href',
    new URL('/search/?q=CannotPullContainerErorr', page.url()).href,
  );
  await page.getByRole('main').getByRole('button', { name: '検索', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=CannotPullContainerErorr$/);
});

test('any missing page offers a search for the words of its path', async ({ page }) => {
  await page.goto('/symptoms/cannot-pul-container/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page.getByRole('searchbox', { name: '検索する言葉' })).toHaveValue('cannot pul container');
  // The page's box and the header's are two search landmarks: a screen reader lists them by name.
  const names = await page.getByRole('search').evaluateAll((forms) => forms.map((f) => f.getAttribute('aria-label')));
  expect(names).toHaveLength(2);
  expect(new Set(names).size).toBe(2);
});

test('a case variant of an error page still lands on the real page', async ({ page }) => {
  await page.goto('/e/cannotpullcontainererror/');
  await expect(page).toHaveURL(new RegExp(`/e/${ERROR}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ERROR);
});

test('a symptom page does not shift its layout while it loads over a slow connection (CLS under 0.01)', async ({ page }) => {
  await recordLayoutShift(page);
  // A slow connection (as on a phone tethered during an incident) delivers the page in pieces, and
  // the browser paints what it has. The table of contents comes before the article in the page, so
  // it is painted first: it must be painted where it stays (it moved across the page, CLS 0.4).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 50,
    downloadThroughput: 100_000,
    uploadThroughput: 100_000,
  });
  await page.goto(SYMPTOM);
  await page.waitForFunction(() => document.readyState === 'complete');
  // Two animation frames: shifts from late styles or scripts are recorded by then.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Same bound as the search page's test: a sub-pixel rounding shift (0.0003 measured once) is not
  // a jump a reader notices; a sidebar or heading moving is.
  expect(await layoutShift(page)).toBeLessThan(0.01);

  // Whether the browser paints before the article arrives depends on timing, so the state it would
  // paint is also checked directly: with the article not there yet, the table of contents is where
  // it is with the article.
  const tocLeft = () => page.locator('.right-sidebar').evaluate((e) => e.getBoundingClientRect().left);
  const withArticle = await tocLeft();
  await page.locator('.main-pane').evaluate((e) => ((e as HTMLElement).style.display = 'none'));
  expect(await tocLeft()).toBe(withArticle);
});

test.describe('the Fargate / EC2 filter of the lists', () => {
  const visibleItems = (page: Page) => page.locator('kb-platform-filter li[data-applies-to]:visible');
  const allItems = (page: Page) => page.locator('kb-platform-filter li[data-applies-to]');

  test('the cause list keeps only the causes that apply to the chosen launch type', async ({ page }) => {
    await page.goto('/causes/');
    const total = await allItems(page).count();
    await expect(visibleItems(page)).toHaveCount(total);
    const ec2Only = await allItems(page).evaluateAll(
      (items) => items.filter((li) => !(li as HTMLElement).dataset['appliesTo']!.split(' ').includes('fargate')).length,
    );
    expect(ec2Only).toBeGreaterThan(0);

    await page.getByRole('radio', { name: 'Fargate' }).check();
    await expect(visibleItems(page)).toHaveCount(total - ec2Only);
    await expect(page.getByRole('status').filter({ hasText: '件を表示しています' })).toHaveText(`${total - ec2Only} 件を表示しています。`);
    // The same parameter as the search page's filter, so one word means the same everywhere.
    await expect(page).toHaveURL(/\/causes\/\?launch=fargate$/);

    // The filtered list can be shared: the choice comes back from the URL.
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Fargate' })).toBeChecked();
    await expect(visibleItems(page)).toHaveCount(total - ec2Only);

    await page.getByRole('radio', { name: 'すべて' }).check();
    await expect(visibleItems(page)).toHaveCount(total);
    await expect(page).toHaveURL(/\/causes\/$/);
  });

  test('the symptom list hides an area left empty by the filter (opened from a link of the earlier ?on= form)', async ({ page }) => {
    await page.goto('/symptoms/?on=ec2');
    await expect(page.getByRole('radio', { name: 'EC2' })).toBeChecked();
    const shown = await visibleItems(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['appliesTo']!));
    expect(shown.length).toBeGreaterThan(0);
    for (const applies of shown) expect(applies.split(' ')).toContain('ec2');
    for (const section of await page.locator('section[data-platform-group]').all()) {
      if (await section.isVisible()) await expect(section.locator('li[data-applies-to]:visible').first()).toBeVisible();
    }
  });

  test('without JavaScript the whole list shows and no dead controls appear', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/causes/?launch=fargate');
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(visibleItems(page)).toHaveCount(await allItems(page).count());
    await context.close();
  });
});
