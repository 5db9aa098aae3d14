// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE_MARKDOWN_FEATURES } from './src/lib/kb/markdown-body.ts';
import { settingsOrStop, treeCoverageReport } from './src/integrations/knowledge-base.ts';
import { loadCheckedKnowledgeBase } from './src/lib/kb/checked.ts';
import { buildSidebar } from './src/lib/kb/sidebar.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { previewCards } from './src/integrations/preview-cards.ts';
import { publishedPaths } from './src/integrations/published-paths.ts';
import { publishGuard } from './src/integrations/publish-check.ts';

/** Every setting is read and checked in src/config.ts. Set SITE_URL when publishing. */
const { siteUrl: site, cacheDir } = settingsOrStop();
const kb = loadCheckedKnowledgeBase();

export default defineConfig({
  site,
  // A build of another content tree (a benchmark, a test fixture) keeps its caches apart:
  // benchmarks start cold and fixtures do not evict the site's cached content and cards.
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Component scripts always go to files under /_astro/ (allowed by 'self'), never inline: the CSP
  // pass then allows only the inline scripts written as <script is:inline> in components.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // Content headings carry explicit ASCII ids (`## 確認 {#verify}`) so anchors never percent-encode.
  markdown: { processor: satteri({ features: SITE_MARKDOWN_FEATURES }) },
  integrations: [
    treeCoverageReport(kb),
    contentSecurityPolicy(),
    starlight({
      title: 'ECS トラブルシューティング',
      description: 'Amazon ECS と ecspresso のエラーから原因と対処にたどり着くためのナレッジベース',
      defaultLocale: 'root',
      locales: { root: { label: '日本語', lang: 'ja' } },
      sidebar: buildSidebar(kb, {
        trees: kb.trees.map((t) => ({ label: t.data.title, link: `/trees/${t.data.id}/${t.data.start}/` })),
      }),
      lastUpdated: false,
      pagefind: true,
      pagination: false,
      // src/pages/404.astro offers a search for the missing path instead of Starlight's bare 404.
      disable404Route: true,
      // Expressive Code's settings and plugins are in ec.config.mjs, where the <Code> component reads them too.
      // Preview-card tags (og:image, twitter:*) are added by the route middleware below.
      head: [
        {
          tag: 'link',
          attrs: {
            rel: 'search',
            type: 'application/opensearchdescription+xml',
            title: 'ECS トラブルシューティング',
            href: '/opensearch.xml',
          },
        },
      ],
      customCss: ['./src/styles/kb.css'],
      // Titles come from front matter and Starlight writes <title> as HTML: escaped there.
      routeMiddleware: './src/route-middleware.ts',
      components: {
        Search: './src/components/starlight/HeaderSearch.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        Footer: './src/components/starlight/Footer.astro',
      },
    }),
    // After Starlight, so that its checks run after Starlight's sitemap is written.
    publishedPaths(),
    // Last, so Pagefind and the CSP pass run while the card workers finish.
    previewCards(kb),
    // After everything else, so its warning is the build's last words.
    publishGuard(),
  ],
});
