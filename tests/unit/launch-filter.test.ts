/** The one Fargate / EC2 filter of the search page and the lists: how a URL reads, how a choice is written, what stays. */
import { describe, expect, test } from 'vitest';
import { keptUnder, launchFromSearch, parseLaunchChoice, withLaunch } from '../../src/lib/launch-filter.ts';

describe('the choice a URL carries', () => {
  test.each([
    ['', 'all'],
    ['?launch=fargate', 'fargate'],
    ['?launch=EC2', 'ec2'],
    ['?launch=external', 'all'],
    ['?launch=<script>', 'all'],
    ['?q=x&launch=ec2', 'ec2'],
    // Lists shared before the two filters were one said ?on=; they still open filtered.
    ['?on=ec2', 'ec2'],
    ['?launch=fargate&on=ec2', 'fargate'],
  ])('%s reads as %s', (search, choice) => {
    expect(launchFromSearch(search)).toBe(choice);
  });

  test.each([
    ['fargate', 'fargate'],
    ['', 'all'],
    [null, 'all'],
    [undefined, 'all'],
  ])('the form value %s reads as %s', (value, choice) => {
    expect(parseLaunchChoice(value)).toBe(choice);
  });
});

test.each([
  ['', 'fargate', 'launch=fargate'],
  ['?launch=fargate', 'all', ''],
  ['?q=x', 'ec2', 'q=x&launch=ec2'],
  ['?on=fargate&q=x', 'ec2', 'q=x&launch=ec2'],
] as const)('from %s, choosing %s writes %s', (search, choice, expected) => {
  expect(withLaunch(new URLSearchParams(search), choice).toString()).toBe(expected);
});

test.each([
  [['fargate', 'ec2'], 'fargate', true],
  [['ec2'], 'fargate', false],
  [['ec2', 'external'], 'ec2', true],
  [['fargate'], 'all', true],
  [undefined, 'ec2', true],
  [[], 'ec2', true],
] as const)('an entry for %j under %s stays: %s', (targets, choice, kept) => {
  expect(keptUnder(targets, choice)).toBe(kept);
});
