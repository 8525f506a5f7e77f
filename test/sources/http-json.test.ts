import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CohortRecord, SourceRecord, WindowRecord } from '../../src/domain/records.js';
import { messageOf } from '../../src/errors.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, inputErrorOf, REFERENCE_TIME } from './helpers.js';

/** The port a listening server is bound to. */
function portOf(listening: Server): number {
  const address = listening.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on TCP');
  return address.port;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const SECRET = 's3cr3t-token-value-9f8e7d';
let server: Server;
let base: string;
let port: number;
let handler: Handler;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = portOf(server);
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
});

const CHANGE = {
  change: {
    number: 'CHG-2001',
    state: 'scheduled',
    plannedStart: '2026-11-24T08:00:00Z',
    plannedEnd: '2026-11-24T12:00:00Z',
    assignment: { queue: 'payments-prod' },
    scope: ['prod-eu', 'prod-us'],
  },
};
const WINDOW_MAP = {
  items: '$.change',
  map: {
    queue: '$.assignment.queue',
    start: '$.plannedStart',
    end: '$.plannedEnd',
    changeRecord: '$.number',
    environments: '$.scope',
  },
};

function json(body: unknown, headers: Record<string, string> = {}): Handler {
  return (_request, response) => {
    const text = JSON.stringify(body);
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    response.end(text);
  };
}

function read(entry: Record<string, unknown>, env: Record<string, string> = {}): Promise<SourceRecord[]> {
  return readSources(
    [
      {
        id: 'chg',
        kind: 'http-json',
        url: `${base}/api/changes/CHG-2001?token=query-secret`,
        provides: 'window',
        retries: 0,
        ...entry,
      },
    ],
    contextFor('.', { env }),
  );
}

const windows = (records: SourceRecord[]) => records.filter((r): r is WindowRecord => r.type === 'window');

