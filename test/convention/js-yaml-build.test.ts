/**
 * scripts/build.mjs ships js-yaml's own minified single-file build (dist/js-yaml.min.js) as
 * dist/generated/js-yaml.cjs, which Node 20 loads and parses with fewer instructions than the readable one
 * (issue 13 goal 3), and run from source src/schema/generated/js-yaml.cjs requires the same file. It must read
 * every document as the package's main does: here both read every YAML file of the repository and hundreds of damaged variants
 * as parse.ts does (loadAll, CORE_SCHEMA, a filename) and give the same value, or the same error (name,
 * reason, line, column, message).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as JsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('js-yaml/package.json'));
const installed = require('js-yaml') as typeof JsYaml;
const shipped = require(path.join(packageDir, 'dist', 'js-yaml.min.js')) as typeof JsYaml;

/** Every YAML file of the repository outside node_modules, dist and .git. */
function yamlFiles(dir = repoRoot): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.git'].includes(entry.name)) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...yamlFiles(file));
    else if (/\.ya?ml$/.test(entry.name)) files.push(file);
  }
  return files;
}

/** What reading a text gives: the documents as JSON, or the error's parts. */
function read(yaml: typeof JsYaml, text: string): unknown {
  try {
    return {
      documents: JSON.stringify(yaml.loadAll(text, undefined, { filename: 'x.yaml', schema: yaml.CORE_SCHEMA })),
    };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) return { other: String(error) };
    return {
      name: error.name,
      reason: error.reason,
      line: error.mark?.line,
      column: error.mark?.column,
      message: error.message,
    };
  }
}

/** Damaged variants: cut short, a tab indent, an unclosed flow, a stray colon, a duplicate key, an alias. */
function variants(text: string): string[] {
  const lines = text.split('\n');
  const out = [text.slice(0, Math.floor(text.length / 2)), text.slice(0, Math.floor(text.length / 3))];
  for (let i = 0; i < lines.length; i += Math.max(1, Math.floor(lines.length / 12))) {
    const at = (line: string) => [...lines.slice(0, i), line, ...lines.slice(i + 1)].join('\n');
    const line = lines[i] ?? '';
    out.push(
      at(`\t${line}`),
      at(`${line} [`),
      at(`${line}: :`),
      at(`${line}\n${line}`),
      at(`${line} &a`),
      at(`x: *nothing`),
    );
  }
  return out;
}

describe("the js-yaml build dist/ ships reads as the installed package's main does", () => {
  const files = yamlFiles();

  it('every YAML file of the repository and its damaged variants', () => {
    expect(files.length).toBeGreaterThan(10);
    let errors = 0;
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [index, variant] of [text, ...variants(text)].entries()) {
        const expected = read(installed, variant);
        expect(read(shipped, variant), `${path.relative(repoRoot, file)} variant ${index}`).toEqual(expected);
        compared++;
        if (typeof expected === 'object' && expected !== null && 'reason' in expected) errors++;
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(errors).toBeGreaterThan(200);
  });

  it('the exports parse.ts and locate-yaml.ts use', () => {
    for (const name of ['load', 'loadAll', 'CORE_SCHEMA', 'YAMLException'] as const)
      expect(typeof shipped[name], name).toBe(typeof installed[name]);
  });
});
