/**
 * The action's first API request, sent before the full client (REST methods, throttling, retry: ./octokit.ts)
 * has loaded (the cold start: ../action/main.ts). verify, gate and seal start by reading their pull request;
 * gate also sends, once that read is on the wire, its reads that need only the pull request's number: the
 * reviews and the files (page 1 of each), the policy (read without a ref, as ../modes/trust.ts
 * readTrustedPolicy reads it) and the default branch's head.
 * Octokit's own request layer sends this read, with the client's authorization scheme (@octokit/auth-token),
 * user agent and transport (./http-fetch.ts, proxies included).
 *
 * It is only a head start: a failure of any kind (an error status, a network error, a next page of reviews or
 * files) is dropped, and the caller reads again through the full client, whose retry and rate-limit handling
 * then apply as to every other request. Nothing here logs, and the token only reaches the authorization header.
 */
import { createTokenAuth } from '@octokit/auth-token';
import { request } from '@octokit/request';
import { httpFetch, USER_AGENT } from './http-fetch.js';
import type { ApiFile, ApiPull, ApiReview } from './octokit-adapter.js';
import type { RepoRef } from './port.js';

/**
 * gate's reads that need only the pull request's number and the repository, sent at once with the pull
 * request's. Each is undefined when it failed, and the reviews and the files also when GitHub says there is a
 * next page.
 */
export interface GateFirstReads {
  /** Page 1 of the reviews (per_page=100), when it is the only page. */
  reviews: Promise<ApiReview[] | undefined>;
  /** Page 1 of the pull request's files (per_page=100), when it is the only page. */
  files: Promise<ApiFile[] | undefined>;
  /** The policy file's text as the default branch holds it (read without a ref), at `policyPath`. */
  policyPath: string;
  policy: Promise<string | undefined>;
  /** The default branch's head commit: the first commit GitHub lists without a `sha`. */
  defaultHead: Promise<string | undefined>;
}

export interface FirstRead {
  repo: RepoRef;
  number: number;
  /** The pull request as the API returned it with status 200, or undefined when the read failed. */
  data: Promise<ApiPull | undefined>;
  /** gate's other first reads (none for verify and seal). */
  gate?: GateFirstReads;
  /** Resolves once the pull request's request has been written to its connection (or has failed). */
  sent: Promise<void>;
  /**
   * Resolves once every request of the head start has been written (or has been answered, or has failed): the
   * entry (../action/index.ts) loads the rest of the action only then, since loading blocks the event loop and a
   * read not yet written would go out after the pull request's answer, a round trip later.
   */
  allSent: Promise<void>;
}

export interface FirstReadOptions {
  /** REST API root, as for the full client. */
  baseUrl: string;
  token: string;
  repo: RepoRef;
  number: number;
  /** For gate: also read the reviews, the files, the policy at this path and the default branch's head. */
  gatePolicyPath?: string;
}

/** Whether a Link header names a next page. */
const hasNextPage = (link: string | undefined): boolean => /rel="next"/.test(link ?? '');

/** A raw file's text as @octokit/request returns it (text or bytes), or undefined when it is neither or not UTF-8. */
function rawText(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Starts reading pull request `number` of `repo` (and gate's other first reads); never rejects. */
export function readPullRequestFirst(options: FirstReadOptions): FirstRead {
  let markSent = (): void => {};
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const auth = createTokenAuth(options.token);
  const client = (onSent?: () => void) =>
    request.defaults({
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      headers: { 'user-agent': USER_AGENT },
      request: {
        hook: auth.hook,
        fetch: (url: string, init?: Parameters<typeof httpFetch>[1]) => httpFetch(url, init, onSent),
      },
    });
  const read = client(markSent);
  const { owner, repo } = options.repo;
  const data = read('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner,
    repo,
    pull_number: options.number,
  }).then(
    (response): ApiPull | undefined => (response.status === 200 ? response.data : undefined),
    () => undefined,
  );
  void data.then(markSent);
  const first: FirstRead = { repo: options.repo, number: options.number, data, sent, allSent: sent };
  const policyPath = options.gatePolicyPath;
  if (policyPath === undefined) return first;
  // Sent once the pull request's read is on the wire, so they do not hold up the first request (the cold start);
  // none waits for an answer, so they share the pull request's round trip. Each marks itself written (allSent).
  const written: Array<Promise<void>> = [sent];
  const after = <T>(read: (beside: ReturnType<typeof client>) => Promise<T>): Promise<T | undefined> => {
    let markWritten = (): void => {};
    written.push(
      new Promise<void>((resolve) => {
        markWritten = resolve;
      }),
    );
    // Any failure (an error status, a network error) is dropped here: the caller reads again.
    const answer = sent.then(() => read(client(markWritten))).catch(() => undefined);
    void answer.then(() => markWritten());
    return answer;
  };
  /** A page's data when GitHub answered 200 and names no next page (else the full client reads every page). */
  const onlyPage = <T>(response: { status: number; headers: { link?: string }; data: T }): T | undefined =>
    response.status === 200 && !hasNextPage(response.headers.link) ? response.data : undefined;
  const pullNumber = { owner, repo, pull_number: options.number, per_page: 100 };
  const reviews = after((beside) =>
    beside('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', pullNumber).then(
      (response): ApiReview[] | undefined => onlyPage(response),
    ),
  );
  const files = after((beside) =>
    beside('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', pullNumber).then((response): ApiFile[] | undefined =>
      onlyPage(response),
    ),
  );
  const policy = after((beside) =>
    beside('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path: policyPath,
      mediaType: { format: 'raw' },
    }).then((response) => (response.status === 200 ? rawText(response.data) : undefined)),
  );
  const defaultHead = after((beside) =>
    beside('GET /repos/{owner}/{repo}/commits', { owner, repo, per_page: 1 }).then((response) =>
      response.status === 200 ? response.data[0]?.sha : undefined,
    ),
  );
  const allSent = Promise.all(written).then(() => {});
  return { ...first, allSent, gate: { reviews, files, policyPath, policy, defaultHead } };
}
