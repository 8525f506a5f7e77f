/**
 * Finds the line of a JSON Pointer in JSON text, so findings and errors can point at file and line.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { pointerSegments } from '../domain/json-pointer.js';
import { lineAt } from './parse.js';

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
