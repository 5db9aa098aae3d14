import { expect, type Page } from '@playwright/test';

/**
 * Opens a tree's first question and waits until the in-place walker is running. Before that an
 * answer is an ordinary link (progressive enhancement): a click then loads the next page instead of
 * swapping it in, and focus stays where a page load leaves it, so a test that checks the swap must
 * wait for this first.
 */
export async function startTree(page: Page, tree: string) {
  await page.goto(`/trees/${tree}/`);
  await page.getByRole('link', { name: '最初の質問から始める' }).click();
  await expect(page.locator('kb-tree-walk[data-enhanced]')).toBeAttached();
}
