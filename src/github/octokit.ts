/**
 * The one place an Octokit client is built: REST methods, throttling (primary and secondary rate limits,
 * both handlers explicit) and retry of transient failures. A 422 is never retried: it means the request
 * itself was refused (a non-fast-forward ref update, an existing tag), and the caller must re-read.
 *
 * Rate limits: every wait GitHub asks for (`retry-after` on a secondary limit, `x-ratelimit-reset` on the
 * primary one) is honoured as long as the waits of the whole client, which is one run, add up to at most
 * `rateLimitWaitSeconds` (15 minutes by default). A wait that does not fit in what is left fails the request
 * at once, with a warning that says so, rather than holding the job for longer than the bound.
 *
 * Requests go through node:http(s) (./http-fetch.ts, not the global fetch: the cold start, ../action/main.ts).
 * That transport honours the standard proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY: ./proxy.ts), as the
 * head start (./first-read.ts) does.
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
  /**
   * The most a client (one run) waits on rate limits in total, in seconds; default
   * DEFAULT_RATE_LIMIT_WAIT_SECONDS. Each retry is charged what GitHub asked for, and at least one second.
   */
  rateLimitWaitSeconds?: number;
  log?: { warn: (message: string) => void; debug: (message: string) => void };
  userAgent?: string;
  /** Called each time a request has been written to its connection (its response is then awaited). */
  onRequestSent?: () => void;
}

/** The total rate-limit wait of one run unless told otherwise: 15 minutes (README, "Bursts of seals"). */
export const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 900;

/** Builds the client. The token is only handed to Octokit's auth; it is never logged or echoed. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const warn = options.log?.warn ?? (() => {});
  const debug = options.log?.debug ?? (() => {});
  const budget = options.rateLimitWaitSeconds ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS;
  // Charged per retry, concurrent waits included: the sum bounds the time the run spends held by rate limits.
  let waited = 0;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }): boolean => {
      const charge = Math.max(1, Math.ceil(retryAfter));
      const left = budget - waited;
      if (charge > left) {
        warn(
          `${kind} rate limit on ${request.method} ${request.url}: GitHub asks to wait ${retryAfter}s, more than is left of this run's rate-limit wait budget (${left}s of ${budget}s); giving up`,
        );
        return false;
      }
      waited += charge;
      warn(
        `${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s (${waited}s of the run's ${budget}s rate-limit wait budget used)`,
      );
      return true;
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
    // 429 is a rate limit: only the throttling handlers above retry it, within the budget (plugin-retry would
    // otherwise try three more times after they gave up, without looking at retry-after).
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    request: { fetch: (url: string, init?: FetchInit) => httpFetch(url, init, options.onRequestSent) },
  });
}
