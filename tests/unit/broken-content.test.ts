/**
 * The corpus of broken content: one fixture per class of mistake (or attack) the content check
 * must refuse, each with the exact message a contributor reads. Every fixture is the valid
 * fixture with one change.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenKb, problemsAfter, VALID_KB, type Problem as KbProblem } from './fixture.ts';

const CAUSE = 'causes/sample-cause.md';
/** Adds a paragraph to the sample cause's body; it starts on file line 24. */
const withCauseBody = (markdown: string) =>
  problemsAfter((k) => k.replace(CAUSE, '検査用の本文です。', `検査用の本文です。\n\n${markdown}`));
const html = (line: number, value: string): KbProblem => ({
  file: CAUSE,
  field: `body:${line}`,
  message: `本文に HTML があります: ${value}`,
  fix: 'HTML は書けません。Markdown で書き、コマンドや <task-id> のような値は `バッククォート` で囲んでください',
});
const refusedScheme = (url: string, scheme: string, what = 'リンク'): KbProblem => ({
  file: CAUSE,
  field: 'body:24',
  message: `${what} ${url} のスキーム ${scheme} は使えません`,
  fix: 'https:// か http:// で始まる URL、mailto:、またはこのサイトのパス（/causes/<id>/ など）にしてください',
});

describe('raw HTML and unsafe URLs', () => {
  test('refuses a <script> block in a body', () => {
    expect(withCauseBody('<script>alert(1)</script>')).toEqual([html(24, '<script>alert(1)</script>')]);
  });

  test('refuses inline HTML with an event handler', () => {
    expect(withCauseBody('画像 <img src=x onerror=alert(1)> です。')).toEqual([html(24, '<img src=x onerror=alert(1)>')]);
  });

  test('refuses an iframe and an HTML comment', () => {
    expect(withCauseBody('<iframe src="javascript:alert(1)"></iframe>\n\n<!-- note -->')).toEqual([
      html(24, '<iframe src="javascript:alert(1)"></iframe>'),
      html(26, '<!-- note -->'),
    ]);
  });

  test('refuses javascript:, data: and protocol-relative URLs, however they are spelt, and no other', () => {
    expect(withCauseBody('[x](javascript:alert(1))')).toEqual([refusedScheme('javascript:alert(1)', 'javascript:')]);
    expect(withCauseBody('[x](JaVa&#x09;Script:alert(1))')).toEqual([refusedScheme('JaVa\tScript:alert(1)', 'javascript:')]);
    expect(withCauseBody('![x](data:image/svg+xml;base64,PHN2Zz4=)')).toEqual([
      refusedScheme('data:image/svg+xml;base64,PHN2Zz4=', 'data:', '画像'),
    ]);
    expect(withCauseBody('[x]: //evil.example/\n\n[y][x]')).toEqual([refusedScheme('//evil.example/', '//')]);
    // …while links the site allows pass.
    expect(
      withCauseBody(
        '[a](https://docs.aws.amazon.com/) [b](http://169.254.170.2/v2/metadata) [c](mailto:a@example.com) [d](/fixes/sample-fix/)',
      ),
    ).toEqual([]);
  });

  test('refuses a tag in a title (it reaches <title>) and in a tree text', () => {
    expect(
      problemsAfter((k) =>
        k.replace('symptoms/sample-symptom.md', 'title: "SampleError でタスクが停止する"', 'title: "</title><script>alert(1)</script>"'),
      ),
    ).toEqual([
      {
        file: 'symptoms/sample-symptom.md',
        field: 'title',
        message: 'title に HTML のタグがあります',
        fix: 'HTML は書けません。コマンドや <task-id> のような値は `バッククォート` で囲んでください',
      },
    ]);
    expect(
      problemsAfter((k) => k.replace('trees/sample-tree.yaml', 'question: 起動タイプは？', 'question: <b>起動タイプは？</b>')),
    ).toEqual([
      {
        file: 'trees/sample-tree.yaml',
        field: 'nodes.launch-type.question',
        message: 'nodes.launch-type.question に HTML のタグがあります',
        fix: 'HTML は書けません。コマンドや <task-id> のような値は `バッククォート` で囲んでください',
      },
    ]);
    // A placeholder in backticks is code, shown as written.
    expect(
      problemsAfter((k) => k.replace('trees/sample-tree-2.yaml', 'hint: コンソールを確認します。', 'hint: "`<task-id>` を確認します。"')),
    ).toEqual([]);
  });
});

