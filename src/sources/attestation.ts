/**
 * in-toto attestations, as they arrive: a bare Statement (v0.1, v1), a DSSE envelope, a Sigstore bundle
 * (media types v0.1, v0.2, v0.3), an npm/GitHub `{"attestations": [...]}` wrapper, or `.intoto.jsonl` lines.
 * Unwraps them to SLSA provenance (v0.2, v1) and extracts builder, source repository, ref, commit and subject
 * digests (sha256, sha384, sha512). Shared by the `provenance` and `github-attestations` kinds.
 *
 * Signatures, two ways. (1) Keyed: the DSSE signature is checked over its PAE with node:crypto against the keys
 * the user trusts (`trustedKeys`: PEM public keys or certificates). (2) Keyless: when the source gives a
 * `trustedRoot`, a Sigstore bundle is verified by sigstore.ts with @sigstore/verify (certificate chain to a Fulcio
 * CA of that root at the signing time, SCT, Rekor SET/inclusion proof and entry body, DSSE signature) and its
 * signer matched against the source's identity policy. `signatureVerified` is set only by a trusted key or by a
 * keyless verification whose signer matches the policy. Otherwise the signature is checked, for information
 * only, against the certificate embedded in a bundle, and the text says that chain and tlog were not checked.
 */
import { createHash, createPublicKey, type KeyObject, verify, X509Certificate } from 'node:crypto';
import type { Provenance, SignerIdentity, TrustAnchor } from '../domain/model.js';
import { sameRepository } from '../domain/repository.js';
import { decodeUtf8, parseDocument } from '../schema/parse.js';
import { child, type DocumentView, expectArray, expectObject, expectString, isObject } from './shape.js';
import type { SigstoreVerifier } from './sigstore.js';

/** in-toto Statement types read. */
const STATEMENT_TYPES: readonly string[] = [
  'https://in-toto.io/Statement/v0.1',
  'https://in-toto.io/Statement/v1',
  'https://in-toto.io/Statement/v1?draft',
];

/** SLSA provenance predicate types read. */
const PROVENANCE_TYPES: readonly string[] = [
  'https://slsa.dev/provenance/v0.2',
  'https://slsa.dev/provenance/v1',
  'https://slsa.dev/provenance/v1.0',
  'https://slsa.dev/provenance/v1?draft',
];

/** Sigstore bundle media types read. */
const BUNDLE_MEDIA_TYPES: readonly string[] = [
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json',
];

const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';

/** What the accepted forms are, for error messages. */
export const ATTESTATION_FORMS =
  'an in-toto Statement (v0.1/v1) with SLSA provenance (v0.2/v1): bare, in a DSSE envelope, in a Sigstore bundle (v0.1-v0.3), in {"attestations": [...]}, or one DSSE envelope per .intoto.jsonl line';

/** A trusted verification key, with the name it is reported by. */
export interface TrustedKey {
  name: string;
  key: KeyObject;
  /** `sha256:<hex>` of the key's SubjectPublicKeyInfo (DER): the anchor a bundle records and a policy pins. */
  digest: string;
}

interface Envelope {
  payloadType: string;
  payload: Uint8Array;
  signatures: Uint8Array[];
}

/** One statement found in a document, where it was, and how it was signed. */
export interface FoundStatement {
  /** JSON Pointer of the statement's container (bundle, envelope or statement) in the document. */
  pointer: string;
  statement: Record<string, unknown>;
  /** The pointer errors about the statement name (its container's, when it was a base64 payload). */
  statementPointer: string;
  envelope?: Envelope;
  /** The certificate embedded in a Sigstore bundle, if any. */
  certificate?: X509Certificate;
  /** The Sigstore bundle the statement came from (as parsed), for keyless verification. */
  bundle?: Record<string, unknown>;
  /** Sigstore transparency-log integration time (RFC 3339), if the bundle states one. */
  integratedTime?: string;
  /** Transparency-log index, if the bundle states one. */
  logIndex?: string;
}

