/** The exports of a module under generated/ (`policy.check.cjs`, `source-kinds/flagd.validate.cjs`). */
export declare function requireGenerated(file: string): unknown;
/** The packages loaded from beside the bundle. */
export type BesidePackage = 'js-yaml' | 'jsonc-parser';
/** A package's exports, from its generated module (generated/<name>.cjs); typed by the caller. */
export declare function requirePackage<T>(name: BesidePackage): T;
/** The modules loaded so far in this process, by path under generated/ (for tests). */
export declare function loadedBesideModules(): string[];
