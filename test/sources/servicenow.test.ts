/**
 * Source kind `servicenow` against a local server replaying Table API responses in the documented shape
 * ({"result": [...]}, fields as {value, display_value[, link]} under sysparm_display_value=all).
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/domain/records.js';
import { messageOf } from '../../src/errors.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, inputErrorOf } from './helpers.js';

const SECRET = 'Basic c25vdy11c2VyOnMzY3JldC1wdw==';
let server: Server;
let base: string;
let reply: { status: number; body: string };
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    seen.push(request);
    response.writeHead(reply.status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(reply.body),
    });
    response.end(reply.body);
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
beforeEach(() => {
  seen.length = 0;
});

const SYS_ID = 'c83c5e5347c12200e0ef563dbb9a7190';
function change(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sys_id: { display_value: SYS_ID, value: SYS_ID },
    number: { display_value: 'CHG0030001', value: 'CHG0030001' },
    state: { display_value: 'Scheduled', value: '-2' },
    approval: { display_value: 'Approved', value: 'approved' },
    // display_value is in the API user's time zone (here UTC-8); value is the stored UTC time.
    start_date: { display_value: '2026-12-07 23:00:00', value: '2026-12-08 07:00:00' },
    end_date: { display_value: '2026-12-08 03:00:00', value: '2026-12-08 11:00:00' },
    sys_updated_on: { display_value: '2026-12-01 01:15:00', value: '2026-12-01 09:15:00' },
    assignment_group: {
      display_value: 'payments-prod',
      link: `${base}/api/now/table/sys_user_group/287ebd7da9fe198100f92cc8d1d2154e`,
      value: '287ebd7da9fe198100f92cc8d1d2154e',
    },
    cmdb_ci: {
      display_value: 'prod-eu, prod-us',
      link: `${base}/api/now/table/cmdb_ci/b0c4030ac0a800090152e7a4564ca36c`,
      value: 'b0c4030ac0a800090152e7a4564ca36c',
    },
    ...overrides,
  };
}
function answer(result: unknown[], status = 200): string {
  reply = { status, body: JSON.stringify({ result }) };
  return reply.body;
}
function read(entry: Record<string, unknown> = {}, env: Record<string, string> = {}): Promise<SourceRecord[]> {
  return readSources(
    [{ id: 'snow', kind: 'servicenow', instance: base, number: 'CHG0030001', retries: 0, ...entry }],
    contextFor('.', { env }),
  );
}

describe('servicenow source', () => {
  it('reads the change request as the change window, with lineage from the record and the secret only in the header', async () => {
    const body = answer([change()]);
    const records = await read({ headers: { authorization: 'SNOW_AUTH' } }, { SNOW_AUTH: SECRET });
    expect(records).toEqual([
      {
        type: 'window',
        sourceId: 'snow',
        lineage: {
          system: 'servicenow',
          locator: `${base}/api/now/table/change_request/${SYS_ID}`,
          revision: SYS_ID,
          digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
          observedAt: '2026-12-01T09:15:00Z',
        },
        window: {
          queue: 'payments-prod',
          start: '2026-12-08T07:00:00Z',
          end: '2026-12-08T11:00:00Z',
          changeRecord: 'CHG0030001',
          environments: ['prod-eu', 'prod-us'],
        },
      },
    ]);
    const request = new URL(seen[0]?.url ?? '', base);
    expect(request.pathname).toBe('/api/now/table/change_request');
    expect(Object.fromEntries(request.searchParams)).toEqual({
      sysparm_query: 'number=CHG0030001',
      sysparm_display_value: 'all',
      sysparm_limit: '2',
    });
    expect(seen[0]?.headers.authorization).toBe(SECRET);
    expect(JSON.stringify(records)).not.toContain(SECRET);
  });

  it('reads plain string fields (sysparm_display_value=false shape) and configured queue/environment fields', async () => {
    answer([
      {
        sys_id: SYS_ID,
        number: 'CHG0030001',
        state: '-1',
        approval: 'approved',
        start_date: '2026-12-08 07:00:00',
        end_date: '2026-12-08 11:00:00',
        sys_updated_on: '2026-12-01 09:15:00',
        u_queue: 'payments-prod',
        u_environments: 'prod-eu,prod-eu,,prod-us',
      },
    ]);
    const [record] = await read({ queueField: 'u_queue', environmentsField: 'u_environments' });
    expect(record?.type === 'window' ? record.window : undefined).toMatchObject({
      queue: 'payments-prod',
      environments: ['prod-eu', 'prod-us'],
    });
  });

  it('refuses unapproved, wrongly staged, missing, ambiguous or malformed change requests', async () => {
    answer([change({ approval: { display_value: 'Requested', value: 'requested' } })]);
    expect(messageOf(await inputErrorOf(read()))).toContain('is not approved');
    answer([change({ state: { display_value: 'Closed', value: '3' } })]);
    expect((await inputErrorOf(read())).field).toBe('state');
    answer([change({ state: { display_value: 'Closed', value: '3' } })]);
    expect(await read({ states: ['3'] })).toHaveLength(1);
    answer([]);
    expect(messageOf(await inputErrorOf(read()))).toContain('returned 0 records');
    answer([change(), change()]);
    expect(messageOf(await inputErrorOf(read()))).toContain('returned 2 records');
    answer([change({ start_date: { display_value: '12/08/2026 07:00', value: '2026-12-08T07:00:00Z' } })]);
    expect((await inputErrorOf(read())).field).toBe('result[0].start_date');
    answer([change({ end_date: { display_value: '', value: '' } })]);
    expect(messageOf(await inputErrorOf(read()))).toContain("'end_date' is missing");
    answer([change({ number: { display_value: 'CHG0030002', value: 'CHG0030002' } })]);
    expect((await inputErrorOf(read())).field).toBe('number');
    reply = { status: 200, body: JSON.stringify({ records: [] }) };
    expect((await inputErrorOf(read())).field).toBe('result');
  });

  it('keeps the secret out of errors and rejects bad options before any request', async () => {
    answer([change()], 401);
    const error = await inputErrorOf(read({ headers: { authorization: 'SNOW_AUTH' } }, { SNOW_AUTH: SECRET }));
    expect(messageOf(error)).toContain('HTTP 401');
    expect(`${messageOf(error)} ${JSON.stringify(error)}`).not.toContain(SECRET);
    seen.length = 0;
    expect(messageOf(await inputErrorOf(read({ number: 'CHG0030001^ORnumber!=x' })))).toContain('invalid options');
    expect(messageOf(await inputErrorOf(read({ instance: 'http://snow.example.com' })))).toContain('is not https');
    expect(seen).toHaveLength(0);
  });
});

/**
 * Characterisation (issue 15, item 2): the exact outcome of every path `read` takes, taken on the code before
 * it was split into named steps. Checks run in a fixed order, so a change request wrong in several ways is
 * refused for the first; each outcome is the records (the server's port written as <base>) or the error's
 * `describe()`.
 */
