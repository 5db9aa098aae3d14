/**
 * Turns whatever an engineer pasted (a stoppedReason, a service event, a CloudWatch line with a
 * JSON wrapper, an ecspresso log line, a CLI exception) into the words that identify the error:
 * identifiers, timestamps and addresses go; quotes, width and case are folded.
 */

/**
 * Pasted text longer than this keeps only its head and tail: no error message is this long, the
 * error is usually at one end of a pasted block, and matching stays fast.
 */
export const MAX_QUERY_CHARS = 4000;

function clip(text: string): string {
  if (text.length <= MAX_QUERY_CHARS) return text;
  const half = MAX_QUERY_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

const JSON_MESSAGE_KEYS = ['log', 'message', 'msg', 'error', 'err', 'stoppedReason', 'reason'];

/**
 * `{"log":"...","stream":"stderr"}` and friends, alone or after a log prefix: keep the message,
 * drop the wrapper.
 */
function unwrapJson(text: string): string {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return text;
  try {
    const value: unknown = JSON.parse(text.slice(start, end + 1));
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const parts = JSON_MESSAGE_KEYS.map((k) => record[k]).filter((v): v is string => typeof v === 'string');
      if (parts.length > 0) return `${text.slice(0, start)} ${parts.join(' ')} ${text.slice(end + 1)}`;
    }
  } catch {
    // Not JSON after all: treat it as text.
  }
  return text;
}

