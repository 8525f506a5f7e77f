import { generateKeyPairSync, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvenanceRecord, SourceRecord, SuspicionRecord } from '../../src/domain/records.js';
import { pae } from '../../src/sources/attestation.js';
import { readSources } from '../../src/sources/index.js';
import {
  contextFor,
  haveRealFixtures,
  inputErrorOf,
  NO_FIXTURES,
  ownLineage,
  realFixtures,
  tempDir,
  writeFiles,
} from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;

const V03 = 'sigstore-conformance-happy-path-intoto-in-dsse-v3.sigstore.json';
const DOCKER = 'slsa-github-generator-docker-slsa1-provenance.json';
const JSONL = 'slsa-github-generator-go-binary-linux-amd64.intoto.jsonl';
const SPEC = 'slsa-spec-github-actions-workflow-v1-example.json';
const V02 = 'slsa-verifier-gha_delegator-v2.1.0-push-v14.build.slsa.sigstore.json';
const NPM = 'slsa-verifier-npm-gundam-visor-1.0.1.attestations.json';

const provenance = (records: SourceRecord[]) => records.filter((r): r is ProvenanceRecord => r.type === 'provenance');
const suspicions = (records: SourceRecord[]) => records.filter((r): r is SuspicionRecord => r.type === 'suspicion');

const read = (file: string, extra: Record<string, unknown> = {}) =>
  readSources([{ id: 'prov', kind: 'provenance', path: file, component: 'payments-api', ...extra }], contextFor(dir));

function envelopeOf(statement: object, signWith?: Parameters<typeof sign>[2]) {
  const payload = Buffer.from(JSON.stringify(statement));
  const signatures = signWith
    ? [{ keyid: '', sig: sign('sha256', pae('application/vnd.in-toto+json', payload), signWith).toString('base64') }]
    : [];
  return { payloadType: 'application/vnd.in-toto+json', payload: payload.toString('base64'), signatures };
}

const SUBJECT = `${'c0ffee'.repeat(10)}abcd`;
const NPM_SHA512 =
  '8d9d7972f676516c75014aa074e11ae604d98f0b64ec6725a61e2838ff3dab162118fa71433fb31e1550d30bd0dec9d086ce032b94457b583900c507acf39c40';
const STATEMENT = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'payments-api.tar.gz', digest: { sha256: SUBJECT } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: {
        workflow: {
          ref: 'refs/tags/v2.4.0',
          repository: 'https://github.com/acme/payments',
          path: '.github/workflows/release.yml',
        },
      },
      resolvedDependencies: [
        { uri: 'git+https://github.com/acme/payments@refs/tags/v2.4.0', digest: { gitCommit: 'a'.repeat(40) } },
      ],
    },
    runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
  },
};