describe('strict front matter', () => {
  test('names a misspelt optional field and the field it was meant to be', () => {
    expect(problemsAfter((k) => k.replace('symptoms/sample-symptom.md', 'redirect_from:', 'aliasess: [サンプル]\nredirect_from:'))).toEqual(
      [
        {
          file: 'symptoms/sample-symptom.md',
          field: 'aliasess',
          message: 'aliasess は知らないフィールドです',
          fix: 'aliases の書き間違いではありませんか（書けるフィールド: aliases, applies_to, area, causes, id, redirect_from, seen_in, signatures, sources, summary, title, triage, verified）',
        },
      ],
    );
  });

  test('names a misspelt nested field', () => {
    expect(problemsAfter((k) => k.replace(CAUSE, '  look_for:', '  lookfor:'))).toEqual([
      {
        file: CAUSE,
        field: 'confirm.lookfor',
        message: 'confirm.lookfor は知らないフィールドです',
        fix: 'confirm.look_for の書き間違いではありませんか（書けるフィールド: command, how, lang, look_for）',
      },
    ]);
  });

  test('names a misspelt field in a tree node and a swapped pair of letters', () => {
    expect(problemsAfter((k) => k.replace('trees/sample-tree-2.yaml', 'question: 何が見えますか？', 'questoin: 何が見えますか？'))).toEqual(
      [
        {
          file: 'trees/sample-tree-2.yaml',
          field: 'nodes.first.questoin',
          message: 'nodes.first.questoin は知らないフィールドです',
          fix: 'nodes.first.question の書き間違いではありませんか（書けるフィールド: cause, command, hint, note, options, question）',
        },
      ],
    );
    expect(problemsAfter((k) => k.replace(CAUSE, '  - title: "検査用の出典"', '  - titel: "検査用の出典"'))).toEqual([
      {
        file: CAUSE,
        field: 'sources.0.titel',
        message: 'sources.0.titel は知らないフィールドです',
        fix: 'sources.0.title の書き間違いではありませんか（書けるフィールド: title, url）',
      },
    ]);
  });

  test('says which form a date takes', () => {
    expect(problemsAfter((k) => k.replace('fixes/sample-fix.md', 'date: 2026-11-21', 'date: 2026-13-45'))).toEqual([
      {
        file: 'fixes/sample-fix.md',
        field: 'verified.date',
        message: '日付は YYYY-MM-DD の形で書いてください（例: 2026-01-15）',
        fix: 'verified.date を直してください（content/README.md の形式を参照してください）',
      },
    ]);
    expect(problemsAfter((k) => k.replace('fixes/sample-fix.md', 'date: 2026-11-21', 'date: 21/11/2026'))).toEqual([
      {
        file: 'fixes/sample-fix.md',
        field: 'verified.date',
        message: '日付は YYYY-MM-DD の形で書いてください（例: 2026-01-15）',
        fix: 'verified.date を直してください（content/README.md の形式を参照してください）',
      },
    ]);
  });

  test('reads a byte-order mark and Windows line ends as the same text', () => {
    const text = readFileSync(join(VALID_KB, 'fixes/sample-fix.md'), 'utf8');
    expect(problemsAfter((k) => k.write('fixes/sample-fix.md', `\uFEFF${text.replaceAll('\n', '\r\n')}`))).toEqual([]);
  });

  test('calls empty front matter empty', () => {
    expect(problemsAfter((k) => k.write('guides/sample-guide.md', '---\n---\n\n本文です。\n'))).toEqual([
      {
        file: 'guides/sample-guide.md',
        field: '(frontmatter)',
        message: 'frontmatter が空か、「フィールド名: 値」の並びになっていません',
        fix: 'content/README.md の形式を参照してください',
      },
    ]);
  });
});

