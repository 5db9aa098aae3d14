/**
 * Placeholders in shell commands. The site's convention is an UPPER_SNAKE_CASE word (`CLUSTER`,
 * `TASK_ID`, `TARGET_GROUP_ARN`): pasted into a shell unchanged it is an ordinary argument, the
 * command fails with "not found" and nothing else happens. `<task-id>` is a redirection from a file
 * named `task-id` (and `>` would truncate one), and example ids such as `subnet-xxxx` look real
 * enough to be left in by mistake. See content/README.md, "Placeholders in commands".
 */

export interface PlaceholderProblem {
  /** The placeholder as written. */
  found: string;
  /** The UPPER_SNAKE_CASE word to write instead. */
  suggestion: string;
  /** 1-based line within the script. */
  line: number;
}

/** Example-id prefixes and the word that names them. */
const ID_NAMES: Record<string, string> = {
  i: 'INSTANCE_ID',
  sg: 'SECURITY_GROUP_ID',
  subnet: 'SUBNET_ID',
  vpc: 'VPC_ID',
  vpce: 'VPC_ENDPOINT_ID',
  nat: 'NAT_GATEWAY_ID',
  igw: 'INTERNET_GATEWAY_ID',
  lt: 'LAUNCH_TEMPLATE_ID',
  ami: 'AMI_ID',
  eipalloc: 'ALLOCATION_ID',
  fs: 'FILE_SYSTEM_ID',
  fsap: 'ACCESS_POINT_ID',
  fsmt: 'MOUNT_TARGET_ID',
  rtb: 'ROUTE_TABLE_ID',
  eni: 'ENI_ID',
};

/** Japanese names the content used inside angle brackets, and their words. */
const JAPANESE_NAMES: Record<string, string> = {
  クラスター名: 'CLUSTER',
  サービス名: 'SERVICE',
  タスクID: 'TASK_ID',
  コンテナ名: 'CONTAINER_NAME',
  サブネットID: 'SUBNET_ID',
  ロール名: 'ROLE_NAME',
  ロググループ名: 'LOG_GROUP',
  ターゲットグループARN: 'TARGET_GROUP_ARN',
};

/**
 * `<task-id>`, `<Cluster Name>`, `<クラスター名>`: angle brackets around a name. A heredoc `<<EOF`,
 * a redirection `</dev/tcp/...` or `< file` is not one.
 */
const ANGLE = /(?<!<)<([^\s<>/][^<>\n]{0,40})>/g;
/** `subnet-xxxx`, `i-xxxxxxxx`, and a bare `xxxxxxxx` inside a host name. */
const EXAMPLE_ID = /(?<![A-Za-z0-9_])(?:([a-z]+)-)?x{4,}(?![A-Za-z0-9_])/g;

export function toPlaceholderWord(name: string): string {
  const japanese = JAPANESE_NAMES[name.trim()];
  if (japanese) return japanese;
  const word = name
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return word === '' ? 'VALUE' : word;
}

/** Placeholders in a shell script that do not follow the convention, in order. */
export function placeholderProblems(script: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  script.split('\n').forEach((text, i) => {
    const found: { at: number; found: string; suggestion: string }[] = [];
    for (const m of text.matchAll(ANGLE)) found.push({ at: m.index, found: m[0], suggestion: toPlaceholderWord(m[1]!) });
    for (const m of text.matchAll(EXAMPLE_ID)) {
      const prefix = m[1];
      const suggestion = prefix ? (ID_NAMES[prefix] ?? `${toPlaceholderWord(prefix)}_ID`) : 'VALUE';
      found.push({ at: m.index, found: m[0], suggestion });
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) problems.push({ found: f.found, suggestion: f.suggestion, line: i + 1 });
  });
  return problems;
}
