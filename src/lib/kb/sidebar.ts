/**
 * The Starlight sidebar, generated from the checked knowledge base: symptoms grouped by area, then
 * the index pages. Kept small on purpose: causes and fixes are reached from their symptom.
 */
import { AREAS, type Area } from '../../schemas/common.ts';
import type { KnowledgeBase } from './check.ts';
import { symptomPath } from './urls.ts';

export interface SidebarLink {
  label: string;
  link: string;
}
export interface SidebarGroup {
  label: string;
  collapsed?: boolean;
  items: (SidebarLink | SidebarGroup)[];
}

/**
 * Above this many symptoms in an area, the sidebar links the area index instead of every page.
 * The sidebar is on every page, so each link listed here is built and shipped once per page: at
 * 40 per area (200 links on each of 1,009 pages at 1,000 entries) a cold build used 38.5 s of CPU,
 * at 8 per area 33.3 s. 20 keeps today's largest area (18) listed in full.
 */
export const MAX_SIDEBAR_SYMPTOMS_PER_AREA = 20;

export function buildSidebar(kb: KnowledgeBase, extra: { trees?: SidebarLink[] } = {}): (SidebarLink | SidebarGroup)[] {
  const byArea = (Object.keys(AREAS) as Area[]).map((area): SidebarGroup => {
    const symptoms = kb.symptoms.filter((s) => s.data.area === area);
    const items =
      symptoms.length > MAX_SIDEBAR_SYMPTOMS_PER_AREA
        ? [{ label: `${AREAS[area]}の症状一覧（${symptoms.length} 件）`, link: `/symptoms/#${area}` }]
        : symptoms.map((s) => ({ label: s.data.title, link: symptomPath(s.data.id) }));
    return { label: AREAS[area], collapsed: true, items };
  });
  return [
    { label: 'ホーム', link: '/' },
    { label: 'エラーを検索', link: '/search/' },
    ...(extra.trees && extra.trees.length > 0
      ? [{ label: '診断ツリー', items: [{ label: 'ツリーの一覧', link: '/trees/' }, ...extra.trees] }]
      : []),
    { label: '症状（エリア別）', items: byArea },
    {
      label: '一覧',
      items: [
        { label: '症状の一覧', link: '/symptoms/' },
        { label: '原因の一覧', link: '/causes/' },
        { label: '対処の一覧', link: '/fixes/' },
        { label: 'ガイド', link: '/guides/' },
      ],
    },
  ];
}
