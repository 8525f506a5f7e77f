/**
 * Source kind `provenance`: a provenance document in the workspace (any form attestation.ts reads) ->
 * one ProvenanceRecord per SLSA provenance statement, for option `component`.
 *
 * Matching subjects to artifacts: the adapter sees only provenance, so it emits the subjects and assembly
 * compares them with the component's artifact digests (a digest without a subject is a `provenance-mismatch`
 * hold there). When option `expectDigest` is given, the adapter checks it itself: a document whose subjects do
 * not contain it yields a SuspicionRecord (`provenance-mismatch`). A signature that fails against the key it
 * was checked with, or a keyless bundle that fails verification against the `trustedRoot` (the hold names the
 * check), or one that is not verified while `requireSignature` is set (or `trustedKeys`/`trustedRoot` were
 * given), yields a SuspicionRecord (`suspicious-source`); so does a verified signer that does not match the
 * `identity` policy (expected and actual named) or whose certificate names another source repository than the
 * statement (or, in the same repository, another commit or ref). Never a silent pass.
 */
import type { Lineage } from '../domain/model.js';
import type { SourceRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import { decodeUtf8, parseDocument } from '../schema/parse.js';
import {
  ATTESTATION_FORMS,
  digestAlgorithm,
  type ExtractedProvenance,
  extractProvenance,
  findStatements,
  findStatementsInLines,
  isProvenance,
  type TrustedKey,
  trustedKeysFromPem,
} from './attestation.js';
import { sourceOptions } from './options.js';
import { DocumentView } from './shape.js';
import { loadSigstoreVerifier, type SigstoreTrustOptions } from './sigstore.js';
import type { SourceAdapter, SourceContext, SourceEntry } from './types.js';

/** Options shared by the provenance kinds. */
export interface ProvenanceCheckOptions extends SourceEntry, SigstoreTrustOptions {
  /** The component the provenance describes. */
  component: string;
  /** Workspace paths of PEM public keys or certificates whose keys are trusted to sign provenance. */
  trustedKeys?: string[];
  /** Raise a suspicion when the signature is not verified (by a trusted key, or keyless against trustedRoot). */
  requireSignature?: boolean;
}

/** Options of a `provenance` source (schemas/source-kinds/provenance.schema.json). */
export interface ProvenanceOptions extends ProvenanceCheckOptions {
  kind: 'provenance';
  /** Workspace path of the provenance document (.json, .intoto.jsonl, .sigstore.json…). */
  path: string;
  /** `sha256:`, `sha384:` or `sha512:<hex>` digests the provenance must name as subjects (matched per algorithm). */
  expectDigest?: string[];
}

/** Reads a provenance document from the workspace. */
export const provenanceAdapter: SourceAdapter = {
  kind: 'provenance',
  async read(entry, context) {
    const options = sourceOptions<ProvenanceOptions>(entry, 'provenance');
    // Most provenance sources name no trust: no key files to read and no verifier to make (loadSigstoreVerifier
    // returns none, and refuses only an identity or a trustedRoot without the other).
    const trusted = options.trustedKeys?.length ? await loadTrustedKeys(context, options.trustedKeys) : [];
    const sigstore =
      options.trustedRoot === undefined && options.identity === undefined
        ? undefined
        : await loadSigstoreVerifier(context, options);
    const file = await context.workspace.read(options.path, context.maxFileBytes);
    const text = decodeUtf8(file.bytes, file.path);
    // Attestation files are JSON whatever their extension (.sigstore.json, .build.slsa, .intoto); .jsonl is per line.
    const jsonl = /\.jsonl$/i.test(file.path);
    const view = new DocumentView(file.path, jsonl ? undefined : text);
    const found = jsonl
      ? findStatementsInLines(text, file.path, (line) => new DocumentView(file.path, line))
      : findStatements(view, parseDocument(text, file.path, 'json'));
    const provenance = found.filter(isProvenance).map((f) => extractProvenance(view, f, trusted, sigstore));
    if (provenance.length === 0) {
      throw new InputError(`no SLSA provenance statement found (${found.length} other statement(s))`, {
        file: file.path,
        expected: ATTESTATION_FORMS,
      });
    }
    const items = provenance.map((item) => ({ item, lineage: file.lineage, fragment: item.found.pointer }));
    return provenanceRecords(items, options, options.expectDigest ?? [], trusted.length > 0 || sigstore !== undefined);
  },
};

/** PEM keys and certificates named by `trustedKeys`, read from the workspace. */
export async function loadTrustedKeys(context: SourceContext, paths: readonly string[]): Promise<TrustedKey[]> {
  const keys: TrustedKey[] = [];
  for (const path of paths) {
    const file = await context.workspace.read(path, context.maxFileBytes);
    let found: TrustedKey[];
    try {
      found = trustedKeysFromPem(decodeUtf8(file.bytes, file.path), file.path);
    } catch (cause) {
      throw new InputError(
        'trusted key file holds an unreadable PEM key or certificate',
        { file: file.path, expected: 'PEM public keys or certificates' },
        { cause },
      );
    }
    if (found.length === 0) {
      throw new InputError('trusted key file holds no PEM public key or certificate', {
        file: file.path,
        expected: 'PEM public keys or certificates',
      });
    }
    keys.push(...found);
  }
  return keys;
}

/**
 * Provenance records plus the suspicions their checks raise. Each statement comes with its lineage: that of
 * its document plus its place in it (`fragment`, as in `SourceRecord`), or its own.
 */
export function provenanceRecords(
  extracted: ReadonlyArray<{ item: ExtractedProvenance; lineage: Lineage; fragment?: string }>,
  options: ProvenanceCheckOptions,
  expectDigests: readonly string[],
  trustGiven: boolean,
): SourceRecord[] {
  const records: SourceRecord[] = [];
  const suspicion = (
    { lineage, fragment }: { lineage: Lineage; fragment?: string | undefined },
    rule: 'provenance-mismatch' | 'suspicious-source',
    reason: string,
  ): SourceRecord => ({
    type: 'suspicion',
    sourceId: options.id,
    lineage,
    fragment,
    path: '',
    component: options.component,
    rule,
    reason,
  });
  for (const statement of extracted) {
    const { item, lineage, fragment } = statement;
    records.push({
      type: 'provenance',
      sourceId: options.id,
      lineage,
      fragment,
      component: options.component,
      provenance: item.provenance,
    });
    if (item.missingBuilder) {
      records.push(
        suspicion(
          statement,
          'suspicious-source',
          'provenance names no builder id (predicate without runDetails.builder)',
        ),
      );
    }
    if (item.identityMismatches) {
      records.push(
        suspicion(
          statement,
          'suspicious-source',
          `provenance signer identity does not match the policy of source '${options.id}': ${item.identityMismatches.join('; ')}`,
        ),
      );
    } else if (item.signatureInvalid) {
      records.push(
        suspicion(statement, 'suspicious-source', `provenance signature is invalid: ${item.provenance.verification}`),
      );
    } else if (!item.provenance.signatureVerified && (options.requireSignature === true || trustGiven)) {
      records.push(
        suspicion(
          statement,
          'suspicious-source',
          `provenance signature is not verified against a trusted key or root: ${item.provenance.verification}`,
        ),
      );
    }
    if (item.sourceConflict) records.push(suspicion(statement, 'suspicious-source', item.sourceConflict));
  }
  if (expectDigests.length === 0) return records;
  const named = new Set(extracted.flatMap((e) => e.item.provenance.subjects));
  const algorithms = [...new Set([...named].map(digestAlgorithm))].sort();
  const first = extracted[0];
  for (const digest of expectDigests) {
    if (named.has(digest) || !first) continue;
    const algorithm = digestAlgorithm(digest);
    // Digest sets match on an algorithm both sides state; say so when the provenance states none in common.
    const why = algorithms.includes(algorithm)
      ? `subjects: ${[...named].join(', ')}`
      : `it names no ${algorithm} subject; its subjects use ${algorithms.join(', ') || 'no accepted algorithm (sha256, sha384, sha512)'}: ${[...named].join(', ') || 'none'}`;
    records.push(
      suspicion(
        first,
        'provenance-mismatch',
        `provenance for ${options.component} names no subject ${digest} (${why})`,
      ),
    );
  }
  return records;
}
