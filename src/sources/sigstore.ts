/**
 * Keyless Sigstore verification for the provenance kinds: a Sigstore bundle (GitHub artifact attestation, npm
 * provenance, slsa-github-generator) is verified with @sigstore/verify against a trusted root the user supplies
 * as a file (Sigstore `trusted_root.json` format; no network at verify time, no TUF refresh), and its signer is
 * matched against an identity policy (issuer plus SAN, SAN pattern or workflow repository, optional ref).
 *
 * What @sigstore/verify checks, in order (Verifier.verify, v3.1): a signing time for every timestamp the bundle
 * carries (RFC 3161 timestamps against the root's TSAs; a Rekor integratedTime counts only with an inclusion
 * promise) and at least one; the certificate chain from the leaf to a certificate authority of the root, valid
 * at each of those times; at least one embedded SCT against the root's CT-log keys; every transparency-log
 * entry: its signed entry timestamp (SET) and/or its inclusion proof against a signed checkpoint, both with the
 * root's Rekor keys, and its body against the bundle's signature and payload digest; at least one entry; and the
 * DSSE signature over the PAE with the certificate's key. The identity policy is checked here, after that, so a
 * mismatch names expected and actual values. Not checked: revocation (Fulcio certificates carry none) and
 * whether the trusted root is current (it is a file; refreshing it is the user's job).
 *
 * The @sigstore packages load on first use (dynamic import), so runs without a trustedRoot never load them.
 */
import { createHash } from 'node:crypto';
import type { SignerIdentity } from '../domain/model.js';
import { repositoryKey, sameRepository } from '../domain/repository.js';
import { InputError } from '../errors.js';
import { decodeUtf8, parseDocument } from '../schema/parse.js';
import { isObject } from './shape.js';
import type { SourceContext } from './types.js';

/** Trusted root media types accepted. */
const TRUSTED_ROOT_MEDIA_TYPES: readonly string[] = [
  'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  'application/vnd.dev.sigstore.trustedroot.v0.2+json',
];

/** The identity a keyless signer must have (option `identity` of the provenance kinds). */
export interface IdentityPolicy {
  /** The OIDC issuer, exactly (`https://token.actions.githubusercontent.com`). */
  issuer: string;
  /** The certificate SAN, exactly. */
  subjectAlternativeName?: string;
  /** A JavaScript regular expression the whole SAN must match (anchored here). */
  subjectAlternativeNamePattern?: string;
  /** The Source Repository URI: `owner/name` (github.com) or a full `https://` URL; compared case-insensitively. */
  repository?: string;
  /** The Source Repository Ref, exactly (`refs/tags/v2.4.0`). */
  ref?: string;
  /** A JavaScript regular expression the whole Source Repository Ref must match. */
  refPattern?: string;
}

/** Options shared by the provenance kinds for keyless verification. */
export interface SigstoreTrustOptions {
  /** Workspace path of a Sigstore trusted_root.json. */
  trustedRoot?: string;
  identity?: IdentityPolicy;
}

/** What keyless verification of one bundle concluded. */
export type SigstoreOutcome =
  | { kind: 'verified'; signer: SignerIdentity; text: string }
  /** A cryptographic or structural check failed; `check` names which. */
  | { kind: 'failed'; check: string; text: string }
  /** Everything verified, but the signer is not the one the policy names. */
  | { kind: 'identity-mismatch'; signer: SignerIdentity; mismatches: string[]; text: string }
  /** The bundle is signed by a key (public-key hint), not a Fulcio certificate: keyless verification does not apply. */
  | { kind: 'not-keyless'; reason: string };

/** Verifies Sigstore bundles against one trusted root and identity policy. */
export interface SigstoreVerifier {
  /** The trusted root's workspace path, as reported. */
  rootName: string;
  /** `sha256:<hex>` of the trusted root file's bytes: the anchor a bundle records and a policy pins. */
  rootDigest: string;
  verify(bundle: Record<string, unknown>): SigstoreOutcome;
}

