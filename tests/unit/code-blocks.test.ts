/**
 * How command blocks are drawn and reused (lib/code-blocks.ts): the first block of each page is
 * always drawn by Expressive Code, which links its stylesheet and script from it; the other blocks
 * of the page wait for that drawing, and only they are kept and reused on later pages.
 */
import { expect, test } from 'vitest';
import { keepBlock, planBlock } from '../../src/lib/code-blocks.ts';

test("a page's first block is drawn even when it was kept from another page; later blocks wait for it", async () => {
  const pageA = {};
  const first = await planBlock('bash\naws ecs describe-tasks', pageA);
  expect(first.draw).toBe('first');

  let secondSettled = false;
  const second = planBlock('bash\naws ecs describe-services', pageA).then((plan) => {
    secondSettled = true;
    return plan;
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(secondSettled).toBe(false);
  if (first.draw === 'first') first.drawn();
  const plan = await second;
  expect(plan).toEqual({ draw: 'keep', key: 'bash\naws ecs describe-services' });
  keepBlock('bash\naws ecs describe-services', '<div class="expressive-code">describe-services</div>');

  const pageB = {};
  const firstOnB = await planBlock('bash\naws ecs describe-services', pageB);
  expect(firstOnB.draw).toBe('first');
  if (firstOnB.draw === 'first') firstOnB.drawn();
  expect(await planBlock('bash\naws ecs describe-services', pageB)).toEqual({
    draw: 'reuse',
    html: '<div class="expressive-code">describe-services</div>',
  });
  expect((await planBlock('bash\naws ecs list-tasks', pageB)).draw).toBe('keep');
});
