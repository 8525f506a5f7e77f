/**
 * Attack: trust anchors named by the service repository. The sources file lives in the service repository, so a
 * pusher can commit their own public key, name it in `trustedKeys` and sign whatever provenance they like: it is
 * `signatureVerified: true` with no hold, and the bundle said only the key's path. Likewise a `trustedRoot` plus an
 * `identity` of their choosing. The governed version:
 * (a) bundle.json records which anchor verified each provenance (`anchor`: sha256 of the key's SPKI, DER, or of
 *     the trusted root file);
 * (b) the bundles repository's policy may pin anchors and keyless signers, globally or per product;
 * (c) assemble holds (`suspicious-source`) a provenance no pinned anchor verified, or a keyless one whose signer is
 *     not pinned;
 * (d) verify re-derives that hold from bundle.json with the policy it is given (the default branch's), so a
 *     bundle whose holds.json leaves it out fails cutover/holds at the provenance entry's line.
 * Keyless cases use the real slsa-github-generator bundle and the public-good root (skipped without ../shared).
 */
import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/domain/policy.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { verifyRelease } from '../../src/modes/verification.js';
import { validateDocument } from '../../src/schema/validate.js';
import { pae } from '../../src/sources/attestation.js';
import { readSources } from '../../src/sources/index.js';
import { assembleRecords, basePolicy, cleanRecords, releaseTexts, withoutHolds } from '../helpers/records.js';
import { contextFor, haveRealFixtures, NO_FIXTURES, realFixtures, repoRoot, tempDir, writeFiles } from './helpers.js';

const V02 = 'slsa-verifier-gha_delegator-v2.1.0-push-v14.build.slsa.sigstore.json';
const ROOT = path.join(repoRoot, 'test/sources/sigstore/trusted_root.public-good.json');
const V02_SUBJECT = 'sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03';
const ISSUER = 'https://token.actions.githubusercontent.com';
const API_DIGEST = assembleRecords(cleanRecords()).files.bundle.components[0]?.artifacts[0]?.digest ?? '';

const releng = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pusher = generateKeyPairSync('ec', { namedCurve: 'P-256' });