/** A provenance statement extracted, with what was and was not checked about its signature. */
export interface ExtractedProvenance {
  found: FoundStatement;
  provenance: Provenance;
  /**
   * True when a signature was present and matched no key it was checked against (trusted or embedded), or when
   * keyless verification against the trusted root failed (the verification text names the check).
   */
  signatureInvalid: boolean;
  /** Keyless verification succeeded but the signer is not the policy's: `<field> expected X, got Y` per difference. */
  identityMismatches?: string[];
  /**
   * The statement's source repository differs from the one its (verified) Fulcio certificate was issued to: the
   * signing workflow vouches for a build of another repository.
   */
  sourceConflict?: string;
  /** True when the predicate names no builder id. */
  missingBuilder: boolean;
}

/** Every in-toto statement in a parsed document (any accepted form). Throws an InputError on unknown forms. */
export function findStatements(view: DocumentView, value: unknown, pointer = ''): FoundStatement[] {
  const node = expectObject(view, value, pointer, ATTESTATION_FORMS);
  if (Array.isArray(node.attestations)) {
    return node.attestations.flatMap((item, index) => {
      const at = child(pointer, 'attestations', index);
      const entry = expectObject(view, item, at, 'an attestation entry');
      return findStatements(view, entry.bundle ?? entry, entry.bundle === undefined ? at : child(at, 'bundle'));
    });
  }
  if (typeof node.mediaType === 'string') return [fromBundle(view, node, pointer)];
  if (node.payloadType !== undefined || node.payload !== undefined) {
    const envelope = readEnvelope(view, node, pointer);
    return [{ pointer, statementPointer: pointer, envelope, statement: statementOf(view, envelope, pointer) }];
  }
  if (node._type !== undefined)
    return [{ pointer, statementPointer: pointer, statement: checkStatement(view, node, pointer) }];
  throw view.error(pointer, 'not an attestation: no _type, payloadType, mediaType or attestations', ATTESTATION_FORMS);
}

/** Every statement of an `.intoto.jsonl` text: one JSON document (usually a DSSE envelope) per line. */
export function findStatementsInLines(
  text: string,
  file: string,
  makeView: (line: string) => DocumentView,
): FoundStatement[] {
  const found: FoundStatement[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const view = makeView(line);
    const value = parseDocument(line, `${file}:${index + 1}`, 'json');
    found.push(...findStatements(view, value, `/${index}`));
  });
  return found;
}

function fromBundle(view: DocumentView, bundle: Record<string, unknown>, pointer: string): FoundStatement {
  const mediaType = expectString(view, bundle.mediaType, child(pointer, 'mediaType'));
  if (!BUNDLE_MEDIA_TYPES.includes(mediaType)) {
    throw view.error(
      child(pointer, 'mediaType'),
      `unsupported Sigstore bundle media type ${JSON.stringify(mediaType)}`,
      BUNDLE_MEDIA_TYPES.join(', '),
    );
  }
  if (bundle.dsseEnvelope === undefined) {
    throw view.error(
      pointer,
      'Sigstore bundle holds no DSSE envelope (a message signature is not an attestation)',
      'a bundle with dsseEnvelope',
    );
  }
  const envelopeAt = child(pointer, 'dsseEnvelope');
  const envelope = readEnvelope(view, expectObject(view, bundle.dsseEnvelope, envelopeAt), envelopeAt);
  const material = isObject(bundle.verificationMaterial) ? bundle.verificationMaterial : {};
  const certificate = certificateOf(view, material, child(pointer, 'verificationMaterial'));
  const entry =
    Array.isArray(material.tlogEntries) && isObject(material.tlogEntries[0]) ? material.tlogEntries[0] : undefined;
  const integratedTime =
    entry && typeof entry.integratedTime === 'string' && /^\d{1,12}$/.test(entry.integratedTime)
      ? new Date(Number(entry.integratedTime) * 1000).toISOString().replace('.000Z', 'Z')
      : undefined;
  const logIndex = entry && typeof entry.logIndex === 'string' ? entry.logIndex : undefined;
  return {
    pointer,
    statementPointer: envelopeAt,
    envelope,
    statement: statementOf(view, envelope, envelopeAt),
    bundle,
    ...(certificate ? { certificate } : {}),
    ...(integratedTime ? { integratedTime } : {}),
    ...(logIndex ? { logIndex } : {}),
  };
}

