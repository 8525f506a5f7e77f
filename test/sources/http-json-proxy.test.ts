/**
 * The http-json source kind through the standard proxy variables (src/github/proxy.ts, used by the transport
 * src/github/http-fetch.ts): an http target is sent to the proxy by absolute URL, an https target through a
 * CONNECT tunnel with TLS (and certificate checking) end to end, NO_PROXY (names, ports) goes direct, and a
 * proxy variable that is not an http(s) URL is an input error naming the variable. Against a local proxy
 * (test/helpers/proxy.ts) and local servers, all on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WindowRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import { selfSignedCertificate, startProxy, startTlsFront, type TestProxy } from '../helpers/proxy.js';
import { contextFor, inputErrorOf } from './helpers.js';

const VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'] as const;
const CHANGE = {
  changeRecord: 'CHG-3001',
  queue: 'payments-prod',
  start: '2026-11-24T08:00:00Z',
  end: '2026-11-24T12:00:00Z',
  environments: ['prod-eu'],
};
const SECRET = 'change-api-secret-4b1d';

let server: Server;
let port = 0;
let served = 0;
let proxy: TestProxy;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    served++;
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
    res.end(JSON.stringify(CHANGE));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  for (const name of VARIABLES) saved[name] = process.env[name];
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(async () => {
  for (const name of VARIABLES) delete process.env[name];
  served = 0;
  proxy = await startProxy();
});
afterEach(async () => {
  for (const name of VARIABLES) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await proxy.close();
});

function read(url: string) {
  return readSources(
    [
      {
        id: 'chg',
        kind: 'http-json',
        url,
        provides: 'window',
        items: '$',
        headers: { authorization: 'CHANGE_API_TOKEN' },
        retries: 0,
        timeoutMs: 5000,
      },
    ],
    contextFor('.', { env: { CHANGE_API_TOKEN: SECRET } }),
  );
}

const windowOf = (records: Awaited<ReturnType<typeof read>>) =>
  records.filter((r): r is WindowRecord => r.type === 'window').map((r) => r.window.changeRecord);

describe('http-json through a proxy', () => {
  it('sends an http request to HTTP_PROXY by absolute URL, with the source header', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const url = `http://127.0.0.1:${port}/api/changes/CHG-3001`;
    expect(windowOf(await read(url))).toEqual(['CHG-3001']);
    expect(proxy.requests).toEqual([`GET ${url}`]);
    expect(proxy.tunnels).toEqual([]);
    expect(served).toBe(1);
  });

  it('prefers http_proxy to HTTP_PROXY, and sends proxy credentials as Proxy-Authorization', async () => {
    process.env.HTTP_PROXY = 'http://127.0.0.1:9'; // discard port: nothing listens, a request there fails
    process.env.http_proxy = proxy.url.replace('http://', 'http://ci%40acme:p%3Ass@');
    const url = `http://127.0.0.1:${port}/api/changes/CHG-3001`;
    expect(windowOf(await read(url))).toEqual(['CHG-3001']);
    expect(proxy.requests).toEqual([`GET ${url}`]);
    expect(proxy.authorizations).toEqual([`Basic ${Buffer.from('ci@acme:p:ss').toString('base64')}`]);
  });

  it('goes direct for a NO_PROXY match (host, host:port) and through the proxy otherwise', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const url = `http://127.0.0.1:${port}/api/changes/CHG-3001`;
    for (const noProxy of ['127.0.0.1', `example.com, 127.0.0.1:${port}`, '*', '127.0.0.0/8']) {
      process.env.NO_PROXY = noProxy;
      expect(windowOf(await read(url)), noProxy).toEqual(['CHG-3001']);
    }
    expect(proxy.requests).toEqual([]);
    for (const noProxy of [`127.0.0.1:${port + 1}`, 'localhost', '0.0.1', '10.0.0.0/8']) {
      process.env.NO_PROXY = noProxy;
      expect(windowOf(await read(url)), noProxy).toEqual(['CHG-3001']);
    }
    expect(proxy.requests).toHaveLength(4);
    expect(served).toBe(8);
  });

  it('tunnels an https request through HTTPS_PROXY with CONNECT; TLS (and its certificate check) is end to end', async () => {
    const tls = selfSignedCertificate();
    const front = await startTlsFront(port, tls);
    try {
      process.env.HTTPS_PROXY = proxy.url;
      // This process does not trust the test certificate: the tunnel opens, then the client's own TLS
      // handshake with the origin refuses it. The proxy saw only host:port, never the request.
      const error = await inputErrorOf(read(`https://localhost:${front.port}/api/changes/CHG-3001`));
      expect(error.message).toMatch(/network error \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)/);
      expect(proxy.tunnels).toEqual([`localhost:${front.port}`]);
      expect(proxy.requests).toEqual([]);
      expect(served).toBe(0);
      expect(error.message).not.toContain(SECRET);
    } finally {
      await front.close();
      tls.cleanup();
    }
  });

  it('reports a proxy variable that is not an http(s) proxy URL, naming the variable, never its credentials', async () => {
    process.env.HTTP_PROXY = 'socks5://user:hunter2@127.0.0.1:1080';
    const error = await inputErrorOf(read(`http://127.0.0.1:${port}/api/changes/CHG-3001`));
    expect(error.message).toContain(
      'environment variable HTTP_PROXY names a socks5 proxy (socks5://***@127.0.0.1:1080)',
    );
    expect(error.field).toBe('HTTP_PROXY');
    expect(error.message).not.toContain('hunter2');
    expect(served).toBe(0);
  });
});
