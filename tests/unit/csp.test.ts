import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineScripts, policy, withCspMeta } from '../../src/lib/security/csp.ts';

const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script>window.x=1</script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script></head><body></body></html>`;

test('hashes exactly the inline scripts of the page and puts the policy first in <head>', () => {
  expect(inlineScripts(page)).toEqual(['window.x=1']);
  const out = withCspMeta(page);
  const hash = createHash('sha256').update('window.x=1').digest('base64');
  expect(out).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="`);
  expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
});

test('the policy allows no inline handlers and no eval', () => {
  const p = policy([]);
  expect(p).not.toContain("'unsafe-eval'");
  expect(p).toMatch(/script-src 'self' 'wasm-unsafe-eval'$/);
  expect(p).toContain("object-src 'none'");
});

test('reads tags as a browser does: markup quoted in an attribute or a comment is no script', () => {
  const html =
    `<head><meta property="og:title" content="\`</title><script>alert(1)</script>\`"><meta name=x content='<script>b()</script>'>` +
    `<!-- <script>c()</script> --><script type="module">real()</script><SCRIPT>upper()</SCRIPT></head>`;
  expect(inlineScripts(html)).toEqual(['real()', 'upper()']);
});
