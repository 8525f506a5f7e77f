/**
 * Reads the texts of one release directory into typed documents, reporting schema findings (with lines)
 * instead of throwing, so verification can report every problem at once.
 */
import type { ApprovalManifest, Bundle, Finding, HoldRegister, LineageDocument } from '../domain/model.js';
import { BUNDLE_FILES, type BundleFileKey } from '../domain/names.js';
import { InputError } from '../errors.js';
import { parseCanonicalJson } from './parse.js';
import { schemaViolations } from './validate.js';

/** File texts of a release directory; a missing file is undefined. */
export type ReleaseTexts = Partial<Record<BundleFileKey, string>>;

export interface ParsedRelease {
  bundle?: Bundle;
  lineage?: LineageDocument;
  holds?: HoldRegister;
  manifest?: ApprovalManifest;
}

/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
export function parseRelease(texts: ReleaseTexts): { documents: ParsedRelease; findings: Finding[] } {
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
