/**
 * in-toto subject digests beyond sha256 (issue 12, item 5): npm provenance names its tarball by sha512 only.
 * Accepted algorithms are kept with their name; a digest set matches only on an algorithm both sides state, and
 * a hold says which algorithm was missing instead of showing `subjects: []`. Synthetic statements, so these run
 * without ../shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvenanceRecord, SourceRecord, SuspicionRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import { assembleRecords, cleanRecords, replaceRecord } from '../helpers/records.js';
import { contextFor, inputErrorOf, tempDir, writeFiles } from './helpers.js';

const SHA256 = 'ab'.repeat(32);
const SHA384 = 'cd'.repeat(48);
const SHA512 = 'ef'.repeat(64);
const SHA1 = '12'.repeat(20);

const statement = (digest: Record<string, string>) => ({
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'pkg:npm/left-pad@1.3.0', digest }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: {
      buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
      externalParameters: { workflow: { repository: 'https://github.com/acme/left-pad', ref: 'refs/tags/v1.3.0' } },
    },
    runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
  },
});

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFiles(dir, {
    'sha512.json': JSON.stringify(statement({ sha512: SHA512.toUpperCase() })),
    'agile.json': JSON.stringify(statement({ sha256: SHA256, sha384: SHA384, sha512: SHA512, sha1: SHA1 })),
    'sha1-only.json': JSON.stringify(statement({ sha1: SHA1, md5: '0'.repeat(32) })),
    'short-sha512.json': JSON.stringify(statement({ sha512: SHA256 })),
  });
});
afterAll(() => cleanup());

const read = (file: string, extra: Record<string, unknown> = {}) =>
  readSources([{ id: 'prov', kind: 'provenance', path: file, component: 'left-pad', ...extra }], contextFor(dir));
const subjectsOf = (records: SourceRecord[]) =>
  records.filter((r): r is ProvenanceRecord => r.type === 'provenance').map((r) => r.provenance.subjects);
const reasons = (records: SourceRecord[]) =>
  records.filter((r): r is SuspicionRecord => r.type === 'suspicion').map((r) => r.reason);

describe('in-toto subject digest algorithms', () => {
  it('keeps sha512, sha384 and sha256 subjects with their algorithm (hex lowered); sha1 and md5 match nothing', async () => {
    expect(subjectsOf(await read('sha512.json'))).toEqual([[`sha512:${SHA512}`]]);
    expect(subjectsOf(await read('agile.json'))).toEqual([
      [`sha256:${SHA256}`, `sha384:${SHA384}`, `sha512:${SHA512}`],
    ]);
    expect(subjectsOf(await read('sha1-only.json'))).toEqual([[]]);
  });

  it('matches expectDigest per algorithm and names the algorithm gap', async () => {
    expect(reasons(await read('sha512.json', { expectDigest: [`sha512:${SHA512}`] }))).toEqual([]);
    expect(reasons(await read('agile.json', { expectDigest: [`sha384:${SHA384}`, `sha256:${SHA256}`] }))).toEqual([]);
    expect(reasons(await read('sha512.json', { expectDigest: [`sha256:${SHA256}`] }))).toEqual([
      `provenance for left-pad names no subject sha256:${SHA256} (it names no sha256 subject; its subjects use sha512: sha512:${SHA512})`,
    ]);
    expect(reasons(await read('sha1-only.json', { expectDigest: [`sha256:${SHA256}`] }))).toEqual([
      `provenance for left-pad names no subject sha256:${SHA256} (it names no sha256 subject; its subjects use no accepted algorithm (sha256, sha384, sha512): none)`,
    ]);
  });

  it('rejects an accepted algorithm with the wrong length, naming the field', async () => {
    const error = await inputErrorOf(read('short-sha512.json'));
    expect(error.message).toMatch(/subject sha512 is not 128 hex digits/);
    expect(error.field).toBe('/subject/0/digest/sha512');
  });

  it('an artifact sha256 against sha512-only subjects holds, saying no sha256 subject was stated', () => {
    const records = replaceRecord(
      cleanRecords(),
      'provenance',
      (r) => r.component === 'worker',
      (r) => ({ ...r, provenance: { ...r.provenance, subjects: [`sha512:${SHA512}`] } }),
    );
    const holds = assembleRecords(records).files.holds.holds.filter((h) => h.rule === 'provenance-mismatch');
    expect(holds.map((h) => h.reason)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^artifact worker-image digest sha256:[0-9a-f]{64} is not a subject of the provenance of worker \\(its subjects state no sha256 digest, only sha512: sha512:${SHA512}\\)$`,
        ),
      ),
    ]);
  });
});
