/**
 * Input robustness found by fuzzing (issue 12, item 7), through the CLI: a FIFO or socket in the workspace, JSON
 * with a duplicate key, JSON nested 100,000 levels, control characters in an input echoed into a message, and an
 * --out that cannot be written. Each exits 2 with one line naming the file and the expected form, never an
 * "internal error", and leaves nothing behind.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/schema/parse.js';
import { lineOf, makeTempDir, removeDir, runCli, snapshotTree, stackLines } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/paths.js';

const SOURCES_TEXT = readFileSync(EXAMPLES.payments.sources, 'utf8');
const FLAGS = 'inputs/flags.flagd.json';

let dir: string;
let out: string;

beforeEach(async () => {
  dir = await makeTempDir('cutover-robust-');
  await cp(path.dirname(EXAMPLES.payments.sources), dir, { recursive: true });
  out = path.join(dir, 'out');
});
afterEach(() => removeDir(dir));

const assemble = (sources = 'cutover.sources.yaml', outDir = out) =>
  runCli(['assemble', '--sources', path.join(dir, sources), '--out', outDir]);

/** One error line, exit 2, no stack, no "internal error", and --out not created. */
function expectInputError(run: { code: number; stdout: string; stderr: string }): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/^cutover assemble: error: /);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stackLines(run.stderr)).toEqual([]);
  expect(existsSync(out)).toBe(false);
}

