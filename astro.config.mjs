// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { loadCheckedKnowledgeBase } from './src/integrations/knowledge-base.ts';
import { buildSidebar } from './src/lib/kb/sidebar.ts';

/** Absolute origin for canonical and og:url. Set SITE_URL when publishing. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const kb = loadCheckedKnowledgeBase();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Content headings carry explicit ASCII ids (`## 確認 {#verify}`) so anchors never percent-encode.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    starlight({
      title: 'ECS トラブルシューティング',
      description: 'Amazon ECS と ecspresso のエラーから原因と対処にたどり着くためのナレッジベース',
      defaultLocale: 'root',
      locales: { root: { label: '日本語', lang: 'ja' } },
      sidebar: buildSidebar(kb),
      lastUpdated: false,
      pagefind: true,
    }),
  ],
});
