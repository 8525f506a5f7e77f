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

  /** One line a person can act on: `file:line: field: message (expected: …)`, control characters escaped. */
  describe(): string {
    const place = [this.file, this.line === undefined ? undefined : String(this.line)].filter(Boolean).join(':');
    const parts = [place, this.field ? `field ${this.field}` : undefined].filter(Boolean).join(': ');
    const expected = this.expected ? ` (expected ${this.expected})` : '';
    return escapeControls(`${parts ? `${parts}: ` : ''}${this.message}${expected}`);
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

/** Message of any thrown value, without a stack trace, on one line: control characters are escaped. */
export function messageOf(error: unknown): string {
  if (error instanceof InputError) return error.describe();
  if (error instanceof Error) return escapeControls(error.message);
  return escapeControls(String(error));
}

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional embedding, override
 * and isolate controls: characters that, echoed from an input into a message, split it into lines, move the
 * cursor, recolour the terminal or reorder what a reader sees.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text with every control character written as an escape (`\n`, `\r`, `\t`, `\u001b`), so a message taken from
 * an input stays on one line and prints as it reads. Every other character, backslashes and non-ASCII letters
 * included, is left exactly as it was.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
