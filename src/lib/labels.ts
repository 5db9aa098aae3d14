/** Japanese labels for enum values shown on pages. */
export const LAUNCH_LABELS = { fargate: 'Fargate', ec2: 'EC2', external: 'ECS Anywhere' } as const;

export function appliesToLabel(targets: readonly (keyof typeof LAUNCH_LABELS)[]): string {
  return targets.map((t) => LAUNCH_LABELS[t]).join('・');
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** What kind of page a signature's source is, for the link beside it. */
export function signatureSourceLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  if (hostname === 'docs.aws.amazon.com') return 'AWS ドキュメント';
  if (hostname === 'repost.aws') return 're:Post';
  if (hostname === 'github.com') {
    const [owner, repo, kind] = pathname.split('/').filter(Boolean);
    const where = owner && repo ? `${owner}/${repo}` : 'GitHub';
    if (kind === 'issues' || kind === 'pull' || kind === 'discussions') return `${where} の議論`;
    return `${where} のソース`;
  }
  return hostname;
}
