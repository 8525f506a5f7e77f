import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const keep = path.join(root, 'bench', 'native-cjs', 'keep.cjs');
const restore = pathToFileURL(path.join(root, 'bench', 'native-cjs', 'restore.mjs')).href;

// A .cjs file written in ES module syntax tells the two loaders apart: tsx's transforms it to CommonJS and loads
// it, Node's own compiles it as written and refuses it (SyntaxError). The generated validators are plain
// CommonJS, which both load alike, but tsx's first lexes each one for ES module syntax (bench/native-cjs).
const scratch = mkdtempSync(path.join(tmpdir(), 'cutover-native-cjs-'));
const esmInCjs = path.join(scratch, 'esm-syntax.cjs');
writeFileSync(esmInCjs, 'export const loadedBy = "a transforming loader";\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const probe = `
  import { createRequire } from 'node:module';
  let cjs;
  try {
    cjs = createRequire(import.meta.url)(${JSON.stringify(esmInCjs)}).loadedBy;
  } catch (error) {
    cjs = error.name;
  }
  const { keySorted } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'src', 'domain', 'key-order.ts')).href)});
  console.log(JSON.stringify({ cjs, typescript: typeof keySorted }));
`;

/** Runs the probe in a node started with `args` before it. */
function node(args: string[], script = probe) {
  return spawnSync(process.execPath, [...args, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
}

describe('bench children load .cjs with Node’s own loader (bench/native-cjs)', () => {
  it('with keep.cjs before tsx and restore.mjs after it, .cjs files load untransformed and TypeScript still loads', () => {
    const run = node(['--require', keep, '--import', 'tsx', '--import', restore]);
    expect(run.stdout.trim()).toBe('{"cjs":"SyntaxError","typescript":"function"}');
  });

  it('under tsx alone, .cjs files go through its transform (what the hooks undo)', () => {
    const run = node(['--import', 'tsx']);
    expect(run.stdout.trim()).toBe('{"cjs":"a transforming loader","typescript":"function"}');
  });

  it('refuses to run in the wrong order, naming the fix', () => {
    const withoutKeep = node(['--import', 'tsx', '--import', restore], 'console.log(1)');
    expect(withoutKeep.status).not.toBe(0);
    expect(withoutKeep.stderr).toContain('load bench/native-cjs/keep.cjs with --require before tsx');
    const beforeTsx = node(['--require', keep, '--import', restore, '--import', 'tsx'], 'console.log(1)');
    expect(beforeTsx.status).not.toBe(0);
    expect(beforeTsx.stderr).toContain('tsx is not loaded before it');
  });
});
