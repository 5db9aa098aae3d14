/**
 * The 1200×630 link-preview card: a kind label, the Japanese title broken at phrase boundaries
 * (BudouX), a one-line summary, and labels such as the error name and launch types. Built with
 * satori (layout to SVG) and resvg (SVG to PNG), no browser.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { loadDefaultJapaneseParser } from 'budoux';
import { familyList, fontsFor, withFallback } from './fonts.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD_X = 64;
const PAD_Y = 48;

export interface CardInput {
  /** 症状 / 原因 / 対処 / 診断ツリー ... */
  kind: string;
  title: string;
  summary: string;
  /** Short facts shown as chips: 'CannotPullContainerError', 'Fargate・EC2'. */
  chips: string[];
}

const parser = loadDefaultJapaneseParser();

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Title phrases as unbreakable spans, so lines break between phrases, never inside one. */
function phrases(text: string): Node[] {
  return parser.parse(text).map((p) => h('span', { whiteSpace: 'nowrap' }, p));
}

function truncate(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

export async function renderCard(input: CardInput): Promise<Buffer> {
  const title = truncate(input.title, 64);
  const summary = truncate(input.summary, 90);
  const chips = input.chips.map((c) => truncate(c, 40)).slice(0, 3);
  const bold = fontsFor(`${input.kind}${title}${chips.join('')}ECS トラブルシューティング`, 700);
  const regular = fontsFor(summary, 400);
  const length = [...title].length;
  const titleSize = length > 40 ? 44 : length > 24 ? 52 : 64;

  const tree = h(
    'div',
    {
      // satori sizes boxes without their padding: subtract it so the card is exactly 1200×630.
      width: CARD_WIDTH - 2 * PAD_X,
      height: CARD_HEIGHT - 2 * PAD_Y,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PAD_Y}px ${PAD_X}px`,
      background: '#0f1729',
      color: '#ffffff',
      fontFamily: familyList(bold),
    },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
        h('div', { display: 'flex', padding: '6px 18px', borderRadius: 8, background: '#f59e0b', color: '#0f1729', fontSize: 28, fontWeight: 700 }, withFallback(input.kind, bold.missing)),
        h('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: '#cbd5e1' }, 'ECS トラブルシューティング'),
      ]),
      h('div', { display: 'flex', flexWrap: 'wrap', width: CARD_WIDTH - 2 * PAD_X, fontSize: titleSize, fontWeight: 700, lineHeight: 1.3 }, phrases(withFallback(title, bold.missing))),
      h('div', { display: 'flex', width: CARD_WIDTH - 2 * PAD_X, fontFamily: familyList(regular), fontSize: 30, fontWeight: 400, color: '#e2e8f0', lineHeight: 1.5 }, withFallback(summary, regular.missing)),
      h(
        'div',
        { display: 'flex', gap: 12 },
        chips.map((c) =>
          h('div', { display: 'flex', padding: '4px 14px', border: '2px solid #64748b', borderRadius: 8, fontSize: 24, fontWeight: 700, color: '#e2e8f0' }, withFallback(c, bold.missing)),
        ),
      ),
    ],
  );

  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [...bold.fonts, ...regular.fonts],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
