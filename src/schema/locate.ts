/**
 * Finds the line of a JSON Pointer in JSON text, so findings and errors can point at file and line.
 */
import type * as Jsonc from 'jsonc-parser';
import { pointerSegments } from '../domain/json-pointer.js';
import { requirePackage } from './beside.js';

/**
 * How many pointers one locator finds by scanning the text before it builds the whole syntax tree instead. A
 * scan reads the text from its start up to the pointer's value (a bundle of 10,000 components: ~0.1 s; the tree
 * of it: ~2.5 s and ~0.9 GB), so a few findings are found far sooner by scanning, and many by the tree.
 */
const MAX_SCANS = 8;

/**
 * Line locator over one JSON text. Falls back to the deepest existing parent when the pointer names a missing
 * member (the line where it should have been). The first pointers are found by a scan of the text
 * (scanLine); past MAX_SCANS, or for a text the scan does not read as plain JSON, from jsonc-parser's syntax
 * tree, built once: both give the same line (test/schema/locate.test.ts compares them on every node).
 */
export function jsonLineLocator(text: string): (pointer: string) => number | undefined {
  let tree: ((pointer: string) => number | undefined) | undefined;
  let scans = 0;
  return (pointer) => {
    if (scans < MAX_SCANS) {
      scans++;
      const line = scanLine(text, pointer);
      if (line !== undefined) return line;
    }
    tree ??= treeLineLocator(text);
    return tree(pointer);
  };
}

/** The line locator over jsonc-parser's syntax tree of the text (tolerant: it reads broken text too). */
export function treeLineLocator(text: string): (pointer: string) => number | undefined {
  // jsonc-parser loads on first use from beside the bundle (beside.ts): only a text with findings needs it.
  const { findNodeAtLocation, parseTree } = requirePackage<typeof Jsonc>('jsonc-parser');
  const root = parseTree(text);
  const lineAt = lineIndex(text);
  return (pointer) => {
    if (!root) return undefined;
    const segments = pathOf(pointerSegments(pointer));
    for (let depth = segments.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, segments.slice(0, depth));
      if (node) {
        const target = node.parent?.type === 'property' ? node.parent : node;
        return lineAt(target.offset);
      }
    }
    return undefined;
  };
}

/**
 * The line of an offset in a text (1 + the line feeds before it; parse.ts lineAt), by binary search over the
 * offsets of its line feeds, found once: many findings in a large file then cost no scan of it each.
 */
