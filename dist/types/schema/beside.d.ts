/**
 * Modules loaded from beside the code that runs, not bundled into it: the generated validators
 * (src/schema/generated/, see standalone.ts) and the packages that parse documents (js-yaml, jsonc-parser,
 * through generated one-line modules that require them). Run from source, `./generated/` is
 * src/schema/generated/ and each package comes from node_modules; bundled, it is generated/ beside the bundle
 * (dist/generated/, dist/cli/generated/, dist/reader/generated/), where scripts/build.mjs copies the
 * validators and bundles each package into its module of the same name. Each loads synchronously on first
 * use (a bundle chunk is an ES module, loaded only by `import()`), so a process parses only what it uses.
 */
/** The exports of a module under ./generated/ (`policy.check.cjs`, `source-kinds/flagd.validate.cjs`). */
export declare function requireGenerated(file: string): unknown;
/** The packages loaded from beside the bundle. */
export type BesidePackage = 'js-yaml' | 'jsonc-parser';
/** A package's exports, from its generated module (./generated/<name>.cjs); typed by the caller. */
export declare function requirePackage<T>(name: BesidePackage): T;
/** The modules loaded so far in this process, by path under ./generated/ (for tests). */
export declare function loadedBesideModules(): string[];
