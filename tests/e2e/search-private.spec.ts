import { expect, test, type Page } from '@playwright/test';

/**
 * Pastes are private (issue 14, item 7): with JavaScript, the home, header and 404 boxes hand a paste to
 * the search page without putting it into any request; `?q=` links (OpenSearch, shared short
 * queries) still work; the address bar gets only a short, masked form.
 */
const PASTE =
  'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec-role/1a2b is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:ap-northeast-1:123456789012:parameter/app/db_password';

const matches = (page: Page) => page.getByRole('region', { name: '一致するエラー' }).getByRole('listitem');

/** Every request URL the page makes, decoded, so an encoded paste is caught too. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    urls.push(url);
    try {
      urls.push(decodeURIComponent(url.replace(/\+/g, ' ')));
    } catch {
      // Not decodable: the raw URL is enough.
    }
  });
  return urls;
}

for (const [where, start, field] of [
  ['home', '/', '#home-q'],
  ['header', '/symptoms/cannot-pull-container/', '#kb-header-q'],
  ['404 page', '/symptoms/no-such-page/', '#not-found-q'],
] as const) {
  test(`a paste submitted from the ${where} box is in no request URL, and lands on its cause`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(start);
    const urls = recordRequests(page);
    await page.locator(field).fill(PASTE);
    await page.locator(field).press('Enter');
    await expect(matches(page).first().getByRole('link')).toHaveAttribute(
      'href',
      '/symptoms/resource-initialization-error/#secrets-permission-missing',
    );
    await expect(page.getByRole('textbox', { name: /エラー文/ })).toHaveValue(PASTE);
    expect(urls.some((u) => u.includes('/search/'))).toBe(true);
    for (const u of urls) {
      expect(u).not.toContain('123456789012');
      expect(u).not.toContain('unable to pull secrets');
    }
    // The address bar holds the masked form only; the whole paste survives a reload.
    expect(page.url()).not.toContain('123456789012');
    await page.reload();
    await expect(page.getByRole('textbox', { name: /エラー文/ })).toHaveValue(PASTE);
  });
}

test('an OpenSearch or shared ?q= link still runs the search', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('CannotPullContainerError')}`);
  await expect(matches(page).first().getByRole('link')).toHaveAttribute('href', '/symptoms/cannot-pull-container/');
  const opensearch = await (await page.request.get('/opensearch.xml')).text();
  expect(opensearch).toMatch(/template="[^"]+\/search\/\?q=\{searchTerms\}"/);
});

test('without JavaScript the home form still searches through ?q=', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#home-q').fill('CannotPullContainerError');
  await page.locator('#home-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=CannotPullContainerError$/);
  await context.close();
});

test('an ARN or account id typed on the search page does not reach the address bar', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('textbox', { name: /エラー文/ });
  await box.fill(PASTE);
  await box.press('Enter');
  await expect(matches(page).first()).toBeVisible();
  expect(page.url()).toContain('q=ResourceInitializationError');
  expect(page.url()).not.toContain('123456789012');
  expect(decodeURIComponent(page.url())).toContain('{arn}');
});
