/**
 * Modules loaded from beside the code that runs, not bundled into it: the generated validators
 * (src/schema/generated/, see standalone.ts) and the packages that parse documents (js-yaml, jsonc-parser,
 * through generated one-line modules that require them). Run from source, `./generated/` is
 * src/schema/generated/ and each package comes from node_modules; bundled, it is the generated/ directory
 * scripts/build.mjs makes beside the action's bundle (dist/generated/, which the CLI in dist/cli/ shares: one
 * directory up) and beside the reader's (dist/reader/generated/, for the reader package ships dist/reader/
 * alone), copying the validators there and bundling each package into its module of the same name. Each
 * loads synchronously on first use (a bundle chunk loads only by `import()`: an ES module in the action), so a process
 * parses only what it uses.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Node's own `require`, relative to this module. Reached through process.getBuiltinModule so that the bundler
 * leaves it alone (it would replace a `createRequire` it sees) and the modules stay files of their own.
 */
const requireHere = process.getBuiltinModule('node:module').createRequire(import.meta.url);

const loaded = new Map<string, unknown>();

/** Where generated/ is, relative to this module, once looked up. */
let generatedDir: string | undefined;

/**
 * The generated/ directory relative to this module: beside it (src/schema/, dist/, dist/reader/), else one
 * directory up (dist/cli/ shares dist/generated/ with the action). An error names both places when neither
 * holds one.
 */
function generatedDirectory(): string {
  if (generatedDir !== undefined) return generatedDir;
  const candidates = ['./generated/', '../generated/'];
  const found = candidates.find((dir) => existsSync(new URL(dir, import.meta.url)));
  if (!found)
    throw new Error(
      `no generated/ directory at ${candidates.map((dir) => fileURLToPath(new URL(dir, import.meta.url))).join(' or ')} ` +
        '(scripts/build.mjs puts the generated validators and parsers there)',
    );
  generatedDir = found;
  return found;
}

/** The exports of a module under generated/ (`policy.check.cjs`, `source-kinds/flagd.validate.cjs`). */
export function requireGenerated(file: string): unknown {
  if (loaded.has(file)) return loaded.get(file);
  const exports: unknown = requireHere(`${generatedDirectory()}${file}`);
  loaded.set(file, exports);
  return exports;
}

/** The packages loaded from beside the bundle. */
export type BesidePackage = 'js-yaml' | 'jsonc-parser';

/** A package's exports, from its generated module (generated/<name>.cjs); typed by the caller. */
export function requirePackage<T>(name: BesidePackage): T {
  return requireGenerated(`${name}.cjs`) as T;
}

/** The modules loaded so far in this process, by path under generated/ (for tests). */
export function loadedBesideModules(): string[] {
  return [...loaded.keys()].sort();
}
