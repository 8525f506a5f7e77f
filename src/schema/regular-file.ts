/**
 * Reads one regular file through one descriptor, within a size limit. readRegularFile serves the configuration
 * files (documents.ts) and a release directory's files (cli/release-dir.ts); its read loop, readToLimit, also
 * serves the workspace's input files (sources/workspace.ts, which opens them itself, not following links).
 *
 * - Opened once, with O_NONBLOCK, and checked with fstat on that descriptor: what is checked is what is read.
 *   Checking a path and then reading it again by path would let the file be swapped in between, for a FIFO (the
 *   command blocks until something writes to it) or a larger file (past the limit). O_NONBLOCK makes opening a
 *   FIFO return at once instead of waiting for a writer; fstat then refuses it.
 * - Read to at most the limit, whatever fstat said: a file that grows while it is read, or a procfs file whose
 *   size reads as 0 (`/proc/self/environ`), is refused at the limit instead of read whole.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { assertSize } from './parse.js';

export interface RegularFileOptions {
  /** Largest number of bytes accepted. */
  maxBytes: number;
  /** The error for a path that exists but is not a regular file (a directory, FIFO, socket or device). */
  notRegular: (file: string) => InputError;
  /** Whether a file that does not exist is undefined (true) or an InputError `cannot read file: ENOENT` (false). */
  missingIsUndefined: boolean;
}

/** The bytes of a regular file (see the module's comment); undefined for a missing file when so asked. */
export function readRegularFile(file: string, options: RegularFileOptions): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && options.missingIsUndefined) return undefined;
    // A socket cannot be opened (ENXIO): say what it is rather than how opening it failed.
    const info = code === 'ENOENT' ? undefined : statOrUndefined(file);
    if (info && !info.isFile()) throw options.notRegular(file);
    throw new InputError(
      `cannot read file: ${code ?? String(cause)}`,
      { file, expected: 'a readable file' },
      { cause },
    );
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw options.notRegular(file);
    assertSize(info.size, file, options.maxBytes);
    return readToLimit(fd, info.size, options.maxBytes, holdsTooMuch(file, options.maxBytes));
  } finally {
    closeSync(fd);
  }
}

/** Room for the first read of a file whose size reads as 0 (procfs), and how a buffer grows past its first size. */
const FIRST_ROOM = 64 * 1024;

/**
 * Reads an open file to its end, refusing it (`tooLarge(maxBytes + 1)`) once it holds more than maxBytes: also
 * a file that grew after fstat or whose size reads as 0 (procfs). `size` is fstat's: the buffer has one byte
 * more, and a read that brings the bytes to exactly `size` below the limit ends the file without a read that
 * finds its end (a system call per file; what readFileSync reads of a file that grows meanwhile). The bytes
 * are returned as a view that starts `headRoom` bytes into its buffer: room the caller may write before them
 * (the workspace's git blob header, hashed with them in one pass).
 */
export function readToLimit(
  fd: number,
  size: number,
  maxBytes: number,
  tooLarge: (bytes: number) => InputError,
  headRoom = 0,
): Buffer {
  let buffer = Buffer.allocUnsafeSlow(headRoom + Math.min(size > 0 ? size + 1 : FIRST_ROOM, maxBytes + 1));
  let filled = 0;
  for (;;) {
    if (headRoom + filled === buffer.length) {
      if (filled > maxBytes) throw tooLarge(filled);
      const grown = Buffer.allocUnsafeSlow(headRoom + Math.min(Math.max(filled * 2, FIRST_ROOM), maxBytes + 1));
      buffer.copy(grown, 0, 0, headRoom + filled);
      buffer = grown;
    }
    const read = readSync(fd, buffer, headRoom + filled, buffer.length - headRoom - filled, null);
    if (read === 0) break;
    filled += read;
    if (filled === size && size < maxBytes) break;
  }
  return buffer.subarray(headRoom, headRoom + filled);
}

/** The configuration files' and release files' refusal of a file that holds more than maxBytes. */
function holdsTooMuch(file: string, maxBytes: number): (bytes: number) => InputError {
  return () =>
    new InputError(`file holds more than ${maxBytes} bytes, over the limit of ${maxBytes} bytes`, {
      file,
      expected: `a file of at most ${maxBytes} bytes`,
    });
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
