// Bundles the action entry (dist/index.js) and the CLI (dist/cli/index.js) with @vercel/ncc.
// Also the library entry (dist/reader/index.js, package `exports`) and its declarations (dist/types/).
// dist/ is committed; .ci/run rebuilds it from a clean install and fails when it differs.
// The action is minified (names kept: ncc mangles with keep_classnames/keep_fnames and does not compress, so
// error messages and class names are unchanged) and its modes load as chunks (dist/<id>.index.js) on demand:
// both shorten the cold start before the first API request (issue 4, bench/cold-start.ts).
// The generated validators (src/schema/generated/) are not bundled but copied beside the bundles: once into
// dist/generated/, which the action (dist/index.js) and the CLI (dist/cli/, one directory up) share, and once
// into dist/reader/generated/, for the reader package ships dist/reader/ alone. src/schema/beside.ts requires
// each on first use; their run-time helpers (runtime.cjs: Ajv's and ajv-formats') and the parsers' packages
// are each bundled into one file there (issue 13 goal 3).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeCommandChunks } from './cli-chunks.mjs';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt'];
const ACTION = { entry: 'src/action/index.ts', out: 'dist', options: ['--minify'] };

// The standalone validators (src/schema/generated/, from schemas/ by src/schema/standalone.ts) first, so
// the bundles carry validators made from the schemas as they are now.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-validators.ts'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [...ncc, ...ACTION.options, ACTION.entry, '-o', ACTION.out], { stdio: 'inherit' });

