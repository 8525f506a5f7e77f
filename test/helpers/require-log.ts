/**
 * A preload (`node --require <preload>`) for a child process that appends to a log the path of every module
 * Node's require() loads, in load order: Module.prototype.load, which reads the file and hands it to the
 * compile, whoever compiles it (the CLI's compile cache, src/cli/compile-cache.ts, replaces the compile).
 * The tests of what the built CLI loads (bundled as CommonJS, scripts/build.mjs) read it. A module loaded
 * as an ES module is not logged (test/helpers/module-log.ts logs those).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RequireLog {
  /** A fresh directory holding the preload; the caller removes it. */
  dir: string;
  /** The log: one absolute file path per line, in load order. */
  log: string;
  /** The file to pass to `--require` in the child process. */
  preload: string;
}

export function requireLog(prefix: string): RequireLog {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const log = path.join(dir, 'required.txt');
  const preload = path.join(dir, 'preload.cjs');
  writeFileSync(log, '');
  writeFileSync(
    preload,
    [
      "const Module = require('node:module');",
      "const { appendFileSync } = require('node:fs');",
      'const load = Module.prototype.load;',
      'Module.prototype.load = function (filename) {',
      `  appendFileSync(${JSON.stringify(log)}, filename + '\\n');`,
      '  return load.call(this, filename);',
      '};',
      '',
    ].join('\n'),
  );
  return { dir, log, preload };
}
