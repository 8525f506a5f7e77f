/**
 * The provenance kind reads trust (trustedKeys, trustedRoot with identity) only when a source names some: without
 * them it makes no verifier and reads no key file. These pin what that shortcut must keep: a source naming only
 * one of trustedRoot and identity is still refused (by the kind's options schema), an empty trustedKeys list reads like none, and a trusted key
 * that is named is still read and checked.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/domain/records.js';
import { pae } from '../../src/sources/attestation.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, inputErrorOf, tempDir, writeFiles } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;

const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'api.tar.gz', digest: { sha256: 'ab'.repeat(32) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: { workflow: { ref: 'refs/tags/v1', repository: 'https://github.com/acme/api', path: 'x' } },
    },
    runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
  },
};

const read = (extra: Record<string, unknown> = {}, file = 'prov.json') =>
  readSources([{ id: 'prov', kind: 'provenance', path: file, component: 'api', ...extra }], contextFor(dir));

const kinds = (records: SourceRecord[]) =>
  records.map((r) => (r.type === 'suspicion' ? `suspicion: ${r.reason}` : r.type));

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const payload = Buffer.from(JSON.stringify(STATEMENT));
  const sig = sign('sha256', pae('application/vnd.in-toto+json', payload), privateKey).toString('base64');
  await writeFiles(dir, {
    'prov.json': JSON.stringify(STATEMENT),
    'signed.json': JSON.stringify({
      payloadType: 'application/vnd.in-toto+json',
      payload: payload.toString('base64'),
      signatures: [{ keyid: '', sig }],
    }),
    'key.pem': publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    'empty.pem': 'no key here\n',
  });
});
afterAll(() => cleanup());

describe('provenance trust options', () => {
  it('reads a statement without trust options, and with an empty trustedKeys list, alike', async () => {
    const none = await read();
    expect(kinds(none)).toEqual(['provenance']);
    expect(await read({ trustedKeys: [] })).toEqual(none);
  });

  it('still refuses identity without trustedRoot, and trustedRoot without identity', async () => {
    const identity = { issuer: 'https://token.actions.githubusercontent.com', repository: 'acme/api' };
    const withoutRoot = await inputErrorOf(read({ identity }));
    expect(withoutRoot.message).toContain('must have property trustedRoot when property identity is present');
    const withoutIdentity = await inputErrorOf(read({ trustedRoot: 'root.json' }));
    expect(withoutIdentity.message).toContain('must have property identity when property trustedRoot is present');
  });

  it('still reads and checks the trusted keys a source names', async () => {
    expect(kinds(await read({ trustedKeys: ['key.pem'] }, 'signed.json'))).toEqual(['provenance']);
    const [record] = await read({ trustedKeys: ['key.pem'] }, 'signed.json');
    expect(record?.type === 'provenance' && record.provenance.signatureVerified).toBe(true);
    const refused = await inputErrorOf(read({ trustedKeys: ['empty.pem'] }));
    expect(refused.message).toContain('trusted key file holds no PEM public key or certificate');
  });
});
