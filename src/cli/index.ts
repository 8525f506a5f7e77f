#!/usr/bin/env node
// The `cutover` command. It first turns on a compile cache, so that a later run takes the code V8 compiled for
// this one's modules from disk instead of compiling it again: on Node >= 22.1 Node's own module compile cache
// (as tsc does), in $NODE_COMPILE_CACHE when set, else <os.tmpdir()>/node-compile-cache, keyed by file
// content; before that (Node 20), the CLI's own for its CommonJS modules (./compile-cache.ts: the same
// directory and variables, every module under the directory above this one's, which bundled is dist/: the
// CLI's chunks and dist/generated/). NODE_DISABLE_COMPILE_CACHE=1 turns either off. The rest of the command is
// imported only afterwards, for either cache covers only modules compiled after it is on. (The
// v8-compile-cache package, which covers CommonJS modules on Node 20 too, was measured and not taken, when only
// dist/generated/ was CommonJS: it re-serializes every module and rewrites its store on every run, and
// `assemble` was no faster.)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheCompiledCode } from './compile-cache.js';

const nodeModule = process.getBuiltinModule('node:module');
if ('enableCompileCache' in nodeModule && typeof nodeModule.enableCompileCache === 'function')
  nodeModule.enableCompileCache();
else cacheCompiledCode(path.dirname(path.dirname(fileURLToPath(import.meta.url))), process.env);
const { main } = await import('./main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
