/**
 * Checks on the Markdown body of an entry: explicit ASCII heading ids, code block languages and
 * the site-internal links it contains. Uses remark (with GFM) so tables and autolinks parse as the
 * site renders them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

export interface BodyFacts {
  headings: { text: string; id: string | undefined; line: number }[];
  codeBlocksWithoutLang: number[];
  /** Every fenced block with a language, with the file line of its opening fence. */
  codeBlocks: { lang: string; value: string; line: number }[];
  /** Site-relative links (`/causes/x/`, `/symptoms/y/#z`). */
  internalLinks: { url: string; line: number }[];
}

const HEADING_ID = /\s*\{#([^}\s]*)\}\s*$/;
const processor = unified().use(remarkParse).use(remarkGfm);

/** `firstLine` is the file line the body starts on, so reported lines are file lines. */
export function readBody(markdown: string, firstLine = 1): BodyFacts {
  const tree = processor.parse(markdown) as Root;
  const facts: BodyFacts = { headings: [], codeBlocksWithoutLang: [], codeBlocks: [], internalLinks: [] };
  visit(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    if (node.type === 'heading') {
      const text = toString(node);
      const match = HEADING_ID.exec(text);
      facts.headings.push({ text: text.replace(HEADING_ID, ''), id: match?.[1], line });
    } else if (node.type === 'code' && !node.lang) {
      facts.codeBlocksWithoutLang.push(line);
    } else if (node.type === 'code' && node.lang) {
      facts.codeBlocks.push({ lang: node.lang, value: node.value, line });
    } else if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/')) {
      facts.internalLinks.push({ url: node.url, line });
    }
  });
  return facts;
}
