/**
 * src/cli/compile-cache.ts: the CLI's code cache for its CommonJS modules on Node versions without
 * module.enableCompileCache (Node 20). Each case runs real Node in a child process (the cache replaces the
 * CommonJS loader's compile for the modules under a directory): the first run writes one file per module
 * text, a second run takes the code from there and writes nothing, a changed or damaged file is compiled
 * again, and a module runs with the same require, module, exports, __filename, __dirname and `this` as
 * under Node's own loader.
 */
import { execFileSync } from 'node:child_process';
import { hash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDirectory, readCachedData } from '../../src/cli/compile-cache.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = pathToFileURL(path.join(root, 'src/cli/compile-cache.ts')).href;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cutover-compile-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A module tree under <dir>/code: main.cjs requires ./lib/util.cjs; outside.cjs sits beside code/. */
function writeModules(util = 'module.exports = { twice: (n) => n * 2 };\n') {
  mkdirSync(path.join(dir, 'code', 'lib'), { recursive: true });
  writeFileSync(path.join(dir, 'code', 'lib', 'util.cjs'), util);
  writeFileSync(
    path.join(dir, 'code', 'main.cjs'),
    [
      "const { twice } = require('./lib/util.cjs');",
      'module.exports = {',
      '  value: twice(21),',
      '  self: this === module.exports && this === exports,',
      '  filename: __filename,',
      '  dirname: __dirname,',
      "  resolved: require.resolve('./lib/util.cjs'),",
      '  args: arguments.length,',
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'outside.cjs'), 'module.exports = 1;\n');
}

/** Runs real Node: turns the cache on for <dir>/code, requires main.cjs and outside.cjs, prints what they give. */
function run(env: Record<string, string> = {}): unknown {
  const script = path.join(dir, 'run.mjs');
  writeFileSync(
    script,
    [
      "import { createRequire } from 'node:module';",
      `import { cacheCompiledCode } from ${JSON.stringify(source)};`,
      `const on = cacheCompiledCode(${JSON.stringify(path.join(dir, 'code'))}, process.env);`,
      'const require = createRequire(import.meta.url);',
      `const main = require(${JSON.stringify(path.join(dir, 'code', 'main.cjs'))});`,
      `const outside = require(${JSON.stringify(path.join(dir, 'outside.cjs'))});`,
      'console.log(JSON.stringify({ on, main, outside }));',
      '',
    ].join('\n'),
  );
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_COMPILE_CACHE: path.join(dir, 'cache'),
    NODE_DISABLE_COMPILE_CACHE: undefined,
    ...env,
  };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  return JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: root, env: childEnv, encoding: 'utf8' }),
  );
}

/** The cache files (path -> modification time in ns), in the one cache directory of this Node. */
function cacheFiles(): Map<string, bigint> {
  const base = path.join(dir, 'cache');
  const subdirs = readdirSync(base);
  expect(subdirs).toEqual([`cutover-v8-${process.versions.v8}-${process.arch}`]);
  const files = new Map<string, bigint>();
  for (const name of readdirSync(path.join(base, subdirs[0] ?? ''))) {
    const file = path.join(base, subdirs[0] ?? '', name);
    files.set(file, statSync(file, { bigint: true }).mtimeNs);
  }
  return files;
}

const expected = () => ({
  on: true,
  main: {
    value: 42,
    self: true,
    filename: path.join(dir, 'code', 'main.cjs'),
    dirname: path.join(dir, 'code'),
    resolved: path.join(dir, 'code', 'lib', 'util.cjs'),
    args: 5,
  },
  outside: 1,
});

describe('the CLI compile cache (Node without module.enableCompileCache)', () => {
  it('writes one file per module under its root, named by the SHA-256 of the text; a second run writes none', () => {
    writeModules();
    expect(run()).toEqual(expected());
    const first = cacheFiles();
    const texts = ['main.cjs', path.join('lib', 'util.cjs')].map((file) =>
      readFileSync(path.join(dir, 'code', file), 'utf8'),
    );
    // The two modules under the root, not outside.cjs.
    expect([...first.keys()].map((file) => path.basename(file)).sort()).toEqual(
      texts.map((text) => hash('sha256', text)).sort(),
    );
    for (const file of first.keys()) expect(readCachedData(file)?.length).toBeGreaterThan(0);
    expect(run()).toEqual(expected());
    expect(cacheFiles()).toEqual(first);
  });

  it('a changed module gets a file of its own and runs as changed', () => {
    writeModules();
    run();
    const before = cacheFiles();
    writeModules('module.exports = { twice: (n) => n * 3 };\n');
    expect(run()).toEqual({ ...expected(), main: { ...expected().main, value: 63 } });
    const after = cacheFiles();
    expect(after.size).toBe(before.size + 1);
    for (const [file, time] of before) expect(after.get(file)).toBe(time);
  });

  it('a damaged or truncated file is not used: the module is compiled from its text and the file written again', () => {
    writeModules();
    run();
    const files = [...cacheFiles().keys()];
    const [damaged, truncated] = files;
    if (damaged === undefined || truncated === undefined) throw new Error('expected two cache files');
    const bytes = readFileSync(damaged);
    for (let i = 100; i < bytes.length; i += 97) bytes[i] = (bytes[i] ?? 0) ^ 0x55;
    writeFileSync(damaged, bytes);
    writeFileSync(truncated, readFileSync(truncated).subarray(0, 200));
    expect(readCachedData(damaged)).toBeUndefined();
    expect(readCachedData(truncated)).toBeUndefined();
    // Without the check, V8 on Node 20 deserializes the damaged data and the process aborts.
    expect(run()).toEqual(expected());
    for (const file of files) expect(readCachedData(file)?.length).toBeGreaterThan(0);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 turns it off: the modules run as they are, nothing is written', () => {
    writeModules();
    expect(run({ NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ ...expected(), on: false });
    expect(cacheDirectory({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
    expect(() => readdirSync(path.join(dir, 'cache'))).toThrow(/ENOENT/);
  });

  it('reads no file that is not there', () => {
    expect(readCachedData(path.join(dir, 'absent'))).toBeUndefined();
  });

  const cli = path.join(root, 'dist/cli/index.js');
  const bundled = existsSync(cli) && readFileSync(cli, 'utf8').includes('cachedDataRejected');
  const nodeCache = 'enableCompileCache' in process.getBuiltinModule('node:module');
  it.skipIf(!bundled || nodeCache)(
    `the built CLI caches its chunks and dist/generated/ modules: a second assemble of the payments example writes none and prints the same${bundled ? '' : ' (skipped: dist/cli/ predates the cache; run `npm run build`)'}${nodeCache ? ' (skipped: this Node has its own compile cache)' : ''}`,
    () => {
      const example = path.join(root, 'examples');
      const assemble = () =>
        execFileSync(
          process.execPath,
          [
            cli,
            'assemble',
            '--sources',
            path.join(example, 'payments-platform', 'cutover.sources.yaml'),
            '--out',
            path.join(dir, 'release'),
            '--policy',
            path.join(example, 'policy.yaml'),
          ],
          { env: { ...process.env, NODE_COMPILE_CACHE: path.join(dir, 'cache') }, encoding: 'utf8' },
        );
      const first = assemble();
      const files = cacheFiles();
      // The main chunk, the merged assemble chunk, runtime.cjs, js-yaml.cjs and the validators it uses.
      expect(files.size).toBeGreaterThanOrEqual(8);
      rmSync(path.join(dir, 'release'), { recursive: true, force: true });
      expect(assemble()).toBe(first);
      expect(cacheFiles()).toEqual(files);
    },
  );
});
