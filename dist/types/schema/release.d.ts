/**
 * Reads the texts of one release directory into typed documents, reporting schema findings (with lines)
 * instead of throwing, so verification can report every problem at once.
 */
import type { ApprovalManifest, Bundle, Finding, HoldRegister, LineageDocument } from '../domain/model.js';
import { type BundleFileKey } from '../domain/names.js';
/** File texts of a release directory; a missing file is undefined. */
export type ReleaseTexts = Partial<Record<BundleFileKey, string>>;
export interface ParsedRelease {
    bundle?: Bundle;
    lineage?: LineageDocument;
    holds?: HoldRegister;
    manifest?: ApprovalManifest;
}
/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
export declare function parseRelease(texts: ReleaseTexts): {
    documents: ParsedRelease;
    findings: Finding[];
};