function lineIndex(text: string): (offset: number) => number {
  let feeds: number[] | undefined;
  return (offset) => {
    if (!feeds) {
      feeds = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) feeds.push(i);
    }
    // How many line feeds lie before the offset.
    let low = 0;
    let high = feeds.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((feeds[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

/** Pointer segments as jsonc-parser's paths take them: a segment of digits is an array index, never a key. */
const pathOf = (segments: string[]): Array<string | number> => segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** Thrown inside the scanner when the text is not plain JSON where it reads (then the tree decides). */
const NOT_PLAIN = Symbol('not plain JSON');

/**
 * The line treeLineLocator gives, found by reading the text from its start: over members and items that do
 * not lead to the pointer's value (each checked as JSON on the way), into those that do, and stopping at the
 * value. The line is that of the member's key (of an item or the root: its value), or of the deepest parent
 * that exists. Only what JSON allows is read (JSON whitespace, no comments, no trailing commas, a root object
 * or array); anything else returns undefined, so that jsonc-parser, which reads broken text in its own tolerant
 * way, decides. Lines are counted from the line feeds in whitespace: JSON strings hold none. Exported for tests.
 */
export function scanLine(text: string, pointer: string): number | undefined {
  const segments = pointerSegments(pointer);
  const scanner = new Scanner(text);
  try {
    scanner.whitespace();
    const first = text.charCodeAt(scanner.pos);
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return undefined;
    let line = scanner.line;
    for (const segment of segments) {
      const found = /^\d+$/.test(segment) ? scanner.item(Number(segment)) : scanner.member(segment);
      // Not there: item and member have read the value they were at, whole, as JSON.
      if (found === undefined) return line;
      line = found;
    }
    // The value the pointer names is read as JSON too: jsonc-parser may not make a node of a broken one.
    scanner.value();
    return line;
  } catch (error) {
    // Too deep to read recursively: the tree decides (as it did before there was a scan).
    if (error === NOT_PLAIN || error instanceof RangeError) return undefined;
    throw error;
  }
}

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COLON = 58;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** A cursor over JSON text that reads only what JSON allows, throwing NOT_PLAIN at anything else. */
class Scanner {
  pos = 0;
  line = 1;

  constructor(private readonly text: string) {}

  /**
   * At the value at `pos`: when it is an array with an item at `index`, moves to that item and returns its line;
   * otherwise returns undefined (what follows is not read).
   */
  item(index: number): number | undefined {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== OPEN_BRACKET) {
      this.value();
      return undefined;
    }
    this.pos++;
    this.whitespace();
    if (text.charCodeAt(this.pos) === CLOSE_BRACKET) {
      this.pos++;
      return undefined;
    }
    for (let i = 0; ; i++) {
      if (i === index) return this.line;
      this.value();
      this.whitespace();
      const next = text.charCodeAt(this.pos++);
      if (next === CLOSE_BRACKET) return undefined;
      if (next !== COMMA) throw NOT_PLAIN;
      this.whitespace();
    }
  }

  /**
   * At the value at `pos`: when it is an object with a member `key` (the first, if it has several), moves to that
   * member's value and returns the line of its key; otherwise returns undefined.
   */
  member(key: string): number | undefined {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== OPEN_BRACE) {
      this.value();
      return undefined;
    }
    this.pos++;
    this.whitespace();
    if (text.charCodeAt(this.pos) === CLOSE_BRACE) {
      this.pos++;
      return undefined;
    }
    for (;;) {
      if (text.charCodeAt(this.pos) !== QUOTE) throw NOT_PLAIN;
      const line = this.line;
      const name = this.string(true);
      this.whitespace();
      if (text.charCodeAt(this.pos) !== COLON) throw NOT_PLAIN;
      this.pos++;
      this.whitespace();
      if (name === key) return line;
      this.value();
      this.whitespace();
      const next = text.charCodeAt(this.pos++);
      if (next === CLOSE_BRACE) return undefined;
      if (next !== COMMA) throw NOT_PLAIN;
      this.whitespace();
    }
  }

  /** Skips JSON whitespace, counting line feeds. */
  whitespace(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === LINE_FEED) this.line++;
      else if (c !== SPACE && c !== TAB && c !== CARRIAGE_RETURN) return;
      this.pos++;
    }
  }

  /** Skips one JSON value (checked as JSON) starting at `pos`. */
  value(): void {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === QUOTE) {
      this.string(false);
      return;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
      this.pos++;
      this.whitespace();
      if (text.charCodeAt(this.pos) === close) {
        this.pos++;
        return;
      }
      for (;;) {
        if (c === OPEN_BRACE) {
          if (text.charCodeAt(this.pos) !== QUOTE) throw NOT_PLAIN;
          this.string(false);
          this.whitespace();
          if (text.charCodeAt(this.pos) !== COLON) throw NOT_PLAIN;
          this.pos++;
          this.whitespace();
        }
        this.value();
        this.whitespace();
        const next = text.charCodeAt(this.pos);
        this.pos++;
        if (next === close) return;
        if (next !== COMMA) throw NOT_PLAIN;
        this.whitespace();
      }
    }
    if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
      this.number();
      return;
    }
    for (const literal of ['true', 'false', 'null'])
      if (text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    throw NOT_PLAIN;
  }

  /** Reads the JSON string at `pos` (checked as JSON) and returns its value when `read`, else ''. */
  string(read: boolean): string {
    const text = this.text;
    const start = this.pos;
    let escaped = false;
    for (let i = start + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.pos = i + 1;
        if (!read) return '';
        return escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
      }
      if (c < SPACE) throw NOT_PLAIN;
      if (c === BACKSLASH) {
        escaped = true;
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw NOT_PLAIN;
          i += 5;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
        else throw NOT_PLAIN;
      }
    }
    throw NOT_PLAIN;
  }

  /** Skips the JSON number at `pos` (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?). */
  number(): void {
    const text = this.text;
    let i = this.pos;
    const digits = (): number => {
      const from = i;
      while (text.charCodeAt(i) >= DIGIT_0 && text.charCodeAt(i) <= DIGIT_9) i++;
      return i - from;
    };
    if (text.charCodeAt(i) === MINUS) i++;
    if (text.charCodeAt(i) === DIGIT_0) i++;
    else if (digits() === 0) throw NOT_PLAIN;
    if (text.charCodeAt(i) === DOT) {
      i++;
      if (digits() === 0) throw NOT_PLAIN;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === MINUS) i++;
      if (digits() === 0) throw NOT_PLAIN;
    }
    this.pos = i;
  }
}
