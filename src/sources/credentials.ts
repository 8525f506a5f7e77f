/**
 * Credentials inside URLs that a source states as data: an artifact locator, a rollback hook, an evidence
 * reference, a provenance's source repository, a waiver's reason. Whatever a source states is copied into the
 * bundle, which is committed for good to the release-bundles repository (readable by everyone who may read a
 * release, not only by who may read the service repository) and shown in its pull request, check runs and job
 * summaries; a pre-signed download URL or a CI token in a repository URL would be published with it.
 *
 * What counts as a credential: a password in the user-info (`https://user:password@host`), a user name alone
 * over http(s) (`https://<token>@host`, how Git hosts take tokens; `ssh://git@host` names an account, not a
 * secret), and a query or fragment parameter whose name says it carries one (`token`, `access_token`, `sig`,
 * `X-Amz-Signature`, `api_key`, `password`, ...). Only the kind of credential and the URL's scheme and host are
 * ever described: never the value.
 */

/** A URL in a text, up to whitespace, quotes or angle brackets. */
const URL_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]+/g;

/**
 * Query and fragment parameter names that carry secrets: OAuth and API tokens, cloud storage signatures
 * (Azure SAS `sig`, S3 `X-Amz-Signature`/`X-Amz-Credential`/`X-Amz-Security-Token`, GCS `X-Goog-Signature`),
 * passwords and API keys. Compared case-insensitively; a name ending in `_token`, `-token`, `_secret`,
 * `-signature` and the like counts too.
 */
const SECRET_PARAMETER =
  /^(?:token|sig|signature|jwt|key|apikey|api[_-]key|password|passwd|pwd|secret|auth|authorization|credentials?)$|[_-](?:token|secret|signature|sig|credential|password|key)$/i;

/** A credential found in a text: what kind, and the URL it is in as it may be shown. */
export interface UrlCredential {
  /** e.g. `a password (user:password@)`, `query parameter 'sig'`. */
  kind: string;
  /** Scheme and host only: a path may hold a secret too (a webhook's), and is not needed to find the value. */
  url: string;
}

/** The first URL in `text` that carries a credential, or undefined. */
export function urlCredential(text: string): UrlCredential | undefined {
  // Most strings hold no URL at all: a cheap test before the expression runs.
  if (!text.includes('://')) return undefined;
  for (const [candidate] of text.matchAll(URL_IN_TEXT)) {
    const found = credentialOf(candidate);
    if (found) return found;
  }
  return undefined;
}

function credentialOf(candidate: string): UrlCredential | undefined {
  const scheme = candidate.slice(0, candidate.indexOf('://')).toLowerCase();
  const rest = candidate.slice(scheme.length + 3);
  // The authority ends at the first `/`, `?` or `#`: an `@` after it is a path's (`oci://host/repo@sha256:...`).
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const after = end < 0 ? '' : rest.slice(end);
  const at = authority.lastIndexOf('@');
  const host = at < 0 ? authority : authority.slice(at + 1);
  const url = `${scheme}://${host}`;
  if (at >= 0) {
    const userInfo = authority.slice(0, at);
    if (userInfo.includes(':')) return { kind: 'a password (user:password@)', url };
    if (/(^|\+)https?$/.test(scheme) && userInfo !== '')
      return { kind: 'a user name over http(s) (<token>@, how git hosts take tokens)', url };
  }
  for (const [part, parameters] of [
    ['query', after.match(/\?([^#]*)/s)?.[1]],
    ['fragment', after.match(/#(.*)$/s)?.[1]],
  ] as const) {
    for (const pair of parameters?.split(/[&;]/) ?? []) {
      const name = decoded(pair.split('=')[0] ?? '');
      if (pair.includes('=') && SECRET_PARAMETER.test(name))
        return { kind: `${part} parameter '${name.slice(0, 64)}'`, url };
    }
  }
  return undefined;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Whether an environment variable holds a credential of the run itself: the action's inputs (INPUT_TOKEN, the
 * writer App's installation token), the runner's (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN), and
 * GITHUB_TOKEN where a workflow or a shell exports it. A sources file is data in the service repository and a
 * source's header goes to the URL that file names, so no header may take its value from one of them: the action
 * checks every source before any runs (../action/main.ts), and each HTTP source checks its own headers
 * (./http-json.ts `headersFrom`), which is what guards `cutover assemble` on a terminal or in CI.
 */
export function isRunCredential(variable: string): boolean {
  return /^(INPUT_|ACTIONS_)|^GITHUB_TOKEN$/i.test(variable);
}

/** What a source header may name instead of a run credential, for errors. */
export const HEADER_VARIABLE_EXPECTED =
  "a variable set for this source (not INPUT_*, ACTIONS_* or GITHUB_TOKEN: the action's and the runner's own credentials)";
