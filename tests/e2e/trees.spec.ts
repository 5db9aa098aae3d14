import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Walks the task-start tree by its answers. The answers chosen are the first option at each
 * question until an outcome, so the test follows whatever the tree currently says.
 */
async function walkToOutcome(page: Page) {
  const visited: string[] = [];
  for (let i = 0; i < 12; i++) {
    const options = page.locator('.kb-tree-options a[data-tree-option]');
    if ((await options.count()) === 0) break;
    // Follow the answer's link as a browser without JavaScript does: a plain navigation.
    const href = (await options.first().getAttribute('href'))!;
    visited.push(href);
    await page.goto(href);
    await expect(page.locator('.kb-tree-node')).toHaveAttribute('data-node', href.split('/').filter(Boolean).at(-1)!);
  }
  return visited;
}

test.describe('decision trees without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a walk from the start reaches a cause with its confirm step and fixes', async ({ page }) => {
    await page.goto('/trees/');
    await page.goto((await page.getByRole('main').getByRole('link', { name: 'タスクが起動しない' }).getAttribute('href'))!);
    await expect(page).toHaveURL(/\/trees\/task-start\/[a-z0-9-]+\/$/);
    await expect(page.locator('#kb-tree-current')).toContainText(/Fargate|EC2|起動タイプ/);
    const visited = await walkToOutcome(page);
    expect(visited.length).toBeGreaterThan(0);
    await expect(page.locator('#kb-tree-current')).toContainText('原因:');
    await expect(page.getByText('確認（読み取りのみ）:')).toBeVisible();
    await expect(page.locator('.kb-fix-list a').first()).toHaveAttribute('href', /^\/fixes\//);
    await expect(page.getByRole('link', { name: '原因の詳しい説明を開く' })).toHaveAttribute('href', /^\/causes\//);
    // The path taken is listed, and 「最初からやり直す」 goes back to the start.
    await expect(page.getByRole('navigation', { name: 'これまでの回答' }).getByRole('listitem')).toHaveCount(visited.length);
    await page.goto((await page.getByRole('link', { name: '最初からやり直す' }).getAttribute('href'))!);
    await expect(page.locator('.kb-tree-path')).toHaveCount(0);
  });
});

/** Opens a tree's first question and waits until the in-place walker is running. */
async function startTree(page: Page, tree: string) {
  await page.goto(`/trees/${tree}/`);
  await page.getByRole('link', { name: '最初の質問から始める' }).click();
  await expect(page.locator('kb-tree-walk[data-enhanced]')).toBeAttached();
}

test.describe('decision trees with JavaScript', () => {
  test('answering swaps the question in place, moves focus, and back/reload keep the position', async ({ page }) => {
    await startTree(page, 'task-start');
    const startUrl = page.url();
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const first = page.locator('.kb-tree-options a[data-tree-option]').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    // No full reload happened: the marker set on the previous document is still there.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect(page.locator('#kb-tree-current')).toBeFocused();
    await expect(page.locator('[data-tree-announce]')).not.toBeEmpty();

    const question = await page.locator('#kb-tree-current').textContent();
    await page.goBack();
    await expect(page).toHaveURL(startUrl);
    await expect(page.locator('#kb-tree-current')).not.toHaveText(question!);
    await page.goForward();
    await expect(page.locator('#kb-tree-current')).toHaveText(question!);
    await page.reload();
    await expect(page.locator('#kb-tree-current')).toHaveText(question!);
  });

  test('a deep node URL opens directly on that question with its path', async ({ page }) => {
    await page.goto('/trees/task-start/');
    // The last question of the outline: deep in the tree, reached by several answers.
    const hrefs = await page
      .locator('.kb-tree-outline a[href^="/trees/task-start/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const href = hrefs.filter((h) => /^\/trees\/task-start\/[a-z0-9-]+\/$/.test(h)).at(-1)!;
    await page.goto(href);
    await expect(page.locator('#kb-tree-current')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'これまでの回答' })).toBeVisible();
  });

  test('keyboard only: Tab to an answer, Enter, focus lands on the next question', async ({ page }) => {
    await startTree(page, 'lb-unreachable');
    const first = page.locator('.kb-tree-options a[data-tree-option]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#kb-tree-current')).toBeFocused();
    const before = page.url();
    // From the new question, Tab reaches its first answer (past any copy button of the hint).
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('.kb-tree-options a') ?? false)) break;
    }
    await expect(page.locator('.kb-tree-options a').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(before);
    await expect(page.locator('#kb-tree-current')).toBeFocused();
  });

  test('a node page has no accessibility violations after an answer', async ({ page }) => {
    await startTree(page, 'exec-logs');
    await page.locator('.kb-tree-options a[data-tree-option]').first().click();
    await expect(page.locator('#kb-tree-current')).toBeFocused();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('the overview shows the tree as a diagram with every box linked, and an outline', async ({ page }) => {
  await page.goto('/trees/deploy-fails/');
  const boxes = page.locator('.kb-tree-diagram svg a');
  const items = page.locator('.kb-tree-outline a');
  await expect(boxes.first()).toBeAttached();
  expect(await boxes.count()).toBe(await items.count());
});

test('symptom pages lead into the tree at the node that covers them', async ({ page }) => {
  await page.goto('/symptoms/cannot-pull-container/');
  await page.getByRole('link', { name: '診断ツリーで絞り込む' }).click();
  await expect(page).toHaveURL(/\/trees\/task-start\/[a-z0-9-]+\/$/);
  await expect(page.locator('#kb-tree-current')).toBeVisible();
});
