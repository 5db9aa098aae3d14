/**
 * Narrowing results to Fargate or EC2. Symptoms, causes and fixes say where they apply
 * (`applies_to`); pages that do not (guides, trees) are kept under every filter.
 */
import type { LaunchFilter } from './share-query.ts';

/** Page path (`/symptoms/<id>/`) to the launch types the entry applies to. */
export type LaunchTargets = Readonly<Record<string, readonly string[]>>;

/** Whether the page at `url` (path, maybe with `#anchor` or origin) is kept under `filter`. */
export function keptByLaunchFilter(url: string, filter: LaunchFilter, targets: LaunchTargets): boolean {
  if (!filter) return true;
  const path = new URL(url, 'https://x.invalid').pathname;
  const applies = targets[path];
  return applies === undefined || applies.includes(filter);
}
