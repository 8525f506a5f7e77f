/**
 * The http-json source against a hostile source server and a hostile sources file, over real sockets: defences
 * that were in place without a test of their own. Each test fails with its defence removed.
 *
 * - A JSONPath script in `items` or `map` (jsonpath-plus evaluates `?()` and `()` expressions unless told not to):
 *   the sources file comes from the service repository, and code run inside assemble would hold the writer's
 *   token (INPUT_TOKEN). Refused (src/sources/http-json.ts select(): `eval: false`), and nothing runs.
 * - A body trickled a byte at a time: the per-attempt time-out covers the body, not only the headers.
 * - A same-host redirect to another port, or from https down to http on the same host and port: refused before
 *   any request goes there, so the secret header is never sent to another service or in clear text.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, globalAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf } from '../../src/errors.js';
import { readSources } from '../../src/sources/index.js';
import { selfSignedCertificate } from '../helpers/proxy.js';
import { contextFor, inputErrorOf } from './helpers.js';

const SECRET = 'change-api-secret-7c2e';
const CHANGE = {
  changeRecord: 'CHG-4001',
  queue: 'payments-prod',
  start: '2026-11-24T08:00:00Z',
  end: '2026-11-24T12:00:00Z',
  environments: ['prod-eu'],
};

interface Recording {
  server: Server;
  port: number;
  seen: IncomingMessage[];
}

async function listen(server: Server, seen: IncomingMessage[]): Promise<Recording> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

async function recording(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<Recording> {
  const seen: IncomingMessage[] = [];
  return listen(
    createHttpServer((req, res) => {
      seen.push(req);
      answer(req, res);
    }),
    seen,
  );
}

const close = ({ server }: Recording): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

function read(url: string, extra: Record<string, unknown> = {}) {
  return readSources(
    [
      {
        id: 'chg',
        kind: 'http-json',
        url,
        provides: 'window',
        headers: { authorization: 'CHANGE_API_TOKEN' },
        retries: 0,
        ...extra,
      },
    ],
    contextFor('.', { env: { CHANGE_API_TOKEN: SECRET } }),
  );
}

describe('http-json against a hostile server or sources file', () => {
  let origin: Recording;
  let answer: (req: IncomingMessage, res: ServerResponse) => void;

  beforeAll(async () => {
    origin = await recording((req, res) => answer(req, res));
  });
  afterAll(() => close(origin));

  it('refuses a JSONPath script in items or map, and runs none of it', async () => {
    answer = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([CHANGE]));
    const global = globalThis as { cutoverScriptRan?: boolean };
    const script = "@.constructor.constructor('globalThis.cutoverScriptRan = true')()";
    const url = `http://127.0.0.1:${origin.port}/changes`;
    const inItems = await inputErrorOf(read(url, { items: `$[?(${script})]` }));
    expect(inItems.message).toMatch(/JSONPath .* failed: Eval \[\?\(expr\)\] prevented/);
    expect(inItems.expected).toBe('a JSONPath expression without script');
    const inMap = await inputErrorOf(
      read(url, { items: '$[0]', map: { changeRecord: `$[(${script})]`, start: '$.start', end: '$.end' } }),
    );
    expect(inMap.message).toMatch(/JSONPath .* failed: Eval \[\(expr\)\] prevented/);
    expect(global.cutoverScriptRan).toBeUndefined();
  });

  it('cuts a body trickled a byte at a time at the time-out: it covers the body, not only the headers', {
    timeout: 10_000,
  }, async () => {
    answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"changeRecord": "');
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
    };
    const started = Date.now();
    const error = await inputErrorOf(read(`http://127.0.0.1:${origin.port}/slow`, { timeoutMs: 300 }));
    expect(error.message).toMatch(/failed after 1 attempt\(s\): timed out after 300 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a same-host redirect to another port: that port never sees the request or the secret', async () => {
    const other = await recording((_req, res) => res.writeHead(200).end(JSON.stringify(CHANGE)));
    try {
      answer = (_req, res) => res.writeHead(307, { location: `http://127.0.0.1:${other.port}/steal` }).end();
      const error = await inputErrorOf(read(`http://127.0.0.1:${origin.port}/changes`));
      expect(error.message).toContain(`to another host (http://127.0.0.1:${other.port}) refused`);
      expect(other.seen).toEqual([]);
      expect(messageOf(error)).not.toContain(SECRET);
    } finally {
      await close(other);
    }
  });

  it('refuses a redirect from https down to http on the same host and port, before any clear-text request', async () => {
    const tls = selfSignedCertificate();
    const seen: IncomingMessage[] = [];
    let port = 0;
    const secure = await listen(
      createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
        seen.push(req);
        if (req.url === '/changes') res.writeHead(302, { location: `http://127.0.0.1:${port}/plain` }).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(CHANGE));
      }),
      seen,
    );
    port = secure.port;
    // Requests go through the global https agent (no proxy variables here): trust the test certificate there.
    const ca = globalAgent.options.ca;
    globalAgent.options.ca = tls.cert;
    try {
      const error = await inputErrorOf(read(`https://127.0.0.1:${port}/changes`, { items: '$' }));
      expect(error.message).toContain(
        `redirect from https://127.0.0.1:${port}/changes to another host (http://127.0.0.1:${port}) refused`,
      );
      expect(seen.map((r) => [r.url, r.headers.authorization])).toEqual([['/changes', SECRET]]);
      expect(messageOf(error)).not.toContain(SECRET);
      // The same server answers over TLS (the certificate is trusted): the refusal is the redirect's, not TLS's.
      const direct = await read(`https://127.0.0.1:${port}/plain`, { items: '$' });
      expect(direct.some((r) => r.type === 'window')).toBe(true);
    } finally {
      globalAgent.options.ca = ca;
      await close(secure);
      tls.cleanup();
    }
  });
});