/** Names of the checks, by @sigstore/verify error code, as holds report them. */
const CHECK_NAMES: Readonly<Record<string, string>> = {
  TIMESTAMP_ERROR: 'signing time (a transparency-log entry with a signed entry timestamp, or an RFC 3161 timestamp)',
  CERTIFICATE_ERROR: 'certificate chain to a Fulcio CA of the trusted root, valid at the signing time, with an SCT',
  PUBLIC_KEY_ERROR: 'signing key in the trusted root',
  TLOG_ERROR: 'transparency-log entry present',
  TLOG_MISSING_INCLUSION_ERROR: 'transparency-log inclusion (signed entry timestamp or inclusion proof)',
  TLOG_INCLUSION_PROMISE_ERROR: 'transparency-log signed entry timestamp (SET) against the Rekor key',
  TLOG_INCLUSION_PROOF_ERROR: 'transparency-log inclusion proof against a signed checkpoint',
  TLOG_BODY_ERROR: 'transparency-log entry body matches the signature and payload digest',
  SIGNATURE_ERROR: 'DSSE signature over the PAE with the certificate key',
};

const FULCIO = '1.3.6.1.4.1.57264.1.';

/** What the verified text says was checked (the same list for every verified bundle, plus the entry details). */
const NOT_CHECKED = 'not checked: revocation (Fulcio certificates have none), freshness of the trusted root file';

/**
 * The verifier for a source's `trustedRoot` and `identity`, or undefined when no trustedRoot is configured.
 * Reads and checks the trusted root (InputError naming the file on anything unusable) and compiles the policy's
 * patterns (InputError naming the option).
 */
export async function loadSigstoreVerifier(
  context: SourceContext,
  options: SigstoreTrustOptions & { id: string },
): Promise<SigstoreVerifier | undefined> {
  if (options.trustedRoot === undefined) {
    if (options.identity !== undefined) {
      throw new InputError(
        `source '${options.id}': identity is given without trustedRoot, so it would not be checked`,
        {
          field: 'identity',
          expected: 'trustedRoot: <workspace path of a Sigstore trusted_root.json> beside identity',
        },
      );
    }
    return undefined;
  }
  const policy = options.identity;
  if (policy === undefined) {
    throw new InputError(
      `source '${options.id}': trustedRoot is given without identity: any GitHub workflow can get a Fulcio certificate`,
      {
        field: 'identity',
        expected: 'identity: {issuer, and subjectAlternativeName, subjectAlternativeNamePattern or repository}',
      },
    );
  }
  const patterns = {
    san: compilePattern(options.id, 'identity.subjectAlternativeNamePattern', policy.subjectAlternativeNamePattern),
    ref: compilePattern(options.id, 'identity.refPattern', policy.refPattern),
  };
  const file = await context.workspace.read(options.trustedRoot, context.maxFileBytes);
  const json = parseDocument(decodeUtf8(file.bytes, file.path), file.path, 'json');
  const sigstore = await loadPackages();
  const material = trustMaterialOf(sigstore, json, file.path);
  const verifier = new sigstore.verify.Verifier(material);
  return {
    rootName: file.path,
    rootDigest: `sha256:${createHash('sha256').update(file.bytes).digest('hex')}`,
    verify: (bundle) => verifyBundle(sigstore, verifier, file.path, bundle, policy, patterns),
  };
}

type Packages = Awaited<ReturnType<typeof loadPackages>>;

async function loadPackages() {
  const [verify, bundle, specs, core] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/bundle'),
    import('@sigstore/protobuf-specs'),
    import('@sigstore/core'),
  ]);
  return { verify, bundle, specs, core };
}

function compilePattern(id: string, field: string, pattern: string | undefined): RegExp | undefined {
  if (pattern === undefined) return undefined;
  try {
    // The pattern must compile on its own first: one that closes the group itself (`x)|(?:.*`) compiles only
    // inside the wrapper, as `^(?:x)|(?:.*)$`, whose second branch is not anchored and matches anything.
    new RegExp(pattern);
    return new RegExp(`^(?:${pattern})$`);
  } catch (cause) {
    throw new InputError(
      `source '${id}': ${field} is not a valid regular expression (${cause instanceof Error ? cause.message : String(cause)})`,
      { field, expected: 'a JavaScript regular expression (matched against the whole value)' },
      { cause },
    );
  }
}

