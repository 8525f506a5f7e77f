/**
 * Attack: a proxy, or anyone on the plain-TCP path to an http:// proxy, answering CONNECT with a made-up response.
 *
 * HTTPS through HTTPS_PROXY is a CONNECT tunnel, and TLS inside it is what authenticates the origin: the proxy
 * sees only host:port and can neither read nor forge what the origin says (README, "Proxies"). https-proxy-agent,
 * however, answers a CONNECT reply other than 200 by replaying that reply to the request as if the origin had sent
 * it (so that a 407 reaches the caller), without TLS. A reply `203 Non-Authoritative Information` with a JSON body
 * was therefore read as the origin's 2xx answer: an http-json source took a forged change window, with lineage
 * naming the https origin, and the action's GitHub client would take any forged API answer the same way. A tunnel
 * the proxy does not open (any status but 200) must fail the request instead.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageOf } from '../../src/errors.js';
import { httpFetch } from '../../src/github/http-fetch.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, inputErrorOf } from './helpers.js';

const VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'] as const;
const SECRET = 'change-api-secret-5e9a';
const FORGED = JSON.stringify({
  changeRecord: 'CHG-FORGED',
  queue: 'payments-prod',
  start: '2026-11-24T08:00:00Z',
  end: '2026-12-24T08:00:00Z',
  environments: ['prod-eu'],
});

let proxy: Server;
let proxyUrl: string;
const connects: string[] = [];
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  proxy = createServer((_req, res) => res.writeHead(400).end());
  // Every CONNECT is answered by a forged "origin" response instead of a tunnel.
  proxy.on('connect', (req, client: Socket) => {
    connects.push(req.url ?? '');
    client.end(
      `HTTP/1.1 203 Non-Authoritative Information\r\ncontent-type: application/json\r\netag: "forged"\r\ncontent-length: ${Buffer.byteLength(FORGED)}\r\n\r\n${FORGED}`,
    );
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  for (const name of VARIABLES) saved[name] = process.env[name];
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
});
beforeEach(() => {
  for (const name of VARIABLES) delete process.env[name];
  process.env.HTTPS_PROXY = proxyUrl;
  connects.length = 0;
});
afterEach(() => {
  for (const name of VARIABLES) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('a CONNECT answered with anything but 200', () => {
  it('fails an http-json source instead of reading the proxy reply as the https origin', async () => {
    const error = await inputErrorOf(
      readSources(
        [
          {
            id: 'chg',
            kind: 'http-json',
            url: 'https://change.example.test/api/changes/CHG-4001',
            provides: 'window',
            headers: { authorization: 'CHANGE_API_TOKEN' },
            retries: 0,
            timeoutMs: 5000,
          },
        ],
        contextFor('.', { env: { CHANGE_API_TOKEN: SECRET } }),
      ),
    );
    expect(connects).toEqual(['change.example.test:443']);
    expect(error.message).toMatch(/network error \(ERR_PROXY_TUNNEL\)/);
    expect(messageOf(error)).not.toContain(SECRET);
  });

  it("fails the action's GitHub transport instead of returning the proxy reply as GitHub's answer", async () => {
    const outcome = await httpFetch('https://api.github.com/repos/acme/payments/git/tags/1', {
      headers: { authorization: 'token ghs_not-a-real-token' },
    }).then(
      (response) => `answered ${response.status}`,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(connects).toEqual(['api.github.com:443']);
    expect(outcome).toBe(
      `the proxy ${proxyUrl} did not open a tunnel to api.github.com: it answered CONNECT with HTTP 203 Non-Authoritative Information`,
    );
  });
});
