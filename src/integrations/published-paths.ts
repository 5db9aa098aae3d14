/**
 * After the build, once the sitemap is written: stops the build when two published paths differ only
 * in case, and takes the forwarding pages (noindex, canonical elsewhere) out of the sitemap.
 * Registered from `astro:config:setup` so that it runs after Starlight's sitemap integration.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, isRedirectPage } from '../lib/site/dist.ts';
import { caseCollisions, sitemapWithout } from '../lib/site/published.ts';
import { stopBuild } from '../lib/kb/checked.ts';

const afterSitemap: AstroIntegration = {
  name: 'kb-published-paths',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const dist = fileURLToPath(dir);
      const pages = builtPages(dist);
      const collisions = caseCollisions(pages.map((p) => p.path));
      if (collisions.length > 0) {
        stopBuild(
          new Error(
            [
              `大文字と小文字だけが違う URL が ${collisions.length} 組あります（macOS や Windows では 1 つのファイルになり、片方が消えます）:`,
              ...collisions.map((group) => `  ${group.join(' と ')}`),
              '  → 片方の id かエラー名を変えてください',
            ].join('\n'),
          ),
        );
      }
      const forwarding = new Set(pages.filter((p) => isRedirectPage(p.html)).map((p) => p.path));
      let dropped = 0;
      for (const name of readdirSync(dist).filter((n) => /^sitemap-\d+\.xml$/.test(n))) {
        const file = join(dist, name);
        const result = sitemapWithout(readFileSync(file, 'utf8'), (path) => forwarding.has(path));
        writeFileSync(file, result.xml);
        dropped += result.dropped;
      }
      logger.info(`転送ページ ${dropped} 件をサイトマップから外しました`);
    },
  },
};

export function publishedPaths(): AstroIntegration {
  return {
    name: 'kb-published-paths-setup',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ integrations: [afterSitemap] });
      },
    },
  };
}
