import { expect, test, type Page } from '@playwright/test';
import { useJapaneseFont } from './japanese-font.ts';
import { axeViolations } from './axe.ts';
import { startTree } from './tree-walk.ts';

/** The page's H1: the question or the cause on screen. */
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

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
    await expect(heading(page)).toContainText(/Fargate|EC2|起動タイプ/);
    const visited = await walkToOutcome(page);
    expect(visited.length).toBeGreaterThan(0);
    await expect(heading(page)).toContainText('原因:');
    await expect(page.getByText('確認（読み取りのみ）:')).toBeVisible();
    await expect(page.locator('.kb-fix-list a').first()).toHaveAttribute('href', /^\/fixes\//);
    await expect(page.getByRole('link', { name: '原因の詳しい説明を開く' })).toHaveAttribute('href', /^\/causes\//);
    // The path taken is listed, and 「最初からやり直す」 goes back to the start.
    await expect(page.getByRole('navigation', { name: 'これまでの回答' }).getByRole('listitem')).toHaveCount(visited.length);
    await page.goto((await page.getByRole('link', { name: '最初からやり直す' }).getAttribute('href'))!);
    await expect(page.locator('.kb-tree-path')).toHaveCount(0);
  });

  test('the H1 is the question on screen and no other heading repeats it', async ({ page }) => {
    await page.goto('/trees/task-start/');
    const hrefs = await page
      .locator('.kb-tree-outline a[href^="/trees/task-start/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // The start, a question below it, and an outcome.
    for (const href of [hrefs[1]!, hrefs[2]!, hrefs.at(-1)!]) {
      await page.goto(href);
      const h1 = (await heading(page).textContent())!.trim();
      expect(h1).not.toContain('｜');
      for (const h2 of await page.getByRole('main').locator('h2, h3').allTextContents()) {
        expect(h1.includes(h2.trim()) || h2.trim().includes(h1), `${href}: 「${h2.trim()}」 repeats 「${h1}」`).toBe(false);
      }
    }
  });
});

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
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('[data-tree-announce]')).not.toBeEmpty();

    const question = await heading(page).textContent();
    await page.goBack();
    await expect(page).toHaveURL(startUrl);
    await expect(heading(page)).not.toHaveText(question!);
    await page.goForward();
    await expect(heading(page)).toHaveText(question!);
    await page.reload();
    await expect(heading(page)).toHaveText(question!);
  });

  test('a deep node URL opens directly on that question with its path', async ({ page }) => {
    await page.goto('/trees/task-start/');
    // The last question of the outline: deep in the tree, reached by several answers.
    const hrefs = await page
      .locator('.kb-tree-outline a[href^="/trees/task-start/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const href = hrefs.filter((h) => /^\/trees\/task-start\/[a-z0-9-]+\/$/.test(h)).at(-1)!;
    await page.goto(href);
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'これまでの回答' })).toBeVisible();
  });

  test('keyboard only: Tab to an answer, Enter, focus lands on the next question', async ({ page }) => {
    await startTree(page, 'lb-unreachable');
    const first = page.locator('.kb-tree-options a[data-tree-option]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    const before = page.url();
    // From the new question, Tab reaches its first answer (past any copy button of the hint).
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('.kb-tree-options a') ?? false)) break;
    }
    await expect(page.locator('.kb-tree-options a').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(before);
    await expect(heading(page)).toBeFocused();
  });

  test('a node page has no accessibility violations after an answer', async ({ page }) => {
    await startTree(page, 'exec-logs');
    await page.locator('.kb-tree-options a[data-tree-option]').first().click();
    await expect(heading(page)).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the overview shows the tree as a diagram with every box linked, and an outline', async ({ page }) => {
  await page.goto('/trees/deploy-fails/');
  const boxes = page.locator('.kb-tree-diagram svg a');
  const items = page.locator('.kb-tree-outline a');
  await expect(boxes.first()).toBeAttached();
  expect(await boxes.count()).toBe(await items.count());
});

