/**
 * verify, gate and seal read their pull request before the rest of the action loads (src/action/first.ts and
 * src/github/first-read.ts, for the cold start): the mode must take that response instead of reading the pull
 * request a second time, a failed head start must be repeated through the full client, the head start must
 * authenticate as the client does, and the token must be masked before the toolkit (loaded after the first
 * request) writes anything.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_ENTRY, runAction } from '../e2e/runner.js';

const built = existsSync(ACTION_ENTRY);
const TOKEN = 'ghs_firstRequestTestTokenNeverPrinted00';
const PULL = '/api/v3/repos/acme/release-bundles/pulls/7';

/** Serves pull request #7; every other request is refused with 401 Bad credentials. */
let server: Server;
let apiUrl = '';
let requests: string[] = [];
let headers: Array<Record<string, string | string[] | undefined>> = [];
/** How many reads of the pull request still fail (502) before it is served. */
let failingReads = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    headers.push(req.headers);
    req.resume();
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET' && req.url === PULL && failingReads > 0) {
      failingReads--;
      res.writeHead(502);
      res.end(JSON.stringify({ message: 'Server Error' }));
      return;
    }
    if (req.method === 'GET' && req.url === PULL) {
      res.end(
        JSON.stringify({
          number: 7,
          state: 'closed',
          merged: true,
          merged_at: '2026-11-25T10:00:00Z',
          merge_commit_sha: 'c'.repeat(40),
          title: 'Cutover payments 2026.12',
          body: '',
          html_url: 'https://github.com/acme/release-bundles/pull/7',
          user: { login: 'cutover-bot', type: 'Bot' },
          head: { ref: 'cutover/payments/2026.12', sha: 'a'.repeat(40) },
          base: { ref: 'main', sha: 'b'.repeat(40) },
        }),
      );
      return;
    }
    res.writeHead(401);
    res.end(JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  requests = [];
  headers = [];
  failingReads = 0;
});

describe.skipIf(!built)('dist/index.js first request', () => {
  it.each([
    ['verify', 'pull_request', { pull_request: { number: 7 } }],
    ['gate', 'pull_request_review', { pull_request: { number: 7 } }],
    ['seal', 'pull_request', { pull_request: { number: 7, merged: true } }],
  ] as const)(
    '%s: reads its pull request once, first, then fails cleanly on the next request',
    async (command, eventName, event) => {
      const result = await runAction({
        command,
        token: TOKEN,
        apiUrl,
        repository: 'acme/release-bundles',
        eventName,
        event,
        ref: 'refs/pull/7/merge',
        sha: '0'.repeat(40),
      });
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(requests[0]).toBe(`GET ${PULL}`);
      expect(requests.filter((r) => r === `GET ${PULL}`)).toHaveLength(1);
      expect(requests.length).toBeGreaterThan(1);
      // The head start authenticates and names itself as the full client does on the next request.
      expect(headers[0]?.authorization).toBe(`token ${TOKEN}`);
      expect(headers[1]?.authorization).toBe(`token ${TOKEN}`);
      expect(headers[0]?.['user-agent']).toMatch(/^cutover-action\b/);
      expect(headers[1]?.['user-agent']).toMatch(/^cutover-action\b/);
      expect(headers[0]?.accept).toBe('application/vnd.github.v3+json');
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/Bad credentials/);
      // The failure is reported once, as the error; Octokit's per-request log line goes to the debug log.
      expect(result.stdout).not.toContain('::warning::');
      expect(result.stdout).toMatch(/^::debug::GET .* - 401 with id /m);
      const lines = result.stdout.split('\n');
      expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
      expect(lines.slice(1).filter((line) => line.includes(TOKEN))).toEqual([]);
    },
  );

  it('a failed head start is read again through the full client, and the command goes on', async () => {
    failingReads = 1;
    const result = await runAction({
      command: 'gate',
      token: TOKEN,
      apiUrl,
      repository: 'acme/release-bundles',
      eventName: 'pull_request_review',
      event: { pull_request: { number: 7 } },
      ref: 'refs/pull/7/merge',
      sha: '0'.repeat(40),
    });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    // gate's head start also reads the reviews, the files, the policy and the default branch's head (refused
    // here, so dropped too); the pull request goes out first, and its failed read is repeated by the full client.
    expect(requests[0]).toBe(`GET ${PULL}`);
    expect(requests.slice(1, 5).sort()).toEqual([
      'GET /api/v3/repos/acme/release-bundles/commits?per_page=1',
      'GET /api/v3/repos/acme/release-bundles/contents/.cutover%2Fpolicy.yaml',
      `GET ${PULL}/files?per_page=100`,
      `GET ${PULL}/reviews?per_page=100`,
    ]);
    expect(requests.filter((r) => r === `GET ${PULL}`)).toHaveLength(2);
    expect(requests.length).toBeGreaterThan(5);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/Bad credentials/);
    expect(result.stdout).not.toContain('502');
  });
});