describe('files the site would leave out', () => {
  test('refuses an entry saved with another extension', () => {
    const copy = (from: string, to: string) => (k: Parameters<Parameters<typeof brokenKb>[0]>[0]) => {
      k.write(to, readFileSync(join(VALID_KB, from), 'utf8'));
      k.remove(from);
    };
    expect(problemsAfter(copy('guides/sample-guide.md', 'guides/sample-guide.MD'))).toEqual([
      {
        file: 'guides/sample-guide.MD',
        field: '(file)',
        message: '拡張子が .md ではないため、このファイルはサイトに載りません',
        fix: 'ファイル名を <id>.md にしてください（小文字の .md だけを読みます）',
      },
    ]);
    expect(problemsAfter(copy('guides/sample-guide.md', 'guides/sample-guide.markdown'))).toEqual([
      {
        file: 'guides/sample-guide.markdown',
        field: '(file)',
        message: '拡張子が .md ではないため、このファイルはサイトに載りません',
        fix: 'ファイル名を <id>.md にしてください（小文字の .md だけを読みます）',
      },
    ]);
    expect(problemsAfter(copy('trees/sample-tree-2.yaml', 'trees/sample-tree-2.yml'))).toContainEqual({
      file: 'trees/sample-tree-2.yml',
      field: '(file)',
      message: '拡張子が .yaml ではないため、このファイルはサイトに載りません',
      fix: 'ファイル名を <id>.yaml にしてください（小文字の .yaml だけを読みます）',
    });
  });

  test('refuses an entry over the size limit', () => {
    expect(withCauseBody('長い本文。'.repeat(14_000))).toEqual([
      {
        file: CAUSE,
        field: '(frontmatter)',
        message: 'ファイルが 206 KB あります（上限 200 KB）',
        fix: 'content/README.md の形式を参照してください',
      },
    ]);
  });
});

