/**
 * The Fargate / EC2 filter of the symptom and cause lists. The choice lives in `?on=` so a filtered
 * list can be shared; anything else there means the whole list.
 */
export const PLATFORM_CHOICES = ['all', 'fargate', 'ec2'] as const;
export type PlatformChoice = (typeof PLATFORM_CHOICES)[number];

export function platformFromSearch(search: string): PlatformChoice {
  const on = new URLSearchParams(search).get('on')?.toLowerCase();
  return PLATFORM_CHOICES.find((c) => c === on) ?? 'all';
}

/** The query string for a choice, keeping the other parameters ('all' drops `on`). */
export function searchForPlatform(search: string, choice: PlatformChoice): string {
  const params = new URLSearchParams(search);
  if (choice === 'all') params.delete('on');
  else params.set('on', choice);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/**
 * Whether an entry that applies to `appliesTo` (space-separated launch types, as in the list's
 * `data-applies-to`) stays in the list. An entry that names no launch type stays whatever is chosen.
 */
export function showsEntry(appliesTo: string | undefined, choice: PlatformChoice): boolean {
  if (choice === 'all') return true;
  const targets = (appliesTo ?? '').split(/\s+/).filter((t) => t !== '');
  return targets.length === 0 || targets.includes(choice);
}
