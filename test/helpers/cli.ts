/**
 * Runs the `cutover` CLI in-process through `main(argv, io)`, capturing its output, plus temporary
 * directories and directory snapshots for "nothing was written" assertions.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { repoRoot } from './paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one CLI invocation in-process. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory. */
export async function makeTempDir(prefix = 'cutover-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Removes a directory tree. */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Relative path -> content of every file under `dir` (or null when it does not exist). */
export async function snapshotTree(dir: string): Promise<Record<string, string> | null> {
  if (!existsSync(dir)) return null;
  const info = await stat(dir);
  if (!info.isDirectory()) return { '.': await readFile(dir, 'utf8') };
  const out: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(dir, full)] = await readFile(full, 'utf8');
    }
  };
  await walk(dir);
  return out;
}

/** Lines of a text that look like a stack frame. */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at /.test(line));
}

/** 1-based line of the first occurrence of `needle` in `text` at or after line `from`. */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]?.includes(needle)) return i + 1;
  throw new Error(`${JSON.stringify(needle)} not found in text from line ${from}`);
}
