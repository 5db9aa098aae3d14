/**
 * Scripts planted through content never reach a page: the build stops with one message per
 * mistake, in Japanese, without a stack trace.
 */
import { afterEach, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenKb } from './fixture.ts';
import { childEnv } from '../../src/config.ts';
import { inlineScripts } from '../../src/lib/security/csp.ts';

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

test('a script in a title and in a body stops the build, and the message comes without a stack trace', () => {
  const kb = brokenKb((k) => {
    k.replace('symptoms/sample-symptom.md', 'title: "SampleError でタスクが停止する"', 'title: "</title><script>alert(1)</script>"');
    k.replace('causes/sample-cause.md', '検査用の本文です。', '検査用の本文です。\n\n<script>alert(2)</script>');
  });
  dispose = kb.dispose;
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(kb.dir, 'dist')], {
    env: childEnv({ KB_CONTENT_DIR: kb.dir, KB_CACHE_DIR: join(kb.dir, 'cache'), KB_DEBUG: undefined }),
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`.replaceAll(`${kb.dir}/`, '');
  expect(run.status).toBe(1);
  expect(output).toContain(
    [
      'ナレッジベースに 2 件の問題があります:',
      'symptoms/sample-symptom.md: title: KB013 html-in-text: title に HTML のタグがあります',
      '  → HTML は書けません。コマンドや <task-id> のような値は `バッククォート` で囲んでください',
      '  → 説明: content/README.md#kb013',
      'causes/sample-cause.md: body:24: KB021 html-in-body: 本文に HTML があります: <script>alert(2)</script>',
      '  → HTML は書けません。Markdown で書き、コマンドや <task-id> のような値は `バッククォート` で囲んでください',
      '  → 説明: content/README.md#kb021',
    ].join('\n'),
  );
  expect(output).not.toMatch(/^\s+at /m);
});

test('markup the check lets through as code reaches <title> as text; a BOM and CRLF build like plain text', () => {
  const kb = brokenKb((k) => {
    k.replace(
      'symptoms/sample-symptom.md',
      'title: "SampleError でタスクが停止する"',
      'title: "`</title><script>alert(1)</script>` が出る"',
    );
    const fix = readFileSync(k.path('fixes/sample-fix.md'), 'utf8');
    k.write('fixes/sample-fix.md', `\uFEFF${fix.replaceAll('\n', '\r\n')}`);
  });
  dispose = kb.dispose;
  const out = join(kb.dir, 'dist');
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: childEnv({ KB_CONTENT_DIR: kb.dir, KB_CACHE_DIR: join(kb.dir, 'cache') }),
    encoding: 'utf8',
  });
  expect(run.status, `${run.stdout}${run.stderr}`.slice(-3000)).toBe(0);
  const symptom = readFileSync(join(out, 'symptoms', 'sample-symptom', 'index.html'), 'utf8');
  expect(symptom).toContain('<title>`&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;` が出る | ECS トラブルシューティング</title>');
  // Quoted inside attribute values (og:title) it is text too: no script element carries it.
  expect(inlineScripts(symptom)).not.toContain('alert(1)');
  const fix = readFileSync(join(out, 'fixes', 'sample-fix', 'index.html'), 'utf8');
  expect(fix).toContain('<title>検査用の対処 | ECS トラブルシューティング</title>');
}, 180_000);

test('a wrong setting stops the build with its message alone', () => {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(import.meta.dirname, '..', '.work', 'never-built')], {
    env: childEnv({ OG_WORKERS: 'zero', KB_DEBUG: undefined }),
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).toBe(1);
  expect(output).toContain('OG_WORKERS "zero" は 1 以上の整数にしてください（例: OG_WORKERS=2）');
  expect(output).not.toMatch(/^\s+at /m);
});
