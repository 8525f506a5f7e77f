/**
 * Repository names as sources write them: `owner/name` (github.com), an `https://` URL, a `git+` URL, with or
 * without `.git`. One comparison for the identity policy, the statement/certificate check and the candidate.
 */
/** `owner/name` -> `https://github.com/owner/name`; a full URL unchanged; without case, `git+`, `.git` or a final `/`. */
export declare function repositoryKey(value: string): string;
/** True when two repository names (URL or `owner/name`, `git+` prefix, `.git` end) name the same repository. */
export declare function sameRepository(a: string, b: string): boolean;
