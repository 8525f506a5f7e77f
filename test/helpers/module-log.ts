/**
 * A module hook (Node's module.register) for a child process, that appends the file: URL of every module it
 * loads to a log: the tests of what a command loads (lazy loading, merged chunks) run the command with
 * `--import <register>` and read the log.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ModuleLog {
  /** A fresh directory holding the hook; the caller removes it. */
  dir: string;
  /** The log: one file: URL per line, in load order. */
  log: string;
  /** The module to pass to `--import` in the child process. */
  register: string;
}

export function moduleLog(prefix: string): ModuleLog {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const log = path.join(dir, 'loaded.txt');
  const hook = path.join(dir, 'hook.mjs');
  const register = path.join(dir, 'register.mjs');
  writeFileSync(log, '');
  writeFileSync(
    hook,
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`,
  );
  return { dir, log, register };
}
