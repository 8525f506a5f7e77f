// Loaded with --require BEFORE tsx (bench/run.ts): keeps Node's own loader of JavaScript files, which tsx then
// replaces with its transforming one. restore.mjs, imported after tsx, gives it back for .cjs files.
const Module = require('node:module');

globalThis[Symbol.for('cutover.bench.nativeJsLoader')] = Module._extensions['.js'];
