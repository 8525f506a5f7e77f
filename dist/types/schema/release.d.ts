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
export declare function parseRelease(texts: ReleaseTexts, options?: ParseReleaseOptions): {
    documents: ParsedRelease;
    findings: Finding[];
};
