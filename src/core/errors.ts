/** One problem found in an input file, precise enough to fix without guessing. */
export interface Issue {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field, as a path like `claims[3].place`. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** What was expected. */
  expected?: string;
  /** What was found. */
  found?: string;
}

/** Thrown when inputs are invalid; carries every issue found, not only the first. */
export class ValidationError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** Formats an issue as `file:line: field: message (expected …, found …)`, like a compiler. */
export function formatIssue(issue: Issue): string {
  const where = issue.line !== undefined ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` ${issue.field}:` : '';
  const details = [
    issue.expected !== undefined ? `expected ${issue.expected}` : '',
    issue.found !== undefined ? `found ${issue.found}` : '',
  ].filter(Boolean);
  return `${where}:${field} ${issue.message}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/** Formats a field path (`['claims', 3, 'place']`) as `claims[3].place`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Throws a {@link ValidationError} when there are issues. */
export function throwIfIssues(issues: Issue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}