function trustMaterialOf(sigstore: Packages, json: unknown, file: string) {
  const expected = `a Sigstore trusted root (${TRUSTED_ROOT_MEDIA_TYPES.join(' or ')}) with certificateAuthorities and tlogs`;
  if (!isObject(json) || typeof json.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.includes(json.mediaType)) {
    const stated = isObject(json) ? JSON.stringify(json.mediaType) : 'no object';
    throw new InputError(`trusted root has mediaType ${stated}`, { file, field: 'mediaType', expected });
  }
  for (const field of ['certificateAuthorities', 'tlogs'] as const) {
    const list = json[field];
    if (!Array.isArray(list) || list.length === 0) {
      throw new InputError(
        `trusted root lists no ${field === 'tlogs' ? 'transparency log (tlogs)' : 'certificate authority (certificateAuthorities)'}: it can verify no keyless bundle`,
        { file, field, expected },
      );
    }
  }
  try {
    return sigstore.verify.toTrustMaterial(sigstore.specs.TrustedRoot.fromJSON(json));
  } catch (cause) {
    throw new InputError(
      `trusted root is unreadable: ${cause instanceof Error ? cause.message : String(cause)}`,
      { file, expected },
      { cause },
    );
  }
}

function verifyBundle(
  sigstore: Packages,
  verifier: InstanceType<Packages['verify']['Verifier']>,
  rootName: string,
  json: Record<string, unknown>,
  policy: IdentityPolicy,
  patterns: { san: RegExp | undefined; ref: RegExp | undefined },
): SigstoreOutcome {
  const failed = (check: string, message: string): SigstoreOutcome => ({
    kind: 'failed',
    check,
    text: `not-verified: Sigstore verification against trusted root ${rootName} failed at the ${check} check: ${message}`,
  });
  let bundle: ReturnType<Packages['bundle']['bundleFromJSON']>;
  try {
    bundle = sigstore.bundle.bundleFromJSON(json);
  } catch (cause) {
    return failed('bundle structure', cause instanceof Error ? cause.message : String(cause));
  }
  const content = bundle.verificationMaterial.content;
  if (content.$case === 'publicKey') {
    return {
      kind: 'not-keyless',
      reason: `the bundle is signed by a key (hint ${JSON.stringify(content.publicKey.hint)}), not a Fulcio certificate; trustedRoot verifies keyless bundles only (trustedKeys verify keyed ones)`,
    };
  }
  // @sigstore/verify would fail this too, but on the missing signing time; name the missing entry itself.
  if (bundle.verificationMaterial.tlogEntries.length === 0)
    return failed(
      CHECK_NAMES.TLOG_ERROR ?? 'transparency-log entry present',
      'the bundle has no transparency-log entry',
    );
  try {
    verifier.verify(sigstore.verify.toSignedEntity(bundle));
  } catch (cause) {
    const code = isObject(cause) && typeof cause.code === 'string' ? cause.code : '';
    const message = cause instanceof Error ? cause.message : String(cause);
    return failed(CHECK_NAMES[code] ?? `@sigstore/verify ${code || 'internal'}`, message);
  }
  const leaf =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.x509CertificateChain.certificates[0]?.rawBytes;
  const signer = signerOf(sigstore, leaf ?? Buffer.alloc(0), bundle.verificationMaterial);
  const checked = checkedText(rootName, bundle.verificationMaterial, signer);
  const mismatches = identityMismatches(signer, policy, patterns);
  if (mismatches.length > 0) {
    return {
      kind: 'identity-mismatch',
      signer,
      mismatches,
      text: `not-verified: the signer does not match the identity policy (${mismatches.join('; ')}); ${checked}`,
    };
  }
  return {
    kind: 'verified',
    signer,
    text: `verified: ${checked}; identity policy matched (${policyText(policy)}); ${NOT_CHECKED}`,
  };
}

