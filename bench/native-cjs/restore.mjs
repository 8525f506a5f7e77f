// Imported AFTER tsx (bench/run.ts): .cjs files, and .js files under node_modules, load with Node's own loader
// again, as in the built CLI.
//
// bench/child.ts runs src/ as TypeScript through tsx, and the generated validators (src/schema/generated/*.cjs,
// plain JavaScript) are required on first use, inside the measured time. Through tsx's loader each is
// transformed first: requiring lineage.check.cjs and bundle.check.cjs took 36-46 ms under tsx and 6-7 ms
// with Node's own loader (this machine, Node 20). The built CLI loads dist/generated/*.cjs with Node's own
// loader, so that transform is no cost of Cutover's; loading and compiling the validators stays measured.
// TypeScript (.ts) files still go through tsx. Both sides of a --compare run are measured this way.
import Module from 'node:module';

const native = globalThis[Symbol.for('cutover.bench.nativeJsLoader')];
if (typeof native !== 'function') {
  throw new Error('bench/native-cjs/restore.mjs: load bench/native-cjs/keep.cjs with --require before tsx');
}
if (Module._extensions['.js'] === native) {
  throw new Error('bench/native-cjs/restore.mjs: tsx is not loaded before it (import it after --import tsx)');
}
Module._extensions['.cjs'] = native;
// JavaScript under node_modules (js-yaml's dist/js-yaml.min.js, which src/schema/generated/js-yaml.cjs requires
// on first use, and Ajv's runtime files) is CommonJS the built CLI also runs untransformed (bundled into
// dist/generated/*.cjs): it loads with Node's own loader too. Requiring js-yaml.min.js through tsx's loader took
// 12-32 ms inside the measured time, 4 ms with Node's own. Every other .js file keeps tsx's loader.
const tsxJs = Module._extensions['.js'];
Module._extensions['.js'] = function loadJs(module, filename) {
  return (filename.includes('/node_modules/') ? native : tsxJs).call(this, module, filename);
};
