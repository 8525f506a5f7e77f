/**
 * What a listing needs of an accepted seal record. `product`, `release` and `mergeCommit` may be cut from the
 * message (a caller compares them, and keeps none that stands for the whole message); the summary's values are
 * new strings, which a listing keeps.
 */
export interface AcceptedSealRecord {
    product: string;
    release: string;
    revision: number;
    mergeCommit: string;
    bundleDigest: string;
    queue: string;
    mergedAt: string;
    window: {
        start: string;
        end: string;
    };
}
/**
 * The fields a listing needs of the seal record a tag message carries, when that record is certainly present
 * and schema-valid (as `sealRecordOf` in tags.ts would say); undefined
 * when not sure, and then the caller must ask them. `previous`: the summary kept of the tag read before, whose
 * strings are reused for equal values.
 */
export declare function acceptedSealRecord(message: string, previous?: Pick<AcceptedSealRecord, 'bundleDigest' | 'queue' | 'mergedAt' | 'window'>): AcceptedSealRecord | undefined;
