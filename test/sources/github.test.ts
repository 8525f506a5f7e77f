import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactRecord, ProvenanceRecord, SourceRecord, SuspicionRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import type { CandidateRelease } from '../../src/sources/types.js';
import { FakeSourceGitHub } from './fake-github.js';
import { contextFor, haveRealFixtures, inputErrorOf, NO_FIXTURES, REFERENCE_TIME, realFixtures } from './helpers.js';

const TAG = 'v2.4.0-rc.1';
const STATED = `sha256:${'1'.repeat(64)}`;
const UNSTATED_BYTES = new TextEncoder().encode('payments-api linux-arm64 build\n');
const UNSTATED = `sha256:${createHash('sha256').update(UNSTATED_BYTES).digest('hex')}`;

const release: CandidateRelease = {
  id: 170001,
  tagName: TAG,
  htmlUrl: `https://github.com/acme/payments/releases/tag/${TAG}`,
  publishedAt: '2026-11-20T09:30:00Z',
  assets: [
    {
      id: 1,
      name: 'payments-api-linux-amd64.tar.gz',
      size: 1024,
      digest: STATED,
      browserDownloadUrl:
        'https://github.com/acme/payments/releases/download/v2.4.0-rc.1/payments-api-linux-amd64.tar.gz',
    },
    {
      id: 2,
      name: 'payments-api-linux-arm64.tar.gz',
      size: UNSTATED_BYTES.byteLength,
      digest: null,
      browserDownloadUrl:
        'https://github.com/acme/payments/releases/download/v2.4.0-rc.1/payments-api-linux-arm64.tar.gz',
    },
    {
      id: 3,
      name: 'checksums.txt',
      size: 10,
      digest: `sha256:${'3'.repeat(64)}`,
      browserDownloadUrl: 'https://github.com/acme/payments/releases/download/v2.4.0-rc.1/checksums.txt',
    },
  ],
};

const artifacts = (records: SourceRecord[]) => records.filter((r): r is ArtifactRecord => r.type === 'artifact');
const suspicions = (records: SourceRecord[]) => records.filter((r): r is SuspicionRecord => r.type === 'suspicion');

function run(entry: Record<string, unknown>, github: FakeSourceGitHub | undefined, kind = 'github-release') {
  return readSources([{ id: 'gh', kind, ...entry }], contextFor('.', github ? { github } : {}));
}

describe('github-release source', () => {
  it('makes artifacts of the selected assets, with the stated digest and release lineage', async () => {
    const github = new FakeSourceGitHub({ releases: [release], assetBytes: { 2: UNSTATED_BYTES } });
    const records = await run({ component: 'payments-api', assets: 'payments-api-*.tar.gz' }, github);
    const found = artifacts(records);
    expect(found.map((r) => r.artifact)).toEqual([
      {
        name: 'payments-api-linux-amd64.tar.gz',
        version: '2.4.0-rc.1',
        digest: STATED,
        locator: release.assets[0]?.browserDownloadUrl,
      },
      {
        name: 'payments-api-linux-arm64.tar.gz',
        version: '2.4.0-rc.1',
        digest: UNSTATED,
        locator: release.assets[1]?.browserDownloadUrl,
      },
    ]);
    expect(found[0]?.lineage).toEqual({
      system: 'github-release',
      locator: `${release.htmlUrl}#payments-api-linux-amd64.tar.gz`,
      revision: '170001',
      digest: STATED,
      observedAt: '2026-11-20T09:30:00Z',
    });
    expect(found[0]?.digestComputed).toBeUndefined();
    // The missing digest was computed from downloaded bytes: flagged, never a silent pass.
    expect(found[1]?.digestComputed).toBe(true);
    expect(suspicions(records)).toEqual([
      expect.objectContaining({
        rule: 'suspicious-source',
        component: 'payments-api',
        reason: expect.stringContaining('GitHub states no digest'),
      }),
    ]);
    expect(github.calls).toEqual([`getReleaseByTag ${TAG}`, `downloadReleaseAsset 2 ${1024 * 1024}`]);
  });

  it('takes a list of names and an explicit version', async () => {
    const github = new FakeSourceGitHub({ releases: [release] });
    const records = await run({ component: 'payments-api', assets: ['checksums.txt'], version: '2.4.0' }, github);
    expect(artifacts(records).map((r) => [r.artifact.name, r.artifact.version])).toEqual([['checksums.txt', '2.4.0']]);
    const draft = new FakeSourceGitHub({ releases: [{ ...release, publishedAt: null }] });
    const unpublished = await run({ component: 'payments-api', assets: ['checksums.txt'] }, draft);
    expect(artifacts(unpublished)[0]?.lineage.observedAt).toBe(REFERENCE_TIME);
  });

  it.each([
    [{ component: 'c', assets: ['missing.tar.gz'] }, /has no asset 'missing.tar.gz'/],
    [{ component: 'c', assets: '*.zip' }, /no asset of the release of 'v2.4.0-rc.1' matches '\*.zip'/],
    [
      { component: 'c', assets: ['payments-api-linux-arm64.tar.gz'], maxBytes: 8 },
      /has no digest and is 31 bytes, over the download limit of 8 bytes/,
    ],
    [{ component: 'c', assets: 'x', extra: true }, /unknown key 'extra'/],
  ])('fails cleanly for %j', async (entry, message) => {
    const github = new FakeSourceGitHub({ releases: [release], assetBytes: { 2: UNSTATED_BYTES } });
    const error = await inputErrorOf(run(entry, github));
    expect(error.message).toMatch(message);
    expect(error.message).toContain("source 'gh'");
  });

  it('fails cleanly without a release, with a malformed digest, with a short download, and without GitHub', async () => {
    expect((await inputErrorOf(run({ component: 'c' }, new FakeSourceGitHub({})))).message).toMatch(
      /no GitHub release for tag 'v2.4.0-rc.1' in acme\/payments/,
    );
    const bad = {
      ...release,
      assets: [{ ...release.assets[0], id: 9, name: 'a', size: 1, browserDownloadUrl: 'u', digest: 'md5:abc' }],
    };
    expect((await inputErrorOf(run({ component: 'c' }, new FakeSourceGitHub({ releases: [bad] })))).message).toMatch(
      /asset 'a' has digest "md5:abc"/,
    );
    const short = new FakeSourceGitHub({ releases: [release], assetBytes: { 2: UNSTATED_BYTES.subarray(0, 5) } });
    expect(
      (await inputErrorOf(run({ component: 'c', assets: ['payments-api-linux-arm64.tar.gz'] }, short))).message,
    ).toMatch(/downloaded 5 bytes, but GitHub lists 31/);
    expect((await inputErrorOf(run({ component: 'c' }, undefined))).message).toMatch(
      /reads from GitHub, which is not available here/,
    );
  });
});

