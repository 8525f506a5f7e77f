/**
 * The server's content-creation limit (./rate-limits.ts) over real HTTP: writes past the window are refused as
 * GitHub refuses them (403 or 429, the secondary rate limit message, retry-after), reads are not, each caller
 * has its own count, and a refused request succeeds once retry-after has passed.
 */
import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { scenario } from '../index.js';
import { GITHUB_CONTENT_CREATION, RateLimits } from '../src/rate-limits.js';
import { useGitHubServer } from '../vitest.js';

const server = useGitHubServer();

async function refusal(promise: Promise<unknown>): Promise<RequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('expected the request to be refused');
}

describe('content-creation limit', () => {
  it('refuses the write past the window with 403, the secondary message and retry-after; reads go on', async () => {
    const s = await scenario(server());
    const limits = server().rateLimits;
    limits.contentCreation = { windows: [{ max: 3, seconds: 2 }] };
    try {
      const blob = () => s.app.octokit.rest.git.createBlob({ owner: s.owner, repo: s.repo, content: 'x' });
      for (let i = 0; i < 3; i++) expect((await blob()).status).toBe(201);
      const started = Date.now();
      const refused = await refusal(blob());
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/^You have exceeded a secondary rate limit/);
      expect(refused.response?.data).toMatchObject({
        documentation_url: expect.stringContaining('secondary-rate-limits'),
      });
      const retryAfter = Number(refused.response?.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(2);
      // Not the primary limit: Octokit's throttling tells them apart by this header.
      expect(refused.response?.headers['x-ratelimit-remaining']).not.toBe('0');
      expect(limits.refused).toBe(1);
      // Reads are not content creation; another caller has its own count.
      expect((await s.app.octokit.rest.repos.get({ owner: s.owner, repo: s.repo })).status).toBe(200);
      const other = s.users.alice.octokit.rest.git.createBlob({ owner: s.owner, repo: s.repo, content: 'y' });
      expect((await other).status).toBe(201);
      // After the wait it asked for, the same caller may write again.
      await new Promise((resolve) => setTimeout(resolve, started + retryAfter * 1000 - Date.now() + 20));
      expect((await blob()).status).toBe(201);
    } finally {
      limits.contentCreation = undefined;
    }
  });

  it('answers 429 when configured so, for as long as the window is full', async () => {
    const s = await scenario(server());
    // bob has written nothing yet (the App's writes of the test before still count within the minute).
    const bob = s.users.bob.octokit;
    const limits = server().rateLimits;
    limits.contentCreation = { windows: [{ max: 1, seconds: 60 }], status: 429 };
    try {
      const tag = () =>
        bob.rest.git.createRef({
          owner: s.owner,
          repo: s.repo,
          ref: `refs/tags/t${Date.now()}`,
          sha: s.base,
        });
      expect((await tag()).status).toBe(201);
      for (let i = 0; i < 3; i++) {
        const refused = await refusal(tag());
        expect(refused.status).toBe(429);
        expect(Number(refused.response?.headers['retry-after'])).toBeGreaterThan(55);
        expect(refused.response?.data).toMatchObject({
          documentation_url: expect.stringContaining('secondary-rate-limits'),
        });
      }
    } finally {
      limits.contentCreation = undefined;
    }
  });
});

describe('RateLimits (time given)', () => {
  it("models GitHub's 80 a minute and 500 an hour", () => {
    const limits = new RateLimits(GITHUB_CONTENT_CREATION);
    let now = 1_000_000;
    for (let i = 0; i < 80; i++) expect(limits.admit('app[bot]', 'POST', now + i)).toBeUndefined();
    // The 81st within the minute waits until the first of the 80 is a minute old.
    expect(limits.admit('app[bot]', 'PATCH', now + 100)).toEqual({ status: 403, retryAfter: 60 });
    expect(limits.admit('app[bot]', 'GET', now + 100)).toBeUndefined();
    // 80 a minute for six minutes fills the hour at 500: the next waits for the hour's oldest to age out.
    for (let minute = 1; minute < 7; minute++) {
      now += 60_000;
      for (let i = 0; i < 80; i++) {
        const verdict = limits.admit('app[bot]', 'POST', now + i);
        if (verdict) {
          expect(minute * 80 + i).toBe(500);
          expect(verdict.retryAfter).toBeGreaterThan(3000);
          return;
        }
      }
    }
    throw new Error('the hour window never refused a request');
  });

  it('rejects a window it cannot apply, naming it', () => {
    expect(() => new RateLimits({ windows: [{ max: 0, seconds: 60 }] })).toThrow(/"max":0/);
    expect(() => new RateLimits({ windows: [] })).toThrow(/windows must not be empty/);
  });
});
