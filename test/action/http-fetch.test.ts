/**
 * The action's HTTP transport (src/github/http-fetch.ts: `httpFetch`, fetch over node:http(s), chosen for the
 * cold start): what Octokit reads of a response, fetch's redirect rules (the authorization header never leaves
 * its origin), bodies as byte-limited streams, and failures as one-line errors. Against local servers.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { httpFetch } from '../../src/github/http-fetch.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { readAtMost } from '../../src/streams.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A server that records each request and answers by path. */
async function recordingServer(
  answer: (req: IncomingMessage, body: string) => { status: number; headers?: Record<string, string>; body?: string },
): Promise<{ server: Server; origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const a = answer(req, body);
      res.writeHead(a.status, a.headers);
      res.end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

let api: Awaited<ReturnType<typeof recordingServer>>;
let downloads: Awaited<ReturnType<typeof recordingServer>>;

beforeAll(async () => {
  downloads = await recordingServer(() => ({ status: 200, body: 'asset bytes' }));
  api = await recordingServer((req) => {
    const url = req.url ?? '';
    if (url === '/json')
      return { status: 200, headers: { 'content-type': 'application/json', 'x-two': 'a' }, body: '{"ok":true}' };
    if (url === '/asset') return { status: 302, headers: { location: `${downloads.origin}/download/asset` } };
    if (url === '/same-origin') return { status: 307, headers: { location: '/json' } };
    if (url === '/after-post') return { status: 303, headers: { location: '/json' } };
    if (url === '/loop') return { status: 302, headers: { location: '/loop' } };
    if (url === '/empty') return { status: 204 };
    if (url === '/big') return { status: 200, body: 'x'.repeat(64 * 1024) };
    if (url.startsWith('/api/repos/acme/release-bundles/pulls/7'))
      return { status: 401, headers: { 'content-type': 'application/json' }, body: '{"message":"Bad credentials"}' };
    return { status: 404, body: 'not found' };
  });
});
afterAll(async () => {
  await close(api.server);
  await close(downloads.server);
});
beforeEach(() => {
  api.seen.length = 0;
  downloads.seen.length = 0;
});

describe('httpFetch', () => {
  it('answers status, URL, headers (iterable and by name) and the body as text', async () => {
    const response = await httpFetch(`${api.origin}/json`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${api.origin}/json`);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(Object.fromEntries(response.headers)).toMatchObject({ 'x-two': 'a' });
    expect(await response.json()).toEqual({ ok: true });
    expect(api.seen[0]?.headers.accept).toBe('application/json');
  });

  it('follows a redirect to another origin without the authorization header', async () => {
    const response = await httpFetch(`${api.origin}/asset`, { headers: { authorization: 'token secret' } });
    expect(await response.text()).toBe('asset bytes');
    expect(response.url).toBe(`${downloads.origin}/download/asset`);
    expect(api.seen[0]?.headers.authorization).toBe('token secret');
    expect(downloads.seen[0]?.headers.authorization).toBeUndefined();
  });

  it('keeps method, body and authorization on a same-origin 307', async () => {
    await httpFetch(`${api.origin}/same-origin`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { authorization: 'token secret', 'content-type': 'application/json' },
    });
    expect(api.seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual([
      'POST /same-origin {"a":1}',
      'POST /json {"a":1}',
    ]);
    expect(api.seen[1]?.headers.authorization).toBe('token secret');
  });

  it('turns a POST answered 303 into a GET without body', async () => {
    await httpFetch(`${api.origin}/after-post`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(api.seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual(['POST /after-post {"a":1}', 'GET /json ']);
    expect(api.seen[1]?.headers['content-type']).toBeUndefined();
  });

  it('returns the redirect itself with redirect: manual, and gives up on a loop', async () => {
    expect((await httpFetch(`${api.origin}/asset`, { redirect: 'manual' })).status).toBe(302);
    await expect(httpFetch(`${api.origin}/loop`)).rejects.toThrow(/^too many redirects from /);
  });

  it('streams a body for a byte-limited reader, which can stop early', async () => {
    const small = await httpFetch(`${api.origin}/big`);
    expect((await readAtMost(small.body, 1024 * 1024))?.byteLength).toBe(64 * 1024);
    const cut = await httpFetch(`${api.origin}/big`);
    expect(await readAtMost(cut.body, 1024)).toBeUndefined();
  });

  it('answers a 204 without a body and keeps serving', async () => {
    expect((await httpFetch(`${api.origin}/empty`)).status).toBe(204);
    expect((await httpFetch(`${api.origin}/json`)).status).toBe(200);
  });

  it('fails on a refused connection with one line', async () => {
    const error = await httpFetch('http://127.0.0.1:1/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });
});

describe('createGitHubClient', () => {
  it('sends through httpFetch, reports each request sent, and keeps the status of a refusal', async () => {
    let sent = 0;
    const client = createGitHubClient({
      token: 'ghs_transportTest',
      baseUrl: `${api.origin}/api`,
      onRequestSent: () => {
        sent++;
      },
    });
    const error = await client.rest.pulls
      .get({ owner: 'acme', repo: 'release-bundles', pull_number: 7 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, message: expect.stringMatching(/^Bad credentials/) });
    expect(sent).toBe(1);
    expect(api.seen[0]?.headers.authorization).toBe('token ghs_transportTest');
  });
});
