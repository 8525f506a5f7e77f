/**
 * A preload (`node --require <preload>`) for a child process that appends the path of every CommonJS module
 * Node's require() compiles to a log, in load order: the tests of what the built CLI loads (bundled as
 * CommonJS, scripts/build.mjs) read it. ES modules do not pass through it (test/helpers/module-log.ts
 * logs those).
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
      'const compile = Module.prototype._compile;',
      'Module.prototype._compile = function (content, filename) {',
      `  appendFileSync(${JSON.stringify(log)}, filename + '\\n');`,
      '  return compile.call(this, content, filename);',
      '};',
      '',
    ].join('\n'),
  );
  return { dir, log, preload };
}
