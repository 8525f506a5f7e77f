/**
 * The action's first API request, sent before the full client (REST methods, throttling, retry: ./octokit.ts)
 * has loaded (the cold start: ../action/main.ts). verify, gate and seal start by reading their pull request.
 * Octokit's own request layer sends this read, with the client's authorization scheme (@octokit/auth-token),
 * user agent and transport (./http-fetch.ts, proxies included).
 *
 * It is only a head start: a failure of any kind (an error status, a network error) is dropped, and the
 * caller reads again through the full client, whose retry and rate-limit handling then apply as to every
 * other request. Nothing here logs, and the token only reaches the authorization header.
 */
import { createTokenAuth } from '@octokit/auth-token';
import { request } from '@octokit/request';
import { httpFetch, USER_AGENT } from './http-fetch.js';
import type { ApiPull } from './octokit-adapter.js';
import type { RepoRef } from './port.js';

export interface FirstRead {
  repo: RepoRef;
  number: number;
  /** The pull request as the API returned it with status 200, or undefined when the read failed. */
  data: Promise<ApiPull | undefined>;
  /** Resolves once the request has been written to its connection (or has failed). */
  sent: Promise<void>;
}

export interface FirstReadOptions {
  /** REST API root, as for the full client. */
  baseUrl: string;
  token: string;
  repo: RepoRef;
  number: number;
}

/** Starts reading pull request `number` of `repo`; never rejects. */
export function readPullRequestFirst(options: FirstReadOptions): FirstRead {
  let markSent = (): void => {};
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const auth = createTokenAuth(options.token);
  const read = request.defaults({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { 'user-agent': USER_AGENT },
    request: {
      hook: auth.hook,
      fetch: (url: string, init?: Parameters<typeof httpFetch>[1]) => httpFetch(url, init, markSent),
    },
  });
  const data = read('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: options.repo.owner,
    repo: options.repo.repo,
    pull_number: options.number,
  }).then(
    (response): ApiPull | undefined => (response.status === 200 ? response.data : undefined),
    () => undefined,
  );
  void data.then(markSent);
  return { repo: options.repo, number: options.number, data, sent };
}
