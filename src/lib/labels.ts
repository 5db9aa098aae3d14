/** Japanese labels for enum values shown on pages. */
export const LAUNCH_LABELS = { fargate: 'Fargate', ec2: 'EC2', external: 'ECS Anywhere' } as const;

export function appliesToLabel(targets: readonly (keyof typeof LAUNCH_LABELS)[]): string {
  return targets.map((t) => LAUNCH_LABELS[t]).join('・');
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
