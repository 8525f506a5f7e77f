/**
 * Finds the line of a JSON Pointer in JSON text, so findings and errors can point at file and line.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { lineAt } from './parse.js';

/** Splits an RFC 6901 JSON Pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds an RFC 6901 JSON Pointer from segments. */
export function pointerOf(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Line locator over one JSON text; parses once. Falls back to the deepest existing parent when the
 * pointer names a missing member (the line where it should have been).
 */
export function jsonLineLocator(text: string): (pointer: string) => number | undefined {
  const root = parseTree(text);
  return (pointer) => {
    if (!root) return undefined;
    const segments: Array<string | number> = pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (let depth = segments.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, segments.slice(0, depth));
      if (node) {
        const target = node.parent?.type === 'property' ? node.parent : node;
        return lineAt(text, target.offset);
      }
    }
    return undefined;
  };
}
