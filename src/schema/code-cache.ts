/**
 * A code cache for the generated validators (src/schema/generated/), for the `cutover` command line: a
 * validator's first call compiles its one large function (V8 compiles a function when it is first called),
 * which costs a short command more than anything else it runs (`cutover assemble` of the payments example:
 * about 10 ms of its 100). With the cache on, each validator module is compiled with the V8 code that an
 * earlier run stored after using it, functions compiled on first call included, which Node's own module
 * compile cache (Node >= 22.1, src/cli/index.ts) does not hold: it stores code as compiled at load, before any
 * of it ran. Works on every supported Node.
 *
 * Where: <os.tmpdir()>/cutover-code-cache-<uid>/, a directory this user made and alone may write (checked
 * before each use: a directory another user could write would let them choose the code run here). One file
 * per module text and Node version (`<sha256 of the text>-<process.version>-<arch>.v8`), written at exit
 * (through a temporary file and a rename) when the run had no usable entry; V8 itself refuses an entry made
 * by another V8 or with other flags, and the module is then compiled from its text as without the cache.
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's switch for its own cache) turns it off. The action does not turn it on:
 * a runner starts empty every job, so it would only write.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';

/** Node's `createRequire`, reached so that the bundler leaves it alone (it replaces a `createRequire` it sees). */
const { createRequire } = process.getBuiltinModule('node:module');

let directory: string | undefined;
/** Modules compiled with a cache entry V8 took (hits), and without one (misses: none, or refused). */
const stats = { hits: 0, misses: 0 };
const toSave: Array<{ script: Script; file: string }> = [];

/**
 * Turns the cache on for this process (the CLI does, before any validator loads), unless
 * NODE_DISABLE_COMPILE_CACHE is set or the directory cannot be made private to this user. Returns the
 * directory, or undefined when the cache stays off.
 */
export function enableValidatorCodeCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const dir = path.join(tmpdir(), `cutover-code-cache-${uid}`);
  try {
    mkdirSync(dir, { mode: 0o700, recursive: true });
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  if (directory === undefined) process.once('exit', saveEntries);
  directory = dir;
  return dir;
}

/** How many modules this process compiled with a cache entry (hits) and without one (misses). */
export function validatorCodeCacheStats(): { hits: number; misses: number } {
  return { ...stats };
}

/**
 * Loads a CommonJS module as `require` would (its own `require`, `module`, `exports`, `__filename`,
 * `__dirname`), compiled with its cache entry when there is a usable one; without the cache on, `require` it.
 */
export function requireWithCodeCache(requireFrom: NodeJS.Require, specifier: string): unknown {
  const file = requireFrom.resolve(specifier);
  if (directory === undefined) return requireFrom(file);
  const source = readFileSync(file, 'utf8');
  const entry = path.join(
    directory,
    `${createHash('sha256').update(source).digest('hex')}-${process.version}-${process.arch}.v8`,
  );
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(entry);
  } catch {
    cachedData = undefined;
  }
  // The wrapper `require` puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (!cachedData || script.cachedDataRejected) {
    stats.misses++;
    toSave.push({ script, file: entry });
  } else stats.hits++;
  const module = { exports: {} as unknown, id: file, filename: file, loaded: false };
  const run: unknown = script.runInThisContext();
  if (typeof run !== 'function') throw new Error(`${file} did not compile to a module wrapper`);
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

/** Writes the entries this run lacked, with the code its validators compiled; a failure only loses the cache. */
function saveEntries(): void {
  for (const { script, file } of toSave.splice(0)) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}
