/**
 * Zoom, caption and keyboard for the whole-tree diagram. The server-rendered SVG already works
 * (1:1, scrolled, every box a link with its full text as tooltip); this starts it fitted to the
 * width of its box (never below a legible scale, and 1:1 on a phone; the root in view), adds zoom buttons, shows the
 * full text of the box under the pointer or the focus, and moves focus between boxes with the
 * arrow keys (one tab stop for the whole diagram).
 */
import { moveInDiagram, type DiagramKey } from '../../lib/trees/diagram.ts';

/** Below this, 13 px labels fall under 9 px: the diagram starts no smaller. */
const MIN_START_SCALE = 0.7;
/**
 * A box narrower than this (a phone) shows a column or two whatever the scale: there the diagram
 * starts 1:1, where labels are comfortable to read, and is panned by swiping.
 */
const NARROW = 480;
const MIN_SCALE = 0.25;
const MAX_SCALE = 2;
const STEP = 1.25;
const KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End']);

export class KbTreeDiagram extends HTMLElement {
  #scale = 1;

  connectedCallback() {
    const viewport = this.querySelector<HTMLElement>('[data-diagram-viewport]')!;
    const svg = viewport.querySelector('svg')!;
    const caption = this.querySelector<HTMLElement>('[data-diagram-caption]')!;
    const tools = this.querySelector<HTMLElement>('[data-diagram-tools]')!;
    const level = this.querySelector<HTMLElement>('[data-zoom-level]')!;
    const boxes = [...svg.querySelectorAll<SVGAElement>('a[data-box]')];
    const parents = boxes.map((a) => (a.dataset['parent'] ? Number(a.dataset['parent']) : undefined));
    const width = Number(svg.dataset['width']);
    const fit = () => Math.min(1, viewport.clientWidth / width);

    const zoom = (scale: number) => {
      this.#scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
      svg.style.width = `${Math.round(width * this.#scale)}px`;
      level.textContent = `${Math.round(this.#scale * 100)}%`;
    };
    tools.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
      if (!button) return;
      const action = button.dataset['zoom'];
      if (action === 'in') zoom(this.#scale * STEP);
      else if (action === 'out') zoom(this.#scale / STEP);
      else if (action === 'fit') zoom(fit());
      else zoom(1);
    });

    const show = (box: Element | null) => {
      const label = box?.closest<SVGAElement>('a[data-box]')?.dataset['label'];
      if (label) caption.textContent = label;
    };
    svg.addEventListener('pointerover', (event) => show(event.target as Element));
    svg.addEventListener('focusin', (event) => show(event.target as Element));
    svg.addEventListener('keydown', (event) => {
      if (!KEYS.has(event.key)) return;
      const current = boxes.indexOf((event.target as Element).closest<SVGAElement>('a[data-box]')!);
      if (current === -1) return;
      event.preventDefault();
      const next = moveInDiagram(parents, current, event.key as DiagramKey);
      if (next === undefined) return;
      // One tab stop: the box last visited is where Tab comes back to.
      boxes[current]!.setAttribute('tabindex', '-1');
      boxes[next]!.setAttribute('tabindex', '0');
      boxes[next]!.focus();
    });

    tools.hidden = false;
    caption.hidden = false;
    zoom(viewport.clientWidth < NARROW ? 1 : Math.max(MIN_START_SCALE, fit()));
    viewport.scrollTo(0, 0);
  }
}