describe('servicenow source, pinned outcomes', () => {
  async function outcome(
    body: string,
    entry: Record<string, unknown> = {},
    env: Record<string, string> = {},
  ): Promise<string> {
    reply = { status: 200, body };
    const text = await read(entry, env).then(
      (records) => JSON.stringify(records),
      (error: unknown) => `error ${messageOf(error)}`,
    );
    return text.replaceAll(base, '<base>');
  }
  // Without the reference fields' links, which carry the server's port: the body, and so its digest, is fixed.
  const json = (value: unknown) => JSON.stringify(value, (key, v) => (key === 'link' ? undefined : v));
  const many = (overrides: Record<string, unknown>) => json({ result: [change(overrides)] });

  it('gives the same records and refusals, in the same check order, as before the split', async () => {
    const outcomes = [
      await outcome(json({ result: [change()] })),
      await outcome(
        JSON.stringify({
          result: [
            {
              ...Object.fromEntries(Object.entries(change()).map(([k, v]) => [k, (v as { value: string }).value])),
              assignment_group: 'payments-prod',
              cmdb_ci: ' prod-us ,prod-eu,prod-us,',
            },
          ],
        }),
        { states: ['-2'] },
      ),
      await outcome('not json'),
      await outcome('[]'),
      await outcome(JSON.stringify({ result: [7] })),
      await outcome(json({ result: [change(), change()] })),
      await outcome(many({ sys_id: undefined, number: undefined, approval: undefined })),
      await outcome(many({ number: { value: 'CHG9', display_value: 'CHG9' }, approval: { value: 'no' } })),
      await outcome(many({ approval: { value: 'rejected' }, state: { value: '3', display_value: 'Closed' } })),
      await outcome(many({ state: { value: '3', display_value: 'Closed' }, sys_updated_on: { value: 'x' } })),
      await outcome(many({ state: { value: '3' } })),
      await outcome(many({ sys_updated_on: { value: 'yesterday' }, start_date: { value: 'x' } })),
      await outcome(many({ start_date: { value: '2026-12-08T07:00:00Z' }, end_date: { value: '' } })),
      await outcome(many({ end_date: { value: '' }, assignment_group: '' })),
      await outcome(many({ assignment_group: { value: 'id' }, cmdb_ci: { value: 'ci', display_value: ' , ' } })),
      await outcome(many({ cmdb_ci: { value: 'ci', display_value: ' , ' } })),
      await outcome(many({}), { queueField: 'u_queue' }),
      await outcome(many({}), { headers: { authorization: 'UNSET_VARIABLE' } }),
      await outcome(many({ sys_id: { value: 'a/b c' } })),
    ];
    // PIN_DUMP=<file> writes the outcomes, to see what a changed digest changed.
    if (process.env.PIN_DUMP) await writeFile(process.env.PIN_DUMP, outcomes.join('\n'));
    expect(createHash('sha256').update(outcomes.join('\n')).digest('hex')).toBe(
      'abe024669007322449076c3bb6551a22825953c8ab723cf35db4fecce9017805',
    );
  });
});