/** What `openssl pkey -pubin -outform DER | sha256sum` prints for the key, as `sha256:<hex>`. */
function spki(key: KeyObject): string {
  return `sha256:${createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;
}

/** A DSSE envelope of SLSA provenance for the api artifact (acme/payments, no commit), signed with `key`. */
function envelope(key: KeyObject): string {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'api-image', digest: { sha256: API_DIGEST.slice('sha256:'.length) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: 'refs/tags/v2026.11.3-rc.2', repository: 'acme/payments', path: 'x' } },
      },
      runDetails: { builder: { id: 'https://github.com/actions/runner' } },
    },
  };
  const payload = Buffer.from(JSON.stringify(statement));
  const sig = sign('sha256', pae('application/vnd.in-toto+json', payload), key).toString('base64');
  return JSON.stringify({
    payloadType: 'application/vnd.in-toto+json',
    payload: payload.toString('base64'),
    signatures: [{ sig }],
  });
}

let dir: string;
let cleanup: () => Promise<void>;
let rootDigest: string;

/** The clean release with api's provenance read by the real adapter from `entry`. */
async function withProvenance(entry: Record<string, unknown>, digest = API_DIGEST): Promise<SourceRecord[]> {
  const read = await readSources([{ id: 'prov', kind: 'provenance', component: 'api', ...entry }], contextFor(dir));
  const base = cleanRecords()
    // These cases are about api's provenance: the worker keeps its own, as verified by release engineering's key
    // (under pins a component with artifacts and no provenance is held too), api's is the entry's.
    .filter((r) => r.type !== 'provenance' || r.component === 'worker')
    .map((r) =>
      r.type === 'provenance'
        ? { ...r, provenance: { ...r.provenance, anchor: { kind: 'key' as const, digest: spki(releng.publicKey) } } }
        : r.type === 'artifact' && r.component === 'api'
          ? { ...r, artifact: { ...r.artifact, digest } }
          : r,
    );
  return [...base, ...read];
}

/** The holds on api (component 0), whose provenance these cases are about. */
const holdsOf = (records: SourceRecord[], policy: Policy) =>
  assembleRecords(records, { policy })
    .files.holds.holds.filter((h) => h.path === '/components/0' || h.path.startsWith('/components/0/'))
    .map((h) => [h.rule, h.path, h.reason]);

/** A policy pinning `anchors` (and `signers`) for every product. */
const pinned = (anchors: string[], signers?: Array<{ issuer: string; repository: string }>): Policy =>
  basePolicy({ provenance: { anchors, ...(signers ? { signers } : {}) } });

describe('provenance trust anchors pinned by the bundles repository', () => {
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    const files: Record<string, string> = {
      'keys/releng.pem': releng.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      'keys/pusher.pem': pusher.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      'api.pusher.dsse.json': envelope(pusher.privateKey),
      'api.releng.dsse.json': envelope(releng.privateKey),
    };
    if (haveRealFixtures) {
      const root = await readFile(ROOT);
      rootDigest = `sha256:${createHash('sha256').update(root).digest('hex')}`;
      files['root.json'] = root.toString('utf8');
      files[V02] = await readFile(path.join(realFixtures, 'provenance', V02), 'utf8');
    }
    await writeFiles(dir, files);
  });
  afterAll(() => cleanup());

  const pusherSigned = () => withProvenance({ path: 'api.pusher.dsse.json', trustedKeys: ['keys/pusher.pem'] });

  it('(a) records the key that verified a keyed signature, and the schema accepts it', async () => {
    const records = await pusherSigned();
    const assembly = assembleRecords(records);
    // Without pins nothing is held: the pusher's own key verifies (the attack), but the bundle now says which key.
    expect(assembly.files.holds.holds).toEqual([]);
    const provenance = assembly.files.bundle.components[0]?.provenance?.[0];
    expect(provenance?.signatureVerified).toBe(true);
    expect(provenance?.anchor).toEqual({ kind: 'key', digest: spki(pusher.publicKey) });
    const texts = releaseTexts(assembly);
    expect(verifyRelease(texts, basePolicy()).filter((o) => o.status === 'failed')).toEqual([]);
    expect(JSON.parse(texts.bundle).components[0].provenance[0].anchor.digest).toBe(spki(pusher.publicKey));
  });

  it('(a) records no anchor for an unverified statement', async () => {
    const assembly = assembleRecords(await withProvenance({ path: 'api.pusher.dsse.json' }));
    expect(assembly.files.bundle.components[0]?.provenance?.[0]).not.toHaveProperty('anchor');
  });

  it("(c) holds provenance verified by the pusher's own key when the policy pins release engineering's", async () => {
    const policy = pinned([spki(releng.publicKey)]);
    expect(holdsOf(await pusherSigned(), policy)).toEqual([
      [
        'suspicious-source',
        '/components/0/provenance/0',
        `provenance of api was verified by key ${spki(pusher.publicKey)}, which is not pinned, but the policy pins the trust anchors of payments's provenance (${spki(releng.publicKey)})`,
      ],
    ]);
    const releng_ = await withProvenance({ path: 'api.releng.dsse.json', trustedKeys: ['keys/releng.pem'] });
    expect(holdsOf(releng_, policy)).toEqual([]);
  });

  it('(c) holds a component that ships artifacts with no provenance at all under pins (dropping it does not escape them)', async () => {
    const policy = pinned([spki(releng.publicKey)]);
    const records = (await pusherSigned()).filter((r) => !(r.type === 'provenance' && r.component === 'api'));
    const assembly = assembleRecords(records, { policy });
    expect(assembly.files.bundle.components[0]?.provenance ?? []).toEqual([]);
    expect(assembly.files.holds.holds.map((h) => [h.rule, h.path, h.reason])).toEqual([
      [
        'suspicious-source',
        '/components/0',
        `component api ships an artifact with no provenance, but the policy pins the trust anchors of payments's provenance (${spki(releng.publicKey)})`,
      ],
    ]);
    // Without pins nothing is held; and verify re-derives it from bundle.json when holds.json leaves it out.
    expect(assembleRecords(records).files.holds.holds).toEqual([]);
    const forged = withoutHolds(releaseTexts(assembly, policy));
    const failed = verifyRelease(forged, policy).filter((o) => o.status === 'failed');
    expect(failed.map((o) => [o.rule, o.findings.map((f) => [f.file, f.path])])).toEqual([
      ['holds', [['bundle.json', '/components/0']]],
    ]);
  });

  it('(c) holds provenance with no verified signature under pins (dropping trustedKeys does not escape them)', async () => {
    const policy = pinned([spki(releng.publicKey)]);
    const unsigned = await withProvenance({ path: 'api.releng.dsse.json' });
    expect(holdsOf(unsigned, policy).map((h) => h[2])).toEqual([
      `provenance of api has no verified signature, but the policy pins the trust anchors of payments's provenance (${spki(releng.publicKey)})`,
    ]);
    // Without pins, the same bundle is clean: nothing changes for policies that pin nothing.
    expect(holdsOf(unsigned, basePolicy())).toEqual([]);
  });

  it("(b) a product's own pins replace the top-level ones", async () => {
    const policy = basePolicy({
      provenance: {
        anchors: [spki(releng.publicKey)],
        products: { payments: { anchors: [spki(pusher.publicKey)] }, other: { anchors: [spki(releng.publicKey)] } },
      },
    });
    expect(holdsOf(await pusherSigned(), policy)).toEqual([]);
    const onlyOther = basePolicy({ provenance: { products: { other: { anchors: [spki(releng.publicKey)] } } } });
    expect(holdsOf(await pusherSigned(), onlyOther)).toEqual([]);
  });

  it("(b) a product named with other case does not step around its entry's pins (the sources file names the product)", async () => {
    // The bundle's product is `payments`; the policy pins release engineering's key for `Payments` only.
    const policy = basePolicy({ provenance: { products: { Payments: { anchors: [spki(releng.publicKey)] } } } });
    expect(holdsOf(await pusherSigned(), policy).map((h) => h[2])).toEqual([
      `provenance of api was verified by key ${spki(pusher.publicKey)}, which is not pinned, but the policy pins the trust anchors of payments's provenance (${spki(releng.publicKey)})`,
    ]);
    // An exact entry wins over one in other case.
    const exact = basePolicy({
      provenance: {
        products: { payments: { anchors: [spki(pusher.publicKey)] }, PAYMENTS: { anchors: [spki(releng.publicKey)] } },
      },
    });
    expect(holdsOf(await pusherSigned(), exact)).toEqual([]);
    // Several entries in other case: only what every one of them pins counts.
    const both = (a: KeyObject[], b: KeyObject[]) =>
      basePolicy({
        provenance: { products: { Payments: { anchors: a.map(spki) }, PAYMENTS: { anchors: b.map(spki) } } },
      });
    expect(holdsOf(await pusherSigned(), both([pusher.publicKey, releng.publicKey], [pusher.publicKey]))).toEqual([]);
    expect(holdsOf(await pusherSigned(), both([pusher.publicKey], [releng.publicKey])).map((h) => h[2])).toEqual([
      `provenance of api was verified by key ${spki(pusher.publicKey)}, which is not pinned, but the policy's entries for payments under other case pin no trust anchor in common, so none is accepted`,
    ]);
  });

  it('(b) the policy schema takes pins and names a malformed one', () => {
    const good = {
      schemaVersion: 1,
      approvers: { teams: ['release-engineering', 'operations'] },
      provenance: {
        anchors: [spki(releng.publicKey)],
        signers: [{ issuer: ISSUER, repository: 'acme/payments' }],
        products: { payments: { anchors: [spki(releng.publicKey)] } },
      },
    };
    expect(validateDocument<Policy>('policy', good, 'policy.yaml').provenance?.anchors).toEqual([
      spki(releng.publicKey),
    ]);
    const cases: Array<[unknown, string]> = [
      [{ anchors: ['sha256:XYZ'] }, '/provenance/anchors/0'],
      [{ anchors: [] }, '/provenance/anchors'],
      [{ signers: [{ issuer: ISSUER, repository: 'acme/payments' }] }, '/provenance'],
      [
        { products: { payments: { signers: [{ issuer: ISSUER, repository: 'a/b' }] } } },
        '/provenance/products/payments/anchors',
      ],
      [{ products: { '../x': { anchors: [spki(releng.publicKey)] } } }, '/provenance/products'],
    ];
    for (const [bad, field] of cases) {
      let thrown: unknown;
      try {
        validateDocument('policy', { ...good, provenance: bad }, 'policy.yaml');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ name: 'InputError', file: 'policy.yaml', field });
    }
  });

  describe('(d) verify re-derives the hold from bundle.json', () => {
    const policy = pinned([spki(releng.publicKey)]);

    it('fails cutover/holds at the provenance line for a bundle written without the hold', async () => {
      // What a writer that did not know the pins (or did not record anchors: cleanRecords' provenance has none)
      // writes: verified provenance, no anchor, no hold.
      const assembly = assembleRecords(cleanRecords());
      expect(assembly.files.holds.holds).toEqual([]);
      const texts = releaseTexts(assembly, policy);
      const failed = verifyRelease(texts, policy).filter((o) => o.status === 'failed');
      expect(failed.map((o) => o.rule)).toEqual(['holds']);
      const findings = failed[0]?.findings ?? [];
      expect(findings.map((f) => [f.file, f.path])).toEqual([
        ['bundle.json', '/components/0/provenance/0'],
        ['bundle.json', '/components/1/provenance/0'],
      ]);
      const lines = texts.bundle.split('\n');
      for (const finding of findings) {
        expect(finding.message).toContain('records no trust anchor that verified it');
        // The line is the provenance entry's: the next lines are its keys.
        expect(lines[(finding.line ?? 0) - 1]?.trim()).toBe('{');
        expect(lines[finding.line ?? 0]).toContain('"builder"');
      }
      // Without pins the same files pass.
      expect(verifyRelease(texts, basePolicy()).filter((o) => o.status === 'failed')).toEqual([]);
    });

    it('fails for a bundle whose holds.json had the hold removed (bundle digest recomputed)', async () => {
      const assembly = assembleRecords(await pusherSigned(), { policy });
      expect(assembly.files.holds.holds.map((h) => h.rule)).toEqual(['suspicious-source']);
      const texts = releaseTexts(assembly, policy);
      const forged = withoutHolds(texts);
      const failed = verifyRelease(forged, policy).filter((o) => o.status === 'failed');
      expect(failed.map((o) => [o.rule, o.findings.map((f) => [f.file, f.path, f.message])])).toEqual([
        [
          'holds',
          [
            [
              'bundle.json',
              '/components/0/provenance/0',
              `holds.json has no suspicious-source hold at /components/0/provenance/0, which bundle.json calls for under this policy: provenance of api was verified by key ${spki(pusher.publicKey)}, which is not pinned, but the policy pins the trust anchors of payments's provenance (${spki(releng.publicKey)})`,
            ],
          ],
        ],
      ]);
      // With the hold in place, the hold itself is the one finding (not a second one at bundle.json).
      const held = verifyRelease(texts, policy).filter((o) => o.status === 'failed');
      expect(held.flatMap((o) => o.findings.map((f) => f.file))).toEqual(['holds.json']);
    });
  });

  describe.skipIf(!haveRealFixtures)(`keyless (${haveRealFixtures ? 'real bundle' : NO_FIXTURES})`, () => {
    const keyless = () =>
      withProvenance(
        {
          path: V02,
          trustedRoot: 'root.json',
          identity: { issuer: ISSUER, repository: 'slsa-framework/example-package' },
        },
        V02_SUBJECT,
      );

    it('(a) records the trusted root file that verified it', async () => {
      const assembly = assembleRecords(await keyless());
      expect(assembly.files.holds.holds).toEqual([]);
      expect(assembly.files.bundle.components[0]?.provenance?.[0]?.anchor).toEqual({
        kind: 'trusted-root',
        digest: rootDigest,
      });
    });

    it('(c) holds it under a pinned root unless its signer (issuer and repository) is pinned too', async () => {
      const records = await keyless();
      const tail = `but the policy pins the trust anchors of payments's provenance (${rootDigest})`;
      expect(holdsOf(records, pinned([rootDigest])).map((h) => h[2])).toEqual([
        `provenance of api was signed keyless (issuer ${ISSUER}, repository https://github.com/slsa-framework/example-package) and the policy pins no keyless signer, ${tail}`,
      ]);
      expect(
        holdsOf(records, pinned([rootDigest], [{ issuer: ISSUER, repository: 'acme/payments' }])).map((h) => h[2]),
      ).toEqual([
        `provenance of api was signed keyless by issuer ${ISSUER}, repository https://github.com/slsa-framework/example-package, not a pinned signer (${ISSUER} acme/payments), ${tail}`,
      ]);
      expect(
        holdsOf(records, pinned([rootDigest], [{ issuer: ISSUER, repository: 'Slsa-Framework/Example-Package' }])),
      ).toEqual([]);
      // Another root (a pusher's own trusted_root.json) is not pinned.
      expect(holdsOf(records, pinned([spki(releng.publicKey)])).map((h) => h[2])).toEqual([
        `provenance of api was verified by trusted-root ${rootDigest}, which is not pinned, but the policy pins the trust anchors of payments's provenance (${spki(releng.publicKey)})`,
      ]);
    });
  });
});
