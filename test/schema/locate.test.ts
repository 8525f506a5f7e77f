/**
 * The line locator (src/schema/locate.ts) finds its first pointers by scanning the text, the rest from
 * jsonc-parser's syntax tree with a line index, and gives exactly the lines of the former locator (tree, then
 * lineAt for each; formerLocator here): compared for every node of the release files (as written, on one line,
 * with CRLF and tabs), of texts with escaped, repeated and digit-only keys, for missing members below each node,
 * and for broken texts, which the scan leaves to the tree.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { pointerOf, pointerSegments } from '../../src/domain/json-pointer.js';
import { jsonLineLocator, scanLine, treeLineLocator } from '../../src/schema/locate.js';
import { lineAt } from '../../src/schema/parse.js';
import { assembleRecords, basePolicy, cleanRecords, releaseTexts } from '../helpers/records.js';

/** Every JSON Pointer of every node of a value, and pointers that name nothing below and beside each. */
function pointersOf(value: unknown, at: Array<string | number> = [], out: string[] = []): string[] {
  const here = pointerOf(at);
  out.push(here, `${here}/missing`, `${here}/0`, `${here}/99`, `${here}/01`, `${here}/`);
  if (Array.isArray(value)) value.forEach((item, i) => pointersOf(item, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pointersOf(item, [...at, key], out);
  return out;
}

/** The locator as it was before the scan and the line index (the oracle): tree, node, then lineAt. */
function formerLocator(text: string): (pointer: string) => number | undefined {
  const root = parseTree(text);
  return (pointer) => {
    if (!root) return undefined;
    const segments = pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (let depth = segments.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, segments.slice(0, depth));
      if (node) return lineAt(text, (node.parent?.type === 'property' ? node.parent : node).offset);
    }
    return undefined;
  };
}

/**
 * Asserts that the scan (when `scans`, for every pointer; else where it reads the text), the tree locator, a
 * fresh locator and a reused one (past its scans, the tree) give the former locator's line for each pointer.
 */
function expectSameLines(text: string, pointers: readonly string[], scans = true): void {
  const former = formerLocator(text);
  const tree = treeLineLocator(text);
  const reused = jsonLineLocator(text);
  for (const pointer of pointers) {
    const expected = former(pointer);
    expect(tree(pointer), `${JSON.stringify(pointer)} by the tree`).toBe(expected);
    const scanned = scanLine(text, pointer);
    if (scans || scanned !== undefined) expect(scanned, `${JSON.stringify(pointer)} scanned`).toBe(expected);
    expect(jsonLineLocator(text)(pointer), `${JSON.stringify(pointer)} in ${text.slice(0, 80)}`).toBe(expected);
    expect(reused(pointer), `${JSON.stringify(pointer)} (reused locator)`).toBe(expected);
  }
}

const release = releaseTexts(assembleRecords(cleanRecords(), { policy: basePolicy() }));

describe('jsonLineLocator gives the lines of the syntax tree', () => {
  for (const [file, text] of Object.entries(release)) {
    const pointers = pointersOf(JSON.parse(text));
    it(`${file}: as written, on one line, with CRLF line ends and with tabs`, () => {
      expectSameLines(text, pointers);
      expectSameLines(JSON.stringify(JSON.parse(text)), pointers);
      expectSameLines(text.replace(/\n/g, '\r\n'), pointers);
      expectSameLines(`\n\n${text.replace(/ {2}/g, '\t')}`, pointers);
    });
  }

  it('escaped, empty, repeated and digit-only keys, numbers and literals of every form', () => {
    const text = [
      '{',
      '  "a/b": 1, "m~n": 2, "\\u0041": 3,',
      '  "q\\"x": [1, {"0": true, "1": [ ]}],',
      '  "": {"": null},',
      '  "dup": 1,',
      '  "dup": {"x": 2},',
      '  "n": [-0.5e+10, 0, 12.25, 1E-2, -0, true, false, null, "\\\\", "\\/\\b\\f\\n\\r\\t\\u00e9"],',
      '  "deep": [[[{"k": [[]]}]]], "e": {}, "é": "ü"',
      '}',
    ].join('\n');
    const extra = [
      '/a~1b',
      '/m~0n',
      '/A',
      '/q"x/1/0',
      '/q"x/1/1',
      '/dup/x',
      '/dup',
      '/n/9',
      '/n/10',
      '//',
      '/deep/0/0/0/k/0',
    ];
    expectSameLines(text, [...pointersOf(JSON.parse(text)), ...extra]);
  });

  it('broken or unusual texts, which the scan leaves to the tree', () => {
    const texts = [
      '',
      '   ',
      'oops',
      '"str"',
      '42',
      '{"a": }',
      '{"a": tru}',
      '{"a": 1,}',
      '[1, 2,]',
      '// c\n{"a": 1}',
      '{"a": 1} // c',
      '{"a": /* c */ [1]}',
      '\ufeff{"a": 1}',
      '{"a": [1, 2',
      '{"a": "x\ny", "b": 2}',
      '{"a": 01, "b": 2}',
      '{"a": 1., "b": 2}',
      '{"a"  1}',
      '{"a": {"b": 1}} garbage',
      '{\v"a": 1}',
      "{'a': 1}",
      '{"a": "\\x"}',
      '{"a": "\\u12"}',
      '[1 2]',
      '{"a": [1, {"b": 2 "c": 3}]}',
      '{"a": 1 "b": 2}',
    ];
    const pointers = ['', '/a', '/a/0', '/a/1', '/a/1/b', '/a/1/c', '/b', '/0', '/1', '/a/b', '/x'];
    // Each also with a line feed for every space, so that a wrong node shows as a wrong line.
    for (const text of texts)
      for (const lines of [text, text.replace(/ /g, '\n')]) expectSameLines(lines, pointers, false);
  });

  it('nesting too deep for the tree fails as the tree does', () => {
    const text = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    expect(() => treeLineLocator(text)).toThrow(RangeError);
    expect(() => jsonLineLocator(text)('/0')).toThrow(RangeError);
  });
});
