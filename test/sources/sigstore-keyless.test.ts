/**
 * Keyless Sigstore verification (issue 12 item 5): the real signed bundles under ../shared/fixtures/real/provenance
 * verified with @sigstore/verify against the Sigstore public-good trusted root (test/sources/sigstore/, extracted
 * from @sigstore/tuf's seeds.json; see SOURCES.md there), offline; the signer's identity recorded and matched
 * against the source's identity policy; and attacks that each fail without their defence: a tampered payload, a
 * valid certificate of the wrong identity, a trusted root without the signing CA, a trusted root with another Rekor
 * key, a bundle without its transparency-log entry or its signed entry timestamp. Skipped, with a message, when
 * ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, SignerIdentity } from '../../src/domain/model.js';
import type { ProvenanceRecord, SourceRecord, SuspicionRecord } from '../../src/domain/records.js';
import { verifyRelease } from '../../src/modes/verification.js';
import { readSources } from '../../src/sources/index.js';
import { assembleRecords, basePolicy, cleanRecords, releaseTexts } from '../helpers/records.js';
import { FakeSourceGitHub } from './fake-github.js';
import {
  contextFor,
  haveRealFixtures,
  inputErrorOf,
  NO_FIXTURES,
  REFERENCE_TIME,
  realFixtures,
  repoRoot,
  tempDir,
  writeFiles,
} from './helpers.js';

const V03 = 'sigstore-conformance-happy-path-intoto-in-dsse-v3.sigstore.json';
const V02 = 'slsa-verifier-gha_delegator-v2.1.0-push-v14.build.slsa.sigstore.json';
const NPM = 'slsa-verifier-npm-gundam-visor-1.0.1.attestations.json';
const JSONL = 'slsa-github-generator-go-binary-linux-amd64.intoto.jsonl';
const ROOT = path.join(repoRoot, 'test/sources/sigstore/trusted_root.public-good.json');

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const NPM_POLICY = { issuer: GITHUB_ISSUER, repository: 'ramonpetgrave64/gundam-visor', refPattern: 'refs/tags/v.*' };
const DELEGATOR_SAN =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@refs/tags/v2.1.0';
const DELEGATOR_POLICY = {
  issuer: GITHUB_ISSUER,
  subjectAlternativeName: DELEGATOR_SAN,
  repository: 'https://github.com/slsa-framework/example-package',
};
const BEACON_SAN =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DELEGATOR_SUBJECT = 'sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03';

const NPM_SIGNER: SignerIdentity = {
  subjectAlternativeName:
    'https://github.com/ramonpetgrave64/gundam-visor/.github/workflows/npm-publish.yml@refs/tags/v1.0.1',
  issuer: GITHUB_ISSUER,
  sourceRepository: 'https://github.com/ramonpetgrave64/gundam-visor',
  sourceRef: 'refs/tags/v1.0.1',
  sourceCommit: '599500821344b070902a7a5666064bfdaba715df',
  buildConfig: 'https://github.com/ramonpetgrave64/gundam-visor/.github/workflows/npm-publish.yml@refs/tags/v1.0.1',
  runInvocation: 'https://github.com/ramonpetgrave64/gundam-visor/actions/runs/9358004112/attempts/1',
  runnerEnvironment: 'github-hosted',
  signedAt: '2024-06-03T22:17:59Z',
  logIndex: '99434462',
};

let dir: string;
let cleanup: () => Promise<void>;

const provenance = (records: SourceRecord[]) => records.filter((r): r is ProvenanceRecord => r.type === 'provenance');
const suspicions = (records: SourceRecord[]) => records.filter((r): r is SuspicionRecord => r.type === 'suspicion');

const read = (file: string, extra: Record<string, unknown> = {}) =>
  readSources(
    [{ id: 'prov', kind: 'provenance', path: file, component: 'api', trustedRoot: 'root.json', ...extra }],
    contextFor(dir),
  );

/** The parts of a Sigstore bundle, an npm attestations document and a trusted root the attacks change. */
interface BundleJson {
  dsseEnvelope: { payload: string };
  verificationMaterial: { tlogEntries: Array<{ inclusionPromise?: unknown }> };
}
interface NpmAttestations {
  attestations: Array<{ predicateType: string; bundle: BundleJson }>;
}
interface TrustedRootJson {
  certificateAuthorities: unknown[];
  tlogs: Array<{ publicKey: { rawBytes: string } }>;
}

