/**
 * The one place an Octokit client is built: REST methods, throttling (primary and secondary rate limits,
 * both handlers explicit) and retry of transient failures. A 422 is never retried: it means the request
 * itself was refused (a non-fast-forward ref update, an existing tag), and the caller must re-read.
 *
 * Requests go through node:http(s) (./http-fetch.ts), not the global fetch: Node loads fetch's implementation
 * (undici) on first use, and that alone took longer than a bare Node start, before the action's first API
 * request (issue 4, bench/cold-start.ts). That transport honours the standard proxy variables (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY: ./proxy.ts), as the head start (./first-read.ts) does.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { type FetchInit, httpFetch, USER_AGENT } from './http-fetch.js';

const CutoverOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof CutoverOctokit>;

export interface ClientOptions {
  token: string;
  /** REST API root: `GITHUB_API_URL` on Enterprise Server, https://api.github.com otherwise. */
  baseUrl: string;
  /** Minimum gap between write requests; GitHub recommends 1000 ms for content creation. */
  writeIntervalMs?: number;
  /** Retry a rate-limited request when GitHub asks to wait at most this long. */
  maxRetryAfterSeconds?: number;
  log?: { warn: (message: string) => void; debug: (message: string) => void };
  userAgent?: string;
  /** Called each time a request has been written to its connection (its response is then awaited). */
  onRequestSent?: () => void;
}

/** Builds the client. The token is only handed to Octokit's auth; it is never logged or echoed. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const warn = options.log?.warn ?? (() => {});
  const debug = options.log?.debug ?? (() => {});
  const maxWait = options.maxRetryAfterSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < 3 && retryAfter <= maxWait;
      warn(
        `${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return retrying;
    };
  return new CutoverOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? USER_AGENT,
    // Octokit's request log reports each failed attempt (method, path, status, request id) at `error`; the
    // adapter reports the failure itself, once, so those lines go to the debug log (ACTIONS_STEP_DEBUG).
    log: { debug: () => {}, info: () => {}, warn: (m: string) => warn(m), error: (m: string) => debug(m) },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs ?? 1000 }),
    },
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    request: { fetch: (url: string, init?: FetchInit) => httpFetch(url, init, options.onRequestSent) },
  });
}
