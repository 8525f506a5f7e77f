/**
 * The real executable: `src/cli/index.ts` through tsx in a child process (and the built `dist/cli/index.js`
 * when present), so the process exit code and streams are what a shell sees.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, stackLines } from '../helpers/cli.js';
import { EXAMPLES, repoRoot } from '../helpers/paths.js';

const ENTRY = path.join(repoRoot, 'src', 'cli', 'index.ts');
const DIST = path.join(repoRoot, 'dist', 'cli', 'index.js');

function cutover(
  args: string[],
  entry: 'source' | 'dist' = 'source',
): { code: number | null; stdout: string; stderr: string } {
  const argv = entry === 'source' ? ['--import', 'tsx', ENTRY, ...args] : [DIST, ...args];
  const result = spawnSync(process.execPath, argv, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let root = '';
beforeAll(async () => {
  root = await makeTempDir('cutover-process-');
});
afterAll(async () => {
  await removeDir(root);
});

describe('cutover as a process (tsx src/cli/index.ts)', () => {
  // In a child process with a timeout: Node's recursive mkdir spins forever on this path (release-dir.ts
  // makeDirectories), which in-process would hang the test run instead of failing it.
  it.skipIf(!existsSync('/proc/self'))(
    'an --out under a missing /proc directory is an input error, not a hang',
    () => {
      const missing = `/proc/cutover-missing-${process.pid}`;
      const started = Date.now();
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', ENTRY, 'assemble', '--sources', EXAMPLES.payments.sources, '--out', `${missing}/out`],
        { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 20_000 },
      );
      expect(run.signal, `killed after ${Date.now() - started} ms: the command hung`).toBeNull();
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toBe(
        `cutover assemble: error: ${missing}/out: cannot write the release directory: mkdir '${missing}' failed: no such file or directory (ENOENT) (expected a directory Cutover can create or replace, on a writable file system)\n`,
      );
    },
    30_000,
  );

  it('assemble then verify the payments example: exit 0 and 0', () => {
    const out = path.join(root, 'payments');
    const assembled = cutover([
      'assemble',
      '--sources',
      EXAMPLES.payments.sources,
      '--out',
      out,
      '--policy',
      EXAMPLES.policy,
      '--json',
    ]);
    expect(assembled.stderr).toBe('');
    expect(assembled.code).toBe(0);
    expect(assembled.stdout).toContain('"written": true');
    const verified = cutover(['verify', out, '--policy', EXAMPLES.policy]);
    expect(verified.code).toBe(0);
  });

  it('the held release verifies with exit 1', () => {
    const out = path.join(root, 'held');
    const assembled = cutover([
      'assemble',
      '--sources',
      EXAMPLES.held.sources,
      '--out',
      out,
      '--policy',
      EXAMPLES.policy,
      '--previous',
      EXAMPLES.held.previous,
    ]);
    expect(assembled.code).toBe(0);
    expect(cutover(['verify', out, '--policy', EXAMPLES.policy]).code).toBe(1);
  });

  it('bad input exits 2 with one line on stderr and no stack trace', () => {
    const out = path.join(root, 'never');
    const run = cutover(['assemble', '--sources', path.join(root, 'missing.yaml'), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(stackLines(run.stderr)).toEqual([]);
    expect(existsSync(out)).toBe(false);
    expect(cutover(['assemble', '--bogus']).code).toBe(2);
  });
});

describe.skipIf(!existsSync(DIST))('cutover as a process (built dist/cli/index.js)', () => {
  it('bad input exits 2 and --help exits 0', () => {
    expect(cutover(['assemble', '--sources', path.join(root, 'missing.yaml'), '--out', root], 'dist').code).toBe(2);
    expect(cutover(['--help'], 'dist').code).toBe(0);
  });
});
