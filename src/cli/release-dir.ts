/**
 * Reads and writes release directories on the local disk. Writes are all-or-nothing: the files are written
 * to a fresh sibling directory which then replaces the target, so a failure never leaves half a bundle.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { TEXT_PIECE, textPieces } from '../domain/canonical.js';
import { BUNDLE_FILES, type BundleFileKey } from '../domain/names.js';
import { InputError } from '../errors.js';
import { decodeUtf8, MAX_RELEASE_FILE_BYTES } from '../schema/parse.js';
import { readRegularFile } from '../schema/regular-file.js';
import type { ReleaseTexts } from '../schema/release.js';

/**
 * Reads whichever of the four release files exist in `dir`. Synchronously: nothing else runs meanwhile, and
 * each step of an asynchronous read is a round trip to libuv's thread pool (about twenty for a release
 * directory, milliseconds of `cutover assemble` and `verify` on a busy machine; issue 13 goal 3).
 */
export async function readReleaseTexts(dir: string, maxBytes = MAX_RELEASE_FILE_BYTES): Promise<ReleaseTexts> {
  const info = statOrUndefined(dir);
  if (!info?.isDirectory())
    throw new InputError('is not a directory', {
      file: dir,
      expected: 'a release directory holding bundle.json, lineage.json, holds.json and manifest.json',
    });
  const texts: ReleaseTexts = {};
  for (const key of Object.keys(BUNDLE_FILES) as BundleFileKey[]) {
    const file = path.join(dir, BUNDLE_FILES[key]);
    const text = readReleaseFile(file, maxBytes);
    if (text !== undefined) texts[key] = text;
  }
  return texts;
}

/**
 * One release file, or undefined when it does not exist. Through one descriptor, opened with O_NONBLOCK and
 * checked with fstat (schema/regular-file.ts), so a FIFO named `bundle.json` is refused instead of blocking the
 * command until something writes to it, and read to at most maxBytes whatever its size said.
 */
function readReleaseFile(file: string, maxBytes: number): string | undefined {
  const bytes = readRegularFile(file, { maxBytes, notRegular: notRegularFile, missingIsUndefined: true });
  return bytes === undefined ? undefined : decodeUtf8(bytes, file);
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function notRegularFile(file: string): InputError {
  return new InputError('is not a regular file (a FIFO, socket, device or directory)', {
    file,
    expected: 'a regular file',
  });
}

/**
 * Replaces `dir` with exactly these files, atomically as far as the file system allows. A directory that cannot
 * be written (no such parent, a file in the way, read-only, no permission, a pseudo file system like /proc) is an
 * InputError naming `dir` and the failed operation, not an internal error.
 */
export async function writeReleaseDirectory(dir: string, files: Record<BundleFileKey, string>): Promise<void> {
  try {
    replaceDirectory(dir, files);
  } catch (error) {
    if (error instanceof InputError || !isSystemError(error)) throw error;
    const operation = error.path ? `${error.syscall ?? 'write'} '${error.path}'` : (error.syscall ?? 'write');
    const reason = SYSTEM_REASONS[error.code] ?? error.code;
    throw new InputError(
      `cannot write the release directory: ${operation} failed: ${reason} (${error.code})`,
      { file: dir, expected: 'a directory Cutover can create or replace, on a writable file system' },
      { cause: error },
    );
  }
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'a file is in the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EXDEV: 'crosses file systems',
  ENAMETOOLONG: 'name too long',
};

function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && 'syscall' in error;
}

/**
 * Synchronously, like the read above: each step of an asynchronous write is a round trip to libuv's thread
 * pool (mkdir, stat, mkdir, an open, write and close per file, renames: about twenty), and `node:fs/promises`
 * loads readline and the file watchers with it (about 1.3 ms to require on its own). `cutover assemble` of
 * the payments example on Node 20: about 1% less CPU time, spawn to exit (issue 13 goal 3).
 * test/cli/startup-modules.test.ts fails if the built CLI loads `node:fs/promises` for assemble again.
 */
/**
 * `mkdir -p` one directory at a time, not with Node's `recursive` option: where a path's parent exists but
 * refuses children with ENOENT (procfs: `--out /proc/missing/out`), Node's recursive mkdir (20 and 24, sync
 * and async) takes the ENOENT for a missing parent, "creates" the parent (EEXIST) and tries the child again,
 * forever, at 100% CPU. Here the missing ancestors are found by stat and each is made once: a failure is that
 * mkdir's own error (ENOENT, ENOTDIR, EACCES...), which writeReleaseDirectory names. A directory made by
 * another process meanwhile (EEXIST on a directory) is fine. test/cli/process.test.ts runs the /proc case in a
 * child process with a timeout.
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  // Only a path that does not exist is missing; any other failure of stat (ENOTDIR, EACCES) is the error.
  for (let current = dir; statSync(current, { throwIfNoEntry: false }) === undefined; ) {
    missing.push(current);
    const up = path.dirname(current);
    if (up === current) break;
    current = up;
  }
  for (const directory of missing.reverse()) {
    try {
      mkdirSync(directory);
    } catch (error) {
      if (!(isSystemError(error) && error.code === 'EEXIST' && statOrUndefined(directory)?.isDirectory())) throw error;
    }
  }
}

/** One buffer for every piece written (TEXT_PIECE code units are at most 3 bytes of UTF-8 each). */
let writeBuffer: Buffer | undefined;

/**
 * Writes text as UTF-8 to a file that must not exist yet (`wx`), a piece at a time (textPieces) through one
 * reused buffer. writeFileSync would first encode the whole text into a new buffer as large as the file
 * (megabytes for bundle.json and lineage.json), each page of which is memory the process touches for the first
 * time: on a Firecracker VM about 14 us per 4 KiB page, more than the encoding itself (issue 13 goal 2). The
 * bytes are writeFileSync's.
 */
function writeNewFile(file: string, text: string): void {
  writeBuffer ??= Buffer.allocUnsafeSlow(TEXT_PIECE * 3);
  const buffer = writeBuffer;
  const fd = openSync(file, 'wx');
  try {
    for (const piece of textPieces(text)) {
      const length = buffer.write(piece, 0, 'utf8');
      for (let written = 0; written < length; ) written += writeSync(fd, buffer, written, length - written);
    }
  } finally {
    closeSync(fd);
  }
}

function replaceDirectory(dir: string, files: Record<BundleFileKey, string>): void {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  makeDirectories(parent);
  const existing = statOrUndefined(target);
  if (existing && !existing.isDirectory())
    throw new InputError('exists and is not a directory', {
      file: dir,
      expected: 'a new or existing release directory',
    });
  const staging = path.join(parent, `.${path.basename(target)}.cutover-${randomBytes(6).toString('hex')}`);
  mkdirSync(staging);
  try {
    for (const key of Object.keys(BUNDLE_FILES) as BundleFileKey[]) {
      writeNewFile(path.join(staging, BUNDLE_FILES[key]), files[key]);
    }
    if (existing) {
      const old = `${staging}.old`;
      renameSync(target, old);
      renameSync(staging, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(staging, target);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