/** Ordered: longer, more specific shapes first, so a URL is removed before the IP inside it. */
const MASKS: [RegExp, string][] = [
  // ECS service events name what they are about in parentheses: `(service web)`, `(task 0f9e...)`,
  // `(port 8080)`, `(instance i-0abc)`, `(container-instance 4903...)`, `(target-group arn:...)`,
  // `(elb web-lb)`, `(service web, taskSet ecs-svc/123)`. The kind of thing is part of the wording;
  // its name (a service called "batch-worker") is not, and must not match unrelated signatures.
  [/\((service|task|port|instance|container-instance|target-group|elb|deployment|capacity-provider)\s[^()]*\)/gi, ' $1 '],
  // The same without parentheses, as older events and their copies say it: `service web was unable to place a task`.
  [/\bservice\s+[\w.-]+\s+(?=(?:was|is) unable to\b|failed to (?:launch|register|deregister)\b|is unhealthy\b)/gi, 'service '],
  // The AWS SDK for Java's suffix on a service error, as CloudFormation and the CDK print it:
  // `(Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Request ID: ...; Proxy: null)`.
  // The error code names the error; the rest is transport.
  [/\(\s*service:\s*[\w.-]+;\s*status code:\s*\d+;\s*error code:\s*(\w+)(?:;[^)]*)?\)?/gi, ' $1 '],
  // CloudFormation's resource-handler wrapper (`Resource handler returned message: "..."
  // (RequestToken: 7abe53e6-..., HandlerErrorCode: NotStabilized)`): the phrase and the token are in
  // every such event and say nothing; the quoted message and the handler error code stay. Written
  // the same way for a template quoted whole and for the message `extractErrorMessages` unwrapped.
  [/\bresource handler returned message:/gi, ' '],
  [/\berror occurred during operation\b/gi, ' '],
  [/\brequesttoken:\s*[0-9a-f-]*,?/gi, ' '],
  // ARNs (any partition), up to a delimiter that cannot be part of one.
  [/\barn:aws[a-z-]*:[^\s"'`()<>{}[\],]+/gi, ' '],
  // AWS endpoints keep the service they call (ecs, logs, sts): which endpoint is unreachable is the
  // error. A template's `https://ecs.{region}.amazonaws.com/` arrives here as `https://ecs. .amazonaws.com/`.
  [/\bhttps?:\/\/([a-z][a-z0-9-]*)\.(?:[a-z0-9-]+\.|\s+\.)*amazonaws\.com(?:\.cn)?(?:\/[^\s"'`()<>{}[\]]*)?/gi, ' $1 amazonaws '],
  // URLs.
  [/\bhttps?:\/\/[^\s"'`()<>{}[\]]+/gi, ' '],
  // Image references with a registry host: 123.dkr.ecr.region.amazonaws.com/app:tag, docker.io/library/node:18.
  [/\b[a-z0-9.-]+\.(?:amazonaws\.com|docker\.io|ghcr\.io|gcr\.io|quay\.io)(?:\.cn)?\/[^\s"'`()<>{},]+/gi, ' '],
  // Digests.
  [/\bsha256:[0-9a-f]{4,}\b/gi, ' '],
  // ISO-8601 and log timestamps: 2026-11-21T10:00:00.123Z, 2026/11/21 10:00:00, 2026-11-21 10:00:00+09:00.
  [/\b\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, ' '],
  // Syslog-style timestamps: Nov 21 10:00:00.
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\b/gi, ' '],
  // Bare clock times.
  [/\b\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, ' '],
  // UUIDs.
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' '],
  // IPv4 with an optional port, and IPv6 in brackets.
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, ' '],
  [/\[[0-9a-f]*:[0-9a-f:]*\](?::\d{1,5})?/gi, ' '],
  // AWS resource ids: subnet-0abc, sg-0abc, vpc-, eni-, i-, ami-, vpce-.
  [/\b(?:subnet|sg|vpc|vpce|eni|i|ami|rtb|nat|igw|acl)-[0-9a-f]{6,}\b/gi, ' '],
  // Task ids and other long hex ids (at least one digit, so English words survive).
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi, ' '],
  // Account ids.
  [/\b\d{12}\b/g, ' '],
  // "retried 5 time(s)", "retried 1 times": the count never matters.
  // The same in a template, where the count is a placeholder (`retried {n} time(s)`).
  [/\bretried\s+\d*\s*times?(?:\(s\))?/gi, 'retried times'],
  // AWS CLI wrapper: keep the exception and the operation, drop the boilerplate around them.
  [
    /\ban error occurred\s*\(\s*([a-z0-9]*)\s*\)\s*(?:\(reached max retries:\s*\d*\s*\)\s*)?when calling the\s+([a-z0-9]*)\s*operation(?:\s*\(reached max retries:\s*\d*\s*\))?/gi,
    '$1 $2',
  ],
  // Request ids (`RequestId: ...`, `Request ID: ...`, `RequestID: ...`): never part of the error.
  [/\b(?:x-amzn-)?request\s?id\s*[:=]\s*[0-9a-z-]*/gi, ' '],
  // An exit code is one word with its number (`Exit code: 137`, `exit status 1`, `"exitCode": 1`):
  // the number alone says nothing, next to "exit code" it names the way a process ended.
  [/\bexit\s*(?:code|status)"?\s*[:=]?\s*(\d{1,3})\b/gi, 'exit code $1 exitcode$1'],
  // ecspresso / Go log prefixes: [INFO], [ERROR], level=error.
  [/\[(?:trace|debug|info|notice|warn|warning|error|fatal)\]/gi, ' '],
  [/\blevel=\w+/gi, ' '],
];

const QUOTES: [RegExp, string][] = [
  [/[\u2018\u2019\u201a\u201b\u2032\uff07]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\uff02]/g, '"'],
];

/** Characters that only ever hurt matching: control characters except whitespace. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function normalizeErrorLine(input: string): string {
  let text = clip(input).replace(CONTROL, ' ');
  text = text.normalize('NFKC');
  for (const [pattern, replacement] of QUOTES) text = text.replace(pattern, replacement);
  text = unwrapJson(text);
  for (const [pattern, replacement] of MASKS) text = text.replace(pattern, replacement);
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Identifiers in text shown back to a person (what to report), as named placeholders. */
const IDENTIFIERS: [RegExp, string][] = [
  [/\barn:aws[a-z-]*:[^\s"'`()<>{}[\],]+/gi, '{arn}'],
  [/\b[a-z0-9.-]+\.(?:amazonaws\.com|docker\.io|ghcr\.io|gcr\.io|quay\.io)(?:\.cn)?\/[^\s"'`()<>{},]+/gi, '{image}'],
  [/\bsha256:[0-9a-f]{4,}\b/gi, '{digest}'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '{id}'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, '{ip}'],
  [/\b(?:subnet|sg|vpc|vpce|eni|i|ami|rtb|nat|igw|acl)-[0-9a-f]{6,}\b/gi, '{id}'],
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{16,}\b/gi, '{id}'],
  [/\b\d{12}\b/g, '{account}'],
  [/\b(?:x-amzn-)?request\s?id\s*[:=]\s*[0-9a-z-]*/gi, ''],
];

/**
 * The text with account ids, ARNs, addresses and other identifiers replaced by `{arn}`, `{ip}`...
 * Case and wording are kept: this is for showing, not for matching.
 */
export function maskIdentifiers(text: string): string {
  let out = text;
  for (const [pattern, replacement] of IDENTIFIERS) out = out.replace(pattern, replacement);
  return out;
}