function certificateOf(
  view: DocumentView,
  material: Record<string, unknown>,
  pointer: string,
): X509Certificate | undefined {
  let raw: unknown;
  let at = pointer;
  if (isObject(material.certificate)) {
    raw = material.certificate.rawBytes;
    at = child(pointer, 'certificate', 'rawBytes');
  } else if (isObject(material.x509CertificateChain) && Array.isArray(material.x509CertificateChain.certificates)) {
    const first = material.x509CertificateChain.certificates[0];
    raw = isObject(first) ? first.rawBytes : undefined;
    at = child(pointer, 'x509CertificateChain', 'certificates', 0, 'rawBytes');
  }
  if (raw === undefined) return undefined;
  try {
    return new X509Certificate(base64(view, raw, at));
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'InputError') throw cause;
    throw view.error(at, 'embedded certificate is not a DER X.509 certificate', 'a base64 DER certificate');
  }
}

function readEnvelope(view: DocumentView, node: Record<string, unknown>, pointer: string): Envelope {
  const payloadType = expectString(view, node.payloadType, child(pointer, 'payloadType'));
  if (payloadType !== IN_TOTO_PAYLOAD) {
    throw view.error(
      child(pointer, 'payloadType'),
      `DSSE payloadType is ${JSON.stringify(payloadType)}`,
      IN_TOTO_PAYLOAD,
    );
  }
  const payload = base64(view, node.payload, child(pointer, 'payload'));
  const signatures = expectArray(view, node.signatures ?? [], child(pointer, 'signatures')).map((item, i) => {
    const at = child(pointer, 'signatures', i);
    return base64(view, expectObject(view, item, at, 'a DSSE signature').sig, child(at, 'sig'));
  });
  return { payloadType, payload, signatures };
}

function statementOf(view: DocumentView, envelope: Envelope, pointer: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseDocument(decodeUtf8(envelope.payload, view.file), view.file, 'json');
  } catch {
    throw view.error(child(pointer, 'payload'), 'DSSE payload is not JSON', 'a base64 in-toto Statement');
  }
  return checkStatement(view, value, child(pointer, 'payload'));
}

