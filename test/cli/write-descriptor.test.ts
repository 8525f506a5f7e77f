/**
 * The command line writes its output with write(2) on descriptors 1 and 2 (src/cli/io.ts writeToDescriptor),
 * not through process.stdout: every byte arrives, in order, through a pipe much larger than the pipe's
 * buffer (writes that block or stop short, EAGAIN on a non-blocking pipe, go on through the stream), and
 * into a file; the built CLI's output through a pipe is the same as through a file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const io = path.join(root, 'src/cli/io.ts');

/** A script that writes `lines` numbered lines (with a multi-byte character each) to `fd`, in writes of 10 lines. */
const writer = (fd: 1 | 2, lines: number) => `
  import { writeToDescriptor } from ${JSON.stringify(io)};
  let batch = '';
  for (let i = 0; i < ${lines}; i++) {
    batch += 'line ' + i + ' ' + 'é'.repeat(40) + '\\n';
    if (i % 10 === 9) { writeToDescriptor(${fd}, batch); batch = ''; }
  }
  writeToDescriptor(${fd}, batch + 'end\\n');`;

const expected = (lines: number) =>
  `${Array.from({ length: lines }, (_, i) => `line ${i} ${'é'.repeat(40)}\n`).join('')}end\n`;

describe('writeToDescriptor', () => {
  it('writes every byte in order through a pipe read slowly (about 2 MB, far past the pipe buffer)', async () => {
    const lines = 25_000;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', writer(1, lines)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    // Read in bursts with pauses, so the writer meets a full pipe many times.
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.length).toBe(expected(lines).length);
    expect(text).toBe(expected(lines));
  }, 60_000);

  it('writes to standard error and into a file as well', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cutover-write-'));
    try {
      const file = path.join(dir, 'out.txt');
      const fd = openSync(file, 'w');
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', writer(2, 500)], {
        cwd: root,
        stdio: ['ignore', 'ignore', fd],
      });
      expect(readFileSync(file, 'utf8')).toBe(expected(500));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
