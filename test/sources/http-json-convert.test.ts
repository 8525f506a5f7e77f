/** `http-json` declared value conversions (`split`, `convert: timestamp-utc`) against a local server. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/domain/records.js';
import { messageOf } from '../../src/errors.js';
import { utcTimestamp } from '../../src/sources/http-json.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, inputErrorOf } from './helpers.js';

let server: Server;
let base: string;
let body = '';

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', etag: '"c1"' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on TCP');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const CHANGE = {
  number: 'CHG0030001',
  group: 'payments-prod',
  start_date: '2026-12-08 07:00:00',
  end_date: '2026-12-08 11:00:00',
  envs: 'prod-eu, prod-us',
};
const MAP = {
  queue: '$.group',
  changeRecord: '$.number',
  start: { path: '$.start_date', convert: 'timestamp-utc' },
  end: { path: '$.end_date', convert: 'timestamp-utc' },
  environments: { path: '$.envs', split: ',' },
};

function read(document: unknown, map: Record<string, unknown> = MAP): Promise<SourceRecord[]> {
  body = JSON.stringify(document);
  return readSources(
    [{ id: 'chg', kind: 'http-json', url: `${base}/chg`, provides: 'window', retries: 0, map }],
    contextFor('.'),
  );
}

describe('http-json declared conversions', () => {
  it('converts "YYYY-MM-DD HH:mm:ss" to RFC 3339 UTC and splits a comma-separated list', async () => {
    const [record] = await read(CHANGE);
    expect(record?.type === 'window' ? record.window : undefined).toEqual({
      queue: 'payments-prod',
      changeRecord: 'CHG0030001',
      start: '2026-12-08T07:00:00Z',
      end: '2026-12-08T11:00:00Z',
      environments: ['prod-eu', 'prod-us'],
    });
  });

  it('split yields a list even for one part', async () => {
    const [record] = await read({ ...CHANGE, envs: 'prod-eu' });
    expect(record?.type === 'window' ? record.window.environments : undefined).toEqual(['prod-eu']);
  });

  it('names the field when a value does not convert, and rejects unknown conversions in options', async () => {
    const error = await inputErrorOf(read({ ...CHANGE, start_date: '2026-02-30 07:00:00' }));
    expect(error.field).toBe('map.start.convert');
    expect(messageOf(error)).toContain('2026-02-30 07:00:00');
    expect((await inputErrorOf(read({ ...CHANGE, envs: ['prod-eu'] }))).field).toBe('map.environments.split');
    const invalid = await inputErrorOf(read(CHANGE, { ...MAP, start: { path: '$.start_date', convert: 'epoch' } }));
    expect(messageOf(invalid)).toContain('invalid options');
  });

  it('utcTimestamp accepts only real calendar times without zone', () => {
    expect(utcTimestamp('2026-12-08 07:00:00')).toBe('2026-12-08T07:00:00Z');
    expect(utcTimestamp('2026-12-08T07:00:00Z')).toBeUndefined();
    expect(utcTimestamp('2026-13-01 00:00:00')).toBeUndefined();
    expect(utcTimestamp('2026-12-08 24:00:00')).toBeUndefined();
  });
});