// The CLI is bundled as CommonJS (ncc's API: its command line makes ES modules of a package whose type is
// "module"), with a package.json in dist/cli/ that says so. Node 20 then loads the entry and each chunk the
// command needs with require(): read, compiled and run at once, where an ES module entry first starts the
// ES module loader and each chunk's import() is resolved as a URL, read through the thread pool, linked and
// evaluated as a module graph of its own. `cutover assemble` of the payments example on Node 20: about 15%
// less CPU time from spawn to exit (issue 13 goal 3). In the CommonJS bundle ncc writes each
// `import.meta.url` as `require("url").pathToFileURL(__filename).href`: the URL of the file it is in, as
// before (src/schema/beside.ts, src/cli/main.ts and src/cli/demo.ts find files from it).
{
  const ncc = createRequire(import.meta.url)('@vercel/ncc');
  const { code, assets } = await ncc(path.resolve('src/cli/index.ts'), {
    esm: false,
    quiet: true,
    license: 'licenses.txt',
  });
  mkdirSync('dist/cli', { recursive: true });
  writeFileSync('dist/cli/index.js', code, { mode: 0o755 });
  for (const [file, { source }] of Object.entries(assets)) {
    mkdirSync(path.dirname(`dist/cli/${file}`), { recursive: true });
    writeFileSync(`dist/cli/${file}`, source);
  }
  writeFileSync('dist/cli/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
}

// The library (`import { readSealedBundle } from 'cutover'`): the reader bundled like the targets above, and
// its declarations emitted by tsc (tsconfig.reader.json: declarations only, src/ mirrored under dist/types/).
execFileSync(process.execPath, [...ncc, 'src/reader/index.ts', '-o', 'dist/reader'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.reader.json'], { stdio: 'inherit' });

// The validators beside the bundles (dist/generated/ for the action and the CLI, dist/reader/generated/ for
// the reader: each validates): each schema's .check.cjs and .validate.cjs as generated (they require nothing
// but ./runtime.cjs), and runtime.cjs and the packages' modules (js-yaml.cjs, jsonc-parser.cjs:
// src/schema/beside.ts) each bundled with what it requires, their licences in one licenses.txt.
// js-yaml.cjs is not ncc's bundle but js-yaml's own single-file CommonJS build of the same version, minified
// (dist/js-yaml.min.js: lib/ in one scope, no module per file), which loads and parses the examples' YAML ~2 ms
// sooner on Node 20 than ncc's bundle, and the minified one about 8 million instructions fewer than the
// readable dist/js-yaml.js (issue 13 goal 3; test/convention/js-yaml-build.test.ts shows it reads every YAML
// file of the repository and their damaged variants as the package does); its package exports only ".", so
// the file is found from package.json.
const GENERATED = 'src/schema/generated';
const BUNDLED = ['runtime.cjs', 'js-yaml.cjs', 'jsonc-parser.cjs'];
const JS_YAML = path.dirname(createRequire(import.meta.url).resolve('js-yaml/package.json'));
const bundled = mkdtempSync(path.join(tmpdir(), 'cutover-generated-'));
try {
  const licences = new Set();
  for (const file of BUNDLED) {
    const out = path.join(bundled, file);
    if (file === 'js-yaml.cjs') {
      mkdirSync(out);
      cpSync(path.join(JS_YAML, 'dist', 'js-yaml.min.js'), path.join(out, 'index.cjs'));
      const { license } = JSON.parse(readFileSync(path.join(JS_YAML, 'package.json'), 'utf8'));
      licences.add(`js-yaml\n${license}\n${readFileSync(path.join(JS_YAML, 'LICENSE'), 'utf8').trim()}`);
      continue;
    }
    execFileSync(process.execPath, [...ncc, `${GENERATED}/${file}`, '-o', out], { stdio: 'inherit' });
    licences.add(readFileSync(path.join(out, 'licenses.txt'), 'utf8').trim());
  }
  for (const out of ['dist', 'dist/reader']) {
    const dir = `${out}/generated`;
    const copied = (file) => !/(?:index\.cjs|\.d\.cts)$/.test(file) && !BUNDLED.includes(path.basename(file));
    cpSync(GENERATED, dir, { recursive: true, filter: copied });
    for (const file of BUNDLED) cpSync(path.join(bundled, file, 'index.cjs'), `${dir}/${file}`);
    writeFileSync(`${dir}/licenses.txt`, `${[...licences].join('\n\n')}\n`);
  }
} finally {
  rmSync(bundled, { recursive: true, force: true });
}

// The CLI's module factories are compiled as their chunk loads, not on their first call: webpack writes each
// as an arrow function, which V8 compiles lazily (preparsed as the chunk is compiled, parsed again when
// called), and every module of a chunk the CLI loads runs as it loads; a function expression in parentheses
// V8 compiles at once. Each `/***/ ((<parameters>) => {` that opens a factory becomes
// `/***/ (function(<parameters>) {`, the form webpack itself writes for a module that uses `this` (the
// factory is called with `this` = module.exports, which the arrow ignored: webpack writes an arrow only for a
// module that does not use `this`). `cutover assemble` on Node 20: about 7% fewer instructions (issue 13
// goal 3); on Node >= 22.1 the module compile cache then holds the factories too.
const FACTORY = /^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm;
for (const file of readdirSync('dist/cli')) {
  if (!file.endsWith('.js')) continue;
  const text = readFileSync(`dist/cli/${file}`, 'utf8');
  const eager = text.replace(FACTORY, '/***/ (function($1) {');
  if (eager !== text) writeFileSync(`dist/cli/${file}`, eager);
}

// `cutover assemble` and `cutover verify` each load their chunks as one file (scripts/cli-chunks.mjs): one
// ES module to read, link and evaluate instead of three or four (issue 13 goal 3).
const cliFiles = Object.fromEntries(
  readdirSync('dist/cli')
    .filter((file) => file.endsWith('.js'))
    .map((file) => [file, readFileSync(`dist/cli/${file}`, 'utf8')]),
);
for (const [file, text] of Object.entries(mergeCommandChunks(cliFiles))) writeFileSync(`dist/cli/${file}`, text);

// Every bundled file loses the packages' `//# sourceMappingURL=` comments (ajv's, @actions/core's, ...): the
// maps they name are not shipped, and a tool that follows them, such as Vite, warns that it cannot load them.
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.c?js$/.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  const stripped = text.replace(/^\/\/# sourceMappingURL=.*\n?/gm, '');
  if (stripped !== text) writeFileSync(file, stripped);
}
