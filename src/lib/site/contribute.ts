/**
 * "この情報を追加・修正する": a GitHub new-issue link, prefilled with what a maintainer needs to add
 * or correct an entry: the pasted message (identifiers masked, never sent anywhere by the site
 * itself), the page it was seen on and the content version. Pure: the footer, the search page and
 * the CLI all build the link here.
 */
import { maskIdentifiers } from '../lookup/normalize.ts';

/** GitHub and the CDNs in front of it refuse much longer URLs; this leaves room below 8 KB. */
export const MAX_CONTRIBUTION_URL = 8000;

const TITLE_CHARS = 80;
const CUT = '\n…（長いため、ここから後は省きました）';

export interface Contribution {
  /** `https://github.com/<owner>/<repo>` (SITE_REPO, already validated). */
  repo: string;
  /** Absolute URL of the page the reader is on. */
  page: string;
  /** Its title, for the issue title when there is no message. */
  pageTitle?: string | undefined;
  /** `contentVersion(...)`: which content the reader saw. */
  version: string;
  /** Absolute URL of the page that names the tool versions the content was checked against. */
  versionsPage: string;
  /** The error message the lookup could not explain, as pasted (masked here). */
  message?: string | undefined;
}

/** `0.1.0 (commit 1a2b3c4d5e6f)`, or the package version alone when the commit is unknown. */
export function contentVersion(packageVersion: string, commit: string | undefined): string {
  return commit ? `${packageVersion} (commit ${commit})` : packageVersion;
}

/** A code fence longer than any run of backticks in `text`, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function issueBody(c: Contribution, message: string | undefined): string {
  const parts = ['## 追加・修正してほしいこと', '', '（何が足りないか、どこが違うかを書いてください）', ''];
  if (message !== undefined) {
    const fence = fenceFor(message);
    parts.push('## エラー文（アカウント ID、ARN などの識別子は伏せてあります）', '', `${fence}text`, message, fence, '');
  }
  parts.push('## ページ', '', c.page, '', '## 内容のバージョン', '', `${c.version}（確認したツールのバージョン: ${c.versionsPage}）`);
  return parts.join('\n');
}

function issueTitle(c: Contribution, masked: string | undefined): string {
  const line = masked?.split('\n').find((l) => l.trim() !== '');
  if (line !== undefined) {
    const chars = Array.from(line.trim());
    return `エラー文を追加: ${chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS).join('')}…` : chars.join('')}`;
  }
  return `修正: ${c.pageTitle ?? new URL(c.page).pathname}`;
}

function issueUrl(c: Contribution, title: string, message: string | undefined): string {
  return `${c.repo}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(issueBody(c, message))}`;
}

/**
 * The new-issue URL, never longer than `max`: a long message is cut (at a whole character) and says
 * so; the page and version always fit.
 */
export function contributionUrl(c: Contribution, max = MAX_CONTRIBUTION_URL): string {
  const masked = c.message === undefined ? undefined : maskIdentifiers(c.message.trim());
  const title = issueTitle(c, masked);
  const whole = issueUrl(c, title, masked);
  if (whole.length <= max || masked === undefined) return whole;
  // The longest prefix of the message that fits, by binary search over whole code points.
  const chars = Array.from(masked);
  let fits = 0;
  let tooLong = chars.length;
  while (tooLong - fits > 1) {
    const mid = (fits + tooLong) >> 1;
    if (issueUrl(c, title, chars.slice(0, mid).join('') + CUT).length <= max) fits = mid;
    else tooLong = mid;
  }
  return issueUrl(c, title, chars.slice(0, fits).join('') + CUT);
}
