/**
 * Typed errors, converted to messages and exit codes only at the boundaries (CLI, action main).
 */

/** Bad input: a file, field or argument that does not have the expected form. CLI exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly expected: string | undefined;

  constructor(
    message: string,
    where: {
      file?: string | undefined;
      line?: number | undefined;
      field?: string | undefined;
      expected?: string | undefined;
    } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
    this.expected = where.expected;
  }

  /** One line a person can act on: `file:line: field: message (expected: …)`. */
  describe(): string {
    const place = [this.file, this.line === undefined ? undefined : String(this.line)].filter(Boolean).join(':');
    const parts = [place, this.field ? `field ${this.field}` : undefined].filter(Boolean).join(': ');
    const expected = this.expected ? ` (expected ${this.expected})` : '';
    return `${parts ? `${parts}: ` : ''}${this.message}${expected}`;
  }
}

/** A failed call to GitHub, keeping the HTTP status and the original error. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  readonly status: number | undefined;

  constructor(message: string, status: number | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

/** A state the action refuses to act on (a moved tag, a merge carrying unapproved changes). */
export class RefusalError extends Error {
  override readonly name = 'RefusalError';
}

/** Message of any thrown value, without a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof InputError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
