/**
 * Records whose keys are listed once. lineage.json's `fields` is one object with about 27 keys per component
 * (270,000 at 10,000 components), which V8 keeps as a dictionary: listing its keys (Object.keys, for-in,
 * JSON.stringify) costs tens of milliseconds each time. Assembly builds it through a RecordBuilder, which
 * keeps its keys and values in insertion order as it inserts them and freezes the record when it is finished;
 * the passes that follow (the holds' lineage rule, the bundle digest's key-order walk) read the lists instead
 * of listing the record again.
 *
 * A list can never be stale: it is kept only for a frozen record (no key can be added, deleted or given
 * another value afterwards), and only when it is provably Object.keys' order: keys inserted in strictly
 * increasing order (so each once), none integer-like (V8 lists array indices first, in numeric order,
 * whatever the insertion order) nor `__proto__`.
 * For any other record listingOf answers undefined and callers list it themselves.
 */
/** The keys of a record in Object.keys' order, and the value at each. */
export interface Listing {
    readonly keys: readonly string[];
    readonly values: readonly unknown[];
}
/** The listing of a record a RecordBuilder finished, or undefined for any other value. */
export declare function listingOf(value: object): Listing | undefined;
/** Object.keys of a record, from its listing when it has one. */
export declare function keysOf(record: object): readonly string[];
/** Builds a plain record key by key; `finish` freezes it and keeps its listing. */
export declare class RecordBuilder<V> {
    private readonly record;
    private readonly keys;
    private readonly values;
    /** False once a key was inserted whose place in Object.keys' order the lists might not tell. */
    private listable;
    private finished;
    set(key: string, value: V): void;
    /** The record, frozen; with a listing when every key was listable. */
    finish(): Record<string, V>;
}
