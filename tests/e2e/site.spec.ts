import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The built site's own list of symptoms and their causes (the tests run against dist/). */
const symptoms = (
  JSON.parse(readFileSync('dist/api/kb.json', 'utf8')) as { entries: { id: string; type: string; causes?: string[] }[] }
).entries.filter((e) => e.type === 'symptom');

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

// A link pasted in chat, `/symptoms/<s>/#<cause>`, opened fresh: once the page has settled (loaded,
// fonts in), the cause's heading is at the top of the window, under the sticky header. Anything
// that shifts layout above the anchor after the browser scrolled fails here.
test.describe('every cause anchor lands on its heading at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  for (const symptom of symptoms) {
    test(symptom.id, async ({ page }) => {
      // One fresh load per cause (15 on the largest symptom page): the budget grows with them.
      test.setTimeout(15_000 + symptom.causes!.length * 4_000);
      for (const cause of symptom.causes!) {
        await page.goto('about:blank');
        await page.goto(`/symptoms/${symptom.id}/#${cause}`);
        const where = await page.evaluate(async (id) => {
          await document.fonts.ready;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const top = document.getElementById(id)!.getBoundingClientRect().top;
          const atBottom = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
          return { top, atBottom };
        }, cause);
        expect(where.top, `${cause}: heading at ${where.top}px`).toBeGreaterThanOrEqual(0);
        // Under the sticky header; lower only when the page cannot scroll further.
        if (!where.atBottom) expect(where.top, `${cause}: heading at ${where.top}px`).toBeLessThan(160);
        else expect(where.top, `${cause}: heading at ${where.top}px`).toBeLessThan(720);
      }
    });
  }
});
