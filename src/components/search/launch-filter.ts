/**
 * The search results under the Fargate / EC2 filter (`lib/launch-filter.ts`): a result is a page
 * URL, and symptoms, causes and fixes say where they apply (`/api/launch-targets.json`).
 */
import { keptUnder, type LaunchChoice } from '../../lib/launch-filter.ts';

/** Page path (`/symptoms/<id>/`) to the launch types the entry applies to. */
export type LaunchTargets = Readonly<Record<string, readonly string[]>>;

/** Whether the page at `url` (path, maybe with `#anchor` or origin) is kept under `choice`. */
export function keptByLaunchFilter(url: string, choice: LaunchChoice, targets: LaunchTargets): boolean {
  return keptUnder(targets[new URL(url, 'https://x.invalid').pathname], choice);
}
