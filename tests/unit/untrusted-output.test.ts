/**
 * What the build does with what it cannot vouch for, past the content check: inline scripts no
 * component wrote, titles that look like markup, paths that collide on case-insensitive disks,
 * forwarding pages in the sitemap, and the 404 page's forwarding of /e/ case variants.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { workDir } from './fixture.ts';
import { applyContentSecurityPolicy } from '../../src/integrations/csp.ts';
import { inlineScriptRegistry } from '../../src/lib/security/inline-registry.ts';
import { dropOwnUrl, escapeTitleEntries } from '../../src/lib/security/head-text.ts';
import { caseCollisions, sitemapWithout } from '../../src/lib/site/published.ts';
import { errorPageTarget } from '../../src/components/share/error-redirect.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const page = (scripts: string) => `<!doctype html><html><head><meta charset="utf-8"><title>t</title>${scripts}</head><body></body></html>`;

describe('the CSP pass vouches only for inline scripts written in components', () => {
  function site(pages: Record<string, string>) {
    dir = workDir('csp');
    mkdirSync(join(dir, 'components'));
    writeFileSync(join(dir, 'components', 'Theme.astro'), '---\n---\n<script is:inline>\n\twindow.theme = 1;\n</script>\n');
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, 'dist', path), { recursive: true });
      writeFileSync(join(dir, 'dist', path, 'index.html'), html);
    }
    return { dist: join(dir, 'dist'), registry: inlineScriptRegistry([join(dir, 'components')]) };
  }

  test('hashes a component script', () => {
    const { dist, registry } = site({ ok: page('<script>\n\twindow.theme = 1;\n</script>') });
    expect(applyContentSecurityPolicy(dist, registry).hashes.size).toBe(1);
    expect(readFileSync(join(dist, 'ok', 'index.html'), 'utf8')).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-`);
  });

  test('fails on any other inline script, naming the page and its first line, and changes no page', () => {
    const planted = page('<script>\n\twindow.theme = 1;\n</script></title><script>\nalert(document.cookie)\nmore()</script>');
    const { dist, registry } = site({ ok: page(''), 'symptoms/x': planted });
    expect(() => applyContentSecurityPolicy(dist, registry)).toThrow(
      [
        'サイトが書いていないインラインスクリプトが 1 件あります（CSP で許可しません）:',
        'symptoms/x/index.html: alert(document.cookie)',
        '  → コンテンツに <script> や HTML を書いていないか確認してください。コンポーネントのスクリプトなら <script is:inline> か外部スクリプトにしてください',
      ].join('\n'),
    );
    expect(readFileSync(join(dist, 'ok', 'index.html'), 'utf8')).toBe(page(''));
  });
});

describe('the <head> of Starlight pages', () => {
  test('a title is text: markup in it is escaped', () => {
    const head = [
      { tag: 'title', content: '</title><script>alert(1)</script> | ECS' },
      { tag: 'script', content: 'window.x = 1 && 2' },
    ];
    escapeTitleEntries(head);
    expect(head).toEqual([
      { tag: 'title', content: '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; | ECS' },
      { tag: 'script', content: 'window.x = 1 && 2' },
    ]);
  });

  test('the 404 page names no URL of its own', () => {
    const head = [
      { tag: 'link', attrs: { rel: 'canonical', href: 'https://kb.example.com/404/' } },
      { tag: 'meta', attrs: { property: 'og:url', content: 'https://kb.example.com/404/' } },
      { tag: 'meta', attrs: { property: 'og:title', content: '404' } },
    ];
    dropOwnUrl(head);
    expect(head).toEqual([{ tag: 'meta', attrs: { property: 'og:title', content: '404' } }]);
  });
});

describe('published paths', () => {
  test('paths that differ only in case are found', () => {
    expect(caseCollisions(['/e/AccessDeniedException/', '/e/accessdeniedexception/', '/causes/x/'])).toEqual([
      ['/e/AccessDeniedException/', '/e/accessdeniedexception/'],
    ]);
  });

  test('forwarding pages leave the sitemap', () => {
    const xml =
      '<urlset><url><loc>https://kb.example.com/symptoms/a/</loc></url><url><loc>https://kb.example.com/symptoms/old-a/</loc></url></urlset>';
    expect(sitemapWithout(xml, (path) => path === '/symptoms/old-a/')).toEqual({
      xml: '<urlset><url><loc>https://kb.example.com/symptoms/a/</loc></url></urlset>',
      dropped: 1,
    });
  });
});

describe('the 404 page forwards case variants of /e/ pages', () => {
  const names = ['CannotPullContainerError', 'AccessDeniedException'];
  test.each([
    ['/e/cannotpullcontainererror/', '/e/CannotPullContainerError/'],
    ['/e/ACCESSDENIEDEXCEPTION', '/e/AccessDeniedException/'],
    // The real page is missing on this host: forwarding to it would reload this 404 forever.
    ['/e/CannotPullContainerError/', undefined],
    ['/e/%E0%A4%A/', undefined],
    ['/e/NoSuchError/', undefined],
    ['/symptoms/x/', undefined],
  ])('%s → %s', (path, target) => {
    expect(errorPageTarget(path, names)).toBe(target);
  });
});
