/**
 * readRegularFile (src/schema/regular-file.ts) and the configuration reader built on it (documents.ts
 * readTextFile): one descriptor, checked with fstat, read to at most the limit whatever fstat said.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReleaseTexts } from '../../src/cli/release-dir.js';
import { InputError } from '../../src/errors.js';
import { readTextFile } from '../../src/schema/documents.js';
import { readRegularFile, readToLimit } from '../../src/schema/regular-file.js';
import { makeTempDir, removeDir } from '../helpers/cli.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('cutover-regular-file-');
});
afterEach(() => removeDir(dir));

const notRegular = (file: string) => new InputError('not regular', { file, expected: 'a regular file' });
const read = (file: string, maxBytes: number, missingIsUndefined = false) =>
  readRegularFile(file, { maxBytes, notRegular, missingIsUndefined });

/** The InputError a call throws (fails the test when it does not throw one). */
function errorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

/** procfs files report size 0 and hold more: the case the bounded read exists for. Linux only. */
const PROC_ENVIRON = '/proc/self/environ';
const procfs = existsSync(PROC_ENVIRON);

describe('readRegularFile', () => {
  it('reads a file of exactly the limit, and refuses one byte more before reading it', () => {
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, 'x'.repeat(100));
    expect(read(file, 100)?.toString()).toBe('x'.repeat(100));
    const error = errorOf(() => read(file, 99));
    expect(error.message).toBe('file is 100 bytes, over the limit of 99 bytes');
    expect(error).toMatchObject({ file, expected: 'a file of at most 99 bytes' });
  });

  it('reads empty files and files larger than its first buffer', () => {
    const empty = path.join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    expect(read(empty, 10)?.byteLength).toBe(0);
    const large = path.join(dir, 'large.json');
    const text = 'ab'.repeat(200_000);
    writeFileSync(large, text);
    expect(read(large, 1_000_000)?.toString()).toBe(text);
  });

  it.skipIf(!procfs)('refuses a file whose size reads as 0 but that holds more than the limit (procfs)', () => {
    // statSync('/proc/self/environ').size is 0: a reader that trusted fstat's size (or read by path after a
    // stat) would read it whole. This one stops one byte past the limit.
    const holds = readFileSync(PROC_ENVIRON).byteLength;
    expect(holds).toBeGreaterThan(16);
    const error = errorOf(() => read(PROC_ENVIRON, 16));
    expect(error.message).toBe('file holds more than 16 bytes, over the limit of 16 bytes');
    expect(error).toMatchObject({ file: PROC_ENVIRON, expected: 'a file of at most 16 bytes' });
  });

  it.skipIf(!procfs)('reads a size-0 procfs file whole when it is within the limit, past its first buffer', () => {
    expect(read('/proc/self/cmdline', 1_000_000)?.equals(readFileSync('/proc/self/cmdline'))).toBe(true);
  });

  it('refuses a FIFO at once, without waiting for a writer', () => {
    const fifo = path.join(dir, 'policy.yaml');
    execFileSync('mkfifo', [fifo]);
    // Without O_NONBLOCK, opening the FIFO would block this (single) thread: the test would time out.
    expect(errorOf(() => read(fifo, 100)).message).toBe('not regular');
  });

  it('refuses a directory as not a regular file', () => {
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    expect(errorOf(() => read(sub, 100)).message).toBe('not regular');
  });

  it('a missing file: undefined when asked, otherwise an InputError naming the error code', () => {
    const missing = path.join(dir, 'missing.yaml');
    expect(read(missing, 100, true)).toBeUndefined();
    const error = errorOf(() => read(missing, 100));
    expect(error.message).toBe('cannot read file: ENOENT');
    expect(error).toMatchObject({ file: missing, expected: 'a readable file' });
  });
});

describe('readTextFile (the configuration files) reads through it', () => {
  it.skipIf(!procfs)('refuses a configuration file holding more than its limit though its size reads 0', async () => {
    const error = await readTextFile(PROC_ENVIRON, 16).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('file holds more than 16 bytes, over the limit of 16 bytes');
  });

  it('keeps its messages: not a regular file, cannot read file', async () => {
    const fifo = path.join(dir, 'sources.yaml');
    execFileSync('mkfifo', [fifo]);
    const notFile = await readTextFile(fifo).catch((e: unknown) => e);
    expect((notFile as InputError).message).toBe('is not a regular file');
    expect(notFile).toMatchObject({ file: fifo, expected: 'a file' });
    const missing = await readTextFile(path.join(dir, 'nowhere.yaml')).catch((e: unknown) => e);
    expect((missing as InputError).message).toBe('cannot read file: ENOENT');
  });
});

describe('readReleaseTexts (a release directory) reads through it', () => {
  it.skipIf(!procfs)('refuses a release file holding more than its limit though its size reads 0', async () => {
    symlinkSync(PROC_ENVIRON, path.join(dir, 'bundle.json'));
    const error = await readReleaseTexts(dir, 16).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('file holds more than 16 bytes, over the limit of 16 bytes');
  });

  it('keeps its messages and leaves missing files out', async () => {
    writeFileSync(path.join(dir, 'holds.json'), '{}');
    expect(await readReleaseTexts(dir)).toEqual({ holds: '{}' });
    execFileSync('mkfifo', [path.join(dir, 'bundle.json')]);
    const error = await readReleaseTexts(dir).catch((e: unknown) => e);
    expect((error as InputError).message).toBe('is not a regular file (a FIFO, socket, device or directory)');
  });
});

describe('readToLimit (shared with the workspace reader)', () => {
  /** readToLimit over a fresh descriptor of `file`, told the size `size` (as a stale fstat would). */
  const readTold = (file: string, size: number, maxBytes: number, headRoom = 0) => {
    const fd = openSync(file, 'r');
    try {
      return readToLimit(fd, size, maxBytes, (bytes) => new InputError(`${bytes} bytes`, { file }), headRoom);
    } finally {
      closeSync(fd);
    }
  };

  it('reads a file that holds more than fstat said to its end (a file that grew), and refuses it past the limit', () => {
    const file = path.join(dir, 'grew.json');
    const text = 'g'.repeat(100_000);
    writeFileSync(file, text);
    expect(readTold(file, 10, 1_000_000).toString()).toBe(text);
    expect(readTold(file, 0, 1_000_000).toString()).toBe(text);
    expect(errorOf(() => readTold(file, 10, 50)).message).toBe('51 bytes');
  });

  it('returns the bytes behind the head room asked for, in the same buffer', () => {
    const file = path.join(dir, 'room.json');
    writeFileSync(file, 'abc');
    const bytes = readTold(file, 3, 100, 22);
    expect(bytes.toString()).toBe('abc');
    expect(bytes.byteOffset).toBeGreaterThanOrEqual(22);
    // The room before the bytes belongs to the same buffer, so a header can be written there.
    expect(
      Buffer.from(bytes.buffer, bytes.byteOffset - 22, 25)
        .subarray(22)
        .toString(),
    ).toBe('abc');
  });
});
