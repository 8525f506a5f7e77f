/**
 * The CLI's code cache on Node versions without module.enableCompileCache (Node 20, and 22.0): what V8
 * compiled for a CommonJS module of the CLI (dist/cli/*.js, which scripts/build.mjs bundles as CommonJS, and
 * dist/generated/*.cjs) is kept on disk, one file per module text, and the next run that loads the same text
 * takes the compiled code from there instead of parsing and compiling it again (issue 13 goal 3: on Node 20,
 * `cutover assemble` of the payments example spends about 40% of its instructions parsing and compiling).
 *
 * It follows Node's own compile cache: the directory is $NODE_COMPILE_CACHE when set, else
 * <os.tmpdir()>/node-compile-cache, with a subdirectory per V8 version and architecture;
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. A module's file is named by the SHA-256 of its text, so a
 * changed module never meets the code of another text; V8 itself rejects data made by another V8 version or
 * with other V8 flags, and such a module is then compiled and its file written again (as is one whose file
 * is damaged: each file carries the SHA-256 of its data, see readCachedData). The data is written
 * when the process exits, so that it holds the functions this run compiled lazily too (the ones that ran),
 * and only for modules that had none or had it rejected: a run that finds every module cached writes
 * nothing. A cache that cannot be read or written costs the compile it would have saved and nothing else,
 * as with Node's: the command does not fail for it.
 *
 * A cached module is compiled as Node's loader once compiled every CommonJS module, and as v8-compile-cache
 * does: the module text inside Module.wrap's function header, on the same first line, run as a vm.Script;
 * the function is called with the arguments and `this` Node's loader gives (exports, a require resolving
 * from the module's file, module, __filename, __dirname). Such a script has no import() of its own; none of
 * the CLI's bundled modules calls one.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';

/**
 * Node's module loader, reached through process.getBuiltinModule so that the bundler leaves it alone (it
 * replaces a `createRequire` it sees with its own require; src/schema/beside.ts does the same).
 */
const Module = process.getBuiltinModule('node:module');

/** The directory of this Node's cache files, created owner-only; undefined when it is turned off or unusable. */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return undefined;
  const base = env.NODE_COMPILE_CACHE
    ? path.resolve(env.NODE_COMPILE_CACHE)
    : path.join(tmpdir(), 'node-compile-cache');
  const dir = path.join(base, `cutover-v8-${process.versions.v8}-${process.arch}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Code read from here runs as this user: a directory someone else made (in a shared /tmp) is not used.
    if (typeof process.getuid === 'function' && statSync(dir).uid !== process.getuid()) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Length of a cache file's header: the SHA-256 of the data after it, in hex. */
const HEADER = 64;

/**
 * The cached data in a cache file, when it has some and it is whole: V8 checks that data was made by its own
 * version and flags for a text of the same length, but on Node 20 not that the data is intact (a damaged file
 * can crash the process), so each file starts with the SHA-256 of its data, checked here. Undefined when
 * there is no such file or it does not match: the module is then compiled from its text.
 */
export function readCachedData(file: string): Buffer | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = stored.subarray(HEADER);
  return stored.length > HEADER && stored.toString('latin1', 0, HEADER) === hash('sha256', data) ? data : undefined;
}

/** The function Node's CommonJS loader compiles and runs a module's text with (Module.prototype._compile). */
type Compile = (this: NodeJS.Module, content: string, filename: string, ...rest: unknown[]) => unknown;

function isCompile(value: unknown): value is Compile {
  return typeof value === 'function';
}

/**
 * Turns the cache on for every CommonJS module loaded from under `root` (a directory, with its trailing
 * separator or not) from now on. Returns whether it is on.
 */
export function cacheCompiledCode(root: string, env: NodeJS.ProcessEnv): boolean {
  const dir = cacheDirectory(env);
  const compile: unknown = Reflect.get(Module.prototype, '_compile');
  if (dir === undefined || !isCompile(compile)) return false;
  const under = root.endsWith(path.sep) ? root : root + path.sep;
  /** The scripts compiled without usable cached data, with the file their data goes to. */
  const pending: { file: string; script: Script }[] = [];

  const cachedCompile: Compile = function (this: NodeJS.Module, content, filename, ...rest) {
    // Only the CLI's own CommonJS modules: an ES module text (format 'module') goes through Node's loader.
    const format = rest[0];
    if (!filename.startsWith(under) || (format !== undefined && format !== 'commonjs'))
      return Reflect.apply(compile, this, [content, filename, ...rest]);
    const file = path.join(dir, hash('sha256', content));
    const cachedData = readCachedData(file);
    // A `#!` line, which Node's own compile skips, stays a line (of comment) so that line numbers are kept.
    const text = content.startsWith('#!') ? `//${content}` : content;
    const script = new Script(Module.wrap(text), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected === true) pending.push({ file, script });
    const wrapper: unknown = script.runInThisContext({ displayErrors: true });
    if (typeof wrapper !== 'function') throw new Error(`${filename}: the module wrapper did not compile to a function`);
    return Reflect.apply(wrapper, this.exports, [
      this.exports,
      Module.createRequire(filename),
      this,
      filename,
      path.dirname(filename),
    ]);
  };
  Reflect.set(Module.prototype, '_compile', cachedCompile);

  process.once('exit', () => {
    for (const { file, script } of pending) {
      // Written whole under another name, then renamed: a concurrent run reads the old file or the new one.
      const partial = `${file}.${process.pid}.tmp`;
      try {
        const data = script.createCachedData();
        writeFileSync(partial, Buffer.concat([Buffer.from(hash('sha256', data), 'latin1'), data]), { mode: 0o600 });
        renameSync(partial, file);
      } catch {
        // The next run compiles this module again.
        try {
          rmSync(partial, { force: true });
        } catch {
          // Left behind: no run reads a .tmp file.
        }
      }
    }
  });
  return true;
}
