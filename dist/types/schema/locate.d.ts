/**
 * Line locator over one JSON text; parses once. Falls back to the deepest existing parent when the
 * pointer names a missing member (the line where it should have been).
 */
export declare function jsonLineLocator(text: string): (pointer: string) => number | undefined;
