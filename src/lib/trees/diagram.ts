/**
 * Lays a tree out for the SVG diagram at build time (no browser): the root in the top-left corner,
 * answers to the right, each question level with its first answer (so nothing is drawn above the
 * root and the diagram reads from the top-left like the outline). Labels are wrapped in full,
 * never cut: a box grows as tall as its text. Text widths are estimated from the characters
 * (full-width Japanese as 1 em, the rest as 0.6 em), so boxes are sized without fonts.
 */
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import type { OutlineNode } from './model.ts';

export interface DiagramBox {
  id: string;
  kind: OutlineNode['kind'];
  x: number;
  y: number;
  width: number;
  height: number;
  /** The answer that leads here, wrapped (empty for the root). */
  answerLines: string[];
  /** The question, cause or tree name, wrapped. */
  lines: string[];
  /** The answer and the label unwrapped, for the caption and the tooltip. */
  answer: string | undefined;
  text: string;
  /** Index of the parent box (undefined for the root); boxes are in outline (pre-)order. */
  parent: number | undefined;
}
export interface DiagramEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
}
export interface Diagram {
  width: number;
  height: number;
  boxes: DiagramBox[];
  edges: DiagramEdge[];
}

export const BOX_WIDTH = 176;
export const COLUMN_GAP = 28;
export const ROW_GAP = 10;
export const MARGIN = 8;
export const PADDING = 8;
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
export const ANSWER_FONT_SIZE = 11;
export const ANSWER_LINE_HEIGHT = 15;
/** Where edges meet a box, from its top: level with the first line of text. */
const ANCHOR = PADDING + 10;

/**
 * Estimated width of a string in tenths of an em: a full-width character is 1 em, a half-width
 * one is taken as 0.6 em (wider than most Latin letters, so lines never overflow their box).
 */
export function units(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! <= 0xff ? 6 : 10;
  return n;
}

/** Tenths of an em that fit on one line of a box at a font size. */
export function lineUnits(fontSize: number, width = BOX_WIDTH - 2 * PADDING): number {
  return Math.floor((width * 10) / fontSize);
}

/**
 * Wraps text into lines of at most `maxUnits`, keeping every character. Latin words and
 * identifiers move to the next line whole when they fit there; Japanese breaks between any two
 * characters; a word longer than a line is broken where the line ends.
 */
export function wrapLabel(text: string, maxUnits: number): string[] {
  const tokens = text.match(/[\x21-\x7e]+|\s+|[^\s\x21-\x7e]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (units(line + token) <= maxUnits) {
      line += token;
      continue;
    }
    if (units(token) <= maxUnits) {
      push();
      line = token;
      continue;
    }
    for (const ch of token) {
      if (units(line + ch) > maxUnits) push();
      line += ch;
    }
  }
  push();
  return lines;
}

export function layoutDiagram(root: OutlineNode): Diagram {
  // Pre-order, the order of the outline below the diagram (d3's descendants() is breadth-first).
  const nodes: HierarchyNode<OutlineNode>[] = [];
  hierarchy(root, (n) => n.children).eachBefore((n) => nodes.push(n));
  const index = new Map(nodes.map((n, i) => [n, i]));
  const boxes: DiagramBox[] = nodes.map((n) => {
    const answerLines = n.data.answer ? wrapLabel(n.data.answer, lineUnits(ANSWER_FONT_SIZE)) : [];
    const lines = wrapLabel(n.data.text, lineUnits(FONT_SIZE));
    const height = 2 * PADDING + answerLines.length * ANSWER_LINE_HEIGHT + lines.length * LINE_HEIGHT;
    const parent = n.parent ? index.get(n.parent) : undefined;
    return {
      id: n.data.id,
      kind: n.data.kind,
      x: 0,
      y: 0,
      width: BOX_WIDTH,
      height,
      answerLines,
      lines,
      answer: n.data.answer,
      text: n.data.text,
      parent,
    };
  });
  // Depth-first: a box sits level with its first child; the next sibling starts below the lower
  // of the box itself and everything drawn for its answers.
  const place = (i: number, top: number): number => {
    const n = nodes[i]!;
    const box = boxes[i]!;
    box.x = MARGIN + n.depth * (BOX_WIDTH + COLUMN_GAP);
    box.y = top;
    let bottom = top;
    for (const child of n.children ?? []) bottom = place(index.get(child)!, bottom);
    return Math.max(bottom, top + box.height + ROW_GAP);
  };
  const bottom = place(0, MARGIN);
  const edges = boxes
    .filter((b) => b.parent !== undefined)
    .map((b) => {
      const p = boxes[b.parent!]!;
      return { from: { x: p.x + p.width, y: p.y + ANCHOR }, to: { x: b.x, y: b.y + ANCHOR } };
    });
  const depth = Math.max(...nodes.map((n) => n.depth));
  return { width: 2 * MARGIN + depth * (BOX_WIDTH + COLUMN_GAP) + BOX_WIDTH, height: bottom - ROW_GAP + MARGIN, boxes, edges };
}

export type DiagramKey = 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End';

/**
 * Where a key moves the keyboard focus among the diagram's boxes (given each box's parent, in
 * outline order): down and up walk the outline order, right goes to the first answer, left to the
 * question it answers, Home and End to the first and last box. Undefined when there is nowhere to go.
 */
export function moveInDiagram(parents: readonly (number | undefined)[], current: number, key: DiagramKey): number | undefined {
  const last = parents.length - 1;
  switch (key) {
    case 'ArrowDown':
      return current < last ? current + 1 : undefined;
    case 'ArrowUp':
      return current > 0 ? current - 1 : undefined;
    case 'ArrowRight': {
      const child = parents.indexOf(current);
      return child === -1 ? undefined : child;
    }
    case 'ArrowLeft':
      return parents[current];
    case 'Home':
      return current === 0 ? undefined : 0;
    case 'End':
      return current === last ? undefined : last;
  }
}
