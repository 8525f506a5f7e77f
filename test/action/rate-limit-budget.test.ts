/**
 * The client's rate-limit wait budget (src/github/octokit.ts), over real HTTP against the GitHub-compatible
 * server: waits GitHub asks for (`retry-after` on a secondary limit, `x-ratelimit-reset` on the primary one) are
 * honoured while the run's total stays within the budget; a wait that does not fit fails the request at once,
 * and nothing else retries it behind the budget's back.
 */
import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { scenario } from '../../packages/github-server/index.js';
import { useGitHubServer } from '../../packages/github-server/vitest.js';
import { createGitHubClient, DEFAULT_RATE_LIMIT_WAIT_SECONDS } from '../../src/github/octokit.js';

const server = useGitHubServer();

async function setUp(rateLimitWaitSeconds?: number) {
  const s = await scenario(server());
  server().log.reset();
  const warnings: string[] = [];
  const client = createGitHubClient({
    token: s.app.token,
    baseUrl: server().apiUrl,
    writeIntervalMs: 0,
    ...(rateLimitWaitSeconds !== undefined ? { rateLimitWaitSeconds } : {}),
    log: { warn: (m) => warnings.push(m), debug: () => {} },
  });
  const blob = () => client.rest.git.createBlob({ owner: s.owner, repo: s.repo, content: 'x' });
  const blobCalls = () => server().log.count({ operationId: 'git/create-blob' });
  return { s, client, warnings, blob, blobCalls };
}

async function refusal(promise: Promise<unknown>): Promise<RequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('rate-limit wait budget', () => {
  it('is 15 minutes by default', () => {
    expect(DEFAULT_RATE_LIMIT_WAIT_SECONDS).toBe(900);
  });

  it('honours retry-after on secondary limits (403 and 429), charging each wait to the budget', async () => {
    const { blob, blobCalls, warnings } = await setUp(5);
    server().faults.secondaryRateLimit({ path: 'git/create-blob', retryAfter: 1, times: 1 });
    server().faults.secondaryRateLimit({ path: 'git/create-blob', status: 429, retryAfter: 1, times: 1 });
    const started = Date.now();
    expect((await blob()).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(blobCalls()).toBe(3);
    expect(warnings).toEqual([
      expect.stringMatching(/^secondary rate limit on POST .*git\/blobs: retrying in 1s \(1s of the run's 5s/),
      expect.stringMatching(/^secondary rate limit on POST .*git\/blobs: retrying in 1s \(2s of the run's 5s/),
    ]);
  });

  it('honours x-ratelimit-reset on the primary limit', async () => {
    const { blob, blobCalls, warnings } = await setUp(5);
    server().faults.primaryRateLimit({ path: 'git/create-blob', retryAfter: 1, times: 1 });
    const started = Date.now();
    expect((await blob()).status).toBe(201);
    // The reset is a whole second; Octokit waits until a second past it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(blobCalls()).toBe(2);
    expect(warnings[0]).toMatch(/^primary rate limit on POST .*git\/blobs: retrying in [12]s/);
  });

  it('gives up at once when a wait does not fit in what is left of the run total', async () => {
    const { blob, blobCalls, warnings } = await setUp(3);
    server().faults.secondaryRateLimit({ path: 'git/create-blob', retryAfter: 2, times: 1 });
    expect((await blob()).status).toBe(201);
    server().faults.secondaryRateLimit({ path: 'git/create-blob', retryAfter: 2, times: 1 });
    const started = Date.now();
    const refused = await refusal(blob());
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/secondary rate limit/);
    expect(blobCalls()).toBe(3);
    expect(warnings.at(-1)).toMatch(
      /GitHub asks to wait 2s, more than is left of this run's rate-limit wait budget \(1s of 3s\); giving up$/,
    );
  });

  it('does not retry a refused 429 after the budget said no (plugin-retry leaves rate limits alone)', async () => {
    const { blob, blobCalls } = await setUp();
    server().faults.secondaryRateLimit({ path: 'git/create-blob', status: 429, retryAfter: 901, times: 5 });
    server().faults.primaryRateLimit({ path: 'repos/get', status: 429, retryAfter: 3600, times: 5 });
    const started = Date.now();
    expect((await refusal(blob())).status).toBe(429);
    expect(blobCalls()).toBe(1);
    const { s, client } = await setUp();
    expect((await refusal(client.rest.repos.get({ owner: s.owner, repo: s.repo }))).status).toBe(429);
    expect(server().log.count({ operationId: 'repos/get' })).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    server().faults.clear();
  });
});
