/**
 * A quick reader for the plain block YAML that release files are mostly written in (sources files, records
 * files, policies: nested `key: value` mappings and `- item` sequences of one-line scalars), giving the value
 * js-yaml's `loadAll` with CORE_SCHEMA gives for the same text, at a fraction of its cost (about a tenth on a
 * 1,000-component sources file and records file, which js-yaml parsed in about 120 ms of CPU time).
 *
 * It reads only a narrow subset and answers NOT_PLAIN for anything else, at the first doubt: then parse.ts hands
 * the whole text to js-yaml, as before, which also reports every error. Outside the subset: any character but
 * printable ASCII and line feeds (tabs, CR, non-ASCII), the characters `& * ! | > % \` and backslash anywhere
 * (anchors, aliases, tags, block scalars, directives), `#` anywhere but at the start of a comment line, document
 * markers, flow collections and any of `[ ] { }`, quoted strings holding their quote, keys other than plain
 * words, a repeated key, `__proto__`, multi-line scalars, and nesting past MAX_NESTING. Within it, a plain
 * scalar is resolved by CORE_SCHEMA's own implicit types (null, bool, int, float, in js-yaml's order), exactly
 * as js-yaml resolves it; a quoted one is the string between its quotes. test/schema/yaml-block.test.ts compares
 * both readers on the subset's edges and on generated documents.
 */

/** What parseBlockYaml answers for text outside its subset. */
export const NOT_PLAIN: unique symbol = Symbol('not plain block YAML');

/** One of a YAML schema's implicit types (js-yaml's `Type`): recognises and builds a plain scalar's value. */
export interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

/** Deepest nesting of collections read here; js-yaml's own limit (maxDepth, 100 nodes) stays far off. */
const MAX_NESTING = 32;

