/**
 * Typed errors, converted to messages and exit codes only at the boundaries (CLI, action main).
 */
/** Bad input: a file, field or argument that does not have the expected form. CLI exit code 2. */
export declare class InputError extends Error {
    readonly name = "InputError";
    readonly file: string | undefined;
    readonly line: number | undefined;
    readonly field: string | undefined;
    readonly expected: string | undefined;
    constructor(message: string, where?: {
        file?: string | undefined;
        line?: number | undefined;
        field?: string | undefined;
        expected?: string | undefined;
    }, options?: {
        cause?: unknown;
    });
    /**
     * One line a person can act on: `file:line: field: message (expected: …)`, control characters escaped and the
     * credentials of any URL it quotes redacted.
     */
    describe(): string;
}
/** A failed call to GitHub, keeping the HTTP status and the original error. */
export declare class GitHubApiError extends Error {
    readonly name = "GitHubApiError";
    readonly status: number | undefined;
    constructor(message: string, status: number | undefined, options?: {
        cause?: unknown;
    });
}
/** A state the action refuses to act on (a moved tag, a merge carrying unapproved changes). */
export declare class RefusalError extends Error {
    readonly name = "RefusalError";
}
/**
 * Message of any thrown value, without a stack trace, on one line: control characters are escaped, and the
 * credentials of any URL it quotes redacted (a schema error quotes the value it refuses: a sources file's `url`
 * with a password in it, say).
 */
export declare function messageOf(error: unknown): string;
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
export declare function urlCredentials(url: string): UrlCredentials;
/** Every URL in `text` with its credentials replaced by `***` (urlCredentials); the rest of the text as it was. */
export declare function redactCredentials(text: string): string;
/** Every URL in `text` with the credentials it carries, in order (those that carry none left out). */
export declare function credentialsInText(text: string): UrlCredentials[];
/**
 * Text with every control character written as an escape (`\n`, `\r`, `\t`, `\u001b`), so a message taken from
 * an input stays on one line and prints as it reads. Every other character, backslashes and non-ASCII letters
 * included, is left exactly as it was.
 */
export declare function escapeControls(text: string): string;
