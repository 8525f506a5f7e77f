/**
 * Reads the texts of one release directory into typed documents, reporting schema findings (with lines)
 * instead of throwing, so verification can report every problem at once.
 */
import type { ApprovalManifest, Bundle, Finding, HoldRegister, LineageDocument } from '../domain/model.js';
import { BUNDLE_FILES, type BundleFileKey } from '../domain/names.js';
import { InputError } from '../errors.js';
import { lineageEntryCheck } from './lineage-fields.js';
import { parseCanonicalJson } from './parse.js';
import { lineageAcceptedButFields, schemaViolations } from './validate.js';

/** File texts of a release directory; a missing file is undefined. */
export type ReleaseTexts = Partial<Record<BundleFileKey, string>>;

export interface ParsedRelease {
  bundle?: Bundle;
  lineage?: LineageDocument;
  holds?: HoldRegister;
  manifest?: ApprovalManifest;
}

export interface ParseReleaseOptions {
  /**
   * For verification, which runs cutover/lineage next: cutover/lineage's one pass (src/domain/verify.ts
   * lineageVouchedFor), true when the lineage vouches for exactly the bundle's consequential fields, each
   * valueDigest equal to the digest it computes of its field's value, and `entry` accepts every entry. It then
   * stands for the schema's check of lineage.json's `fields` (in a large release hundreds of thousands of
   * entries), walked once instead of twice: `entry` checks what the schema asks of an entry but for its
   * valueDigest's pattern, which every digest the pass computes matches, and every key it accepts is a
   * consequential field's JSON Pointer. It is asked only with a valid bundle.json and a lineage.json valid
   * apart from `fields` (lineageAcceptedButFields); otherwise, or when it says false, lineage.json is validated
   * in full as without it: the findings are the same.
   */
  vouchLineage?: (bundle: Bundle, lineage: LineageDocument, entry: (field: unknown) => boolean) => boolean;
}

/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
export function parseRelease(
  texts: ReleaseTexts,
  options: ParseReleaseOptions = {},
): { documents: ParsedRelease; findings: Finding[] } {
  const findings: Finding[] = [];
  const documents: ParsedRelease = {};
  for (const key of Object.keys(BUNDLE_FILES) as BundleFileKey[]) {
    const file = BUNDLE_FILES[key];
    const text = texts[key];
    if (text === undefined) {
      findings.push({ rule: 'schema', severity: 'error', file, path: '', message: `${file} is missing` });
      continue;
    }
    let value: unknown;
    try {
      // Marked in canonical order when it is (Cutover writes it so): verify's digests then walk it no more.
      value = parseCanonicalJson(text, file);
    } catch (e) {
      const line = e instanceof InputError ? e.line : undefined;
      findings.push({
        rule: 'schema',
        severity: 'error',
        file,
        path: '',
        message: e instanceof Error ? e.message : String(e),
        ...(line ? { line } : {}),
      });
      continue;
    }
    // bundle.json comes first (BUNDLE_FILES' order), so its document is known here when it is valid.
    if (
      key === 'lineage' &&
      options.vouchLineage &&
      documents.bundle &&
      lineageAcceptedButFields(value) &&
      vouches(options.vouchLineage, documents.bundle, value as LineageDocument)
    ) {
      documents.lineage = value as LineageDocument;
      continue;
    }
    const violations = schemaViolations(key, value, text, file);
    for (const v of violations)
      findings.push({
        rule: 'schema',
        severity: 'error',
        file,
        path: v.path,
        message: v.message,
        ...(v.line ? { line: v.line } : {}),
      });
    if (violations.length === 0) Object.assign(documents, { [key]: value });
  }
  return { documents, findings };
}

/**
 * The answer of `vouchLineage`, false when it throws: a digest of a value RFC 8785 refuses (a lone surrogate)
 * throws, and it throws again where it always did, in cutover/lineage, after the schema findings are made as
 * without the option.
 */
function vouches(
  vouchLineage: NonNullable<ParseReleaseOptions['vouchLineage']>,
  bundle: Bundle,
  lineage: LineageDocument,
): boolean {
  try {
    return vouchLineage(bundle, lineage, lineageEntryCheck());
  } catch {
    return false;
  }
}
