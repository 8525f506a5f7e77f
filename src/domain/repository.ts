/**
 * Repository names as sources write them: `owner/name` (github.com), an `https://` URL, a `git+` URL, with or
 * without `.git`. One comparison for the identity policy, the statement/certificate check and the candidate.
 */

/** `owner/name` -> `https://github.com/owner/name`; a full URL unchanged; without case, `git+`, `.git` or a final `/`. */
export function repositoryKey(value: string): string {
  const url = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) ? `https://github.com/${value}` : value;
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

/** True when two repository names (URL or `owner/name`, `git+` prefix, `.git` end) name the same repository. */
export function sameRepository(a: string, b: string): boolean {
  return repositoryKey(a) === repositoryKey(b);
}