function checkStatement(view: DocumentView, value: unknown, pointer: string): Record<string, unknown> {
  const statement = expectObject(view, value, pointer, 'an in-toto Statement');
  if (typeof statement._type !== 'string' || !STATEMENT_TYPES.includes(statement._type)) {
    throw view.error(
      child(pointer, '_type'),
      `unsupported in-toto Statement type ${JSON.stringify(statement._type)}`,
      STATEMENT_TYPES.join(', '),
    );
  }
  return statement;
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function base64(view: DocumentView, value: unknown, pointer: string): Uint8Array {
  const text = expectString(view, value, pointer, 'base64 text');
  if (!BASE64.test(text)) throw view.error(pointer, 'not base64', 'base64 text');
  return new Uint8Array(Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64'));
}

/** True when the statement carries SLSA provenance (not, say, an npm publish attestation). */
export function isProvenance(found: FoundStatement): boolean {
  return typeof found.statement.predicateType === 'string' && PROVENANCE_TYPES.includes(found.statement.predicateType);
}

/**
 * Subject digest algorithms accepted, with their hex lengths. The in-toto DigestSet lists more (sha224, sha3_*,
 * sha1, md5...); its own rule is that consumers accept only algorithms they consider secure and ignore the rest,
 * and that two digest sets match when ANY accepted algorithm matches. sha1 and md5 are collision-broken, so a
 * subject named only by them matches nothing here. npm provenance names its tarball by sha512 only.
 */
const SUBJECT_ALGORITHMS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** `<algorithm>:<hex>` for every accepted algorithm of a subject's digest set; a malformed accepted one throws. */
function subjectDigests(view: DocumentView, digests: Record<string, unknown>, pointer: string): string[] {
  return Object.entries(SUBJECT_ALGORITHMS).flatMap(([algorithm, length]) => {
    const value = digests[algorithm];
    if (value === undefined) return [];
    const hex = expectString(view, value, child(pointer, algorithm), `a ${algorithm} hex digest`).toLowerCase();
    if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
      throw view.error(
        child(pointer, algorithm),
        `subject ${algorithm} is not ${length} hex digits`,
        `a ${algorithm} hex digest`,
      );
    }
    return [`${algorithm}:${hex}`];
  });
}

/** The algorithm of a `<algorithm>:<hex>` digest (`sha512` of `sha512:8d9d…`). */
export function digestAlgorithm(digest: string): string {
  return digest.slice(0, Math.max(0, digest.indexOf(':')));
}

/**
 * The Provenance of a statement: builder, source, subjects (`sha256:`, `sha384:` or `sha512:` digests, every
 * accepted algorithm a subject states), and the signature status against the trusted keys.
 */
export function extractProvenance(
  view: DocumentView,
  found: FoundStatement,
  trusted: readonly TrustedKey[],
  sigstore?: SigstoreVerifier,
): ExtractedProvenance {
  const at = found.statementPointer;
  const statement = found.statement;
  const predicate = expectObject(view, statement.predicate, child(at, 'predicate'), 'a SLSA provenance predicate');
  const subjects = expectArray(view, statement.subject, child(at, 'subject'), 'an array of subjects').flatMap(
    (item, i) => {
      const subject = expectObject(view, item, child(at, 'subject', i), 'an in-toto subject');
      const digests = expectObject(view, subject.digest, child(at, 'subject', i, 'digest'), 'a digest set');
      return subjectDigests(view, digests, child(at, 'subject', i, 'digest'));
    },
  );
  const source =
    statement.predicateType === 'https://slsa.dev/provenance/v0.2' ? sourceV02(predicate) : sourceV1(predicate);
  const builderAt =
    statement.predicateType === 'https://slsa.dev/provenance/v0.2'
      ? child(at, 'predicate', 'builder', 'id')
      : child(at, 'predicate', 'runDetails', 'builder', 'id');
  const builderNode =
    statement.predicateType === 'https://slsa.dev/provenance/v0.2'
      ? predicate.builder
      : isObject(predicate.runDetails)
        ? predicate.runDetails.builder
        : undefined;
  // A predicate without a builder id (an unfinished SLSA v1 predicate has no runDetails) is kept, with builder ''
  // and `missingBuilder`, so the caller raises a suspicion rather than failing on a real document.
  const builderId = isObject(builderNode) ? builderNode.id : undefined;
  const builder = builderId === undefined ? '' : expectString(view, builderId, builderAt, 'a builder id');
  const signature = checkSignature(found, trusted, sigstore);
  const signer = signature.signer;
  const sourceConflict = signer ? signerConflict(source, signer) : undefined;
  return {
    found,
    signatureInvalid: signature.invalid,
    ...(signature.mismatches ? { identityMismatches: signature.mismatches } : {}),
    ...(sourceConflict ? { sourceConflict } : {}),
    missingBuilder: builder === '',
    provenance: {
      builder,
      sourceRepository: source.repository ?? '',
      ...(source.ref ? { sourceRef: source.ref } : {}),
      ...(source.commit ? { sourceCommit: source.commit } : {}),
      subjects: [...new Set(subjects)],
      signatureVerified: signature.verified,
      verification: fitText(signature.text),
      ...(signer ? { signer } : {}),
      ...(signature.verified && signature.anchor ? { anchor: signature.anchor } : {}),
    },
  };
}

/**
 * Where the statement's source (the signer's words) contradicts its verified certificate (GitHub's): another
 * repository, or in the same repository another commit or ref. Anyone who can run a workflow in the repository
 * gets a certificate that an identity policy of issuer and repository matches, and can sign a statement claiming
 * the candidate's tag and commit; the certificate still names the run's own ref and commit.
 */
function signerConflict(source: Source, signer: SignerIdentity): string | undefined {
  const issued = (to: string) =>
    `but its Fulcio certificate was issued to a workflow run ${to} (${signer.subjectAlternativeName})`;
  if (signer.sourceRepository && source.repository && !sameRepository(signer.sourceRepository, source.repository))
    return `provenance states source repository ${source.repository}, ${issued(`of ${signer.sourceRepository}`)}`;
  if (signer.sourceCommit && source.commit && signer.sourceCommit.toLowerCase() !== source.commit.toLowerCase())
    return `provenance states source commit ${source.commit}, ${issued(`at commit ${signer.sourceCommit}`)}`;
  if (signer.sourceRef && source.ref && signer.sourceRef !== source.ref)
    return `provenance states source ref ${source.ref}, ${issued(`of ${signer.sourceRef}`)}`;
  return undefined;
}

/** bundle.json keeps at most 1,024 characters of verification text; holds carry the whole text. */
function fitText(text: string): string {
  return text.length <= 1024 ? text : `${text.slice(0, 1023)}…`;
}

interface Source {
  repository?: string | undefined;
  ref?: string | undefined;
  commit?: string | undefined;
}

/** `git+https://github.com/o/r@refs/tags/v1` -> repository and ref. */
function splitUri(uri: unknown): Source {
  if (typeof uri !== 'string' || uri === '') return {};
  const bare = uri.replace(/^git\+/, '');
  const at = bare.lastIndexOf('@');
  const slash = bare.indexOf('/', bare.indexOf('://') + 3);
  return at > slash && slash > 0 ? { repository: bare.slice(0, at), ref: bare.slice(at + 1) } : { repository: bare };
}

function commitOf(digest: unknown): string | undefined {
  if (!isObject(digest)) return undefined;
  const value = digest.gitCommit ?? digest.sha1;
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value) ? value : undefined;
}

