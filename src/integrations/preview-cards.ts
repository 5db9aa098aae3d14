/**
 * Link-preview cards: one 1200×630 PNG per page that is shared in chat, at /og/<key>.png.
 *
 * Drawing a card costs about as much as rendering its page, and Astro renders pages on one thread.
 * So the build does not draw cards in its page loop: when the build starts, the cards missing from
 * the cache go to worker threads that draw them on the other cores while Astro renders the pages;
 * when the build is done, every card is copied from the cache to `dist/og/`. A warm cache starts no
 * worker at all. `astro dev` draws a card when it is requested.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../lib/kb/check.ts';
import { allCards, type Card } from '../lib/og/previews.ts';
import { cachedCard, cachedCardFile, cardCacheDir } from '../lib/og/cache.ts';
import type { CardJob, CardResult } from '../lib/og/worker.ts';

const WORKER = new URL('../lib/og/worker.ts', import.meta.url);

/** Threads that draw cards: every core but the one Astro renders pages on (`OG_WORKERS` overrides). */
function workerCount(cards: number): number {
  const wanted = Number(process.env['OG_WORKERS'] ?? Math.max(1, availableParallelism() - 1));
  return Math.max(1, Math.min(cards, Number.isInteger(wanted) && wanted > 0 ? wanted : 1));
}

function draw(job: CardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    // A failed build must not wait for the drawing to finish before it exits.
    worker.unref();
    worker.once('message', (result: CardResult) => {
      if (result.ok) resolve(result.drawn);
      else reject(new Error(`リンクプレビュー画像 /og/${result.key}.png を描けませんでした:\n${result.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`リンクプレビュー画像のワーカーが終了コード ${code} で止まりました`)));
  });
}

/** Draws the cards the cache lacks on worker threads; resolves to how many were drawn. */
async function drawMissing(cards: Card[], cacheDir: string): Promise<number> {
  const missing = cards.filter((card) => !existsSync(cachedCardFile(card.input, cacheDir)));
  if (missing.length === 0) return 0;
  const workers = workerCount(missing.length);
  const shares = Array.from({ length: workers }, (_, w) => missing.filter((_, i) => i % workers === w));
  const drawn = await Promise.all(shares.map((share) => draw({ cards: share, cacheDir })));
  return drawn.reduce((a, b) => a + b, 0);
}

export function previewCards(kb: KnowledgeBase): AstroIntegration {
  let cards: Card[] | undefined;
  const list = () => (cards ??= allCards(kb));
  let drawing: Promise<number> | undefined;
  let started = 0;

  return {
    name: 'kb-preview-cards',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
        drawing = drawMissing(list(), cardCacheDir());
        // Awaited in astro:build:done; a build that fails earlier must not also report this.
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const drawn = await drawing!;
        const cacheDir = cardCacheDir();
        const out = join(fileURLToPath(dir), 'og');
        const targets = list().map((card) => ({ from: cachedCardFile(card.input, cacheDir), to: join(out, `${card.key}.png`) }));
        for (const folder of new Set(targets.map((t) => dirname(t.to)))) mkdirSync(folder, { recursive: true });
        for (const { from, to } of targets) copyFileSync(from, to);
        report(logger, list().length, drawn, performance.now() - started);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const key = /^\/og\/(.+)\.png$/.exec(decodeURIComponent((req.url ?? '').split('?')[0]!))?.[1];
          const card = key && list().find((c) => c.key === key);
          if (!card) return next();
          cachedCard(card.input).then((png) => {
            res.setHeader('Content-Type', 'image/png');
            res.end(png);
          }, next);
        });
      },
    },
  };
}

function report(logger: AstroIntegrationLogger, total: number, drawn: number, ms: number) {
  logger.info(
    `リンクプレビュー画像 ${total} 枚を dist/og/ に置きました（新しく描いたもの ${drawn} 枚、キャッシュから ${total - drawn} 枚、${(ms / 1000).toFixed(1)} 秒）`,
  );
}