/** The SLSA provenance bundle of the npm attestations document. */
function npmProvenanceBundle(doc: NpmAttestations): BundleJson {
  const found = doc.attestations.find((a) => a.predicateType === 'https://slsa.dev/provenance/v1');
  if (!found) throw new Error('the npm attestations document has no SLSA provenance bundle');
  return found.bundle;
}

describe.skipIf(!haveRealFixtures)(
  `keyless Sigstore verification against a trusted root file (${haveRealFixtures ? 'present' : NO_FIXTURES})`,
  () => {
    beforeAll(async () => {
      ({ dir, cleanup } = await tempDir());
      const real = async (name: string) => readFile(path.join(realFixtures, 'provenance', name), 'utf8');
      const rootText = await readFile(ROOT, 'utf8');
      const root: TrustedRootJson = JSON.parse(rootText);
      const npm: NpmAttestations = JSON.parse(await real(NPM));
      const v02: BundleJson = JSON.parse(await real(V02));

      // Attack: the statement's subject changed after signing (signature and tlog entry kept).
      const tampered = structuredClone(npm);
      const bundle = npmProvenanceBundle(tampered);
      const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
      statement.subject[0].digest.sha512 = 'f'.repeat(128);
      bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');

      // Attack: the transparency-log entry removed; and only its signed entry timestamp removed.
      const noTlog = structuredClone(v02);
      noTlog.verificationMaterial.tlogEntries = [];
      const noSet = structuredClone(v02);
      noSet.verificationMaterial.tlogEntries = v02.verificationMaterial.tlogEntries.map(
        ({ inclusionPromise: _, ...entry }) => entry,
      );

      // Attack: a trusted root without the Fulcio CA that issued these certificates (the 2022- chain); the
      // 2021-2022 CA stays, so the root is still well formed.
      expect(root.certificateAuthorities).toHaveLength(2);
      const noFulcio = { ...root, certificateAuthorities: root.certificateAuthorities.slice(0, 1) };
      // Attack: a trusted root whose rekor.sigstore.dev entry has another key under the same log id.
      const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
        type: 'spki',
        format: 'der',
      });
      const otherRekor = structuredClone(root);
      otherRekor.tlogs = root.tlogs.map((tlog, i) =>
        i === 0 ? { ...tlog, publicKey: { ...tlog.publicKey, rawBytes: otherKey.toString('base64') } } : tlog,
      );

      await writeFiles(dir, {
        'root.json': rootText,
        'root-no-fulcio.json': JSON.stringify(noFulcio),
        'root-other-rekor.json': JSON.stringify(otherRekor),
        'root-no-ca.json': JSON.stringify({ ...root, certificateAuthorities: [] }),
        'root-wrong-media.json': JSON.stringify({ ...root, mediaType: 'application/json' }),
        [V03]: await real(V03),
        [V02]: JSON.stringify(v02),
        [NPM]: JSON.stringify(npm),
        [JSONL]: await real(JSONL),
        'tampered.json': JSON.stringify(tampered),
        'no-tlog.json': JSON.stringify(noTlog),
        'no-set.json': JSON.stringify(noSet),
      });
    });
    afterAll(() => cleanup());

    it('verifies npm provenance (bundle v0.2) and records the signer from the Fulcio certificate', async () => {
      const records = await read(NPM, { identity: NPM_POLICY });
      expect(suspicions(records)).toEqual([]);
      const [record] = provenance(records);
      expect(record?.provenance.signatureVerified).toBe(true);
      expect(record?.provenance.signer).toEqual(NPM_SIGNER);
      const text = record?.provenance.verification ?? '';
      for (const part of [
        'verified: Sigstore bundle checked against trusted root root.json',
        'DSSE signature over the PAE with the certificate key',
        'certificate chain to a Fulcio CA of the root valid at the signing time 2024-06-03T22:17:59Z',
        "SCT against the root's CT-log key",
        "Rekor entry 99434462 (inclusion proof against a signed checkpoint and SET) against the root's Rekor key",
        'identity policy matched (issuer "https://token.actions.githubusercontent.com", repository "ramonpetgrave64/gundam-visor", refPattern "refs/tags/v.*")',
        'not checked: revocation (Fulcio certificates have none), freshness of the trusted root file',
      ])
        expect(text).toContain(part);
      expect(text.length).toBeLessThanOrEqual(1024);
    });

    it('verifies the slsa-github-generator delegator bundle (v0.2): SAN is the reusable workflow, repository the caller', async () => {
      const records = await read(V02, { identity: DELEGATOR_POLICY, expectDigest: [DELEGATOR_SUBJECT] });
      expect(suspicions(records)).toEqual([]);
      expect(provenance(records)[0]?.provenance).toMatchObject({
        sourceRepository: 'https://github.com/slsa-framework/example-package',
        signatureVerified: true,
        signer: {
          subjectAlternativeName: DELEGATOR_SAN,
          issuer: GITHUB_ISSUER,
          sourceRepository: 'https://github.com/slsa-framework/example-package',
          sourceRef: 'refs/tags/v14',
          sourceCommit: '4d329c75e7ec1725f7c9ce917a8799d408d06be3',
          signedAt: '2025-02-25T21:12:14Z',
          logIndex: '174298167',
        },
      });
    });

    it('verifies the conformance bundle (v0.3, production Rekor) but holds it: the statement names another repository than its certificate', async () => {
      const records = await read(V03, { identity: { issuer: GITHUB_ISSUER, subjectAlternativeName: BEACON_SAN } });
      const [record] = provenance(records);
      expect(record?.provenance).toMatchObject({
        sourceRepository: 'https://github.com/loosebazooka/aa-test',
        signatureVerified: true,
        signer: { subjectAlternativeName: BEACON_SAN, signedAt: '2024-12-16T18:42:56Z', logIndex: '155690850' },
      });
      expect(suspicions(records).map((s) => [s.rule, s.reason])).toEqual([
        [
          'suspicious-source',
          `provenance states source repository https://github.com/loosebazooka/aa-test, but its Fulcio certificate was issued to a workflow run of https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon (${BEACON_SAN})`,
        ],
      ]);
    });

    it('keeps assemble and verify in agreement: a verified keyless provenance with its signer assembles clean', async () => {
      const records = await read(V02, { identity: DELEGATOR_POLICY });
      const base = cleanRecords().filter((r) => !(r.type === 'provenance' && r.component === 'api'));
      const adjusted = base.map((r) =>
        r.type === 'artifact' && r.component === 'api'
          ? { ...r, artifact: { ...r.artifact, digest: DELEGATOR_SUBJECT } }
          : r,
      );
      const assembly = assembleRecords([...adjusted, ...records]);
      expect(assembly.files.holds.holds.map((h) => [h.rule, h.reason])).toEqual([]);
      const texts = releaseTexts(assembly);
      const failed = verifyRelease(texts, basePolicy()).filter((o) => o.status === 'failed');
      expect(failed).toEqual([]);
      // bundle.json as written (and validated by the schema rule above) carries the signer.
      const written: Bundle = JSON.parse(texts.bundle);
      const api = written.components.find((c) => c.name === 'api');
      expect(api?.provenance?.[0]?.signer?.subjectAlternativeName).toBe(DELEGATOR_SAN);
    });

    describe('identity policy', () => {
      it('holds a valid certificate of another repository, naming expected and actual', async () => {
        const records = await read(NPM, { identity: { issuer: GITHUB_ISSUER, repository: 'acme/payments' } });
        const [record] = provenance(records);
        // The chain verified, so who signed is known and recorded; it is not the signer the policy trusts.
        expect(record?.provenance.signatureVerified).toBe(false);
        expect(record?.provenance.signer).toEqual(NPM_SIGNER);
        expect(suspicions(records).map((s) => [s.rule, s.reason])).toEqual([
          [
            'suspicious-source',
            `provenance signer identity does not match the policy of source 'prov': repository expected "https://github.com/acme/payments", got "https://github.com/ramonpetgrave64/gundam-visor"`,
          ],
        ]);
      });

      it('holds another issuer, another ref, and a SAN that only starts like the pattern (patterns are anchored)', async () => {
        const cases: Array<[Record<string, unknown>, string]> = [
          [
            { issuer: 'https://accounts.google.com', repository: 'ramonpetgrave64/gundam-visor' },
            'issuer expected "https://accounts.google.com", got "https://token.actions.githubusercontent.com"',
          ],
          [
            { issuer: GITHUB_ISSUER, repository: 'ramonpetgrave64/gundam-visor', ref: 'refs/tags/v2.0.0' },
            'ref expected "refs/tags/v2.0.0", got "refs/tags/v1.0.1"',
          ],
          [
            { issuer: GITHUB_ISSUER, subjectAlternativeNamePattern: 'https://github\\.com/ramonpetgrave64/gundam' },
            `subjectAlternativeName expected to match "https://github\\\\.com/ramonpetgrave64/gundam", got "${NPM_SIGNER.subjectAlternativeName}"`,
          ],
          [
            { issuer: GITHUB_ISSUER, subjectAlternativeName: DELEGATOR_SAN },
            `subjectAlternativeName expected "${DELEGATOR_SAN}", got "${NPM_SIGNER.subjectAlternativeName}"`,
          ],
        ];
        for (const [identity, expected] of cases) {
          const records = await read(NPM, { identity });
          expect(provenance(records)[0]?.provenance.signatureVerified, JSON.stringify(identity)).toBe(false);
          expect(suspicions(records).map((s) => s.reason)).toEqual([
            `provenance signer identity does not match the policy of source 'prov': ${expected}`,
          ]);
        }
      });

      it('accepts a whole-SAN pattern and the exact SAN', async () => {
        for (const identity of [
          {
            issuer: GITHUB_ISSUER,
            subjectAlternativeNamePattern:
              'https://github\\.com/ramonpetgrave64/gundam-visor/\\.github/workflows/npm-publish\\.yml@refs/tags/v.*',
          },
          { issuer: GITHUB_ISSUER, subjectAlternativeName: NPM_SIGNER.subjectAlternativeName, ref: 'refs/tags/v1.0.1' },
        ]) {
          const records = await read(NPM, { identity });
          expect(suspicions(records)).toEqual([]);
          expect(provenance(records)[0]?.provenance.signatureVerified).toBe(true);
        }
      });
    });

    describe('attacks', () => {
      it('refuses a pattern that closes the anchoring group itself (`...)|(?:.*`), which would match any signer', async () => {
        // Reads as "the release workflow on a v* tag", but wrapped as ^(?:<pattern>)$ it is ^(?:...v.*)|(?:.*)$:
        // the second branch matches every SAN and every ref, so the npm-publish signer would pass as verified.
        const san =
          'https://github\\.com/ramonpetgrave64/gundam-visor/\\.github/workflows/release\\.yml@refs/tags/v.*)|(?:.*';
        const ref = 'refs/tags/v2\\..*)|(?:.*';
        for (const [field, identity] of [
          ['identity.subjectAlternativeNamePattern', { issuer: GITHUB_ISSUER, subjectAlternativeNamePattern: san }],
          ['identity.refPattern', { ...NPM_POLICY, refPattern: ref }],
        ] as const) {
          const refused = await inputErrorOf(read(NPM, { identity }));
          expect(refused.field).toBe(field);
          expect(refused.message).toMatch(/not a valid regular expression/);
        }
      });

      it('rejects a tampered payload: the Rekor entry no longer matches it', async () => {
        const records = await read('tampered.json', { identity: NPM_POLICY });
        const [record] = provenance(records);
        expect(record?.provenance.signatureVerified).toBe(false);
        expect(record?.provenance.signer).toBeUndefined();
        expect(suspicions(records).map((s) => [s.rule, s.reason])).toEqual([
          [
            'suspicious-source',
            'provenance signature is invalid: not-verified: Sigstore verification against trusted root root.json failed at the transparency-log entry body matches the signature and payload digest check: DSSE payload hash mismatch',
          ],
        ]);
      });

      it('rejects a trusted root without the signing Fulcio CA', async () => {
        const records = await read(NPM, { identity: NPM_POLICY, trustedRoot: 'root-no-fulcio.json' });
        expect(provenance(records)[0]?.provenance.signatureVerified).toBe(false);
        expect(suspicions(records).map((s) => s.reason)).toEqual([
          expect.stringMatching(
            /^provenance signature is invalid: not-verified: Sigstore verification against trusted root root-no-fulcio.json failed at the certificate chain to a Fulcio CA of the trusted root, valid at the signing time, with an SCT check: /,
          ),
        ]);
      });

      it('rejects a trusted root whose Rekor key is another key (the signed entry timestamp does not verify)', async () => {
        const records = await read(NPM, { identity: NPM_POLICY, trustedRoot: 'root-other-rekor.json' });
        expect(provenance(records)[0]?.provenance.signatureVerified).toBe(false);
        expect(suspicions(records).map((s) => s.reason)).toEqual([
          expect.stringMatching(
            /failed at the transparency-log signed entry timestamp \(SET\) against the Rekor key check: /,
          ),
        ]);
      });

      it('rejects a bundle whose transparency-log entry was removed, or only its signed entry timestamp', async () => {
        const cases: Array<[string, RegExp]> = [
          [
            'no-tlog.json',
            /failed at the transparency-log entry present check: the bundle has no transparency-log entry$/,
          ],
          ['no-set.json', /failed at the signing time \(.*\) check: expected 1 timestamps, got 0/],
        ];
        for (const [file, reason] of cases) {
          const records = await read(file, { identity: DELEGATOR_POLICY });
          expect(provenance(records)[0]?.provenance.signatureVerified, file).toBe(false);
          expect(suspicions(records).map((s) => s.reason)).toEqual([expect.stringMatching(reason)]);
        }
      });

      it('holds a bare DSSE envelope: a trusted root cannot verify what carries no certificate or log entry', async () => {
        const records = await read(JSONL, { identity: NPM_POLICY });
        expect(provenance(records)[0]?.provenance).toMatchObject({
          signatureVerified: false,
          verification: expect.stringMatching(
            /^trustedRoot root.json not applicable: not a Sigstore bundle \(a bare DSSE envelope or statement carries no certificate or transparency-log entry\); not-verified: no trusted key given;/,
          ),
        });
        expect(suspicions(records).map((s) => s.rule)).toEqual(['suspicious-source']);
      });
    });

    describe('without a trusted root', () => {
      it("keeps today's behaviour and says precisely what was not checked", async () => {
        const records = await readSources(
          [{ id: 'prov', kind: 'provenance', path: NPM, component: 'api' }],
          contextFor(dir),
        );
        expect(suspicions(records)).toEqual([]);
        expect(provenance(records)[0]?.provenance).toEqual(
          expect.objectContaining({
            signatureVerified: false,
            verification:
              'not-verified: no trust root supplied; the DSSE signature matches the certificate embedded in the bundle (self-consistency only; not checked: certificate chain/tlog (no trustedRoot given))',
          }),
        );
        expect(provenance(records)[0]?.provenance.signer).toBeUndefined();
      });

      it('does not load the @sigstore packages (cold start)', () => {
        const script = [
          "import { createRequire } from 'node:module';",
          "import { readSources } from './src/sources/index.ts';",
          "import { contextFor } from './test/sources/helpers.ts';",
          `await readSources([{ id: 'p', kind: 'provenance', path: ${JSON.stringify(NPM)}, component: 'api' }], contextFor(${JSON.stringify(dir)}));`,
          "const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes('@sigstore'));",
          'console.log(JSON.stringify(loaded.length));',
        ].join('\n');
        const run = (source: string) =>
          spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
            cwd: repoRoot,
            encoding: 'utf8',
          });
        const without = run(script);
        expect(without.stderr).toBe('');
        expect(without.stdout.trim()).toBe('0');
        // The probe can see them: with a trustedRoot the same run loads them.
        const withRoot = run(
          script.replace(
            "component: 'api' }",
            `component: 'api', trustedRoot: 'root.json', identity: ${JSON.stringify(NPM_POLICY)} }`,
          ),
        );
        expect(withRoot.stderr).toBe('');
        expect(Number(withRoot.stdout.trim())).toBeGreaterThan(0);
      });
    });

    describe('options', () => {
      const error = (extra: Record<string, unknown>) => inputErrorOf(read(NPM, extra));

      it('needs identity with trustedRoot, and trustedRoot with identity', async () => {
        expect((await error({})).message).toMatch(/identity/);
        const lone = await inputErrorOf(
          readSources(
            [{ id: 'prov', kind: 'provenance', path: NPM, component: 'api', identity: NPM_POLICY }],
            contextFor(dir),
          ),
        );
        expect(lone.message).toMatch(/trustedRoot/);
      });

      it('needs an issuer and a SAN, SAN pattern or repository', async () => {
        expect((await error({ identity: { repository: 'a/b' } })).message).toMatch(/issuer/);
        expect((await error({ identity: { issuer: GITHUB_ISSUER, ref: 'refs/tags/v1' } })).message).toMatch(
          /subjectAlternativeName|repository|anyOf/,
        );
        expect((await error({ identity: { ...NPM_POLICY, extra: 1 } })).message).toMatch(/extra/);
      });

      it('names an invalid pattern', async () => {
        const bad = await error({ identity: { issuer: GITHUB_ISSUER, subjectAlternativeNamePattern: '(' } });
        expect(bad.field).toBe('identity.subjectAlternativeNamePattern');
        expect(bad.message).toMatch(/not a valid regular expression/);
      });

      it('names the trusted root file when it is missing, outside the workspace or not a trusted root', async () => {
        const cases: Array<[string, RegExp]> = [
          ['missing.json', /missing\.json/],
          ['../outside.json', /outside/],
          ['root-wrong-media.json', /trusted root has mediaType "application\/json"/],
          ['root-no-ca.json', /lists no certificate authority/],
          [NPM, /trusted root has mediaType undefined/],
        ];
        for (const [trustedRoot, message] of cases) {
          const failure = await error({ trustedRoot, identity: NPM_POLICY });
          expect(`${failure.message} ${failure.file ?? ''}`, trustedRoot).toMatch(message);
        }
        const media = await error({ trustedRoot: 'root-wrong-media.json', identity: NPM_POLICY });
        expect(media.file).toBe('root-wrong-media.json');
      });
    });

    describe('github-attestations source', () => {
      it('verifies the attestation bundle keyless and holds one whose signer is not the policy', async () => {
        const bundle = JSON.parse(await readFile(path.join(dir, V02), 'utf8'));
        const github = new FakeSourceGitHub({ attestations: { [DELEGATOR_SUBJECT]: [{ bundle }] } });
        const run = (identity: Record<string, unknown>) =>
          readSources(
            [
              {
                id: 'gh',
                kind: 'github-attestations',
                component: 'api',
                subjects: [DELEGATOR_SUBJECT],
                trustedRoot: 'root.json',
                identity,
              },
            ],
            contextFor(dir, { github }),
          );
        const good = await run(DELEGATOR_POLICY);
        expect(suspicions(good)).toEqual([]);
        expect(provenance(good)[0]?.provenance).toMatchObject({
          signatureVerified: true,
          signer: { subjectAlternativeName: DELEGATOR_SAN },
        });
        expect(provenance(good)[0]?.lineage).toMatchObject({ revision: 'rekor:174298167' });
        expect(provenance(good)[0]?.lineage.observedAt).not.toBe(REFERENCE_TIME);
        const bad = await run({ issuer: GITHUB_ISSUER, repository: 'acme/payments' });
        expect(suspicions(bad).map((s) => s.reason)).toEqual([
          `provenance signer identity does not match the policy of source 'gh': repository expected "https://github.com/acme/payments", got "https://github.com/slsa-framework/example-package"`,
        ]);
      });
    });
  },
);
