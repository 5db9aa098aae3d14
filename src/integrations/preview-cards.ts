/**
 * Link-preview cards: one 1200×630 PNG per page that is shared in chat, at /og/<key>.png.
 *
 * Drawing a card costs about as much as rendering its page, and Astro renders pages on one thread.
 * So the build does not draw cards in its page loop: when the build starts, the cards missing from
 * the cache go to worker threads that draw them on the other cores while Astro renders the pages;
 * when the build is done, every card is linked (or copied) from the cache into `dist/og/`. A warm cache starts no
 * worker at all. `astro dev` draws a card when it is requested.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../lib/kb/check.ts';
import { settings } from '../config.ts';
import { allCards, type Card } from '../lib/og/previews.ts';
import { cachedCard, cachedCardFile, cardCacheDir } from '../lib/og/cache.ts';
import type { CardJob, CardResult } from '../lib/og/worker.ts';
import { CARD_FOLDER, cardFileName, cardKeyFromPath, cardPath } from '../lib/site/cards.ts';

const WORKER = new URL('../lib/og/worker.ts', import.meta.url);

/** Threads that draw cards: every core but the one Astro renders pages on (`OG_WORKERS` overrides). */
function workerCount(cards: number): number {
  return Math.max(1, Math.min(cards, settings().ogWorkers));
}

function draw(job: CardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    // A failed build must not wait for the drawing to finish before it exits.
    worker.unref();
    worker.once('message', (result: CardResult) => {
      if (result.ok) resolve(result.drawn);
      else reject(new Error(`リンクプレビュー画像 ${cardPath(result.key)} を描けませんでした:\n${result.message}`));
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

/**
 * Puts a cached card into `dist/og/`: a hard link where the cache and dist share a file system (a
 * copy of ~1,000 PNGs cost about 2 s of a 1,000-entry build), a copy where they do not. Linking is
 * safe because a cached PNG is never changed in place: the cache writes a new file and renames it.
 */
function place(from: string, to: string) {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** `cacheDir`: where cards are cached (default: `cardCacheDir()`, which KB_CACHE_DIR moves). */
export function previewCards(kb: KnowledgeBase, options: { cacheDir?: string } = {}): AstroIntegration {
  const cacheDir = options.cacheDir ?? cardCacheDir();
  let cards: Card[] | undefined;
  const list = () => (cards ??= allCards(kb));
  let drawing: Promise<number> | undefined;
  let started = 0;

  return {
    name: 'kb-preview-cards',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
        drawing = drawMissing(list(), cacheDir);
        // Awaited in astro:build:done; a build that fails earlier must not also report this.
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const drawn = await drawing!;
        const out = join(fileURLToPath(dir), CARD_FOLDER);
        const targets = list().map((card) => ({ from: cachedCardFile(card.input, cacheDir), to: join(out, cardFileName(card.key)) }));
        for (const folder of new Set(targets.map((t) => dirname(t.to)))) mkdirSync(folder, { recursive: true });
        for (const { from, to } of targets) place(from, to);
        report(logger, list().length, drawn, performance.now() - started);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const key = cardKeyFromPath(decodeURIComponent((req.url ?? '').split('?')[0]!));
          const card = key && list().find((c) => c.key === key);
          if (!card) return next();
          cachedCard(card.input, cacheDir).then((png) => {
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
