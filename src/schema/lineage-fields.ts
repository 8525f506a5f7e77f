/**
 * A quicker "yes" for the largest map the release schemas check: lineage.json's `fields`, one entry per
 * consequential field of the bundle (about 27 per component, hundreds of thousands of keys in a large
 * release). The generated validator walks the map twice (its keys against the pointer pattern, then each
 * entry) and runs three regular expressions per entry; this walks it once, tests each source key once per run
 * of equal ones, and leaves the pointer and fragment patterns out where a plain look at the string decides them.
 *
 * It only ever says yes or "not sure": it accepts exactly values the schema's
 * `properties.fields` (schemas/lineage.schema.json) accepts, and anything it does not accept goes to the
 * generated validators, which decide and name the violations as before (validate.ts). So a mistake here could
 * only let a bad entry through, never refuse a good one: test/schema/lineage-fields.test.ts compares it with the
 * generated validator over damaged documents, entry by entry.
 */

/** `source`: common to fields and sources (`<sourceId>#<n>`); the schema's pattern, with its `u` flag. */
const SOURCE = /^[A-Za-z0-9._-]+#[0-9]+$/u;
/** `valueDigest`: common.schema.json#/$defs/sha256. */
const SHA256 = /^sha256:[0-9a-f]{64}$/u;
/** A key: common.schema.json#/$defs/pointer. */
const POINTER = /^(\/([^~/]|~[01])*)*$/u;
/** `fragment`'s maxLength, counted by Ajv in code points: a string of at most this many UTF-16 units has no more. */
const FRAGMENT_MAX = 1024;

/**
 * Whether the schema of lineage.json accepts `fields` as the value of its `fields` key: an object whose every key
 * is a JSON Pointer and every entry an object of `source` (a source key) and `valueDigest` (a sha256 digest),
 * and optionally `fragment` (starting with '#', at most 1024 characters), nothing else. False means "not
 * decided here", not "invalid": the caller then asks the generated validator.
 */
export function lineageFieldsAccepted(fields: unknown): boolean {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
  const entries = fields as Record<string, unknown>;
  const accepted = lineageEntryCheck();
  // for...in, as the generated validator walks the map: inherited enumerable keys are checked too.
  for (const key in entries) {
    // '' and a '/' followed by no '~' match the pointer pattern ([^~/] takes any other character, lone
    // surrogates included): only keys with a '~' (or none of these) need the expression.
    if (key !== '' && (key.charCodeAt(0) !== 47 || key.includes('~')) && !POINTER.test(key)) return false;
    const entry = entries[key];
    if (!accepted(entry) || !SHA256.test((entry as { valueDigest: string }).valueDigest)) return false;
  }
  return true;
}

/**
 * Whether the schema accepts an entry of `fields` (its key aside), but for the pattern of its `valueDigest`,
 * which must be a string all the same: for lineageFieldsAccepted, and for a caller that accepts the document
 * only if every entry's `valueDigest` is equal to a digest it computed (`sha256:` and 64 lowercase hex digits,
 * which the pattern accepts), as cutover/lineage's one pass does (src/domain/verify.ts lineageVouchedFor). One
 * check per walk of `fields`: it tests a source key once per run of entries naming it.
 */
export function lineageEntryCheck(): (entry: unknown) => boolean {
  let source: string | undefined;
  return (entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
    const field = entry as Record<string, unknown>;
    // for...in, as the generated validator walks an entry: an inherited enumerable key is an unknown key too.
    for (const name in field) if (name !== 'source' && name !== 'valueDigest' && name !== 'fragment') return false;
    const { source: named, valueDigest, fragment } = field;
    if (typeof named !== 'string' || typeof valueDigest !== 'string') return false;
    // Neighbouring entries mostly name one source: its key is tested once per run of them.
    if (named !== source) {
      if (!SOURCE.test(named)) return false;
      source = named;
    }
    if (fragment === undefined) return true;
    return typeof fragment === 'string' && fragment.charCodeAt(0) === 35 && fragment.length <= FRAGMENT_MAX;
  };
}

/**
 * Whether `fields` is an object whose keys in a for...in walk (the generated validator's) are exactly its own
 * keys (Object.keys): a plain object, and no enumerable key inherited from Object.prototype.
 */
export function fieldsHaveOwnKeysOnly(fields: unknown): boolean {
  if (typeof fields !== 'object' || fields === null || Object.getPrototypeOf(fields) !== Object.prototype) return false;
  for (const _ in Object.prototype) return false;
  return true;
}
