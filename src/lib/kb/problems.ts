/**
 * Every kind of content problem has a stable code and a name, printed with the message, and a
 * section in content/README.md whose anchor is the code (`content/README.md#kb001`). Codes are
 * never reused or renumbered: a new kind of problem takes the next free number.
 */
export const PROBLEM_CODES = {
  'unknown-reference': 'KB001',
  'unknown-field': 'KB002',
  'missing-field': 'KB003',
  'invalid-value': 'KB004',
  'unreadable-file': 'KB005',
  'file-too-large': 'KB006',
  'stray-file': 'KB007',
  'invalid-file-name': 'KB008',
  'id-file-mismatch': 'KB009',
  'duplicate-id': 'KB010',
  'duplicate-signature': 'KB011',
  'orphan-cause': 'KB012',
  'html-in-text': 'KB013',
  'risk-understated': 'KB014',
  'writing-command': 'KB015',
  'heading-without-id': 'KB016',
  'invalid-heading-id': 'KB017',
  'duplicate-heading-id': 'KB018',
  'code-without-language': 'KB019',
  'unknown-code-language': 'KB020',
  'html-in-body': 'KB021',
  'refused-link-scheme': 'KB022',
  'broken-link': 'KB023',
  'invalid-node-id': 'KB024',
  'unknown-node': 'KB025',
  'too-few-options': 'KB026',
  'node-with-two-parents': 'KB027',
  'tree-cycle': 'KB028',
  'unreachable-node': 'KB029',
  'unwritten-part': 'KB030',
  'unsafe-placeholder': 'KB031',
} as const;

export type ProblemName = keyof typeof PROBLEM_CODES;
export type ProblemCode = (typeof PROBLEM_CODES)[ProblemName];

export interface KbProblem {
  /** What kind of problem this is; its code and its section in content/README.md follow from it. */
  name: ProblemName;
  file: string;
  /** Dotted path of the field (`causes.2`), or `body:LINE` for the Markdown body. */
  field: string;
  message: string;
  fix: string;
}

/** Where a contributor reads more about a kind of problem. */
export const problemHelp = (name: ProblemName) => `content/README.md#${PROBLEM_CODES[name].toLowerCase()}`;

export function formatProblems(problems: readonly KbProblem[]): string {
  return problems
    .map((p) => `${p.file}: ${p.field}: ${PROBLEM_CODES[p.name]} ${p.name}: ${p.message}\n  → ${p.fix}\n  → 説明: ${problemHelp(p.name)}`)
    .join('\n');
}
