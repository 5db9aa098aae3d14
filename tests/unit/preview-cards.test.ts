/**
 * The preview-card integration outside a full build: `astro dev` serves a card on request, and
 * leaves other URLs to Astro.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { previewCards } from '../../src/integrations/preview-cards.ts';
import { loadCheckedKnowledgeBase } from '../../src/lib/kb/checked.ts';
import { VALID_KB, workDir } from './fixture.ts';
import { pngSizeOf } from '../../src/lib/site/dist.ts';

type Handler = (
  req: { url?: string },
  res: { setHeader: (k: string, v: string) => void; end: (body: Buffer) => void },
  next: (error?: unknown) => void,
) => void;

let cache: string;
let handler: Handler;
beforeAll(() => {
  cache = workDir('cards');
  const integration = previewCards(loadCheckedKnowledgeBase(VALID_KB), { cacheDir: cache });
  const setup = integration.hooks['astro:server:setup'] as (options: { server: { middlewares: { use: (h: Handler) => void } } }) => void;
  setup({ server: { middlewares: { use: (h) => (handler = h) } } });
});
afterAll(() => {
  rmSync(cache, { recursive: true, force: true });
});

function request(url: string): Promise<{ type?: string | undefined; body?: Buffer; passed: boolean }> {
  return new Promise((resolve) => {
    let type: string | undefined;
    handler({ url }, { setHeader: (_, v) => (type = v), end: (body) => resolve({ type, body, passed: false }) }, () =>
      resolve({ passed: true }),
    );
  });
}

test('astro dev draws the card of a page when it is requested', async () => {
  const response = await request('/og/symptoms/sample-symptom.png');
  expect(response.passed).toBe(false);
  expect(response.type).toBe('image/png');
  expect(pngSizeOf(response.body!)).toEqual({ width: 1200, height: 630 });
});

test('astro dev passes on URLs that are not cards', async () => {
  expect((await request('/og/symptoms/no-such-symptom.png')).passed).toBe(true);
  expect((await request('/symptoms/sample-symptom/')).passed).toBe(true);
});
