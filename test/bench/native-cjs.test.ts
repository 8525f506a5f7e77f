import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
// The same for .js files: under node_modules (js-yaml's dist/js-yaml.min.js, Ajv's runtime) Node's own loader,
// as in the built CLI; anywhere else tsx's.
mkdirSync(path.join(scratch, 'node_modules', 'pkg'), { recursive: true });
mkdirSync(path.join(scratch, 'src'));
const esmInModules = path.join(scratch, 'node_modules', 'pkg', 'esm-syntax.js');
const esmInSrc = path.join(scratch, 'src', 'esm-syntax.js');
for (const file of [esmInModules, esmInSrc]) writeFileSync(file, 'export const loadedBy = "a transforming loader";\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const probe = `
  import { createRequire } from 'node:module';
  const load = (file) => {
    try {
      return createRequire(import.meta.url)(file).loadedBy;
    } catch (error) {
      return error.name;
    }
  };
  // A .js file in ES module syntax outside a "type": "module" package: Node's own loader (20.19 and later)
  // detects the syntax and returns a module namespace; tsx's transforms it to a CommonJS exports object.
  const loaderOfJs = (file) => {
    try {
      const loaded = createRequire(import.meta.url)(file);
      return Object.prototype.toString.call(loaded) === '[object Module]' ? 'native' : loaded.loadedBy;
    } catch (error) {
      return error.name;
    }
  };
  const cjs = load(${JSON.stringify(esmInCjs)});
  const modulesJs = loaderOfJs(${JSON.stringify(esmInModules)});
  const js = loaderOfJs(${JSON.stringify(esmInSrc)});
  const { keySorted } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'src', 'domain', 'key-order.ts')).href)});
  console.log(JSON.stringify({ cjs, modulesJs, js, typescript: typeof keySorted }));
`;

/** Runs the probe in a node started with `args` before it. */
function node(args: string[], script = probe) {
  return spawnSync(process.execPath, [...args, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
}

describe('bench children load .cjs, and .js under node_modules, with Node’s own loader (bench/native-cjs)', () => {
  it('with keep.cjs before tsx and restore.mjs after it, .cjs files and .js under node_modules load untransformed; other .js and TypeScript still through tsx', () => {
    const run = node(['--require', keep, '--import', 'tsx', '--import', restore]);
    expect(run.stdout.trim()).toBe(
      '{"cjs":"SyntaxError","modulesJs":"native","js":"a transforming loader","typescript":"function"}',
    );
  });

  it('under tsx alone, .cjs files go through its transform (what the hooks undo)', () => {
    const run = node(['--import', 'tsx']);
    expect(run.stdout.trim()).toBe(
      '{"cjs":"a transforming loader","modulesJs":"a transforming loader","js":"a transforming loader","typescript":"function"}',
    );
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
