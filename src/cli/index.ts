#!/usr/bin/env node
// The `cutover` command. On Node >= 22.1 it first turns on Node's module compile cache (as tsc does), so a
// later run takes the code V8 compiled for this one's modules from disk instead of compiling it again: in
// $NODE_COMPILE_CACHE when set, else <os.tmpdir()>/node-compile-cache, keyed by file content;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. The rest of the command is imported only afterwards, for that
// cache covers only modules compiled after it is on. (Node 20 has no such cache. The v8-compile-cache package,
// which covers CommonJS modules there, was measured and not taken: on Node 20 it re-serializes every module
// and rewrites its store on every run. With the CLI bundled as CommonJS (scripts/build.mjs), `assemble` of the
// payments example took 96 ms with it against 92 ms without, medians of 21 alternated runs.)

const nodeModule = process.getBuiltinModule('node:module');
if ('enableCompileCache' in nodeModule && typeof nodeModule.enableCompileCache === 'function')
  nodeModule.enableCompileCache();
const { main } = await import('./main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
