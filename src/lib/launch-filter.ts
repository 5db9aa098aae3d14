/**
 * The Fargate / EC2 filter, one for the whole site: the search results and the symptom and cause
 * lists narrow the same way and keep the choice in the same URL parameter, so a filtered page can
 * be shared. An entry that names no launch type (a guide, a tree) is kept under every choice.
 */
import { LAUNCH_LABELS } from './labels.ts';

export const LAUNCH_CHOICES = ['all', 'fargate', 'ec2'] as const;
export type LaunchChoice = (typeof LAUNCH_CHOICES)[number];

/** What each choice reads as, in the order shown. */
export const LAUNCH_CHOICE_LABELS: Record<LaunchChoice, string> = { all: 'すべて', fargate: LAUNCH_LABELS.fargate, ec2: LAUNCH_LABELS.ec2 };

/** The query parameter (and form field) that holds the choice; `all` is its absence. */
export const LAUNCH_PARAM = 'launch';
/** The lists' parameter before the two filters were one: links shared then still open filtered. */
const EARLIER_PARAM = 'on';

/** A choice from a form value, a history entry or a URL; anything unknown is `all`. */
export function parseLaunchChoice(value: string | null | undefined): LaunchChoice {
  const v = value?.toLowerCase();
  return LAUNCH_CHOICES.find((c) => c === v) ?? 'all';
}

/** The choice a URL's query carries. */
export function launchFromSearch(search: string | URLSearchParams): LaunchChoice {
  const params = new URLSearchParams(search);
  return parseLaunchChoice(params.get(LAUNCH_PARAM) ?? params.get(EARLIER_PARAM));
}

/** `params` holding `choice` (none for `all`), the other parameters kept; the earlier name is dropped. */
export function withLaunch(params: URLSearchParams, choice: LaunchChoice): URLSearchParams {
  params.delete(EARLIER_PARAM);
  if (choice === 'all') params.delete(LAUNCH_PARAM);
  else params.set(LAUNCH_PARAM, choice);
  return params;
}

/** Whether an entry that applies to `targets` is kept under `choice`. */
export function keptUnder(targets: readonly string[] | undefined, choice: LaunchChoice): boolean {
  return choice === 'all' || targets === undefined || targets.length === 0 || targets.includes(choice);
}