describe('bodies', () => {
  test('refuses a code language the site does not know, listing the accepted ones', () => {
    expect(problemsAfter((k) => k.replace('fixes/sample-fix.md', '```bash', '```yml'))).toEqual([
      {
        file: 'fixes/sample-fix.md',
        field: 'body:16',
        message: 'コードブロックの言語 "yml" は使えません',
        fix: '次のどれかにしてください: bash, console, diff, dockerfile, go, hcl, ini, json, jsonc, sql, text, toml, typescript, yaml',
      },
    ]);
  });

  const deadLink = (url: string, why: string, fix: string): KbProblem => ({
    file: CAUSE,
    field: 'body:24',
    message: `リンク ${url} の行き先がありません（${why}）`,
    fix,
  });

  test('follows links to trees, tree nodes and error pages', () => {
    expect(withCauseBody('[t](/trees/no-tree/)')).toEqual([
      deadLink(
        '/trees/no-tree/',
        '診断ツリー "no-tree" がありません',
        '存在するツリーの URL（/trees/<tree>/ か /trees/<tree>/<node>/）に直してください',
      ),
    ]);
    expect(withCauseBody('[t](/trees/sample-tree/no-node/)')).toEqual([
      deadLink(
        '/trees/sample-tree/no-node/',
        '診断ツリー "sample-tree" にノード "no-node" がありません',
        'content/trees/sample-tree.yaml の nodes にある id に直してください',
      ),
    ]);
    expect(withCauseBody('[e](/e/sampleerror/)')).toEqual([
      deadLink(
        '/e/sampleerror/',
        'エラーページ /e/sampleerror/ はありません',
        'シグネチャにあるエラー名を、大文字小文字もそのまま書いてください（例: /e/CannotPullContainerError/）',
      ),
    ]);
    expect(withCauseBody('[t](/trees/sample-tree/stopped-reason/) [e](/e/SampleError/)')).toEqual([]);
  });

  test('follows anchors, on this page and on others', () => {
    expect(withCauseBody('[a](/fixes/sample-fix/#no-such) [b](#nowhere) [c](/fixes/sample-fix/#steps) [d](#confirm)')).toEqual([
      deadLink(
        '/fixes/sample-fix/#no-such',
        '/fixes/sample-fix/ にアンカー #no-such はありません',
        '/fixes/sample-fix/ の見出しの id（{#...}）かページの節の id に直してください',
      ),
      deadLink(
        '#nowhere',
        '/causes/sample-cause/ にアンカー #nowhere はありません',
        '/causes/sample-cause/ の見出しの id（{#...}）かページの節の id に直してください',
      ),
    ]);
  });

  test('follows relative links and links without the final slash', () => {
    expect(withCauseBody('[a](../no-such/) [b](../../fixes/sample-fix/) [c](/fixes/sample-fix) [d](/nowhere/)')).toEqual([
      deadLink('../no-such/', 'causes に "no-such" がありません', '存在するエントリーの URL（/causes/<id>/）に直してください'),
      deadLink(
        '/fixes/sample-fix',
        '/fixes/sample-fix が / で終わっていません',
        '/fixes/sample-fix/ のように / で終わる URL にしてください',
      ),
      deadLink(
        '/nowhere/',
        '/nowhere/ はこのサイトのページではありません',
        '/symptoms/<id>/、/trees/<tree>/、/e/<ErrorName>/ など、サイトにあるページの URL に直してください',
      ),
    ]);
  });
});

describe('one mistake, one message', () => {
  test('an id that differs from its file name', () => {
    expect(problemsAfter((k) => k.replace('fixes/sample-fix.md', 'id: sample-fix', 'id: other-fix'))).toEqual([
      {
        file: 'fixes/sample-fix.md',
        field: 'id',
        message: 'id "other-fix" がファイル名 "sample-fix" と違います',
        fix: 'id とファイル名を揃えてください（id は URL になるので、公開済みなら id を変えず redirect_from を使います）',
      },
    ]);
    expect(problemsAfter((k) => k.replace(CAUSE, 'id: sample-cause', 'id: other-cause'))).toEqual([
      {
        file: CAUSE,
        field: 'id',
        message: 'id "other-cause" がファイル名 "sample-cause" と違います',
        fix: 'id とファイル名を揃えてください（id は URL になるので、公開済みなら id を変えず redirect_from を使います）',
      },
    ]);
  });

  test('a misspelt cause in a symptom (which also leaves the cause unexplained)', () => {
    expect(problemsAfter((k) => k.replace('symptoms/sample-symptom.md', 'causes: [sample-cause]', 'causes: [sample-caus]'))).toEqual([
      {
        file: 'symptoms/sample-symptom.md',
        field: 'causes.0',
        message: '参照先 "sample-caus" が causes にありません',
        fix: 'content/causes/sample-caus.md を作るか、正しい id に直してください（どの症状にも載っていない原因: sample-cause）',
      },
    ]);
  });

  test('a tree answer that leads nowhere', () => {
    expect(problemsAfter((k) => k.replace('trees/sample-tree.yaml', 'next: stopped-reason', 'next: stopped-reasn'))).toEqual([
      {
        file: 'trees/sample-tree.yaml',
        field: 'nodes.launch-type.options.0.next',
        message: '行き先のノード "stopped-reasn" がありません',
        fix: 'nodes に "stopped-reasn" を追加するか、既存のノード id にしてください（どこからも進めないノード: stopped-reason）',
      },
    ]);
  });
});
