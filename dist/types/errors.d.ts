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
    /** One line a person can act on: `file:line: field: message (expected: …)`, control characters escaped. */
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
/** Message of any thrown value, without a stack trace, on one line: control characters are escaped. */
export declare function messageOf(error: unknown): string;
/**
 * Text with every control character written as an escape (`\n`, `\r`, `\t`, `\u001b`), so a message taken from
 * an input stays on one line and prints as it reads. Every other character, backslashes and non-ASCII letters
 * included, is left exactly as it was.
 */
export declare function escapeControls(text: string): string;
