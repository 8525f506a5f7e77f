/**
 * The cutover bundle model: the plain data that Cutover assembles, writes, verifies and seals.
 *
 * Everything here is data only. The files of one release directory are
 * `bundle.json` (content), `lineage.json` (where each consequential field came from),
 * `holds.json` (the hold register) and `manifest.json` (the approval manifest). The first three are
 * covered by the bundle digest; the manifest binds that digest to a revision, queue and window.
 */
/** Where a value came from: one source record. Every consequential field maps to one. */
export interface Lineage {
    /** The source system, e.g. `github`, `file`, `http`, `github-release`, `github-attestations`. */
    system: string;
    /** Where in that system, e.g. `acme/payments@4f1c…:release/records.yaml#/components/0`. */
    locator: string;
    /** The source's own revision: a commit SHA, an ETag, a release id, a content hash. */
    revision: string;
    /** Digest of the source bytes, `sha256:<hex>` or `gitblob:<hex>`. */
    digest: string;
    /** When the source stated this value (RFC 3339). Never wall-clock time of the run, so digests are reproducible. */
    observedAt: string;
}
/** Signature status of the release-candidate tag, as the signing system reported it. */
export interface SignatureEvidence {
    verified: boolean;
    /** GitHub's `verification.reason` (`valid`, `unsigned`, `invalid`, …) or the local equivalent. */
    reason: string;
}
export interface ReleaseCandidate {
    tag: string;
    commit: string;
    repository?: string;
    signature: SignatureEvidence;
}
export interface Artifact {
    name: string;
    version: string;
    /** `sha256:<64 hex>` */
    digest: string;
    /** Where a deployer fetches it: an OCI reference, a release asset URL, a package URL. */
    locator: string;
}
export interface Provenance {
    builder: string;
    sourceRepository: string;
    sourceRef?: string;
    sourceCommit?: string;
    /** Subjects named by the attestation: `sha256:`, `sha384:` or `sha512:<hex>` digests (every accepted algorithm stated). */
    subjects: string[];
    /** True only when a signature was cryptographically verified against a trust root. */
    signatureVerified: boolean;
    /** How it was checked, or why it was not (`not-verified: no trust root supplied`). */
    verification: string;
    /**
     * Who signed a keyless Sigstore bundle, read from its Fulcio certificate after the chain to a CA of the
     * configured trusted root was verified (absent when no trustedRoot was given or the chain did not verify).
     */
    signer?: SignerIdentity;
    /** Which trust anchor verified the signature (present only when `signatureVerified`). */
    anchor?: TrustAnchor;
}
/**
 * The trust anchor a provenance signature was verified with: a trusted key (`key`: sha256 of its
 * SubjectPublicKeyInfo, DER; for a certificate, of its public key's) or a Sigstore trusted root (`trusted-root`:
 * sha256 of the trusted_root.json file's bytes). A policy may pin the digests it accepts.
 */
