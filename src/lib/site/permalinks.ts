/**
 * The permalink promise: every URL and heading anchor ever published keeps working. The manifest
 * (tests/data/permalinks.json) lists them; a URL may leave the site only if a redirect page now
 * stands at it, and an anchor may leave a page only with its page.
 */
import { builtPages, elementIds, headingIds, isRedirectPage } from './dist.ts';

export interface Manifest {
  /** Site path → heading ids on that page. */
  pages: Record<string, string[]>;
}

export interface SiteSnapshot {
  /** Site path → heading ids, for real pages: what the manifest records when pages are added. */
  pages: Map<string, string[]>;
  /**
   * Site path → every element id in the main content. A published anchor keeps working as long as
   * some element carries it, even when it is no longer a heading (a tree node's question became the
   * page's H1, and `#kb-tree-current` moved to the node's container).
   */
  targets: Map<string, Set<string>>;
  /** Site paths of forwarding pages. */
  redirects: Set<string>;
}

export function manifestFrom(site: SiteSnapshot): Manifest {
  const pages: Record<string, string[]> = {};
  for (const [path, ids] of [...site.pages].sort(([a], [b]) => a.localeCompare(b))) pages[path] = [...ids].sort();
  return { pages };
}

export function permalinkProblems(manifest: Manifest, site: SiteSnapshot): string[] {
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(manifest.pages)) {
    const ids = site.targets.get(path);
    if (!ids) {
      if (!site.redirects.has(path))
        problems.push(`${path} は公開済みの URL ですが、ページもリダイレクトもありません（redirect_from に旧 id を書いてください）`);
      continue;
    }
    for (const anchor of anchors) {
      if (!ids.has(anchor)) problems.push(`${path}#${anchor} は公開済みのアンカーですが、ページから消えています`);
    }
  }
  for (const path of site.pages.keys()) {
    if (!(path in manifest.pages)) problems.push(`${path} がマニフェストにありません（npm run permalinks -- --update で追加してください）`);
  }
  return problems;
}

/** What the built site publishes now. */
export function siteSnapshot(dist: string): SiteSnapshot {
  const site: SiteSnapshot = { pages: new Map(), targets: new Map(), redirects: new Set() };
  for (const page of builtPages(dist)) {
    if (page.path === '/404/') continue;
    if (isRedirectPage(page.html)) site.redirects.add(page.path);
    else {
      site.pages.set(page.path, headingIds(page.html));
      site.targets.set(page.path, new Set(elementIds(page.html)));
    }
  }
  return site;
}
