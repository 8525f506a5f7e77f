/**
 * Modules loaded from beside the code that runs, not bundled into it: the generated validators
 * (src/schema/generated/, see standalone.ts) and the packages that parse documents (js-yaml, jsonc-parser,
 * through generated one-line modules that require them). Run from source, `./generated/` is
 * src/schema/generated/ and each package comes from node_modules; bundled, it is generated/ beside the bundle
 * (dist/generated/, dist/cli/generated/, dist/reader/generated/), where scripts/build.mjs copies the
 * validators and bundles each package into its module of the same name. Each loads synchronously on first
 * use (a bundle chunk is an ES module, loaded only by `import()`), so a process parses only what it uses.
 */

/**
 * Node's own `require`, relative to this module. Reached through process.getBuiltinModule so that the bundler
 * leaves it alone (it would replace a `createRequire` it sees) and the modules stay files of their own.
 */
const requireHere = process.getBuiltinModule('node:module').createRequire(import.meta.url);

const loaded = new Map<string, unknown>();

/** The exports of a module under ./generated/ (`policy.check.cjs`, `source-kinds/flagd.validate.cjs`). */
export function requireGenerated(file: string): unknown {
  if (loaded.has(file)) return loaded.get(file);
  const exports: unknown = requireHere(`./generated/${file}`);
  loaded.set(file, exports);
  return exports;
}

/** The packages loaded from beside the bundle. */
export type BesidePackage = 'js-yaml' | 'jsonc-parser';

/** A package's exports, from its generated module (./generated/<name>.cjs); typed by the caller. */
export function requirePackage<T>(name: BesidePackage): T {
  return requireGenerated(`${name}.cjs`) as T;
}

/** The modules loaded so far in this process, by path under ./generated/ (for tests). */
export function loadedBesideModules(): string[] {
  return [...loaded.keys()].sort();
}