export interface TrustAnchor {
    kind: 'key' | 'trusted-root';
    /** `sha256:<64 hex>` */
    digest: string;
}
/** The identity a Fulcio certificate was issued to (its SAN and Fulcio extensions, OIDs 1.3.6.1.4.1.57264.1.*). */
export interface SignerIdentity {
    /** The certificate's subject alternative name: for GitHub Actions the workflow `<repo URL>/<path>@<ref>`. */
    subjectAlternativeName: string;
    /** The OIDC issuer that vouched for the identity (`https://token.actions.githubusercontent.com`). */
    issuer: string;
    /** Source Repository URI (1.12; legacy 1.5): the repository whose workflow run was signed. */
    sourceRepository?: string;
    /** Source Repository Ref (1.14; legacy 1.6). */
    sourceRef?: string;
    /** Source Repository Digest (1.13; legacy 1.3): the commit. */
    sourceCommit?: string;
    /** Build Config URI (1.18): the top-level workflow file and ref the run started from. */
    buildConfig?: string;
    /** Run Invocation URI (1.21): the workflow run. */
    runInvocation?: string;
    /** Runner Environment (1.11): `github-hosted` or `self-hosted`. */
    runnerEnvironment?: string;
    /** The verified signing time (RFC 3339): the Rekor integrated time or an RFC 3161 timestamp. */
    signedAt?: string;
    /** The Rekor log index of the verified transparency-log entry. */
    logIndex?: string;
}
export interface Component {
    name: string;
    artifacts: Artifact[];
    provenance?: Provenance[];
}
export interface Dependency {
    component: string;
    name: string;
    /** Left out when the SBOM states none (CycloneDX 1.5+ and SPDX make it optional): missing, never `''`. */
    version?: string;
    purl?: string;
    licenses?: string[];
}
export interface CohortFlag {
    key: string;
    variant: string;
}
export interface Cohort {
    id: string;
    environments: string[];
    /** Percentage of traffic, 0..100. A cohort has a share, a segment, or both. */
    share?: number;
    segment?: string;
    flags: CohortFlag[];
}
export interface RollbackEvidence {
    kind: string;
    ref: string;
    at?: string;
}
export interface RollbackPointer {
    version: string;
    digest: string;
}
export interface Rollback {
    component: string;
    /** The previously approved artifact to return to; absent when no source stated one (a hold). */
    pointer?: RollbackPointer;
    /** Reference to the rollback hook (a runbook, a job, a workflow), never executed by Cutover. */
    hook?: string;
    evidence: RollbackEvidence[];
}
export interface EnvironmentConstraints {
    /** Largest share (percent) any single cohort may take in this environment. */
    maxCohortShare?: number;
    /** Every component rolled out here must name a rollback hook. */
    requireRollbackHook?: boolean;
    /** Deployment queues allowed to deploy here. */
    allowedQueues?: string[];
}
export interface Environment {
    name: string;
    constraints: EnvironmentConstraints;
}
export type WaiverStatus = 'approved' | 'pending' | 'rejected';
export interface Waiver {
    id: string;
    /** What it waives, e.g. a dependency purl or a finding id. */
    subject: string;
    status: WaiverStatus;
    owner: string;
    expiresAt: string;
    reason?: string;
}
export interface ChangeWindow {
    queue: string;
    start: string;
    end: string;
    changeRecord: string;
    /** Environments this change window covers. */
    environments: string[];
}
/** bundle.json */
export interface Bundle {
    schemaVersion: 1;
    product: string;
    release: string;
    candidate: ReleaseCandidate;
    components: Component[];
    dependencies: Dependency[];
    cohorts: Cohort[];
    rollback: Rollback[];
    environments: Environment[];
    waivers: Waiver[];
    window: ChangeWindow;
}
/** One rendering change made by a policy rule. */
export interface Normalization {
    path: string;
    original: string;
    rendered: string;
    rule: string;
}
/** Lineage of one field: the source key, and the digest of the value it vouched for. */
export interface FieldLineage {
    source: string;
    /** Where in the source document the value was stated (`#/components/3`), appended to its locator. */
    fragment?: string;
    /** sha256 of the canonical JSON of the field's value when assembled: a later hand edit no longer matches. */
    valueDigest: string;
}
/** lineage.json */
export interface LineageDocument {
    schemaVersion: 1;
    /** Source records, keyed `sourceId#n`. */
    sources: Record<string, Lineage>;
    /** JSON Pointer into bundle.json -> lineage. */
    fields: Record<string, FieldLineage>;
    normalizations: Normalization[];
}
export type HoldRuleId = 'missing-rollback-evidence' | 'waiver-pending' | 'waiver-expired' | 'supersession' | 'scope-drift' | 'missing-lineage' | 'unsigned-candidate' | 'provenance-mismatch' | 'suspicious-source';
export interface Hold {
    /** Stable id: the same rule at the same path gives the same id in every run. */
    id: string;
    rule: HoldRuleId;
    /** JSON Pointer into bundle.json. */
    path: string;
    reason: string;
    status: 'open';
    /** Lineage of the evidence that raised the hold (may be empty when the evidence is an absence). */
    evidence: Lineage[];
}
/** holds.json */
export interface HoldRegister {
    schemaVersion: 1;
    holds: Hold[];
}
export interface RevisionRef {
    revision: number;
    bundleDigest: string;
}
/** manifest.json: binds one bundle revision to one queue and one window. */
export interface ApprovalManifest {
    schemaVersion: 1;
    product: string;
    release: string;
    revision: number;
    bundleDigest: string;
    queue: string;
    window: {
        start: string;
        end: string;
    };
    requiredApprovers: {
        teams: string[];
    };
    supersedes: RevisionRef | null;
    handoff: string;
}
/** The parsed content files of one release directory. */
export interface BundleFiles {
    bundle: Bundle;
    lineage: LineageDocument;
    holds: HoldRegister;
}
export type Severity = 'error' | 'warning' | 'notice';
/** A verification result: what rule, where, and why. */
export interface Finding {
    rule: VerificationRuleId;
    severity: Severity;
    file: string;
    /** JSON Pointer into `file`, '' for the whole document. */
    path: string;
    message: string;
    /** 1-based line, when the file text was available. */
    line?: number;
}
export type VerificationRuleId = 'schema' | 'lineage' | 'rollback' | 'environment' | 'holds' | 'binding';
