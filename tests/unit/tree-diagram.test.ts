import { describe, expect, test } from 'vitest';
import type { OutlineNode } from '../../src/lib/trees/model.ts';
import { BOX_WIDTH, COLUMN_GAP, MARGIN, layoutDiagram, lineUnits, moveInDiagram, units, wrapLabel } from '../../src/lib/trees/diagram.ts';

const leaf = (id: string, answer: string, text: string): OutlineNode => ({ id, answer, kind: 'outcome', text, children: [] });

/** q1 → (q2 → (a, b), c): three leaves in two columns below the root. */
const root: OutlineNode = {
  id: 'q1',
  answer: undefined,
  kind: 'question',
  text: '起動タイプは Fargate ですか、EC2 ですか？',
  children: [
    {
      id: 'q2',
      answer: 'Fargate',
      kind: 'question',
      text: '停止理由（stoppedReason）は何で始まっていますか？',
      children: [
        leaf('a', 'CannotPullContainerError（または「The task can’t pull the image」）', 'イメージを取得できない'),
        leaf('b', 'ResourceInitializationError', 'シークレットを取得できない'),
      ],
    },
    leaf('c', 'EC2', 'インスタンスの容量が足りない'),
  ],
};

describe('wrapLabel', () => {
  test.each([
    ['short text stays on one line', 'Fargate', 100, ['Fargate']],
    ['Japanese breaks between characters', 'あいうえおかき', 30, ['あいう', 'えおか', 'き']],
    ['a Latin word moves to the next line whole', 'see ecspresso status', 72, ['see', 'ecspresso', 'status']],
    ['a word longer than a line is broken where the line ends', 'CannotPullContainerError', 60, ['CannotPull', 'ContainerE', 'rror']],
    ['mixed text keeps every character', '停止理由（stoppedReason）を見る', 100, ['停止理由（', 'stoppedReason）を', '見る']],
  ])('%s', (_name, text, max, lines) => {
    expect(wrapLabel(text, max)).toEqual(lines);
  });

  test('no line is wider than asked and nothing is dropped', () => {
    const text = 'InternalError・CannotInspectContainerError・CannotStopContainerError・ContainerRuntimeError（Timeout が付かない形）';
    const lines = wrapLabel(text, 120);
    for (const line of lines) expect(units(line)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(lines.join('')).not.toContain('…');
  });
});

describe('layoutDiagram', () => {
  const diagram = layoutDiagram(root);
  const byId = new Map(diagram.boxes.map((b) => [b.id, b]));

  test('the root is in the top-left corner and level with its first answer', () => {
    expect(byId.get('q1')).toMatchObject({ x: MARGIN, y: MARGIN });
    expect(byId.get('q2')!.y).toBe(MARGIN);
    expect(byId.get('a')!.y).toBe(MARGIN);
  });

  test('answers go one column to the right, siblings below everything above them', () => {
    expect(byId.get('q2')!.x).toBe(MARGIN + BOX_WIDTH + COLUMN_GAP);
    const a = byId.get('a')!;
    const b = byId.get('b')!;
    const c = byId.get('c')!;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(c.y).toBeGreaterThanOrEqual(b.y + b.height);
    expect(c.y).toBeGreaterThanOrEqual(byId.get('q2')!.y + byId.get('q2')!.height);
  });

  test('boxes are as tall as their wrapped text and the drawing holds them all', () => {
    for (const box of diagram.boxes) {
      expect(box.answerLines.join('').replace(/\s/g, '')).toBe((box.answer ?? '').replace(/\s/g, ''));
      expect(box.lines.join('').replace(/\s/g, '')).toBe(box.text.replace(/\s/g, ''));
      expect(box.x + box.width).toBeLessThanOrEqual(diagram.width);
      expect(box.y + box.height).toBeLessThanOrEqual(diagram.height);
    }
    expect(byId.get('a')!.answerLines.length).toBeGreaterThan(1);
    expect(byId.get('a')!.height).toBeGreaterThan(byId.get('c')!.height);
  });

  test('boxes are in outline order with their parents, and edges leave the parent for the child', () => {
    expect(diagram.boxes.map((b) => [b.id, b.parent])).toEqual([
      ['q1', undefined],
      ['q2', 0],
      ['a', 1],
      ['b', 1],
      ['c', 0],
    ]);
    expect(diagram.edges).toHaveLength(4);
    for (const e of diagram.edges) expect(e.to.x).toBeGreaterThan(e.from.x);
  });

  test('a line of box text fits the box at its font size', () => {
    expect((lineUnits(13) * 13) / 10).toBeLessThanOrEqual(BOX_WIDTH);
    // Twelve full-width characters fit on a line of the 176 px box at 13 px.
    expect(wrapLabel('あ'.repeat(12), lineUnits(13))).toHaveLength(1);
  });
});

describe('moveInDiagram', () => {
  const parents = layoutDiagram(root).boxes.map((b) => b.parent);
  test.each([
    ['down walks the outline order', 1, 'ArrowDown', 2],
    ['down stops at the last box', 4, 'ArrowDown', undefined],
    ['up walks back', 4, 'ArrowUp', 3],
    ['up stops at the root', 0, 'ArrowUp', undefined],
    ['right goes to the first answer', 0, 'ArrowRight', 1],
    ['right on an outcome goes nowhere', 2, 'ArrowRight', undefined],
    ['left goes to the question answered', 3, 'ArrowLeft', 1],
    ['left from the root goes nowhere', 0, 'ArrowLeft', undefined],
    ['Home goes to the root', 3, 'Home', 0],
    ['End goes to the last box', 0, 'End', 4],
  ] as const)('%s', (_name, from, key, to) => {
    expect(moveInDiagram(parents, from, key)).toBe(to);
  });
});