describe('http-json source', () => {
  it('maps a change record into the window, sends the secret header, and keeps it out of lineage', async () => {
    const body = JSON.stringify(CHANGE);
    handler = json(CHANGE, { etag: '"v1"', 'last-modified': 'Tue, 17 Nov 2026 08:00:00 GMT' });
    const records = await read(
      { ...WINDOW_MAP, headers: { authorization: 'CHANGE_API_TOKEN' } },
      { CHANGE_API_TOKEN: SECRET },
    );
    expect(windows(records).map((r) => r.window)).toEqual([
      {
        queue: 'payments-prod',
        start: '2026-11-24T08:00:00Z',
        end: '2026-11-24T12:00:00Z',
        changeRecord: 'CHG-2001',
        environments: ['prod-eu', 'prod-us'],
      },
    ]);
    expect(records[0]?.lineage).toEqual({
      system: 'http',
      locator: `${base}/api/changes/CHG-2001#/change`,
      revision: '"v1"',
      digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
      observedAt: '2026-11-17T08:00:00Z',
    });
    expect(seen[0]?.headers.authorization).toBe(SECRET);
    expect(JSON.stringify(records)).not.toContain(SECRET);
    expect(JSON.stringify(records)).not.toContain('query-secret');
  });

  it('changes the lineage revision when the ETag changes; no validators leave revision empty', async () => {
    handler = json(CHANGE, { etag: '"v1"' });
    const first = await read(WINDOW_MAP);
    handler = json(CHANGE, { etag: '"v2"' });
    const second = await read(WINDOW_MAP);
    expect([first[0]?.lineage.revision, second[0]?.lineage.revision]).toEqual(['"v1"', '"v2"']);
    handler = json(CHANGE, { 'last-modified': 'Wed, 18 Nov 2026 10:30:00 GMT' });
    expect((await read(WINDOW_MAP))[0]?.lineage).toMatchObject({
      revision: 'Wed, 18 Nov 2026 10:30:00 GMT',
      observedAt: '2026-11-18T10:30:00Z',
    });
    handler = json(CHANGE);
    // Assembly turns revision '' into a missing-lineage hold.
    expect((await read(WINDOW_MAP))[0]?.lineage).toMatchObject({ revision: '', observedAt: REFERENCE_TIME });
  });

  it('maps a list of cohorts with items and dotted fields', async () => {
    handler = json({
      plan: {
        stages: [
          { name: 'canary', pct: 5, envs: ['prod-eu'], flags: [{ key: 'new-ledger', variant: 'on' }] },
          { name: 'staff', who: 'email ends_with @acme.example', envs: ['prod-eu'] },
        ],
      },
    });
    const records = await read({
      provides: 'cohorts',
      items: '$.plan.stages[*]',
      map: { id: '$.name', share: '$.pct', segment: '$.who', environments: '$.envs', flags: '$.flags' },
    });
    const cohorts = records.filter((r): r is CohortRecord => r.type === 'cohort');
    expect(
      cohorts.map((c) => [c.cohort.id, c.cohort.share, c.cohort.segment, c.lineage.locator.split('#')[1]]),
    ).toEqual([
      ['canary', 5, undefined, '/plan/stages/0'],
      ['staff', undefined, 'email ends_with @acme.example', '/plan/stages/1'],
    ]);
    expect(cohorts[0]?.cohort.flags).toEqual([{ key: 'new-ledger', variant: 'on' }]);
    expect(cohorts[1]?.cohort.flags).toEqual([]);
  });

  it('retries 5xx with backoff, then succeeds; never retries 4xx', async () => {
    let calls = 0;
    handler = (request, response) => {
      calls++;
      if (calls < 3) {
        response.writeHead(503).end('busy');
        return;
      }
      json(CHANGE, { etag: '"v3"' })(request, response);
    };
    const records = await read({ ...WINDOW_MAP, retries: 2, backoffMs: 10 });
    expect(calls).toBe(3);
    expect(records[0]?.lineage.revision).toBe('"v3"');

    calls = 0;
    handler = (_request, response) => {
      calls++;
      response.writeHead(404).end(SECRET);
    };
    const error = await inputErrorOf(read({ ...WINDOW_MAP, retries: 3, backoffMs: 10 }));
    expect(calls).toBe(1);
    expect(error.message).toMatch(/answered HTTP 404/);

    calls = 0;
    handler = (_request, response) => {
      calls++;
      response.writeHead(500).end();
    };
    const failed = await inputErrorOf(read({ ...WINDOW_MAP, retries: 1, backoffMs: 10 }));
    expect(calls).toBe(2);
    expect(failed.message).toMatch(/failed after 2 attempt\(s\): HTTP 500/);
  });

  it('treats a 304 without a cache as an error', async () => {
    handler = (_request, response) => {
      response.writeHead(304, { etag: '"v1"' }).end();
    };
    const error = await inputErrorOf(read(WINDOW_MAP));
    expect(error.message).toMatch(/304 Not Modified, but Cutover keeps no cache/);
    expect(seen[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('times out, retrying, and names the time-out', async () => {
    handler = (_request, response) => {
      const timer = setTimeout(() => json(CHANGE)(_request, response), 2_000);
      response.on('close', () => clearTimeout(timer));
    };
    const error = await inputErrorOf(read({ ...WINDOW_MAP, timeoutMs: 100, retries: 1, backoffMs: 10 }));
    expect(error.message).toMatch(/failed after 2 attempt\(s\): timed out after 100 ms/);
    expect(seen).toHaveLength(2);
  });

  it('refuses an oversized body, declared or streamed', async () => {
    handler = json({ padding: 'x'.repeat(5000) });
    expect((await inputErrorOf(read({ ...WINDOW_MAP, maxBytes: 1000 }))).message).toMatch(
      /over the limit of 1000 bytes \(\d+ bytes declared\)/,
    );
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write(`{"padding":"${'x'.repeat(3000)}`);
      response.end('"}');
    };
    expect((await inputErrorOf(read({ ...WINDOW_MAP, maxBytes: 1000 }))).message).toMatch(
      /more than 1000 bytes received/,
    );
  });

  it('follows a same-host redirect and refuses one to another host, without leaking the secret', async () => {
    handler = (request, response) => {
      if (request.url?.startsWith('/api/changes')) {
        response.writeHead(302, { location: '/v2/changes/CHG-2001' }).end();
        return;
      }
      json(CHANGE, { etag: '"moved"' })(request, response);
    };
    const moved = await read(WINDOW_MAP);
    expect(moved[0]?.lineage.revision).toBe('"moved"');
    expect(seen.map((r) => r.url)).toEqual(['/api/changes/CHG-2001?token=query-secret', '/v2/changes/CHG-2001']);

    seen.length = 0;
    handler = (_request, response) => {
      response.writeHead(307, { location: `http://localhost:${port}/steal` }).end();
    };
    const error = await inputErrorOf(
      read({ ...WINDOW_MAP, headers: { authorization: 'CHANGE_API_TOKEN' } }, { CHANGE_API_TOKEN: SECRET }),
    );
    expect(error.message).toMatch(new RegExp(`to another host \\(http://localhost:${port}\\) refused`));
    expect(seen).toHaveLength(1);
    expect(messageOf(error)).not.toContain(SECRET);
    expect(messageOf(error)).not.toContain('query-secret');
  });

  it('checks its inputs: https only, no credentials in the URL, env var present, mapped shape valid', async () => {
    handler = json(CHANGE);
    expect((await inputErrorOf(read({ url: 'http://example.com/x' }))).message).toMatch(/is not https/);
    expect((await inputErrorOf(read({ url: 'https://user:pw@example.com/x' }))).message).toMatch(/carries credentials/);
    const missing = await inputErrorOf(read({ ...WINDOW_MAP, headers: { authorization: 'CHANGE_API_TOKEN' } }));
    expect(missing.message).toMatch(/environment variable CHANGE_API_TOKEN for header authorization is not set/);
    const shape = await inputErrorOf(read({ items: '$.change', map: { queue: '$.assignment.queue' } }));
    expect(shape.message).toMatch(/missing required key 'start'/);
    expect(shape.file).toBe(`${base}/api/changes/CHG-2001 (mapped to records section 'window')`);
    handler = (_request, response) => {
      response.writeHead(200).end('{"truncated": ');
    };
    expect((await inputErrorOf(read(WINDOW_MAP))).message).toMatch(/invalid JSON/);
  });

  it('reports a refused connection as a network error after retries', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = portOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    const error = await inputErrorOf(
      readSources(
        [
          {
            id: 'chg',
            kind: 'http-json',
            url: `http://127.0.0.1:${closedPort}/x`,
            provides: 'window',
            retries: 1,
            backoffMs: 10,
          },
        ],
        contextFor('.'),
      ),
    );
    expect(error.message).toMatch(/failed after 2 attempt\(s\): network error \(ECONNREFUSED\)/);
  });
});