test('the overview with its diagram has no accessibility violations', async ({ page }) => {
  // axe walks every one of the largest tree's boxes: several times the default timeout on a busy machine.
  test.slow();
  await page.goto('/trees/task-start/');
  await expect(page.getByRole('button', { name: '幅に合わせる' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the diagram shows the full text of a box on hover and keyboard focus, and the arrow keys move between boxes', async ({ page }) => {
  await page.goto('/trees/task-start/');
  const caption = page.locator('[data-diagram-caption]');
  const boxes = page.locator('.kb-tree-diagram svg a');
  const outline = page.locator('.kb-tree-outline a');
  // Keyboard: one Tab from the zoom buttons reaches the root's box (the diagram is one tab stop).
  await page.getByRole('button', { name: '原寸' }).focus();
  await page.keyboard.press('Tab');
  await expect(boxes.first()).toBeFocused();
  await expect(caption).toHaveText((await outline.first().textContent())!.trim());
  await page.keyboard.press('ArrowRight');
  await expect(boxes.nth(1)).toBeFocused();
  await expect(caption).toContainText((await outline.nth(1).textContent())!.trim());
  const target = (await outline.nth(1).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  // Hover: the box under the pointer, in full.
  await page.goBack();
  await boxes.nth(2).hover();
  await expect(caption).toContainText((await outline.nth(2).textContent())!.trim());
  await expect(caption).toBeInViewport();
});

test('symptom pages lead into the tree at the node that covers them', async ({ page }) => {
  await page.goto('/symptoms/cannot-pull-container/');
  await page.getByRole('link', { name: '診断ツリーで絞り込む' }).click();
  await expect(page).toHaveURL(/\/trees\/task-start\/[a-z0-9-]+\/$/);
  await expect(heading(page)).toBeVisible();
});

/** What names the node on screen: the H1, the tab title, canonical, og:url, the copy button's URL and the footer's report link. */
async function nodeIdentity(page: Page) {
  return {
    h1: (await heading(page).textContent())!.trim(),
    title: await page.title(),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    ogUrl: await page.locator('meta[property="og:url"]').getAttribute('content'),
    copyUrl: await page.locator('kb-copy-link').getAttribute('data-url'),
    copyTitle: await page.locator('kb-copy-link').getAttribute('data-title'),
    // Absent when the build names no repository (SITE_REPO); the test build names one.
    report: await page.locator('a[data-kb-contribute]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  };
}

test.describe('links after walking in place', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('after in-place steps, copy, H1, title and canonical name the node shown, and match a direct visit without JavaScript', async ({
    page,
    browser,
  }) => {
    await startTree(page, 'task-start');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const start = await nodeIdentity(page);
    const identities = [start];
    for (let i = 0; i < 2; i++) {
      const before = page.url();
      await page.locator('.kb-tree-options a[data-tree-option]').first().click();
      await expect(page).not.toHaveURL(before);
      await expect(heading(page)).toBeFocused();
      identities.push(await nodeIdentity(page));
    }
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    const shown = identities.at(-1)!;
    const here = new URL(page.url());
    for (const url of [shown.canonical, shown.ogUrl, shown.copyUrl]) expect(new URL(url!).pathname).toBe(here.pathname);
    expect(shown.h1).not.toBe(start.h1);
    expect(shown.title).toContain(shown.h1);
    await expect(page.locator('[data-tree-announce]')).toHaveText(shown.h1);

    await page.getByRole('button', { name: 'チャット用にリンクをコピー' }).click();
    await expect(page.locator('[data-copy-announce]')).toHaveText('リンクをコピーしました');
    const plain = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/plain')).text();
    });
    expect(plain).toBe(`${shown.copyTitle} <${shown.canonical}>`);
    expect(new URL(/<(.+)>$/.exec(plain)![1]!).pathname).toBe(here.pathname);

    // The same node opened directly, without JavaScript, is named the same way.
    const plainContext = await browser.newContext({ javaScriptEnabled: false });
    const direct = await plainContext.newPage();
    await direct.goto(page.url());
    expect(await nodeIdentity(direct)).toEqual(shown);
    await plainContext.close();

    // Back restores the previous node's names too.
    await page.goBack();
    await expect(heading(page)).toHaveText(identities[1]!.h1);
    expect(await nodeIdentity(page)).toEqual(identities[1]);
  });
});

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'mobile', width: 375, height: 812 },
] as const;

for (const viewport of VIEWPORTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.name} ${scheme}`, () => {
      // The page's CSP would refuse the test's font stylesheet.
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme, bypassCSP: true });
      test.beforeEach(({ page }) => useJapaneseFont(page));

      test('the diagram starts at its root, in view, with every label whole inside its box', async ({ page }) => {
        await page.goto('/trees/task-start/');
        await page.evaluate(() => document.fonts.ready);
        const box = page.locator('.kb-tree-diagram');
        await box.scrollIntoViewIfNeeded();
        const frame = (await box.boundingBox())!;
        const root = (await page.locator('.kb-tree-diagram svg a').first().locator('rect').boundingBox())!;
        // The root box is inside the diagram's visible area and inside the window.
        expect(root.x).toBeGreaterThanOrEqual(frame.x);
        expect(root.y).toBeGreaterThanOrEqual(frame.y);
        expect(root.x + root.width).toBeLessThanOrEqual(frame.x + frame.width);
        expect(root.y + root.height).toBeLessThanOrEqual(Math.min(frame.y + frame.height, viewport.height));
        // The diagram box itself fits the page: no horizontal scroll of the whole page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({ path: `tests/.work/tree-diagram-${viewport.name}-${scheme}.png` });

        // Every box shows its answer and label in full, each line inside the box and the box inside the drawing.
        const problems = await page.locator('.kb-tree-diagram svg').evaluate((svg: SVGSVGElement) => {
          const found: string[] = [];
          const { width, height } = svg.viewBox.baseVal;
          const items = [...document.querySelectorAll('.kb-tree-outline li')];
          const boxes = [...svg.querySelectorAll('a')];
          if (items.length !== boxes.length) found.push(`${boxes.length} boxes for ${items.length} outline items`);
          boxes.forEach((a, i) => {
            const rect = a.querySelector('rect')!.getBBox();
            if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > width || rect.y + rect.height > height) found.push(`box ${i} outside`);
            for (const text of a.querySelectorAll('text')) {
              const t = text.getBBox();
              if (t.x < rect.x || t.y < rect.y || t.x + t.width > rect.x + rect.width || t.y + t.height > rect.y + rect.height)
                found.push(`box ${i}: "${text.textContent}" sticks out`);
            }
            const shown = [...a.querySelectorAll('text')]
              .map((t) => t.textContent)
              .join('')
              .replace(/\s/g, '');
            const li = items[i]!;
            const answer = li.querySelector(':scope > span')?.textContent?.replace(/→\s*$/, '') ?? '';
            const label = (li.querySelector(':scope > a')?.textContent ?? '').replace(/^\s*(原因: |別のツリーへ: )/, '');
            const whole = (answer + label).replace(/\s/g, '');
            if (shown !== whole) found.push(`box ${i} shows "${shown}", not "${whole}"`);
          });
          return found;
        });
        expect(problems).toEqual([]);
      });

      test('a node page after an in-place step keeps the heading in view with the links laid out', async ({ page }) => {
        await startTree(page, 'task-start');
        await page.locator('.kb-tree-options a[data-tree-option]').first().click();
        await expect(heading(page)).toBeFocused();
        await expect(heading(page)).toBeInViewport();
        await page.evaluate(() => document.fonts.ready);
        const links = page.getByRole('navigation', { name: 'ツリー内の移動' }).getByRole('link');
        await expect(links).toHaveCount(3);
        // The three links are apart from each other, not run together on one line of text.
        const [a, b] = [(await links.nth(0).boundingBox())!, (await links.nth(1).boundingBox())!];
        expect(a.y + a.height <= b.y || a.x + a.width + 4 <= b.x).toBe(true);
        await page.screenshot({ path: `tests/.work/tree-node-${viewport.name}-${scheme}.png`, fullPage: true });
      });
    });
  }
}