function sourceV02(predicate: Record<string, unknown>): Source {
  const invocation = isObject(predicate.invocation) ? predicate.invocation : {};
  const config = isObject(invocation.configSource) ? invocation.configSource : undefined;
  if (config?.uri) return { ...splitUri(config.uri), commit: commitOf(config.digest) };
  const material = Array.isArray(predicate.materials)
    ? predicate.materials.find((m) => isObject(m) && String(m.uri).startsWith('git+'))
    : undefined;
  return isObject(material) ? { ...splitUri(material.uri), commit: commitOf(material.digest) } : {};
}

function sourceV1(predicate: Record<string, unknown>): Source {
  const definition = isObject(predicate.buildDefinition) ? predicate.buildDefinition : {};
  const external = isObject(definition.externalParameters) ? definition.externalParameters : {};
  const dependencies = Array.isArray(definition.resolvedDependencies)
    ? definition.resolvedDependencies.filter(isObject)
    : [];
  const gitDependency = (repository?: string) =>
    dependencies.find(
      (d) =>
        typeof d.uri === 'string' && d.uri.startsWith('git+') && (!repository || d.uri.startsWith(`git+${repository}`)),
    );
  // GitHub Actions workflow build type: externalParameters.workflow {repository, ref, path}.
  if (isObject(external.workflow) && typeof external.workflow.repository === 'string') {
    const repository = external.workflow.repository;
    const ref = typeof external.workflow.ref === 'string' ? external.workflow.ref : undefined;
    return { repository, ref, commit: commitOf(gitDependency(repository)?.digest) };
  }
  // Container-based and other build types: externalParameters.source {uri, digest}.
  if (isObject(external.source) && typeof external.source.uri === 'string') {
    return { ...splitUri(external.source.uri), commit: commitOf(external.source.digest) };
  }
  const dependency = gitDependency();
  return dependency ? { ...splitUri(dependency.uri), commit: commitOf(dependency.digest) } : {};
}

/** DSSE pre-authentication encoding: what the signature is over. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

function digestFor(key: KeyObject): string | null {
  if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448') return null;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve === 'secp384r1') return 'sha384';
  if (curve === 'secp521r1') return 'sha512';
  return 'sha256';
}

function verifies(envelope: Envelope, key: KeyObject): boolean {
  const message = pae(envelope.payloadType, envelope.payload);
  return envelope.signatures.some((signature) => {
    try {
      return verify(digestFor(key), message, key, signature);
    } catch {
      return false;
    }
  });
}

interface SignatureCheck {
  verified: boolean;
  /** The trust anchor that verified it (set with `verified`). */
  anchor?: TrustAnchor;
  invalid: boolean;
  text: string;
  signer?: SignerIdentity;
  mismatches?: string[];
}

