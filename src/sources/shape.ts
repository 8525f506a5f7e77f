/**
 * Reading untrusted JSON documents (SBOMs, flag files, attestations) into typed values, with errors that
 * name the file, the JSON Pointer, the line (for JSON text) and the expected form. No casts: each value is
 * narrowed from `unknown` where it is read.
 */
import { pointerOf } from '../domain/json-pointer.js';
import { InputError } from '../errors.js';
import { jsonLineLocator } from '../schema/locate.js';

/** A parsed document and where it came from, so errors can point into it. */
export class DocumentView {
  private locate: ((pointer: string) => number | undefined) | undefined;

  /**
   * @param file the path or locator errors name
   * @param text the JSON text (for line numbers), or undefined when the value did not come from JSON text
   */
  constructor(
    readonly file: string,
    readonly text: string | undefined,
  ) {}

  /** An InputError about the value at `pointer`. */
  error(pointer: string, message: string, expected: string): InputError {
    if (this.text !== undefined && !this.locate) this.locate = jsonLineLocator(this.text);
    return new InputError(message, { file: this.file, line: this.locate?.(pointer), field: pointer || '/', expected });
  }
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value as an object, or an error naming `pointer`. */
export function expectObject(
  view: DocumentView,
  value: unknown,
  pointer: string,
  what = 'an object',
): Record<string, unknown> {
  if (isObject(value)) return value;
  throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}

/** The value as an array, or an error naming `pointer`. */
export function expectArray(view: DocumentView, value: unknown, pointer: string, what = 'an array'): unknown[] {
  if (Array.isArray(value)) return value;
  throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}

/** The value as a non-empty string, or an error naming `pointer`. */
export function expectString(view: DocumentView, value: unknown, pointer: string, what = 'a non-empty string'): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}

/** The value as a string when present (undefined/null count as absent); a non-string is an error. */
export function optionalString(view: DocumentView, value: unknown, pointer: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return expectString(view, value, pointer);
}

/** The value as an array when present (undefined counts as absent). */
export function optionalArray(view: DocumentView, value: unknown, pointer: string): unknown[] {
  if (value === undefined) return [];
  return expectArray(view, value, pointer);
}

/**
 * `object[key]` read the way the functions above read a value, for the fields of the many items of a large
 * document (SBOM components and packages): the pointer `<pointer>/<key>` is made only for an error.
 */
export function expectStringField(
  view: DocumentView,
  object: Record<string, unknown>,
  pointer: string,
  key: string,
): string {
  const value = object[key];
  return typeof value === 'string' && value.length > 0 ? value : expectString(view, value, child(pointer, key));
}

/** `object[key]` as optionalString reads it; the pointer is made only for an error. */
export function optionalStringField(
  view: DocumentView,
  object: Record<string, unknown>,
  pointer: string,
  key: string,
): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' && value.length > 0 ? value : expectString(view, value, child(pointer, key));
}

/** `object[key]` as optionalArray reads it; the pointer is made only for an error. */
export function optionalArrayField(
  view: DocumentView,
  object: Record<string, unknown>,
  pointer: string,
  key: string,
): unknown[] {
  const value = object[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : expectArray(view, value, child(pointer, key));
}

/** A JSON Pointer extended by segments. */
export function child(pointer: string, ...segments: Array<string | number>): string {
  // An array index (the most common segment by far) needs no escaping.
  if (segments.length === 1 && typeof segments[0] === 'number') return `${pointer}/${segments[0]}`;
  return pointer + pointerOf(segments);
}

/** `a string`, `an array`, `null`… for error messages (never the value: it may be large or secret). */
function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length === 0 ? 'an empty string' : 'a string';
  return `a ${typeof value}`;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** `sha256:<hex>` from a bare or prefixed hex digest; upper-case hex is lowered. Undefined when not a sha256. */
export function sha256Digest(value: string): string | undefined {
  const hex = value.replace(/^sha256:/, '').toLowerCase();
  return SHA256_HEX.test(hex) ? `sha256:${hex}` : undefined;
}
