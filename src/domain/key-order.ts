/**
 * Built objects with their keys inserted in RFC 8785 order (UTF-16 code units, what Array.prototype.sort does
 * with strings). The canonical form (canonical.ts) keeps an object in that order as it is; one out of order it
 * copies, and with it every object and array on the way to it (a component, the components list, the bundle).
 * Assembly builds its objects in that order instead, where a copy is made anyway or costs no more than the
 * canonical form's. Only an optimization: the canonical form still checks every object, so an object left out
 * of order here changes no byte of any file or digest, only what is copied.
 */

/**
 * Whether a key keeps its insertion order and can be inserted as a plain key: not an array index ("0", "17":
 * V8 lists those first, in numeric order, whatever the insertion order) and not `__proto__` (assigning it
 * sets the prototype instead of adding a key).
 */
const insertable = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return !(first >= 48 && first <= 57) && key !== '__proto__';
};

/**
 * `value` itself when its own enumerable keys are already in RFC 8785 order, else a shallow copy with the same
 * entries inserted in that order. A value with a key that cannot be inserted in order (see `insertable`), or
 * that is not a plain object (a copy would lose its prototype), is returned as it is: the canonical form
 * handles it.
 */
export function keySorted<T extends object>(value: T): T {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const keys = Object.keys(value);
  let ordered = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!insertable(key)) return value;
    if (i > 0 && !((keys[i - 1] as string) < key)) ordered = false;
  }
  if (ordered) return value;
  keys.sort();
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of keys) copy[key] = record[key];
  return copy as T;
}

/** A shallow copy of `value` with its keys in RFC 8785 order (see keySorted), never `value` itself. */
export function keySortedCopy<T extends object>(value: T): T {
  const sorted = keySorted(value);
  return sorted === value ? { ...value } : sorted;
}