function checkedText(
  rootName: string,
  material: {
    tlogEntries: Array<{ logIndex: string; inclusionPromise?: unknown; inclusionProof?: unknown }>;
    timestampVerificationData?: { rfc3161Timestamps: unknown[] } | undefined;
  },
  signer: SignerIdentity,
): string {
  const entries = material.tlogEntries.map((entry) => {
    const how = [
      entry.inclusionProof ? 'inclusion proof against a signed checkpoint' : '',
      entry.inclusionPromise ? 'SET' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return `Rekor entry ${entry.logIndex} (${how}) against the root's Rekor key, body matching signature and payload digest`;
  });
  const tsa = material.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
  return [
    `Sigstore bundle checked against trusted root ${rootName}: DSSE signature over the PAE with the certificate key`,
    `certificate chain to a Fulcio CA of the root valid at the signing time ${signer.signedAt ?? '(RFC 3161)'}`,
    "SCT against the root's CT-log key",
    ...entries,
    ...(tsa > 0 ? [`${tsa} RFC 3161 timestamp(s) against the root's TSAs`] : []),
  ].join(', ');
}

function policyText(policy: IdentityPolicy): string {
  return Object.entries(policy)
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`)
    .join(', ');
}

/** The signer's SAN and Fulcio extensions, from the (verified) leaf certificate. */
function signerOf(
  sigstore: Packages,
  der: Buffer,
  material: { tlogEntries: Array<{ logIndex: string; integratedTime: string; inclusionPromise?: unknown }> },
): SignerIdentity {
  const certificate = sigstore.core.X509Certificate.parse(Buffer.from(der));
  // Extensions 1.1-1.6 hold the raw string; 1.8 onward a DER UTF8String (Fulcio docs/oid-info.md).
  const v2 = (n: number) => certificate.extension(`${FULCIO}${n}`)?.valueObj.subs[0]?.value.toString('utf8');
  const v1 = (n: number) => certificate.extension(`${FULCIO}${n}`)?.value.toString('utf8');
  const legacyRepository = v1(5);
  const entry = material.tlogEntries.find((e) => e.inclusionPromise !== undefined);
  const signedAt =
    entry && /^\d{1,12}$/.test(entry.integratedTime)
      ? new Date(Number(entry.integratedTime) * 1000).toISOString().replace('.000Z', 'Z')
      : undefined;
  const optional: Array<[keyof SignerIdentity, string | undefined]> = [
    ['sourceRepository', v2(12) ?? (legacyRepository ? `https://github.com/${legacyRepository}` : undefined)],
    ['sourceRef', v2(14) ?? v1(6)],
    ['sourceCommit', v2(13) ?? v1(3)],
    ['buildConfig', v2(18)],
    ['runInvocation', v2(21)],
    ['runnerEnvironment', v2(11)],
    ['signedAt', signedAt],
    ['logIndex', material.tlogEntries[0]?.logIndex],
  ];
  return {
    subjectAlternativeName: certificate.subjectAltName ?? '',
    issuer: v2(8) ?? v1(1) ?? '',
    ...Object.fromEntries(optional.filter((pair): pair is [keyof SignerIdentity, string] => pair[1] !== undefined)),
  };
}

function identityMismatches(
  signer: SignerIdentity,
  policy: IdentityPolicy,
  patterns: { san: RegExp | undefined; ref: RegExp | undefined },
): string[] {
  const out: string[] = [];
  const show = (value: string | undefined) => (value === undefined ? 'none' : JSON.stringify(value));
  if (signer.issuer !== policy.issuer) out.push(`issuer expected ${show(policy.issuer)}, got ${show(signer.issuer)}`);
  const san = signer.subjectAlternativeName;
  if (policy.subjectAlternativeName !== undefined && san !== policy.subjectAlternativeName)
    out.push(`subjectAlternativeName expected ${show(policy.subjectAlternativeName)}, got ${show(san)}`);
  if (patterns.san && !patterns.san.test(san))
    out.push(
      `subjectAlternativeName expected to match ${show(policy.subjectAlternativeNamePattern)}, got ${show(san)}`,
    );
  if (
    policy.repository !== undefined &&
    (signer.sourceRepository === undefined || !sameRepository(signer.sourceRepository, policy.repository))
  )
    out.push(`repository expected ${show(repositoryKey(policy.repository))}, got ${show(signer.sourceRepository)}`);
  if (policy.ref !== undefined && signer.sourceRef !== policy.ref)
    out.push(`ref expected ${show(policy.ref)}, got ${show(signer.sourceRef)}`);
  if (patterns.ref && (signer.sourceRef === undefined || !patterns.ref.test(signer.sourceRef)))
    out.push(`ref expected to match ${show(policy.refPattern)}, got ${show(signer.sourceRef)}`);
  return out;
}
