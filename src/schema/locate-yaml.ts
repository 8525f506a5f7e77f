/**
 * Line numbers of schema violations in YAML documents (sources, records, policy): the YAML counterpart of
 * locate.ts's jsonLineLocator. The text is read again by js-yaml with its `listener`, which reports where each
 * node opens and what it composed to; only a document with violations is read so.
 */
import type * as JsYaml from 'js-yaml';
import { pointerSegments } from '../domain/json-pointer.js';
import { requirePackage } from './beside.js';

/** A node as js-yaml composed it: the line it opens on (1-based), what it became, the nodes composed inside it. */
interface YamlNode {
  line: number;
  result: unknown;
  children: YamlNode[];
}

/**
 * Line locator over one YAML text. A mapping member is located at its key's line, a sequence item where it
 * opens; a pointer below a scalar, an alias or a member the text does not hold falls back to the deepest node
 * that exists (the line where the missing member should have been). Undefined when the text does not parse as
 * one YAML document. Where the composed nodes cannot be matched with the parsed value one to one (a construct
 * js-yaml builds otherwise), the search stops at that node: a line too shallow, never a wrong one.
 */
export function yamlLineLocator(text: string): (pointer: string) => number | undefined {
  let root: YamlNode | null | undefined;
  return (pointer) => {
    root ??= composedTree(text);
    if (!root) return undefined;
    let node = unwrap(root);
    let line = node.line;
    for (const segment of pointerSegments(pointer)) {
      const member = memberOf(node, segment);
      if (!member) break;
      line = member.line;
      node = unwrap(member.node);
    }
    return line;
  };
}

/** The tree of composed nodes of a single-document text, or null when js-yaml refuses it. */
function composedTree(text: string): YamlNode | null {
  const yaml = requirePackage<typeof JsYaml>('js-yaml');
  const roots: YamlNode[] = [];
  const open: YamlNode[] = [];
  try {
    yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      listener: (event, state) => {
        if (event === 'open') {
          const node: YamlNode = { line: state.line + 1, result: undefined, children: [] };
          (open.at(-1)?.children ?? roots).push(node);
          open.push(node);
        } else {
          const node = open.pop();
          if (node) node.result = state.result;
        }
      },
    });
  } catch {
    return null;
  }
  return roots.length === 1 && roots[0] ? roots[0] : null;
}

/**
 * The node that holds a value's own members: js-yaml may compose a value inside another that keeps its result
 * (a block collection's first entry read as a key that turns out to be the value).
 */
function unwrap(node: YamlNode): YamlNode {
  let current = node;
  while (current.children.length === 1 && current.children[0]?.result === current.result) {
    const inner = current.children[0];
    if (!inner || typeof current.result !== 'object' || current.result === null) break;
    current = inner;
  }
  return current;
}

/**
 * The member `segment` of a mapping or sequence node, with the line that names it (a key's, an item's), when the
 * node's children match its value one to one: each key then its value for a mapping, each item for a sequence.
 */
function memberOf(node: YamlNode, segment: string): { line: number; node: YamlNode } | undefined {
  const value = node.result;
  if (typeof value !== 'object' || value === null) return undefined;
  const { children } = node;
  if (Array.isArray(value)) {
    if (!/^(0|[1-9][0-9]*)$/.test(segment) || children.length !== value.length) return undefined;
    const item = children[Number(segment)];
    if (!item || !Object.is(item.result, value[Number(segment)])) return undefined;
    return { line: item.line, node: item };
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (children.length !== 2 * keys.length) return undefined;
  let found: { line: number; node: YamlNode } | undefined;
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i];
    const member = children[i + 1];
    if (!key || !member) return undefined;
    const name = String(key.result);
    // Every pair must match, not only the one asked for: a mapping js-yaml built otherwise is not read at all.
    if (!Object.hasOwn(record, name) || !Object.is(record[name], member.result)) return undefined;
    if (name === segment) found = { line: key.line, node: member };
  }
  return found;
}
