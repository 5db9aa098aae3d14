import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function clipboard(page: import('@playwright/test').Page) {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = async (type: string) => (item!.types.includes(type) ? await (await item!.getType(type)).text() : '');
    return { plain: await text('text/plain'), html: await text('text/html') };
  });
}

test('the copy button puts a titled link for chat on the clipboard, and says so', async ({ page }) => {
  await page.goto('/causes/no-route-to-registry/');
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const url = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.getByRole('button', { name: 'チャット用にリンクをコピー' }).click();
  await expect(page.locator('[data-copy-announce]')).toHaveText('リンクをコピーしました');
  const copied = await clipboard(page);
  expect(copied.plain).toBe(`${title} <${url}>`);
  expect(copied.html).toContain(`<a href="${url}">`);
  expect(copied.html).toContain(title);
});

test('the copy button works from the keyboard on a tree node', async ({ page }) => {
  await page.goto('/trees/task-start/');
  await page.getByRole('link', { name: '最初の質問から始める' }).click();
  // The overview has a copy button too: press Enter only once the node page has loaded (and its
  // copy button has its handler), not while the overview is still on screen.
  await page.waitForURL(/\/trees\/task-start\/[a-z0-9-]+\/$/);
  await page.getByRole('button', { name: 'チャット用にリンクをコピー' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-announce]')).toHaveText('リンクをコピーしました');
  expect((await clipboard(page)).plain).toMatch(/ <https?:\/\/[^>]+\/trees\/task-start\/[a-z0-9-]+\/>$/);
});

test('a heading anchor copies its own URL', async ({ page }) => {
  await page.goto('/symptoms/cannot-pull-container/');
  await page.locator('main a[href="#image-not-found"]').filter({ hasText: 'へのリンク' }).click();
  await expect(page.locator('[data-copy-announce]')).toHaveText('見出しへのリンクをコピーしました');
  expect((await clipboard(page)).plain).toMatch(/<https?:\/\/[^>]+\/symptoms\/cannot-pull-container\/#image-not-found>$/);
});

test('a table-of-contents link to a heading navigates without copying anything', async ({ page }) => {
  await page.goto('/symptoms/cannot-pull-container/');
  await page.getByRole('navigation', { name: '目次' }).locator('a[href="#image-not-found"]').click();
  await expect(page).toHaveURL(/#image-not-found$/);
  // A copy is announced within a few milliseconds; give a wrong one time to appear.
  await page.waitForTimeout(300);
  await expect(page.locator('[data-copy-announce]')).toHaveText('');
});

test('/e/<ErrorName>/ lists the causes of that error family, and case variants resolve', async ({ page }) => {
  await page.goto('/e/CannotPullContainerError/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CannotPullContainerError');
  await expect(page.locator('main a[href="/symptoms/cannot-pull-container/#dockerhub-rate-limit"]')).toBeVisible();

  await page.goto('/e/cannotpullcontainererror/');
  await expect(page).toHaveURL(/\/e\/CannotPullContainerError\/$/);
  await page.goto('/e/CANNOTPULLCONTAINERERROR/');
  await expect(page).toHaveURL(/\/e\/CannotPullContainerError\/$/);
});