describe.skipIf(!haveRealFixtures)(
  `provenance source on real attestations (${haveRealFixtures ? 'present' : NO_FIXTURES})`,
  () => {
    beforeAll(async () => {
      ({ dir, cleanup } = await tempDir());
      const files: Record<string, string> = {};
      for (const name of [V03, DOCKER, JSONL, SPEC, V02, NPM])
        files[name] = await readFile(path.join(realFixtures, 'provenance', name), 'utf8');
      const v03 = JSON.parse(files[V03] ?? '{}');
      // Hostile variants, derived at run time.
      const tampered = structuredClone(v03);
      const statement = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, 'base64').toString());
      statement.subject[0].digest.sha256 = 'f'.repeat(64);
      tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
      const docker = JSON.parse(files[DOCKER] ?? '{}');
      const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      Object.assign(files, {
        'tampered.sigstore.json': JSON.stringify(tampered),
        'truncated.sigstore.json': (files[V03] ?? '').slice(0, 3000),
        'unknown-media.sigstore.json': JSON.stringify({
          ...v03,
          mediaType: 'application/vnd.dev.sigstore.bundle+json;version=9.9',
        }),
        'subject-object.json': JSON.stringify({ ...docker, subject: { name: 'x' } }),
        'bad-digest.json': JSON.stringify({ ...docker, subject: [{ name: 'x', digest: { sha256: 'not-hex' } }] }),
        'wrong-type.json': JSON.stringify({ ...docker, _type: 'https://in-toto.io/Statement/v9' }),
        'wrong-payload.json': JSON.stringify({ ...envelopeOf(STATEMENT), payloadType: 'text/plain' }),
        'not-attestation.json': JSON.stringify({ hello: 'world' }),
        'huge.json': JSON.stringify({ ...docker, padding: 'x'.repeat(1024 * 1024) }),
        'signed.intoto.json': JSON.stringify(envelopeOf(STATEMENT, keys.privateKey)),
        'trusted.pub.pem': keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        'other.pub.pem': other.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        'empty.pem': 'no key here\n',
      });
      await writeFiles(dir, files);
    });
    afterAll(() => cleanup());

    it('reads a Sigstore bundle v0.3 (Statement v1, SLSA v1) and checks the DSSE signature against the embedded certificate only', async () => {
      const records = await read(V03);
      const [record] = provenance(records);
      expect(record?.provenance).toEqual({
        builder: 'https://github.com/loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main',
        sourceRepository: 'https://github.com/loosebazooka/aa-test',
        sourceRef: 'refs/heads/main',
        sourceCommit: 'ebff8dfbd609b7b22237c7719ce07f2dc7934f5f',
        subjects: ['sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf'],
        signatureVerified: false,
        verification: expect.stringMatching(
          /^not-verified: no trust root supplied; the DSSE signature matches the certificate embedded in the bundle \(self-consistency only; not checked: certificate chain\/tlog \(no trustedRoot given\)\)$/,
        ),
      });
      expect(record?.component).toBe('payments-api');
      expect(ownLineage(record)?.locator).toBe(`${V03}#`);
      expect(suspicions(records)).toEqual([]);
    });

    it('reads a Sigstore bundle v0.2 (x509 chain) with SLSA v1 from the delegator builder', async () => {
      const [record] = provenance(await read(V02));
      expect(record?.provenance).toMatchObject({
        builder:
          'https://github.com/slsa-framework/example-trw/.github/workflows/builder_high-perms_slsa3.yml@refs/tags/v2.1.0',
        sourceRepository: 'https://github.com/slsa-framework/example-package',
        sourceRef: 'refs/tags/v14',
        sourceCommit: '4d329c75e7ec1725f7c9ce917a8799d408d06be3',
        subjects: ['sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03'],
        signatureVerified: false,
      });
      expect(record?.provenance.verification).toMatch(/matches the certificate embedded/);
    });

    it('reads a one-line .intoto.jsonl DSSE envelope (Statement v0.1, SLSA v0.2) whose key is not embedded', async () => {
      const [record] = provenance(await read(JSONL));
      expect(record?.provenance).toEqual({
        builder:
          'https://github.com/laurentsimon/slsa-github-generator-go/.github/workflows/slsa3_builder.yml@refs/heads/feat/assets',
        sourceRepository: 'https://github.com/laurentsimon/slsa-on-github-test',
        sourceRef: 'refs/tags/v3.1',
        sourceCommit: 'df7d6694efa9f332c1e042f0452e5b7ece22d0d8',
        subjects: ['sha256:c399eb14cb25fd95e515153decff3b1a00fd907f1af8fd1f46d2e8d07ed48009'],
        signatureVerified: false,
        verification: expect.stringMatching(/no certificate embedded/),
      });
      expect(ownLineage(record)?.locator).toBe(`${JSONL}#/0`);
    });

    it('reads bare statements: v0.1 with SLSA v1 (container build) and the v1 spec example', async () => {
      const dockerRecords = await read(DOCKER);
      const [docker] = provenance(dockerRecords);
      // This generator test vector has no runDetails: kept, with builder '' and a suspicion.
      expect(suspicions(dockerRecords).map((s) => s.reason)).toEqual([expect.stringMatching(/names no builder id/)]);
      expect(docker?.provenance).toMatchObject({
        builder: '',
        sourceRepository: 'https://github.com/slsa-framework/slsa-github-generator',
        sourceRef: 'refs/heads/main',
        sourceCommit: 'cf5804b5c6f1a4b2a0b03401a487dfdfbe3a5f00',
        subjects: ['sha256:975a0582b8c9607f3f20a6b8cfef01b25823e68c5c3658e6e1ccaaced2a3255d'],
        signatureVerified: false,
        verification: 'not-verified: the statement is not signed (no DSSE signature)',
      });
      const [spec] = provenance(await read(SPEC));
      expect(spec?.provenance).toMatchObject({
        builder:
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml@refs/tags/v0.0.1',
        sourceRepository: 'https://github.com/octocat/hello-world',
        sourceRef: 'refs/heads/main',
        sourceCommit: 'c27d339ee6075c1f744c5d4b200f7901aad2c369',
        subjects: ['sha256:fe4fe40ac7250263c5dbe1cf3138912f3f416140aa248637a60d65fe22c47da4'],
      });
    });

    it('takes the SLSA statement of the npm attestations wrapper and skips the publish attestation', async () => {
      const records = await read(NPM);
      const found = provenance(records);
      expect(found).toHaveLength(1);
      expect(found[0]?.provenance).toMatchObject({
        builder: 'https://github.com/actions/runner/github-hosted',
        sourceRepository: 'https://github.com/ramonpetgrave64/gundam-visor',
        sourceRef: 'refs/tags/v1.0.1',
        sourceCommit: '599500821344b070902a7a5666064bfdaba715df',
        // npm subjects carry sha512 only: kept with their algorithm, not dropped.
        subjects: [`sha512:${NPM_SHA512}`],
      });
      expect(ownLineage(found[0])?.locator).toBe(`${NPM}#/attestations/1/bundle`);
    });

    it('matches expectDigest on the sha512 npm subject and names the algorithm gap of a sha256 one', async () => {
      expect(suspicions(await read(NPM, { expectDigest: [`sha512:${NPM_SHA512}`] }))).toEqual([]);
      const sha256 = `sha256:${'1'.repeat(64)}`;
      const [held] = suspicions(await read(NPM, { expectDigest: [sha256] }));
      expect(held?.reason).toBe(
        `provenance for payments-api names no subject ${sha256} (it names no sha256 subject; its subjects use sha512: sha512:${NPM_SHA512})`,
      );
    });

    it('raises provenance-mismatch when expectDigest is not a subject, and nothing when it is', async () => {
      const wrong = `sha256:${'0'.repeat(64)}`;
      const records = await read(V03, { expectDigest: [wrong] });
      expect(suspicions(records)).toEqual([
        expect.objectContaining({
          rule: 'provenance-mismatch',
          component: 'payments-api',
          reason: expect.stringContaining(`names no subject ${wrong}`),
        }),
      ]);
      const ok = await read(V03, {
        expectDigest: ['sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf'],
      });
      expect(suspicions(ok)).toEqual([]);
    });

    it('raises suspicious-source when the payload no longer matches the embedded certificate signature', async () => {
      const records = await read('tampered.sigstore.json');
      expect(provenance(records)[0]?.provenance.verification).toMatch(/does NOT match the certificate embedded/);
      expect(suspicions(records).map((s) => s.rule)).toEqual(['suspicious-source']);
    });

    it('verifies only against a trusted key the user supplied', async () => {
      const trusted = await read('signed.intoto.json', {
        trustedKeys: ['trusted.pub.pem'],
        expectDigest: [`sha256:${SUBJECT}`],
      });
      expect(provenance(trusted)[0]?.provenance).toMatchObject({
        builder: 'https://github.com/actions/runner/github-hosted',
        sourceCommit: 'a'.repeat(40),
        signatureVerified: true,
        verification: expect.stringMatching(
          /^verified: DSSE signature over the PAE matches trusted key trusted.pub.pem; not checked: certificate chain\/tlog \(no trustedRoot given\)$/,
        ),
      });
      expect(suspicions(trusted)).toEqual([]);
      const untrusted = await read('signed.intoto.json', { trustedKeys: ['other.pub.pem'] });
      expect(provenance(untrusted)[0]?.provenance.signatureVerified).toBe(false);
      expect(suspicions(untrusted).map((s) => s.rule)).toEqual(['suspicious-source']);
      const required = await read(SPEC, { requireSignature: true });
      expect(suspicions(required)[0]?.reason).toMatch(
        /not verified against a trusted key or root: not-verified: the statement is not signed/,
      );
      expect((await inputErrorOf(read('signed.intoto.json', { trustedKeys: ['empty.pem'] }))).message).toMatch(
        /no PEM public key/,
      );
    });

    it.each([
      ['truncated.sigstore.json', /invalid JSON/, undefined],
      ['unknown-media.sigstore.json', /unsupported Sigstore bundle media type/, '/mediaType'],
      ['subject-object.json', /expected an array of subjects, found an object/, '/subject'],
      ['bad-digest.json', /subject sha256 is not 64 hex digits/, '/subject/0/digest/sha256'],
      ['wrong-type.json', /unsupported in-toto Statement type/, '/_type'],
      ['wrong-payload.json', /DSSE payloadType is "text\/plain"/, '/payloadType'],
      ['not-attestation.json', /not an attestation/, '/'],
      ['huge.json', /over the limit/, undefined],
    ])('%s fails cleanly', async (file, message, field) => {
      const error = await inputErrorOf(read(file));
      expect(error.message).toMatch(message);
      expect(error.message).toContain("source 'prov' (kind provenance)");
      expect(error.file).toBe(file);
      if (field) expect(error.field).toBe(field);
    });
  },
);
