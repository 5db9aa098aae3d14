import { expect, test } from '@playwright/test';

test.describe('the Japanese site', () => {
  test('home page is Japanese and lists symptoms by area', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ECS トラブルシューティング');
    await expect(page.getByRole('link', { name: 'コンテンツにスキップ' })).toBeAttached();
    await expect(page.getByRole('heading', { level: 3, name: 'タスクの起動・停止' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /CannotPullContainerError/ })).toHaveAttribute(
      'href',
      '/symptoms/cannot-pull-container/',
    );
  });

  test('heading anchors are labelled in Japanese', async ({ page }) => {
    await page.goto('/symptoms/cannot-pull-container/');
    const anchor = page.locator('#no-route-to-registry + a.sl-anchor-link');
    await expect(anchor).toHaveAttribute('href', '#no-route-to-registry');
    await expect(anchor).toHaveAccessibleName(/へのリンク$/);
    await expect(page.locator('body')).not.toContainText('Section titled');
  });
});

test.describe('a symptom page', () => {
  test('shows every cause inline, in order, each with its confirm step and fixes', async ({ page, request }) => {
    const kb = (await (await request.get('/api/kb.json')).json()) as { entries: { id: string; type: string; causes?: string[] }[] };
    const symptom = kb.entries.find((e) => e.type === 'symptom' && e.id === 'cannot-pull-container')!;
    await page.goto('/symptoms/cannot-pull-container/');
    const causeHeadings = page.locator('section.kb-cause h2');
    await expect(causeHeadings).toHaveCount(symptom.causes!.length);
    expect(await causeHeadings.evaluateAll((hs) => hs.map((h) => h.id))).toEqual(symptom.causes);
    for (const id of symptom.causes!) {
      const section = page.locator(`section.kb-cause:has(#${id})`);
      await expect(section.getByText('確認（読み取りのみ）:')).toBeVisible();
      await expect(section.locator('.kb-fix-list a').first()).toHaveAttribute('href', /^\/fixes\/[a-z0-9-]+\/$/);
    }
  });

  test('a cause anchor URL lands on that cause', async ({ page }) => {
    await page.goto('/symptoms/resource-initialization-error/#secrets-permission-missing');
    await expect(page.locator('#secrets-permission-missing')).toBeInViewport();
  });

  test('an anchor to the last cause of a long page lands on it, with the sections above drawn lazily', async ({ page }) => {
    // Sections are laid out as they come into view (content-visibility): the jump must still land.
    await page.goto('/symptoms/resource-initialization-error/#env-file-s3-access-denied');
    await expect(page.locator('#env-file-s3-access-denied')).toBeInViewport();
  });

  test('says where the text appears and that stopped tasks vanish after about an hour', async ({ page }) => {
    await page.goto('/symptoms/task-stuck-pending/');
    await expect(page.getByRole('heading', { name: 'メッセージの取り出し方' })).toBeVisible();
    await expect(page.getByText('停止後およそ 1 時間')).toBeVisible();
    await expect(page.locator('main')).toContainText('describe-tasks');
  });
});

test('navigation: symptom → cause → fix and back', async ({ page }) => {
  await page.goto('/symptoms/exec-format-error/');
  const causeLink = page.locator('section.kb-cause:has(#image-platform-mismatch)').getByRole('link', { name: /^原因の詳しい説明/ });
  await causeLink.click();
  await expect(page).toHaveURL(/\/causes\/image-platform-mismatch\/$/);
  await expect(page.getByRole('heading', { name: '確認する' })).toBeVisible();

  const fix = page.locator('.kb-fix-list a').first();
  const fixTitle = (await fix.textContent())!.trim();
  await fix.click();
  await expect(page).toHaveURL(/\/fixes\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixTitle);

  // The fix links back to the cause it resolves, and the cause back to the symptom's anchor.
  await page.locator('main a[href="/causes/image-platform-mismatch/"]').first().click();
  await expect(page).toHaveURL(/\/causes\/image-platform-mismatch\/$/);
  await page.locator('main a[href="/symptoms/exec-format-error/#image-platform-mismatch"]').click();
  await expect(page).toHaveURL(/\/symptoms\/exec-format-error\/#image-platform-mismatch$/);
  await expect(page.locator('#image-platform-mismatch')).toBeInViewport();
});

test('kb.json lists every entry with relations both ways', async ({ request }) => {
  const response = await request.get('/api/kb.json');
  expect(response.ok()).toBe(true);
  const { entries } = (await response.json()) as {
    entries: { id: string; type: string; url: string; causes?: string[]; symptoms?: string[]; fixes?: string[] }[];
  };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const symptom = byId.get('ecspresso-deploy-fails')!;
  expect(symptom.url).toMatch(/^https?:\/\/[^/]+\/symptoms\/ecspresso-deploy-fails\/$/);
  for (const causeId of symptom.causes!) {
    const cause = byId.get(causeId)!;
    expect(cause.type).toBe('cause');
    expect(cause.symptoms).toContain('ecspresso-deploy-fails');
    for (const fixId of cause.fixes!) expect(byId.get(fixId)?.causes).toContain(causeId);
  }
});
