/**
 * GitHub's secondary limit on content creation, modelled per caller: "no more than 80 content-generating requests
 * per minute and no more than 500 content-generating requests per hour" (docs.github.com, rate limits for the REST
 * API, secondary rate limits). A request over a limit is answered as GitHub does: 403 (or 429) with the secondary
 * rate limit message and `retry-after` set to the seconds until a slot frees. Off unless a test turns it on
 * (`server.rateLimits.contentCreation = GITHUB_CONTENT_CREATION`), so set-up writes of other tests never wait.
 *
 * What counts: every POST, PUT, PATCH and DELETE on the REST API by one caller (its token's account, so one App
 * installation shares one budget across runs), counted when it is accepted; refused requests do not count.
 * GitHub does not list which endpoints "generate content"; counting every mutation is the conservative reading
 * Octokit's throttling plugin also takes (its `write` group spaces every mutation). [medium]
 */

/** One window: at most `max` content-creating requests in any `seconds` seconds. */
export interface ContentWindow {
  max: number;
  seconds: number;
}

/** The content-creation limit of a server. */
export interface ContentCreationLimit {
  windows: ContentWindow[];
  /** GitHub answers secondary limits with 403, sometimes 429 (default 403). */
  status?: 403 | 429;
}

/** GitHub's figures: 80 a minute and 500 an hour. */
export const GITHUB_CONTENT_CREATION: ContentCreationLimit = {
  windows: [
    { max: 80, seconds: 60 },
    { max: 500, seconds: 3600 },
  ],
};

/** What a refused request is told. */
export interface LimitVerdict {
  status: 403 | 429;
  retryAfter: number;
}

/** The server's rate-limit state: content creation per caller. */
export class RateLimits {
  /** The limit in force; undefined turns it off. Setting it keeps the counts so far. */
  contentCreation: ContentCreationLimit | undefined;
  /** Requests refused by the content-creation limit so far. */
  refused = 0;
  private readonly accepted = new Map<string, number[]>();

  constructor(limit?: ContentCreationLimit) {
    if (limit) validate(limit);
    this.contentCreation = limit;
  }

  /**
   * Called before a request is handled: undefined when it may go ahead (and it is then counted), otherwise the
   * answer to give. `now` is in milliseconds.
   */
  admit(caller: string, method: string, now = Date.now()): LimitVerdict | undefined {
    const limit = this.contentCreation;
    if (!limit || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) return undefined;
    validate(limit);
    const longest = Math.max(...limit.windows.map((w) => w.seconds)) * 1000;
    const times = (this.accepted.get(caller) ?? []).filter((t) => t > now - longest);
    let wait = 0;
    for (const window of limit.windows) {
      const inWindow = times.filter((t) => t > now - window.seconds * 1000);
      if (inWindow.length < window.max) continue;
      // The slot frees when the oldest request that keeps the window full leaves it.
      const freeing = inWindow[inWindow.length - window.max] ?? now;
      wait = Math.max(wait, freeing + window.seconds * 1000 - now);
    }
    if (wait > 0) {
      this.accepted.set(caller, times);
      this.refused += 1;
      return { status: limit.status ?? 403, retryAfter: Math.max(1, Math.ceil(wait / 1000)) };
    }
    times.push(now);
    this.accepted.set(caller, times);
    return undefined;
  }
}

function validate(limit: ContentCreationLimit): void {
  if (limit.windows.length === 0) throw new Error('content-creation limit: windows must not be empty');
  for (const w of limit.windows)
    if (!Number.isInteger(w.max) || w.max < 1 || !(w.seconds > 0))
      throw new Error(`content-creation limit: window ${JSON.stringify(w)} needs an integer max >= 1 and seconds > 0`);
}
