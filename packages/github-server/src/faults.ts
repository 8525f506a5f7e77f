/**
 * Per-test fault injection: error statuses, secondary rate limits, latency, hooks that run a competing
 * change just before a write, and response mutation (to prove the contract checker can fail).
 */

/** Which requests a fault applies to. `path` matches the decoded API path, a route template or an operationId. */
export interface RequestMatcher {
  method?: string;
  path?: string | RegExp;
}

/** The facts about a request a matcher is tested against. */
export interface MatchTarget {
  method: string;
  path: string;
  template: string;
  operationId: string;
}

/** An injected error response. */
export interface StatusFault extends RequestMatcher {
  status: 500 | 502 | 503 | 403 | 429;
  /** How many matching requests fail (default 1). */
  times?: number;
  /**
   * For a 403/429: seconds GitHub asks to wait (default 1): `retry-after` on a secondary limit, or the distance
   * to `x-ratelimit-reset` (with `x-ratelimit-remaining: 0`) on the primary one.
   */
  retryAfter?: number;
  /** Which limit a 403/429 reports (default secondary). */
  limit?: 'secondary' | 'primary';
}

interface Armed<T> {
  spec: T;
  remaining: number;
}

/** Tests whether a request matches. */
export function matches(matcher: RequestMatcher, target: MatchTarget): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== target.method) return false;
  const { path } = matcher;
  if (path === undefined) return true;
  if (typeof path === 'string') return path === target.path || path === target.template || path === target.operationId;
  return path.test(target.path);
}

/** The fault registry of one server. */
export class Faults {
  private statuses: Armed<StatusFault>[] = [];
  private latencies: Armed<RequestMatcher & { ms: number }>[] = [];
  private hooks: Armed<RequestMatcher & { run: () => Promise<void> | void }>[] = [];
  private mutators: Armed<RequestMatcher & { mutate: (body: unknown) => unknown }>[] = [];

  /** Makes the next `times` matching requests answer `status` (5xx, or a 403/429 secondary rate limit). */
  add(fault: StatusFault): void {
    this.statuses.push({ spec: fault, remaining: fault.times ?? 1 });
  }

  /** Shorthand for a secondary rate limit (403 by default, or 429) with retry-after. */
  secondaryRateLimit(matcher: RequestMatcher & { status?: 403 | 429; retryAfter?: number; times?: number }): void {
    this.add({ ...matcher, status: matcher.status ?? 403 });
  }

  /** Delays matching requests by `ms` (for `times` requests, default unlimited). */
  latency(matcher: RequestMatcher & { ms: number; times?: number }): void {
    this.latencies.push({ spec: matcher, remaining: matcher.times ?? Number.POSITIVE_INFINITY });
  }

  /** Runs `run` once, just before the next matching write is handled (e.g. move a branch before a PATCH ref). */
  beforeWrite(matcher: RequestMatcher, run: () => Promise<void> | void, times = 1): void {
    this.hooks.push({ spec: { ...matcher, run }, remaining: times });
  }

  /** Rewrites the next matching response body before it is validated and sent. */
  mutateResponse(matcher: RequestMatcher, mutate: (body: unknown) => unknown, times = 1): void {
    this.mutators.push({ spec: { ...matcher, mutate }, remaining: times });
  }

  /** Shorthand for an exhausted primary rate limit (403 by default, or 429) resetting in `retryAfter` seconds. */
  primaryRateLimit(matcher: RequestMatcher & { status?: 403 | 429; retryAfter?: number; times?: number }): void {
    this.add({ ...matcher, status: matcher.status ?? 403, limit: 'primary' });
  }

  /** Removes every fault. */
  clear(): void {
    this.statuses = [];
    this.latencies = [];
    this.hooks = [];
    this.mutators = [];
  }

  /** Consumes and returns the status fault for a request, if any. */
  takeStatus(target: MatchTarget): StatusFault | undefined {
    return take(this.statuses, target)?.spec;
  }

  /** Total latency to apply to a request. */
  takeLatency(target: MatchTarget): number {
    let total = 0;
    for (const armed of this.latencies) {
      if (armed.remaining > 0 && matches(armed.spec, target)) {
        armed.remaining -= 1;
        total += armed.spec.ms;
      }
    }
    return total;
  }

  /** Runs the before-write hooks for a write request. */
  async runBeforeWrite(target: MatchTarget): Promise<void> {
    for (;;) {
      const armed = take(this.hooks, target);
      if (!armed) return;
      await armed.spec.run();
    }
  }

  /** Applies response mutators. */
  mutate(target: MatchTarget, body: unknown): unknown {
    const armed = take(this.mutators, target);
    return armed ? armed.spec.mutate(body) : body;
  }
}

function take<T extends RequestMatcher>(list: Armed<T>[], target: MatchTarget): Armed<T> | undefined {
  const armed = list.find((a) => a.remaining > 0 && matches(a.spec, target));
  if (armed) armed.remaining -= 1;
  return armed;
}
