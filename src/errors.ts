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

  /**
   * One line a person can act on: `file:line: field: message (expected: …)`, control characters escaped and the
   * credentials of any URL it quotes redacted.
   */
  describe(): string {
    const place = [this.file, this.line === undefined ? undefined : String(this.line)].filter(Boolean).join(':');
    const parts = [place, this.field ? `field ${this.field}` : undefined].filter(Boolean).join(': ');
    const expected = this.expected ? ` (expected ${this.expected})` : '';
    return escapeControls(redactCredentials(`${parts ? `${parts}: ` : ''}${this.message}${expected}`));
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

/**
 * Message of any thrown value, without a stack trace, on one line: control characters are escaped, and the
 * credentials of any URL it quotes redacted (a schema error quotes the value it refuses: a sources file's `url`
 * with a password in it, say).
 */
export function messageOf(error: unknown): string {
  if (error instanceof InputError) return error.describe();
  if (error instanceof Error) return escapeControls(redactCredentials(error.message));
  return escapeControls(redactCredentials(String(error)));
}

/** A URL in a text, up to whitespace, quotes, backquotes or angle brackets. */
const URL_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]+/g;

/**
 * Query and fragment parameter names that carry secrets: OAuth and API tokens, cloud storage signatures
 * (Azure SAS `sig`, S3 `X-Amz-Signature`/`X-Amz-Credential`/`X-Amz-Security-Token`, GCS `X-Goog-Signature`),
 * passwords and API keys. Compared case-insensitively; a name ending in `_token`, `-token`, `_secret`,
 * `-signature` and the like counts too.
 */
const SECRET_PARAMETER =
  /^(?:token|sig|signature|jwt|key|apikey|api[_-]key|password|passwd|pwd|secret|auth|authorization|credentials?)$|[_-](?:token|secret|signature|sig|credential|password|key)$/i;

/** The credentials one URL carries, and the URL with each of them replaced by `***`. */
export interface UrlCredentials {
  /** Scheme and host only: a path may hold a secret too (a webhook's). */
  origin: string;
  /** What each credential is, e.g. `a password (user:password@)`, `query parameter 'sig'`; never its value. */
  kinds: string[];
  /** The URL with the password, the token user name and every secret parameter's value as `***`. */
  redacted: string;
}

/**
 * The credentials of one URL (as URL_IN_TEXT finds them): a password in the user-info (`user:password@`), a user
 * name alone over http(s) (`<token>@`, how git hosts take tokens; `git@` and `ssh://git@host` name an account,
 * not a secret), and query or fragment parameters whose name says they carry a secret (SECRET_PARAMETER).
 */
export function urlCredentials(url: string): UrlCredentials {
  const separator = url.indexOf('://');
  const scheme = url.slice(0, separator);
  const rest = url.slice(separator + 3);
  // The authority ends at the first `/`, `?` or `#`: an `@` after it is a path's (`oci://host/repo@sha256:...`).
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  const host = authority.slice(at + 1);
  const kinds: string[] = [];
  let userInfo = at < 0 ? undefined : authority.slice(0, at);
  if (userInfo?.includes(':')) {
    kinds.push('a password (user:password@)');
    userInfo = `${userInfo.slice(0, userInfo.indexOf(':'))}:***`;
  } else if (userInfo && userInfo.toLowerCase() !== 'git' && /(^|\+)https?$/i.test(scheme)) {
    // `git@` is the account every git host names in its clone URLs (package manifests and SBOMs copy
    // `git+https://git@github.com/...`), not a token.
    kinds.push('a user name over http(s) (<token>@, how git hosts take tokens)');
    userInfo = '***';
  }
  const after = (end < 0 ? '' : rest.slice(end)).replace(/([?#&;])([^=&;#]*)=([^&;#]*)/g, (pair, lead, name) => {
    const decoded = decodedName(name);
    if (!SECRET_PARAMETER.test(decoded)) return pair;
    kinds.push(`${lead === '#' ? 'fragment' : 'query'} parameter '${decoded.slice(0, 64)}'`);
    return `${lead}${name}=***`;
  });
  return {
    origin: `${scheme.toLowerCase()}://${host}`,
    kinds,
    redacted: `${scheme}://${userInfo === undefined ? '' : `${userInfo}@`}${host}${after}`,
  };
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** Every URL in `text` with its credentials replaced by `***` (urlCredentials); the rest of the text as it was. */
export function redactCredentials(text: string): string {
  if (!mayCarryCredentials(text)) return text;
  return text.replace(URL_IN_TEXT, (url) => urlCredentials(url).redacted);
}

/** What every credential urlCredentials finds is written with: a user-info `@`, or a parameter's lead. */
const CREDENTIAL_MARK = /[@?#&;]/;

/**
 * Whether `text` may hold a URL with a credential: a URL (`://`) and an `@` (user-info) or a parameter (`?`,
 * `#`, `&`, `;`). Most texts, and most URLs a source states, have neither, and the assemble scan tests every
 * string of every record; a URL without them is its own redaction.
 */
const mayCarryCredentials = (text: string): boolean => text.includes('://') && CREDENTIAL_MARK.test(text);

/** Every URL in `text` with the credentials it carries, in order (those that carry none left out). */
export function credentialsInText(text: string): UrlCredentials[] {
  if (!mayCarryCredentials(text)) return [];
  return [...text.matchAll(URL_IN_TEXT)].map(([url]) => urlCredentials(url)).filter((c) => c.kinds.length > 0);
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
