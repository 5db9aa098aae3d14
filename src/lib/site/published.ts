/**
 * Rules on the set of paths the site publishes, checked on dist/ after the build: no two paths that
 * a case-insensitive file system (macOS, Windows) would store as one, and a sitemap that lists only
 * pages meant to be found (no forwarding pages).
 */

/** Groups of paths that differ only in letter case. */
export function caseCollisions(paths: readonly string[]): string[][] {
  const byFolded = new Map<string, string[]>();
  for (const path of paths) {
    const folded = path.toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), path]);
  }
  return [...byFolded.values()].filter((group) => group.length > 1).map((group) => group.sort());
}

/** The sitemap XML with the <url> entries whose path `drop` returns true for removed. */
export function sitemapWithout(xml: string, drop: (path: string) => boolean): { xml: string; dropped: number } {
  let dropped = 0;
  const kept = xml.replace(/<url>\s*<loc>([^<]+)<\/loc>[\s\S]*?<\/url>/g, (entry, loc: string) => {
    if (!drop(decodeURI(new URL(loc).pathname))) return entry;
    dropped++;
    return '';
  });
  return { xml: kept, dropped };
}
