/**
 * Link previews: which card each page gets (the <head> tags that announce it to Slack, Teams and
 * other unfurlers are written by `site/head.ts`).
 */
import type { CardInput } from './card.ts';
import type { KnowledgeBase } from '../kb/check.ts';
import { appliesToLabel } from '../labels.ts';
import { isQuestion } from '../../schemas/tree.ts';
import { errorFamilies } from '../errors/families.ts';
import { leadingErrorName } from '../errors/names.ts';
import { cardKeys, type CardKey } from '../site/cards.ts';
import type { PagePreview } from '../site/head.ts';

export interface Card {
  key: CardKey;
  input: CardInput;
}

/** The first error name among signatures, for the エラー label. */
export function errorLabel(signatures: readonly { text: string }[]): string | undefined {
  for (const s of signatures) {
    const name = leadingErrorName(s.text);
    if (name) return name;
  }
  return undefined;
}

/**
 * Every card the site publishes, from the checked knowledge base (the build renders them beside
 * Astro's pages, see `integrations/preview-cards.ts`).
 */
export function allCards(kb: KnowledgeBase): Card[] {
  const cards: Card[] = [
    {
      key: cardKeys.site(),
      input: {
        kind: 'ナレッジベース',
        title: 'ECS トラブルシューティング',
        summary: 'エラー文を貼り付けると原因と対処にたどり着ける、Amazon ECS と ecspresso のナレッジベース',
        chips: ['Fargate・EC2', 'ecspresso'],
      },
    },
    {
      key: cardKeys.search(),
      input: {
        kind: 'エラー検索',
        title: 'エラー文を貼り付けて原因を探す',
        summary: 'stoppedReason、サービスイベント、ログの 1 行から、一致する原因と対処を表示します',
        chips: [],
      },
    },
  ];
  const causes = new Map(kb.causes.map((c) => [c.data.id, c.data]));
  for (const { data: s } of kb.symptoms) {
    const error = errorLabel(s.signatures);
    cards.push({
      key: cardKeys.entry('symptoms', s.id),
      input: { kind: '症状', title: s.title, summary: s.summary, chips: [...(error ? [error] : []), appliesToLabel(s.applies_to)] },
    });
  }
  for (const c of causes.values()) {
    const error = errorLabel(c.signatures);
    cards.push({
      key: cardKeys.entry('causes', c.id),
      input: { kind: '原因', title: c.title, summary: c.summary, chips: [...(error ? [error] : []), appliesToLabel(c.applies_to)] },
    });
  }
  for (const { data: f } of kb.fixes)
    cards.push({
      key: cardKeys.entry('fixes', f.id),
      input: { kind: '対処', title: f.title, summary: f.summary, chips: [appliesToLabel(f.applies_to)] },
    });
  for (const { data: g } of kb.guides)
    cards.push({ key: cardKeys.entry('guides', g.id), input: { kind: 'ガイド', title: g.title, summary: g.summary, chips: [] } });
  for (const { data: tree } of kb.trees) {
    cards.push({ key: cardKeys.tree(tree.id), input: { kind: '診断ツリー', title: tree.title, summary: tree.summary, chips: [] } });
    const kind = `診断ツリー: ${tree.title}`;
    for (const [id, node] of Object.entries(tree.nodes)) {
      let input: CardInput;
      if (isQuestion(node)) {
        input = { kind, title: node.question, summary: tree.summary, chips: node.options.map((o) => o.label) };
      } else {
        const cause = causes.get(node.cause)!;
        input = { kind, title: `原因: ${cause.title}`, summary: cause.summary, chips: [] };
      }
      cards.push({ key: cardKeys.treeNode(tree.id, id), input });
    }
  }
  for (const family of errorFamilies(kb)) {
    cards.push({
      key: cardKeys.errorName(family.name),
      input: { kind: 'エラー', title: family.name, summary: family.summary, chips: [`原因 ${family.causes.length} 件`] },
    });
  }
  return cards;
}

/**
 * The card of a symptom or cause page, with the エラー and 対象 labels (Pagefind metadata is the
 * page's own: `kb/pagefind-head.ts`).
 */
export function diagnosisPreview(
  collection: 'symptoms' | 'causes',
  id: string,
  data: { title: string; signatures: readonly { text: string }[]; applies_to: readonly ('fargate' | 'ec2' | 'external')[] },
): PagePreview {
  const error = errorLabel(data.signatures);
  const kind = collection === 'symptoms' ? '症状' : '原因';
  return {
    card: cardKeys.entry(collection, id),
    alt: `${kind}: ${data.title}`,
    labels: [...(error ? [['エラー', error] as [string, string]] : []), ['対象', appliesToLabel(data.applies_to)]],
  };
}
