/**
 * Attack: a statement that claims another source commit or ref than its signing certificate vouches for.
 *
 * Whoever can push to the service repository can run a workflow of their own on a branch, get a Fulcio
 * certificate for it (source repository: the service repository; ref: their branch; commit: their commit) and sign
 * any in-toto statement with it. An identity policy of `issuer` plus `repository` (which the schema allows) matches
 * that certificate, so the signature verifies. The statement's claims (`sourceRef`, `sourceCommit`, recorded in
 * bundle.json's provenance) are the signer's words; the certificate's (`signer.sourceRef`, `signer.sourceCommit`)
 * are GitHub's. A statement that says "built from the candidate tag at the candidate commit" while its certificate
 * was issued to a run of another ref at another commit must be held, as a differing source repository already is.
 *
 * The verification itself (@sigstore/verify against a trusted root) is shown on real bundles in
 * sigstore-keyless.test.ts; here a verifier that reports the certificate's identity stands in for it, so the test
 * is about what Cutover does with a verified signer whose certificate and statement disagree.
 */
import { describe, expect, it } from 'vitest';
import type { SignerIdentity } from '../../src/domain/model.js';
import type { SuspicionRecord } from '../../src/domain/records.js';
import { extractProvenance, findStatements, isProvenance } from '../../src/sources/attestation.js';
import { provenanceRecords } from '../../src/sources/provenance.js';
import { DocumentView } from '../../src/sources/shape.js';
import type { SigstoreVerifier } from '../../src/sources/sigstore.js';

const REPOSITORY = 'https://github.com/acme/payments';
const CANDIDATE_COMMIT = '4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39';
const BRANCH_COMMIT = 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0';

/** A GitHub Actions SLSA v1 statement (the actions/attest-build-provenance shape) claiming `ref` and `commit`. */
function statement(ref: string, commit: string): Record<string, unknown> {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'payments-api.tar.gz', digest: { sha256: 'a'.repeat(64) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref, repository: REPOSITORY, path: '.github/workflows/release.yml' } },
        resolvedDependencies: [{ uri: `git+${REPOSITORY}@${ref}`, digest: { gitCommit: commit } }],
      },
      runDetails: { builder: { id: `${REPOSITORY}/.github/workflows/release.yml@${ref}` } },
    },
  };
}

/** A Sigstore bundle (v0.3) around the statement; the verifier below decides what its certificate says. */
function bundle(ref: string, commit: string): Record<string, unknown> {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { tlogEntries: [{ logIndex: '7', integratedTime: '1764000000' }] },
    dsseEnvelope: {
      payloadType: 'application/vnd.in-toto+json',
      payload: Buffer.from(JSON.stringify(statement(ref, commit))).toString('base64'),
      signatures: [{ sig: Buffer.from('signature').toString('base64') }],
    },
  };
}

/** The certificate of a workflow run of the service repository at `ref` and `commit`, verified. */
function verifiedAs(ref: string, commit: string): SigstoreVerifier {
  const signer: SignerIdentity = {
    subjectAlternativeName: `${REPOSITORY}/.github/workflows/evil.yml@${ref}`,
    issuer: 'https://token.actions.githubusercontent.com',
    sourceRepository: REPOSITORY,
    sourceRef: ref,
    sourceCommit: commit,
  };
  return {
    rootName: 'trust/root.json',
    rootDigest: `sha256:${'0'.repeat(64)}`,
    verify: () => ({ kind: 'verified', signer, text: 'verified: (stand-in)' }),
  };
}

function suspicionsOf(document: Record<string, unknown>, verifier: SigstoreVerifier): string[] {
  const view = new DocumentView('provenance.sigstore.json', undefined);
  const found = findStatements(view, document).filter(isProvenance);
  const extracted = found.map((f) => ({
    item: extractProvenance(view, f, [], verifier),
    lineage: { system: 'file', locator: 'provenance.sigstore.json', revision: '', digest: '', observedAt: '' },
  }));
  expect(extracted.map((e) => e.item.provenance.signatureVerified)).toEqual([true]);
  const options = { id: 'prov', kind: 'provenance', component: 'payments-api' };
  return provenanceRecords(extracted, options, [], true)
    .filter((r): r is SuspicionRecord => r.type === 'suspicion')
    .map((r) => r.reason);
}

describe('a verified statement whose claims differ from its certificate', () => {
  const TAG = 'refs/tags/v2.4.0-rc.1';

  it('passes without a hold when statement and certificate agree', () => {
    expect(suspicionsOf(bundle(TAG, CANDIDATE_COMMIT), verifiedAs(TAG, CANDIDATE_COMMIT))).toEqual([]);
  });

  it('holds a statement claiming the candidate commit, signed by a run at another commit', () => {
    const reasons = suspicionsOf(bundle(TAG, CANDIDATE_COMMIT), verifiedAs(TAG, BRANCH_COMMIT));
    expect(reasons).toEqual([
      `provenance states source commit ${CANDIDATE_COMMIT}, but its Fulcio certificate was issued to a workflow run at commit ${BRANCH_COMMIT} (${REPOSITORY}/.github/workflows/evil.yml@${TAG})`,
    ]);
  });

  it('holds a statement claiming the candidate tag, signed by a run of a branch', () => {
    const reasons = suspicionsOf(bundle(TAG, CANDIDATE_COMMIT), verifiedAs('refs/heads/evil', CANDIDATE_COMMIT));
    expect(reasons).toEqual([
      `provenance states source ref ${TAG}, but its Fulcio certificate was issued to a workflow run of refs/heads/evil (${REPOSITORY}/.github/workflows/evil.yml@refs/heads/evil)`,
    ]);
  });
});
