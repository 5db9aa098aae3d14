/**
 * Lays a tree out for the SVG diagram at build time (d3-hierarchy, no browser): root on the left,
 * answers to the right, one row per leaf. Text widths are estimated from the characters (full-width
 * Japanese counts double), which is enough to size boxes without measuring fonts.
 */
import { hierarchy, tree as treeLayout } from 'd3-hierarchy';
import type { OutlineNode } from './model.ts';

export interface DiagramBox {
  id: string;
  kind: OutlineNode['kind'];
  x: number;
  y: number;
  width: number;
  lines: string[];
  answer: string | undefined;
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

export const BOX_WIDTH = 220;
export const BOX_HEIGHT = 64;
const COLUMN_GAP = 70;
const ROW_GAP = 16;
const FONT_SIZE = 13;
const MAX_LINE_UNITS = 30;

/** Width of a string in half-width units. */
function units(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! <= 0xff ? 1 : 2;
  return n;
}

/** Up to two lines, cut with an ellipsis. */
export function wrapLabel(text: string, maxUnits = MAX_LINE_UNITS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (units(line + ch) > maxUnits) {
      lines.push(line);
      line = '';
      if (lines.length === 2) break;
    }
    line += ch;
  }
  if (lines.length < 2 && line) lines.push(line);
  const shown = lines.join('');
  if (shown.length < text.length) lines[lines.length - 1] = `${lines[lines.length - 1]!.slice(0, -1)}…`;
  return lines;
}

export function layoutDiagram(root: OutlineNode): Diagram {
  const h = hierarchy(root, (n) => n.children);
  treeLayout<OutlineNode>().nodeSize([BOX_HEIGHT + ROW_GAP, BOX_WIDTH + COLUMN_GAP])(h);
  const nodes = h.descendants();
  const minX = Math.min(...nodes.map((n) => n.x ?? 0));
  const maxX = Math.max(...nodes.map((n) => n.x ?? 0));
  const maxY = Math.max(...nodes.map((n) => n.y ?? 0));
  // d3's x runs across rows; we draw it vertically.
  const place = (n: (typeof nodes)[number]) => ({ x: (n.y ?? 0) + 8, y: (n.x ?? 0) - minX + 8 });
  const boxes = nodes.map((n) => {
    const { x, y } = place(n);
    const answer = n.data.answer;
    return { id: n.data.id, kind: n.data.kind, x, y, width: BOX_WIDTH, lines: wrapLabel(n.data.text), answer };
  });
  const edges = nodes
    .filter((n) => n.parent)
    .map((n) => {
      const from = place(n.parent!);
      const to = place(n);
      return { from: { x: from.x + BOX_WIDTH, y: from.y + BOX_HEIGHT / 2 }, to: { x: to.x, y: to.y + BOX_HEIGHT / 2 } };
    });
  return { width: maxY + BOX_WIDTH + 16, height: maxX - minX + BOX_HEIGHT + 16, boxes, edges };
}

export { FONT_SIZE };