const V03 = 'sigstore-conformance-happy-path-intoto-in-dsse-v3.sigstore.json';
const V03_SUBJECT = 'sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf';

describe.skipIf(!haveRealFixtures)(`github-attestations source (${haveRealFixtures ? 'present' : NO_FIXTURES})`, () => {
  it('reads provenance from the attestations of each subject, with log lineage', async () => {
    const bundle = JSON.parse(await readFile(path.join(realFixtures, 'provenance', V03), 'utf8'));
    const other = `sha256:${'2'.repeat(64)}`;
    const github = new FakeSourceGitHub({ attestations: { [V03_SUBJECT]: [{ bundle }], [other]: [{ bundle }] } });
    const missing = `sha256:${'4'.repeat(64)}`;
    const records = await run(
      { component: 'payments-api', subjects: [V03_SUBJECT, other, missing] },
      github,
      'github-attestations',
    );
    const provenance = records.filter((r): r is ProvenanceRecord => r.type === 'provenance');
    expect(provenance).toHaveLength(2);
    expect(provenance[0]?.provenance).toMatchObject({
      builder: 'https://github.com/loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main',
      subjects: [V03_SUBJECT],
      signatureVerified: false,
    });
    expect(provenance[0]?.lineage).toEqual({
      system: 'github-attestations',
      locator: `acme/payments/attestations/${V03_SUBJECT}#0`,
      revision: 'rekor:155690850',
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      observedAt: '2024-12-16T18:42:56Z',
    });
    // GitHub answered for `other` with an attestation that does not name it; and nothing for `missing`.
    expect(suspicions(records).map((s) => [s.rule, s.reason.slice(0, 60)])).toEqual([
      ['provenance-mismatch', `provenance for payments-api names no subject ${other}`.slice(0, 60)],
      ['provenance-mismatch', `GitHub has no SLSA provenance attestation for ${missing}`.slice(0, 60)],
    ]);
    expect(github.calls).toEqual([
      `listAttestations ${V03_SUBJECT}`,
      `listAttestations ${other}`,
      `listAttestations ${missing}`,
    ]);
  });

  it('fails cleanly on a bundle that is not an attestation', async () => {
    const github = new FakeSourceGitHub({ attestations: { [V03_SUBJECT]: [{ bundle: { mediaType: 'text/html' } }] } });
    const error = await inputErrorOf(run({ component: 'c', subjects: [V03_SUBJECT] }, github, 'github-attestations'));
    expect(error.message).toMatch(/unsupported Sigstore bundle media type "text\/html"/);
    expect(error.file).toBe(`acme/payments/attestations/${V03_SUBJECT}#0`);
  });
});