/** A character outside the subset anywhere in the text (see the module comment). */
const OUTSIDE = /[^\n\x20-\x7e]|[&*!|>%`\\[\]{}]/;

/** A key: a plain word, up to its colon. */
const KEY = /[A-Za-z][A-Za-z0-9_.-]*:/y;

const SPACE = 32;
const DASH = 45;
const HASH = 35;
const SINGLE = 39;
const DOUBLE = 34;
const COLON = 58;

/** Thrown inside the reader at the first doubt; parseBlockYaml turns it into NOT_PLAIN. */
const DOUBT = Symbol('doubt');

/**
 * The value of `text` when it is in the subset (see the module comment), with plain scalars resolved by
 * `implicit` (a schema's implicit types, in order); NOT_PLAIN otherwise.
 */
export function parseBlockYaml(text: string, implicit: readonly ImplicitType[]): unknown {
  if (OUTSIDE.test(text)) return NOT_PLAIN;
  try {
    return documentOf(linesOf(text, implicit));
  } catch (error) {
    if (error === DOUBT) return NOT_PLAIN;
    throw error;
  }
}

/**
 * The text with where each content line (not blank, not a comment) starts, its indentation and its end (without
 * trailing spaces, which end no scalar: js-yaml drops them too). Plain functions over this one object rather
 * than a class: run through tsx (bench/child.ts), the class form of this reader never got faster than its first
 * run (about 110 ms a run at 1,000 components, against 15 ms for these functions once warm).
 */
interface Lines {
  text: string;
  implicit: readonly ImplicitType[];
  starts: number[];
  indents: number[];
  ends: number[];
}

function linesOf(text: string, implicit: readonly ImplicitType[]): Lines {
  const starts: number[] = [];
  const indents: number[] = [];
  const ends: number[] = [];
  const hashes = text.includes('#');
  const length = text.length;
  let start = 0;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    let at = start;
    while (at < end && text.charCodeAt(at) === SPACE) at++;
    let last = end;
    while (last > at && text.charCodeAt(last - 1) === SPACE) last--;
    if (at < last && text.charCodeAt(at) !== HASH) {
      if (hashes) for (let i = at; i < last; i++) if (text.charCodeAt(i) === HASH) throw DOUBT;
      starts.push(start);
      indents.push(at - start);
      ends.push(last);
    }
    start = end + 1;
  }
  return { text, implicit, starts, indents, ends };
}

function documentOf(lines: Lines): unknown {
  const count = lines.starts.length;
  if (count === 0 || lines.indents[0] !== 0) throw DOUBT;
  const [value, next] = block(lines, 0, 0, 1);
  if (next !== count) throw DOUBT;
  return value;
}

/** A mapping or sequence whose first line is `line`, its content at column `column`. */
function block(lines: Lines, line: number, column: number, depth: number): [unknown, number] {
  if (depth > MAX_NESTING) throw DOUBT;
  return isDash(lines, line, column) ? sequence(lines, line, column, depth) : mapping(lines, line, column, depth);
}

/** True when the line holds `-` at `column`, followed by a space or the line's end: a sequence item. */
function isDash(lines: Lines, line: number, column: number): boolean {
  const at = (lines.starts[line] as number) + column;
  if (lines.text.charCodeAt(at) !== DASH) return false;
  return at + 1 === lines.ends[line] || lines.text.charCodeAt(at + 1) === SPACE;
}

function sequence(lines: Lines, first: number, column: number, depth: number): [unknown[], number] {
  const { text, starts, indents, ends } = lines;
  const items: unknown[] = [];
  const count = starts.length;
  let line = first;
  while (line < count && indents[line] === column && isDash(lines, line, column)) {
    const start = starts[line] as number;
    const end = ends[line] as number;
    let at = start + column + 1;
    while (at < end && text.charCodeAt(at) === SPACE) at++;
    if (at === end) {
      // `-` alone: the item is the block on the lines below, more indented, or null.
      const [value, next] = nested(lines, line + 1, column, depth, false);
      items.push(value);
      line = next;
      continue;
    }
    const inner = at - start;
    if (isDash(lines, line, inner)) throw DOUBT;
    if (keyEnd(text, at) !== -1) {
      // `- key: ...`: a mapping whose keys stand at the column of this first one.
      const [value, next] = mapping(lines, line, inner, depth + 1);
      items.push(value);
      line = next;
    } else {
      items.push(scalar(lines, at, end));
      line++;
      if (line < count && (indents[line] as number) > column) throw DOUBT;
    }
  }
  if (line < count && (indents[line] as number) > column) throw DOUBT;
  return [items, line];
}

function mapping(lines: Lines, first: number, column: number, depth: number): [Record<string, unknown>, number] {
  if (depth > MAX_NESTING) throw DOUBT;
  const { text, starts, indents, ends } = lines;
  const object: Record<string, unknown> = {};
  const count = starts.length;
  let line = first;
  while (line < count && (line === first || indents[line] === column)) {
    const at = (starts[line] as number) + column;
    const end = ends[line] as number;
    const colon = keyEnd(text, at);
    if (colon === -1) throw DOUBT;
    const key = String(plain(lines, text.slice(at, colon)));
    if (key === '__proto__' || Object.hasOwn(object, key)) throw DOUBT;
    let value = colon + 1;
    while (value < end && text.charCodeAt(value) === SPACE) value++;
    if (value === end) {
      const [below, next] = nested(lines, line + 1, column, depth, true);
      object[key] = below;
      line = next;
    } else {
      object[key] = scalar(lines, value, end);
      line++;
      if (line < count && (indents[line] as number) > column) throw DOUBT;
    }
  }
  if (line < count && (indents[line] as number) > column) throw DOUBT;
  return [object, line];
}

/**
 * The value below a `key:` (`ofKey`) or `-` with nothing after it, at `column`: the block on the following
 * lines when they are indented more, for a key also a sequence at the same column (YAML lets a mapping's
 * sequence value stand there), else null.
 */
function nested(lines: Lines, line: number, column: number, depth: number, ofKey: boolean): [unknown, number] {
  if (line >= lines.starts.length) return [null, line];
  const indent = lines.indents[line] as number;
  if (indent > column) return block(lines, line, indent, depth + 1);
  if (ofKey && indent === column && isDash(lines, line, column)) return sequence(lines, line, column, depth + 1);
  return [null, line];
}

/** Where the colon of a `key:` (followed by a space or the line's end) starting at `at` is, or -1. */
function keyEnd(text: string, at: number): number {
  KEY.lastIndex = at;
  if (!KEY.test(text)) return -1;
  const colon = KEY.lastIndex - 1;
  const after = text.charCodeAt(colon + 1);
  return after === SPACE || after === 10 || Number.isNaN(after) ? colon : -1;
}

/** The scalar from `at` to `end` (one line, no trailing spaces). */
function scalar(lines: Lines, at: number, end: number): unknown {
  const text = lines.text;
  const first = text.charCodeAt(at);
  if (first === SINGLE || first === DOUBLE) {
    if (end - at < 2 || text.charCodeAt(end - 1) !== first) throw DOUBT;
    const inner = text.slice(at + 1, end - 1);
    if (inner.includes(first === SINGLE ? "'" : '"')) throw DOUBT;
    return inner;
  }
  // Indicators that start something else than a plain scalar (`-` of a negative number is fine).
  if (first === COLON || first === 63 /* ? */ || first === 44 /* , */ || first === 64 /* @ */) throw DOUBT;
  if (first === DASH && (end - at === 1 || text.charCodeAt(at + 1) === SPACE || text.charCodeAt(at + 1) === DASH)) {
    throw DOUBT;
  }
  const value = text.slice(at, end);
  // `a: b` on one line is a mapping (an error here), and `a:` at its end too.
  if (value.includes(': ') || text.charCodeAt(end - 1) === COLON) throw DOUBT;
  return plain(lines, value);
}

/**
 * A plain scalar's value: the first implicit type that recognises it builds it; else it is a string. CORE_SCHEMA's
 * types (null, bool, int, float) recognise only text starting with one of `~ n N t T f F + - .` or a digit, so
 * other text is a string without asking them (test/schema/yaml-block.test.ts holds every type to that).
 */
function plain(lines: Lines, value: string): unknown {
  if (!MAY_RESOLVE.test(value)) return value;
  for (const type of lines.implicit) if (type.resolve(value)) return type.construct(value);
  return value;
}

/** The first characters a CORE_SCHEMA implicit type may recognise (see plain). */
const MAY_RESOLVE = /^[~nNtTfF+\-.0-9]/;
