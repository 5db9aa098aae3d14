/**
 * Finds the error messages in whatever a person pasted: the JSON a CLI printed (describe-tasks,
 * describe-services, describe-stack-events), an EventBridge event, CloudWatch Logs lines, an
 * ecspresso or ECS agent log, a row copied from the console, or just one line. Each message is
 * looked up on its own, so a task whose two containers failed for two reasons gets both answers.
 *
 * Pure: no DOM, no I/O. Linear in the size of the paste, with caps on what it returns.
 */

/** At most this many messages per paste (a describe-services dump has up to 100 events). */
export const MAX_MESSAGES = 20;
/** One message longer than this keeps its head and tail. */
export const MAX_MESSAGE_CHARS = 2000;
/** Lines of command before a JSON document that is still read as one document. */
const MAX_COMMAND_LINES = 2;
/** Lines scanned in a multi-line paste; past this the rest is not read. */
const MAX_LINES = 20_000;

/**
 * Words that make a line an error rather than context. Lines of a log without any of them
 * (startup banners, "has reached a steady state") are not looked up.
 */
const ERROR_WORDS =
  /(?:error|exception|fail|unable|cannot|can't|could ?not|couldn't|denied|not authori[sz]ed|forbidden|timeout|timed out|invalid|exceeded|insufficient|unhealthy|refused|unreachable|not found|no such|killed|oom|panic|fatal|throttl|interrupted|retire|unknown|violat|impaired|rejected|expired|exited|exit (?:code|status)\W{0,3}[1-9]|circuit breaker|rolled? ?back|エラー|失敗|できません|拒否|タイムアウト|見つかりません|異常)/i;

/** Level markers that say "this is an error" on their own. */
const ERROR_LEVEL = /\[(?:error|fatal|crit|critical)\]|\blevel=(?:error|fatal|crit|critical)\b|\blvl=(?:eror|error|crit)\b/i;
/** Level markers that say "this is only detail": such lines stay context even with error words. */
const DEBUG_LEVEL = /^\s*(?:\S+\s+){0,3}?(?:\[(?:trace|debug)\]|level=(?:trace|debug)\b)/i;

