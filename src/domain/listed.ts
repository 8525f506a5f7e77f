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

const LISTINGS = new WeakMap<object, Listing>();

/** The listing of a record a RecordBuilder finished, or undefined for any other value. */
export function listingOf(value: object): Listing | undefined {
  return LISTINGS.get(value);
}

/** Object.keys of a record, from its listing when it has one. */
export function keysOf(record: object): readonly string[] {
  return LISTINGS.get(record)?.keys ?? Object.keys(record);
}

/** Builds a plain record key by key; `finish` freezes it and keeps its listing. */
export class RecordBuilder<V> {
  private readonly record: Record<string, V> = {};
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  /** False once a key was inserted whose place in Object.keys' order the lists might not tell. */
  private listable = true;
  private finished = false;

  set(key: string, value: V): void {
    if (this.finished) throw new Error('RecordBuilder: the record is finished and frozen');
    const first = key.charCodeAt(0);
    const keys = this.keys;
    // Listed only while each key comes after the one before it (one comparison, no lookup in the record: so
    // no key is inserted twice) and none may be an array index (it starts with a digit) or is `__proto__`
    // (assigning it sets the prototype). Assigning any other key, inherited names included, creates an own
    // property, which Object.keys lists in insertion order. Otherwise the record is built without a listing.
    if (
      (keys.length > 0 && !((keys[keys.length - 1] as string) < key)) ||
      (first >= 48 && first <= 57) ||
      key === '__proto__'
    )
      this.listable = false;
    this.record[key] = value;
    this.keys.push(key);
    this.values.push(value);
  }

  /** The record, frozen; with a listing when every key was listable. */
  finish(): Record<string, V> {
    if (!this.finished) {
      this.finished = true;
      Object.freeze(this.record);
      if (this.listable)
        LISTINGS.set(this.record, { keys: Object.freeze(this.keys), values: Object.freeze(this.values) });
    }
    return this.record;
  }
}