function checkSignature(
  found: FoundStatement,
  trusted: readonly TrustedKey[],
  sigstore: SigstoreVerifier | undefined,
): SignatureCheck {
  const envelope = found.envelope;
  if (!envelope || envelope.signatures.length === 0) {
    return { verified: false, invalid: false, text: 'not-verified: the statement is not signed (no DSSE signature)' };
  }
  let keyless = '';
  if (sigstore && found.bundle) {
    const outcome = sigstore.verify(found.bundle);
    switch (outcome.kind) {
      case 'verified':
        return {
          verified: true,
          invalid: false,
          text: outcome.text,
          signer: outcome.signer,
          anchor: { kind: 'trusted-root', digest: sigstore.rootDigest },
        };
      case 'failed':
        return { verified: false, invalid: true, text: outcome.text };
      case 'identity-mismatch':
        return {
          verified: false,
          invalid: false,
          text: outcome.text,
          signer: outcome.signer,
          mismatches: outcome.mismatches,
        };
      case 'not-keyless':
        keyless = `trustedRoot ${sigstore.rootName} not applicable: ${outcome.reason}; `;
        break;
    }
  } else if (sigstore) {
    keyless = `trustedRoot ${sigstore.rootName} not applicable: not a Sigstore bundle (a bare DSSE envelope or statement carries no certificate or transparency-log entry); `;
  }
  const limits = sigstore
    ? 'not checked: certificate chain/tlog (not a keyless Sigstore bundle)'
    : 'not checked: certificate chain/tlog (no trustedRoot given)';
  const match = trusted.find((t) => verifies(envelope, t.key));
  if (match) {
    return {
      verified: true,
      invalid: false,
      text: `verified: DSSE signature over the PAE matches trusted key ${match.name}; ${limits}`,
      anchor: { kind: 'key', digest: match.digest },
    };
  }
  const embedded = found.certificate ? verifies(envelope, found.certificate.publicKey) : undefined;
  const trustText =
    trusted.length === 0 && !sigstore
      ? 'no trust root supplied'
      : trusted.length === 0
        ? 'no trusted key given'
        : `no trusted key (${trusted.map((t) => t.name).join(', ')}) matches`;
  if (embedded === true) {
    return {
      verified: false,
      invalid: false,
      text: `${keyless}not-verified: ${trustText}; the DSSE signature matches the certificate embedded in the bundle (self-consistency only; ${limits})`,
    };
  }
  if (embedded === false) {
    return {
      verified: false,
      invalid: true,
      text: `${keyless}not-verified: the DSSE signature does NOT match the certificate embedded in the bundle; ${trustText}`,
    };
  }
  return {
    verified: false,
    invalid: false,
    text: `${keyless}not-verified: ${trustText}; no certificate embedded to check the signature against (keyless signature, key material elsewhere; ${limits})`,
  };
}

/** Trusted keys from PEM text: public keys and certificates (their public keys). */
export function trustedKeysFromPem(text: string, name: string): TrustedKey[] {
  const blocks = text.match(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g) ?? [];
  return blocks.flatMap((block, index) => {
    const label = blocks.length > 1 ? `${name}[${index}]` : name;
    const key = block.includes('BEGIN CERTIFICATE')
      ? new X509Certificate(block).publicKey
      : block.includes('PUBLIC KEY')
        ? createPublicKey(block)
        : undefined;
    return key ? [{ name: label, key, digest: spkiDigest(key) }] : [];
  });
}

/** `sha256:<hex>` of a public key's SubjectPublicKeyInfo, DER (what `openssl pkey -pubin -outform DER | sha256sum` gives). */
export function spkiDigest(key: KeyObject): string {
  return `sha256:${createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;
}
