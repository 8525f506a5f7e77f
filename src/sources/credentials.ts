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
 * `X-Amz-Signature`, `api_key`, `password`, ...): ../errors.ts `urlCredentials`, which also keeps them out of
 * every message. Only the kind of credential and the URL's scheme and host are ever described: never the value.
 */

import { credentialsInText } from '../errors.js';

/** A credential found in a text: what kind, and the URL it is in as it may be shown. */
export interface UrlCredential {
  /** e.g. `a password (user:password@)`, `query parameter 'sig'`. */
  kind: string;
  /** Scheme and host only: a path may hold a secret too (a webhook's), and is not needed to find the value. */
  url: string;
}

/** The first credential of the first URL in `text` that carries one (../errors.ts urlCredentials), or undefined. */
export function urlCredential(text: string): UrlCredential | undefined {
  const [first] = credentialsInText(text);
  const kind = first?.kinds[0];
  return first && kind ? { kind, url: first.origin } : undefined;
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