/** JSON keys whose string value is an error message, most telling first. */
const KEY_PRIORITY: Record<string, number> = {
  stoppedReason: 0,
  reason: 0,
  ResourceStatusReason: 1,
  'status-reason': 1,
  statusReason: 1,
  StatusReason: 1,
  rolloutStateReason: 2,
  message: 2,
  Message: 2,
  msg: 2,
  log: 2,
  error: 2,
  err: 2,
  errorMessage: 2,
  detail: 3,
  // Step Functions' task failure: `error` is the exception's name, `cause` what it said.
  cause: 1,
};
const KEY_PATTERN = new RegExp(`"(${Object.keys(KEY_PRIORITY).join('|')})"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'g');

interface Candidate {
  text: string;
  priority: number;
  order: number;
  /** Said to be an error by its container (eventType ERROR, a stop code), whatever its words. */
  error: boolean;
  /** Already through `cleanLine`. */
  cleaned?: true;
}

function clipMessage(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  const half = MAX_MESSAGE_CHARS / 2;
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

/** A JSON string literal's value, or undefined when it is not one. */
function jsonString(literal: string): string | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `\"`, `\n`, `\u0027` left in text copied out of JSON without decoding it. */
function unescapeJson(text: string): string {
  if (!/\\["\\/bfnrtu]/.test(text)) return text;
  const decoded = jsonString(`"${text.replace(/(^|[^\\])"/g, '$1\\"')}"`);
  if (decoded !== undefined) return decoded;
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(["\\/])/g, '$1');
}

/** `key=value key="quoted value"` pairs of a logfmt line (the ECS agent's current log format). */
function logfmt(line: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const m of line.matchAll(/([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    const raw = m[2]!;
    pairs.set(m[1]!, raw.startsWith('"') ? (jsonString(raw) ?? raw.slice(1, -1)) : raw);
  }
  return pairs;
}

const PREFIXES: RegExp[] = [
  // The file name `grep -r` puts in front of each line: `/var/log/ecs/ecs-agent.log.2026-11-21-05:2026-11-21T05:16:27Z ...`.
  /^(?:\/[\w.-]+)+:(?=\d{4}[-/]\d{2}[-/]\d{2})/,
  // The frame Terraform (0.15 and later) draws around a diagnostic: `╷`, `│ Error: ...`, `╵`.
  /^[│╷╵]\s*/,
  // GitHub Actions' annotation of a step's error output: `##[error]...`.
  /^##\[(?:error|warning)\]\s*/i,
  // Shell prompts: `$ `, `% `, `# `, `> `, `user@host:~/dir$ `.
  /^(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)?\s*[$#%]|[$%#>])\s+/,
  // Timestamps: 2026-12-05T01:02:03Z, 2026/12/05 10:00:00, 2026-12-05 10:00:00 UTC+0900, Dec 05 10:00:00.
  /^\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|\s?[+-]\d{2}:?\d{2}|\s?UTC(?:[+-]\d{1,4})?)?)?\s+/i,
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+/i,
  /^\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\s+/,
  // Log levels in brackets.
  /^\[(?:trace|debug|info|notice|warn|warning|error|fatal|crit|critical)\]\s*/i,
  // Console labels in front of the message, in English and Japanese.
  /^(?:stopped reason|status reason|stop code|reason|message|停止理由|停止の理由|ステータスの理由|理由|メッセージ)\s*[:：]?\s+/i,
];

/** A line without its prompt, timestamp, level and label, JSON escapes decoded. */
export function cleanLine(line: string): string {
  let text = line.trim();
  // A JSON string literal pasted alone (possibly with a trailing comma).
  const literal = /^("(?:[^"\\]|\\.)*")\s*,?$/.exec(text);
  if (literal) text = jsonString(literal[1]!) ?? text;
  // logfmt (ECS agent): msg plus error, nothing else.
  if (/\b(?:level|lvl)=\w+/.test(text) && /\bmsg=/.test(text)) {
    const pairs = logfmt(text);
    const parts = [pairs.get('msg'), pairs.get('error') ?? pairs.get('err')].filter((p): p is string => !!p);
    if (parts.length > 0) text = parts.join(': ');
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of PREFIXES) {
      const next = text.replace(prefix, '');
      if (next !== text) {
        text = next;
        changed = true;
      }
    }
  }
  text = unescapeJson(text)
    .replace(/[\s,;.]*\(?\b(?:x-amzn-)?request\s?id\s*[:=]\s*[\w-]*\)?/gi, '')
    .trim();
  return unwrapCloudFormation(text.replace(CDK_CONSTRUCT, ''));
}

/**
 * CloudFormation's resource-handler wrapper, as stack events (`ResourceStatusReason`), the console,
 * the CDK and Amplify print it:
 * `Resource handler returned message: "<message>" (RequestToken: <uuid>, HandlerErrorCode: <code>)`.
 * The quoted message is what the service said; the request token is noise; the handler error code
 * (InvalidRequest, NotFound, NotStabilized, GeneralServiceException...) says what kind of failure
 * it was. `Error occurred during operation '<message>'.` wraps a message once more.
 */
const CLOUDFORMATION_HANDLER =
  /\bresource handler returned message:\s*"(.*)"(?:\s*\(\s*requesttoken:[^)]*?(?:handlererrorcode:\s*(\w+))?\s*\))?/is;
const CLOUDFORMATION_OPERATION = /^error occurred during operation\s*'(.*)'\.?$/is;

/** The service's own message out of CloudFormation's wrapper, with the handler's error code kept. */
export function unwrapCloudFormation(text: string): string {
  const m = CLOUDFORMATION_HANDLER.exec(text);
  if (!m) return text;
  const quoted = m[1]!.trim();
  const inner = CLOUDFORMATION_OPERATION.exec(quoted)?.[1]?.trim() ?? quoted;
  const code = m[2] && m[2] !== 'null' ? ` (HandlerErrorCode: ${m[2]})` : '';
  return `${inner}${code}`;
}

/**
 * Stack-level and cancelled-resource reasons of a stack event, which name no cause:
 * `The following resource(s) failed to create: [Service].`, `Resource creation cancelled`,
 * `Embedded stack <arn> was not successfully created: The following resource(s) failed to create: [...]`.
 */
const CLOUDFORMATION_SUMMARY =
  /^(?:the following resource\(s\) failed to (?:create|update|delete): \[[^\]]*\]\.?|resource (?:creation|update|deletion) cancell?ed\.?|embedded stack \S+ was not successfully (?:created|updated|deleted): the following resource\(s\) failed to (?:create|update|delete): \[[^\]]*\]\.?)\s*$/i;

/** A line that only says "error" (`----------ERROR-------`, `Error:`): a banner over the message, not one. */
const BANNER = /^[\W_]*(?:error|errors|fatal|failed|failure|exception|warning)[\W_]*$/i;

/**
 * Lines a deploy tool prints around the errors it lists, which name none of them: Terraform's
 * `Error applying plan:` and `1 error(s) occurred:` (also after a resource: `* aws_ecs_service.main: ...`), Pulumi's `1 error occurred:` and `error: update failed`.
 */
const TOOL_SUMMARY =
  /^(?:\*\s*[\w.[\]"-]+:\s*)?(?:\d+ errors?(?:\(s\))? occurred:?|(?:error:\s*)?error applying plan:?|error: update failed|there were \d+ validation errors:?)$/i;
/**
 * Task-level reasons that only point at a container's reason: an essential container stopped
 * (stop code EssentialContainerExited), or a container did not start (TaskFailedToStart). See
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html
 */
const POINTS_AT_CONTAINER = /^(?:essential container in task exited|task failed to start)\.?$/i;
/** A message that names its error: `CannotCreateContainerError:`, `OutOfMemoryError:`, `ResourceInitializationError:`. */
const ERROR_NAME = /\b[A-Z][A-Za-z]*(?:Error|Exception)\b/;

/**
 * The construct path and logical id the CDK prints in front of a failed resource's reason
 * (`greeting-service/Service (greetingserviceService8DA58640) The target group ...`): logical ids end
 * in eight upper-case hex digits.
 */
const CDK_CONSTRUCT = /^[\w./-]+\s+\([A-Za-z][A-Za-z0-9]*[0-9A-F]{8}\)\s+/;

/**
 * Cells of a row copied from a table (tabs), printed by `--output table` (`| a | b |`), or printed
 * as columns joined by ` | ` (the CDK's deploy progress: `22/26 | 10:15:33 | CREATE_FAILED | AWS::ECS::Service | ...`).
 */
function cells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  const t = line.trim();
  if (t.startsWith('|') && t.endsWith('|') && t.length > 2) return t.slice(1, -1).split('|');
  if (COLUMNS.test(t)) return t.split(/\s+\|\s+/);
  return [line];
}
/** At least three columns joined by ` | `. */
const COLUMNS = / \| .* \| /;

/** A cell that is only a status (CREATE_FAILED, STOPPED) or a number says nothing to look up. */
const STATUS_CELL = /^[A-Z][A-Z0-9_]*$|^[\d\s.:/+-]*$/;

/**
 * Target health states of a target that gets no traffic (`initial`, `draining` and `healthy` are
 * passing states): https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
 */
const TARGET_DOWN = /^(?:unhealthy(?:\.draining)?|unused|unavailable)$/;

function isError(text: string): boolean {
  return ERROR_WORDS.test(text) || ERROR_LEVEL.test(text);
}

/** `reason` or `Reason`: PowerShell, the .NET SDK and some tools print the API's fields capitalised. */
const lowerFirst = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);
function field(record: Record<string, unknown>, name: string): unknown {
  return record[name] ?? record[name.charAt(0).toUpperCase() + name.slice(1)];
}

/** Messages from a parsed JSON value: known keys, with their containers' context. */
function walk(value: unknown, out: Candidate[], depth = 0, failure = false): void {
  if (depth > 32) return;
  if (typeof value === 'string') {
    out.push({ text: value, priority: 2, order: out.length, error: false });
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walk(item, out, depth + 1, failure);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  // A `failures[]` item of the ECS API (run-task, describe-*): its reason is a code such as
  // RESOURCE:MEMORY or MISSING, an error by where it stands, with an optional detail.
  const reason = field(record, 'reason');
  if (failure && typeof reason === 'string') {
    const detailText = field(record, 'detail');
    const detail = typeof detailText === 'string' && detailText ? `: ${detailText}` : '';
    out.push({ text: `${reason}${detail}`, priority: 0, order: out.length, error: true });
    return;
  }
  // ELB's describe-target-health: `TargetHealth` has a `State`, a `Reason` code (Target.Timeout,
  // Target.NotInUse...) and a `Description`; a target that is not serving traffic is the error.
  if (typeof record['State'] === 'string' && typeof record['Reason'] === 'string' && TARGET_DOWN.test(record['State'])) {
    const description = typeof record['Description'] === 'string' && record['Description'] ? `: ${record['Description']}` : '';
    out.push({ text: `${record['Reason']}${description}`, priority: 1, order: out.length, error: true });
    return;
  }
  // A container instance whose agent is not connected (describe-container-instances, EventBridge's
  // "ECS Container Instance State Change"): the flag is the whole message, and no text field says it.
  // Fields: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerInstance.html
  if (
    record['agentConnected'] === false &&
    (typeof record['containerInstanceArn'] === 'string' || typeof record['ec2InstanceId'] === 'string')
  ) {
    out.push({ text: 'agentConnected false', priority: 1, order: out.length, error: true });
  }
  // EventBridge service and deployment events: the event name says what happened, reason why.
  const eventName = typeof record['eventName'] === 'string' ? record['eventName'] : undefined;
  const eventError = typeof record['eventType'] === 'string' && /^(?:WARN|ERROR)$/.test(record['eventType']);
  // A container that ended with a nonzero exit code: the code says how (1, 137, 139...), next to
  // the container's reason when it has one, alone when it has none.
  const exitCode = field(record, 'exitCode');
  const exitSuffix =
    typeof exitCode === 'number' && exitCode !== 0 && typeof field(record, 'lastStatus') === 'string' ? ` (exit code ${exitCode})` : '';
  for (const [raw, child] of Object.entries(record)) {
    const key = KEY_PRIORITY[raw] === undefined ? lowerFirst(raw) : raw;
    if (typeof child === 'string') {
      const priority = KEY_PRIORITY[key];
      if (priority === undefined || child.trim() === '') continue;
      // `detail` is the EventBridge envelope; as a string it is a Failure's detail.
      const text = key === 'reason' && eventName ? `${eventName}: ${child}` : key === 'reason' ? `${child}${exitSuffix}` : child;
      const nested = nestedJson(text);
      // A stopped task's reason is its verdict, whatever its words ("ECS is performing maintenance...").
      const verdict = key === 'stoppedReason' && typeof field(record, 'stopCode') === 'string';
      if (nested !== undefined) walk(nested, out, depth + 1);
      else out.push({ text, priority, order: out.length, error: eventError || verdict });
    } else if (key === 'reasons' && Array.isArray(child)) {
      // EventBridge's service action events list their causes as codes (`RESOURCE:MEMORY`).
      for (const item of child)
        if (typeof item === 'string' && item.trim()) out.push({ text: item, priority: 0, order: out.length, error: true });
    } else {
      walk(child, out, depth + 1, key === 'failures');
    }
  }
  if (exitSuffix && typeof reason !== 'string') {
    out.push({ text: `Exit code: ${exitCode as number}`, priority: 1, order: out.length, error: true });
  }
  // A stop code alone (a fragment without the reason) is still the task's verdict.
  const stopCode = field(record, 'stopCode');
  if (typeof stopCode === 'string' && typeof field(record, 'stoppedReason') !== 'string') {
    out.push({ text: stopCode, priority: 1, order: out.length, error: true });
  }
  if (eventName && typeof reason !== 'string' && eventError) {
    out.push({ text: eventName, priority: 1, order: out.length, error: true });
  }
}

/** A string value that is itself a JSON document, parsed; undefined for any other text. */
function nestedJson(text: string): unknown {
  return /^\s*[{[]/.test(text) ? tryParse(text) : undefined;
}

/**
 * A JSON document after at most `MAX_COMMAND_LINES` lines of its command (`$ aws ecs run-task ...`
 * then `{`), parsed. Only the first lines are looked at: a long log is not scanned for a `{`.
 */
function jsonAfterCommand(text: string): unknown {
  if (/^[{[]/.test(text)) return undefined;
  let start = 0;
  for (let k = 1; k <= MAX_COMMAND_LINES; k++) {
    const end = text.indexOf('\n', start);
    if (end < 0) return undefined;
    start = end + 1;
    if (text[start] === '{' || text[start] === '[') return tryParse(text.slice(start));
  }
  return undefined;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A line that starts a new record of a log or a list, never the rest of a wrapped one. */
const NEW_RECORD = /^(?:\d{4}[-/]\d{2}[-/]\d{2}|\d{2}:\d{2}|\[|[-*•>$#{}]|"[\w-]+"\s*:)/;
/** Shorter lines are not taken for a terminal's fixed wrap width. */
const MIN_WRAP_WIDTH = 40;

/**
 * Lines a tool cut at a fixed column, mid-word (Copilot's progress output:
 * `Resource handler returned message: "Service Unavailable. Please try ag` / `ain later. ...`),
 * joined back. A run counts when at least two lines have the same length, at least
 * `MIN_WRAP_WIDTH`, and the same indentation, and each line after the first continues the one
 * before it rather than starting a record; the shorter line that ends the run is joined too.
 */
export function joinHardWrapped(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  const indent = (line: string) => line.length - line.trimStart().length;
  const continues = (line: string, width: number, depth: number) =>
    line.length <= width && line.trim() !== '' && indent(line) === depth && !NEW_RECORD.test(line.trimStart());
  for (let i = 0; i < lines.length;) {
    const first = lines[i]!;
    const width = first.length;
    const depth = indent(first);
    let end = i + 1;
    while (end < lines.length && lines[end]!.length === width && continues(lines[end]!, width, depth)) end++;
    if (width >= MIN_WRAP_WIDTH && end - i >= 2) {
      if (end < lines.length && continues(lines[end]!, width, depth)) end++;
      out.push(
        ' '.repeat(depth) +
          lines
            .slice(i, end)
            .map((l, k) => (k === 0 ? l.trim() : l.slice(depth)))
            .join(''),
      );
      i = end;
    } else {
      out.push(first);
      i++;
    }
  }
  return out.join('\n');
}

/** Python's string literals, in single or double quotes. */
const PYTHON_STRING = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;

/**
 * A dict or list as Python prints it (boto3's responses: `{'tasks': [], 'failures': [{'reason':
 * 'RESOURCE:MEMORY'}]}`), read as JSON: strings requoted, `True`/`False`/`None` and `datetime(...)`
 * values turned into JSON's. Undefined when it still does not parse.
 */
function tryParsePython(text: string): unknown {
  let json = '';
  let last = 0;
  const literals = (code: string) =>
    code
      .replace(/\bdatetime\.datetime\((?:[^()]|\([^()]*\))*\)/g, 'null')
      .replace(/\bTrue\b/g, 'true')
      .replace(/\bFalse\b/g, 'false')
      .replace(/\bNone\b/g, 'null');
  for (const m of text.matchAll(PYTHON_STRING)) {
    json += literals(text.slice(last, m.index));
    const quoted = m[0];
    json += quoted.startsWith("'") ? `"${quoted.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : quoted;
    last = m.index + quoted.length;
  }
  return tryParse(json + literals(text.slice(last)));
}

/** An item of a bulleted list, `* ...` or `- ...`, and its marker. */
const LIST_ITEM = /^([*-])\s+/;

/** Messages from lines: JSON objects per line, `"key": "value"` fragments, log lines, table rows. */
function fromLines(pasted: string, out: Candidate[]): void {
  const text = joinHardWrapped(pasted);
  let start = 0;
  /**
   * After an error line ending in `:`, which introduces a list of errors: '' until the first item,
   * then that item's marker (the list ends at a line without it).
   */
  let list: string | undefined;
  for (let n = 0; n < MAX_LINES && start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = clipMessage(text.slice(start, end).replace(/\r$/, ''));
    start = end + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
      const parsed = tryParse(trimmed);
      if (parsed !== undefined) {
        walk(parsed, out);
        continue;
      }
    }
    // A fragment of pretty-printed JSON: `"stoppedReason": "...",`.
    if (trimmed.startsWith('"') && /^"[\w-]+"\s*:/.test(trimmed)) {
      for (const m of trimmed.matchAll(KEY_PATTERN)) {
        const value = jsonString(m[2]!);
        if (!value) continue;
        // A log field whose value is itself JSON (an EventBridge event logged as a string).
        const nested = nestedJson(value);
        if (nested !== undefined) walk(nested, out);
        else out.push({ text: value, priority: KEY_PRIORITY[m[1]!]!, order: out.length, error: false });
      }
      continue;
    }
    // The items of a list an error line introduces (`There were 5 validation errors:` and then
    // `* UnexpectedParameter: ...`) are its errors, whatever their words.
    const marker = LIST_ITEM.exec(trimmed)?.[1];
    if (list !== undefined && marker !== undefined && (list === '' || list === marker)) {
      list = marker;
      const cleaned = cleanLine(trimmed);
      if (cleaned) out.push({ text: cleaned, priority: 2, order: out.length, error: true, cleaned: true });
      continue;
    }
    list = undefined;
    // Cheap tests on the raw line first: most lines of a long log are context.
    const level = ERROR_LEVEL.test(trimmed);
    if (!level && !ERROR_WORDS.test(trimmed)) continue;
    if (DEBUG_LEVEL.test(trimmed)) continue;
    const row = cells(line);
    for (const cell of row) {
      // In a table row, an error is a phrase: one-word cells are ids and statuses (Service-CREATE_FAILED-...).
      if (row.length > 1 && !/\S\s+\S/.test(cell.trim())) continue;
      const cleaned = cleanLine(cell);
      if (!cleaned || STATUS_CELL.test(cleaned)) continue;
      out.push({ text: cleaned, priority: 2, order: out.length, error: level, cleaned: true });
      if (row.length === 1 && cleaned.endsWith(':')) list = '';
    }
  }
}

/**
 * The error messages in a paste, most telling first (a task's stoppedReason and its containers'
 * reasons before service events), each cleaned of prefixes and at most `MAX_MESSAGE_CHARS` long,
 * at most `MAX_MESSAGES` of them. A paste with no recognisable error comes back whole (cleaned),
 * so a Japanese description or a bare error name is still looked up. Empty input gives [].
 */
export function extractErrorMessages(paste: string): string[] {
  const text = paste.trim();
  if (!text) return [];
  const candidates: Candidate[] = [];
  let parsed = /^[{["]/.test(text) ? tryParse(text) : undefined;
  // A response printed by Python (`print(ecs.run_task(...))`: single quotes, None, datetime objects).
  if (parsed === undefined && /^[[{]\s*[{']/.test(text)) parsed = tryParsePython(text);
  // The command and its JSON output: the output is read as JSON.
  if (parsed === undefined) parsed = jsonAfterCommand(text);
  if (parsed !== undefined && typeof parsed !== 'string') walk(parsed, candidates);
  else if (typeof parsed === 'string') fromLines(parsed, candidates);
  else fromLines(text, candidates);

  const seen = new Set<string>();
  // The same text again (a reason repeated by every task of a long dump) is not cleaned twice.
  const seenRaw = new Set<string>();
  const errors: Candidate[] = [];
  for (const c of candidates) {
    const raw = `${c.error ? 'E' : '-'}${c.text}`;
    if (seenRaw.has(raw)) continue;
    seenRaw.add(raw);
    if (!c.error && !isError(c.text)) continue;
    const cleaned = c.cleaned ? c.text : cleanLine(clipMessage(c.text).replace(/\s*\n\s*/g, ' '));
    if (!cleaned || BANNER.test(cleaned)) continue;
    const key = dedupeKey(cleaned);
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ ...c, text: clipMessage(cleaned) });
  }
  errors.sort((a, b) => a.priority - b.priority || a.order - b.order);
  // CloudFormation's summaries point at the resource event that says why; next to that event they
  // add nothing but words ("failed to create") that generic signatures share. A task stopped because
  // its essential container exited, or failed to start, points at that container's reason in the
  // same way, once a message names the error (`CannotCreateContainerError: ...`, `OutOfMemoryError: ...`).
  const namesError = errors.some((c) => ERROR_NAME.test(c.text));
  const telling = errors.filter(
    (c) => !CLOUDFORMATION_SUMMARY.test(c.text) && !TOOL_SUMMARY.test(c.text) && !(namesError && POINTS_AT_CONTAINER.test(c.text)),
  );
  if (telling.length > 0) return telling.slice(0, MAX_MESSAGES).map((c) => c.text);
  if (errors.length > 0) return errors.slice(0, MAX_MESSAGES).map((c) => c.text);
  // Nothing looked like an error: the whole paste is the query (a description, a bare name).
  const whole = cleanLine(typeof parsed === 'string' ? parsed : text.replace(/\s*\n\s*/g, ' '));
  return whole ? [clipMessage(whole)] : [];
}

/** Two messages that differ only in ids, numbers and times are one message. */
function dedupeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/arn:[^\s"'()]+/g, '')
    .replace(/[0-9a-f]{8,}|\d+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