describe('a non-regular file in the workspace', () => {
  it('refuses a FIFO at once, naming the path and "a regular file", without waiting for a writer', async () => {
    const fifo = path.join(dir, FLAGS);
    await rm(fifo);
    execFileSync('mkfifo', [fifo]);
    // Before the fix, the CLI blocked in open() until a writer came; this writer (after 3 s) keeps a regression
    // from hanging the suite, and the message then still differs ("not a regular file" without the kind).
    let writer: ChildProcess | undefined = spawn('sh', ['-c', `sleep 3; exec 3>"$0"`, fifo], { stdio: 'ignore' });
    try {
      const run = await assemble();
      expectInputError(run);
      expect(run.stderr).toContain(`'${FLAGS}' is a FIFO (named pipe), not a regular file`);
      expect(run.stderr).toContain('(expected a regular file)');
    } finally {
      writer.kill();
      writer = undefined;
    }
  });

  it('refuses a socket, saying what it is', async () => {
    const socket = path.join(dir, FLAGS);
    await rm(socket);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const run = await assemble();
      expectInputError(run);
      expect(run.stderr).toContain(`'${FLAGS}' is a socket, not a regular file`);
      expect(run.stderr).toContain('(expected a regular file)');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a non-regular file in a release directory', () => {
  it('verify refuses a FIFO named bundle.json instead of waiting for a writer', async () => {
    const release = path.join(dir, 'release');
    await cp(EXAMPLES.held.previous, release, { recursive: true });
    const fifo = path.join(release, 'bundle.json');
    await rm(fifo);
    execFileSync('mkfifo', [fifo]);
    // As above: a writer after 3 s keeps a regression from hanging the suite; the message then differs.
    const writer = spawn('sh', ['-c', `sleep 3; exec 3>"$0"`, fifo], { stdio: 'ignore' });
    try {
      const run = await runCli(['verify', release]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`cutover verify: error: ${fifo}: is not a regular file`);
      expect(run.stderr).toContain('(expected a regular file)');
    } finally {
      writer.kill();
    }
  });
});

describe('JSON that JSON.parse accepts but should not', () => {
  it('refuses a duplicate key, naming the key and the line of its second occurrence', async () => {
    const text = [
      '{',
      '  "schemaVersion": 1,',
      '  "product": "payments-platform",',
      '  "release": "2026.11.3",',
      '  "product": "ledger",',
      '  "candidate": {}',
      '}',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'cutover.sources.json'), text);
    const run = await assemble('cutover.sources.json');
    expectInputError(run);
    expect(run.stderr).toContain(`cutover.sources.json:${lineOf(text, '"ledger"')}: duplicate key "product"`);
    expect(run.stderr).toContain('expected each key at most once per object');
  });

  it('refuses a duplicate key in a JSON input a source names', async () => {
    const flags = JSON.parse(readFileSync(path.join(dir, FLAGS), 'utf8')) as { flags: Record<string, unknown> };
    const [name] = Object.keys(flags.flags);
    // The same flag stated twice: the second would silently replace the first.
    const text = JSON.stringify(flags, null, 2).replace(/\n\s*"flags": \{\n/, (m) => `${m}    "${name}": {},\n`);
    expect(text).toContain(`"${name}": {},`);
    await writeFile(path.join(dir, FLAGS), text);
    const run = await assemble();
    expectInputError(run);
    expect(run.stderr).toContain(`duplicate key ${JSON.stringify(name)}`);
    expect(run.stderr).toMatch(new RegExp(`${FLAGS.replace('.', '\\.')}:\\d+`));
  });

  it('refuses JSON nested 100,000 levels, naming the file and the depth limit', async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    await writeFile(path.join(dir, 'cutover.sources.json'), deep);
    const run = await assemble('cutover.sources.json');
    expectInputError(run);
    expect(run.stderr).toContain('cutover.sources.json');
    expect(run.stderr).toContain(`more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('refuses JSON that opens 100,000 levels and never closes them, naming the file, without a stack trace', async () => {
    await writeFile(path.join(dir, FLAGS), '['.repeat(100_000));
    const run = await assemble();
    expectInputError(run);
    expect(run.stderr).toContain(FLAGS);
    expect(run.stderr).toContain(`invalid JSON: it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('refuses a deeply nested JSON input a source names, naming that file', async () => {
    await writeFile(path.join(dir, FLAGS), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const run = await assemble();
    expectInputError(run);
    expect(run.stderr).toContain(FLAGS);
    expect(run.stderr).toContain(`more than ${MAX_JSON_DEPTH} levels deep`);
  });
});

describe('control characters from inputs', () => {
  it('are escaped in the message, which stays on one line', async () => {
    // A source path with a newline and an ANSI colour sequence: both used to reach the terminal raw.
    const sources = SOURCES_TEXT.replace('path: release-records.yaml', 'path: "release\\u001b[31m\\nrecords.yaml"');
    expect(sources).not.toBe(SOURCES_TEXT);
    await writeFile(path.join(dir, 'cutover.sources.yaml'), sources);
    const run = await assemble();
    expectInputError(run);
    expect(run.stderr).toContain('release\\u001b[31m\\nrecords.yaml');
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('control characters in arguments', () => {
  it('are escaped in an unknown option and an unknown command', async () => {
    const option = await runCli(['assemble', '--out\u001b[2J\nx']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--out\\u001b[2J\\nx'");
    expect(option.stderr).not.toContain('\u001b');
    expect(option.stderr.trimEnd().split('\n')).toHaveLength(1);
    const command = await runCli(['assemble\rverify']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'assemble\\rverify'");
    expect(command.stderr).not.toContain('\r');
  });
});

describe('an --out that cannot be written', () => {
  it.skipIf(!existsSync('/proc/self'))(
    'names /proc/self/x and says why, instead of "internal error: ENOENT"',
    async () => {
      const run = await assemble('cutover.sources.yaml', '/proc/self/x');
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^cutover assemble: error: \/proc\/self\/x: cannot write the release directory: /);
      expect(run.stderr).toContain('no such file or directory (ENOENT)');
      expect(run.stderr).not.toContain('internal error');
    },
  );

  it('creates every missing parent of --out, one at a time (release-dir.ts makeDirectories)', async () => {
    const target = path.join(dir, 'a', 'b', 'c', 'out');
    const run = await assemble('cutover.sources.yaml', target);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(target, 'bundle.json'))).toBe(true);
    // Run again: the parents exist now and the directory is replaced.
    expect((await assemble('cutover.sources.yaml', target)).code).toBe(0);
  });

  it('names the path when a file is in the way of its parent directory', async () => {
    await writeFile(path.join(dir, 'a-file'), 'not a directory\n');
    const before = await snapshotTree(dir);
    const target = path.join(dir, 'a-file', 'out');
    const run = await assemble('cutover.sources.yaml', target);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`error: ${target}: cannot write the release directory: `);
    expect(run.stderr).toContain('(expected a directory Cutover can create or replace, on a writable file system)');
    expect(run.stderr).not.toContain('internal error');
    expect(await snapshotTree(dir)).toEqual(before);
  });
});
