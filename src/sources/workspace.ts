/**
 * The local workspace: files of the candidate read from a directory, confined to it, with lineage.
 *
 * In the action the directory is the checked-out repository at the tag's commit, and lineage names
 * `owner/repo@<commit>:<path>` with the git blob id. In the CLI it is a plain directory, and lineage names the
 * relative path with its content hashes. `observedAt` is always the given reference time (the candidate
 * commit's time), never the wall clock, so two assemblies of the same candidate are identical.
 *
 * Files are read with synchronous calls: a release reads thousands of small local files, and each
 * asynchronous call is a round trip through libuv's thread pool (realpath, open, stat, read, close: five per
 * file), which at 10,000 files cost more wall time than the reading itself (bench/run.ts).
 */
import { hash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../domain/canonical.js';
import type { Lineage } from '../domain/model.js';
import { InputError } from '../errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../schema/parse.js';
import { readToLimit } from '../schema/regular-file.js';
import type { Workspace, WorkspaceFile } from './types.js';

/** Options of a local workspace. */
export interface LocalWorkspaceOptions {
  /** RFC 3339 time every file is observed at (the candidate commit's time). */
  observedAt: string;
  /** `owner/repo` when the directory is a checkout of that repository at `commit`. */
  repository?: string;
  /** The checked-out commit; with `repository`, lineage is of system `github`. */
  commit?: string;
  /** Default largest file, when `read` is not given one. */
  maxBytes?: number;
}

/** True when text holds a C0 control (incl. NUL), DEL or a C1 control: never part of a path a person meant. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * A workspace over `root`. Rejects absolute paths, `..` segments, backslashes, control characters,
 * symlinks that resolve outside root, non-regular files and files over the size limit.
 */
export function localWorkspace(root: string, options: LocalWorkspaceOptions): Workspace {
  let rootReal: string | undefined;
  // What every real path inside the root starts with (the root `/` already ends with the separator).
  let prefix = '';
  // Real paths of the directories read from, by workspace-relative path: thousands of files share a few
  // directories, and resolving each file's whole path again costs a system call per path component.
  const directories = new Map<string, string>();
  return {
    async read(requested: string, maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES): Promise<WorkspaceFile> {
      const relative = checkRelativePath(requested);
      if (rootReal === undefined) {
        rootReal = realpathSync.native(path.resolve(root));
        prefix = rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep;
      }
      const base = rootReal;
      let real: string;
      let opened: number | undefined;
      try {
        const slash = relative.lastIndexOf('/');
        const directory = slash < 0 ? '' : relative.slice(0, slash);
        let directoryReal = directories.get(directory);
        if (directoryReal === undefined) {
          directoryReal = inside(
            directory === '' ? base : realpathSync.native(path.join(base, directory)),
            base,
            prefix,
            relative,
          );
          directories.set(directory, directoryReal);
        }
        // The file name is one segment checkRelativePath let through (no '', '.' or '..') and the directory a
        // real path: path.join would only put the separator between them (none after the root '/').
        const name = relative.slice(slash + 1);
        real = directoryReal.endsWith(path.sep) ? directoryReal + name : directoryReal + path.sep + name;
        // Nearly every file is a plain file: an open that does not follow a symbolic link proves it is not one,
        // and saves the lstat (a system call per file). When that open fails for any reason (the file is a
        // symbolic link, missing, a socket), the checks below run in their usual order and name the cause.
        if (real.startsWith(prefix)) opened = openNotFollowing(real);
        // The file itself may be a symbolic link: then resolve it whole, as for any path.
        if (opened === undefined && lstatSync(real).isSymbolicLink()) real = realpathSync.native(real);
      } catch (cause) {
        if (cause instanceof InputError) throw cause;
        throw new InputError(
          `cannot read '${relative}': ${codeOf(cause) === 'ENOENT' ? 'no such file' : codeOf(cause)}`,
          {
            file: relative,
            expected: 'an existing file inside the workspace',
          },
          { cause },
        );
      }
      const { bytes, blob } =
        opened === undefined
          ? readLimited(inside(real, base, prefix, relative), relative, maxBytes)
          : readOpened(opened, relative, maxBytes);
      // Lineage names where the bytes are. Through a symbolic link that is the link's target: git holds the link
      // itself as a blob of its target's name, and a path through a linked directory is in no tree at all, so
      // `<commit>:<requested path>` would not hold the blob read.
      const located = real.slice(prefix.length);
      const named = located === relative || path.sep === '/' ? located : located.split(path.sep).join('/');
      return { path: relative, bytes, lineage: lineageOf(named, bytes, blob, options) };
    },
  };
}

/** A real path, when it is the root (`base`) or inside it (starts with `prefix`); else an InputError. */
function inside(real: string, base: string, prefix: string, relative: string): string {
  if (real !== base && !real.startsWith(prefix)) {
    throw new InputError(`'${relative}' resolves outside the workspace (a symbolic link?)`, {
      file: relative,
      expected: 'a file inside the workspace',
    });
  }
  return real;
}

/**
 * A relative path made of plain segments (letters, digits, `.`, `_`, `-`, none empty, `.` or `..`): what
 * checkRelativePath returns as it is, recognised by one test. Anything else (a `..` segment, `./`, `//`, a
 * backslash, a control character, a drive letter, other characters) takes the checks below.
 */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[\w.-]+(?:\/(?!\.\.?(?:\/|$))[\w.-]+)*$/;

/** Normalizes a workspace-relative path with forward slashes, or throws an InputError saying why it is refused. */
export function checkRelativePath(requested: string): string {
  if (typeof requested === 'string' && PLAIN_PATH.test(requested)) return requested;
  const refuse = (why: string): never => {
    throw new InputError(`path ${JSON.stringify(requested)} ${why}`, {
      file: requested,
      expected: 'a relative path inside the workspace, with forward slashes',
    });
  };
  if (typeof requested !== 'string' || requested.length === 0) refuse('is empty');
  if (hasControlCharacter(requested)) refuse('contains a NUL or control character');
  if (requested.includes('\\')) refuse('contains a backslash');
  if (requested.startsWith('/') || /^[A-Za-z]:/.test(requested)) refuse('is absolute');
  const segments = requested.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) refuse("contains a '..' segment");
  if (segments.length === 0) refuse('names no file');
  return segments.join('/');
}

/**
 * Flags of every open: O_NOFOLLOW refuses a symbolic link that appeared after it was resolved; O_NONBLOCK, because
 * opening a FIFO for reading otherwise waits for a writer, forever, before fstat can refuse it. It changes
 * nothing for regular files. (Both undefined on Windows, where FIFOs do not live in directories.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The file opened without following a symbolic link, or undefined when it cannot be opened so (also where the
 * platform has no O_NOFOLLOW, Windows: there an open would follow a link, so only lstat can tell).
 */
function openNotFollowing(real: string): number | undefined {
  if (constants.O_NOFOLLOW === undefined) return undefined;
  try {
    return openSync(real, OPEN_FLAGS);
  } catch {
    return undefined;
  }
}

function readLimited(real: string, relative: string, maxBytes: number): ReadFile {
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (cause) {
    // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
    const kind = kindOf(statSync(real, { throwIfNoEntry: false }));
    if (kind) throw notRegular(relative, kind);
    throw new InputError(
      `cannot open '${relative}': ${codeOf(cause)}`,
      { file: relative, expected: 'a readable file' },
      { cause },
    );
  }
  return readOpened(fd, relative, maxBytes);
}

/** A file's bytes and its git blob id (hex). */
interface ReadFile {
  bytes: Uint8Array;
  blob: string;
}

/** Room before a file's bytes for git's blob header, `blob <size>\0` (a size of up to 16 digits). */
const BLOB_HEADER_ROOM = 22;

/**
 * Reads an open file (and closes it): a regular file of at most maxBytes, or an InputError saying why not. The
 * bytes are read behind room for git's blob header, so that the blob id is one hash over one buffer (the
 * blob id of the bytes as gitBlobSha computes it: sha1 of `blob <size>\0<bytes>`), with no copy.
 */
function readOpened(fd: number, relative: string, maxBytes: number): ReadFile {
  try {
    const stat = fstatSync(fd);
    const kind = kindOf(stat);
    if (kind) throw notRegular(relative, kind);
    tooLarge(stat.size, relative, maxBytes);
    const bytes = readToLimit(
      fd,
      stat.size,
      maxBytes,
      (size) => tooLargeError(size, relative, maxBytes),
      BLOB_HEADER_ROOM,
    );
    const filled = bytes.byteLength;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset - BLOB_HEADER_ROOM, BLOB_HEADER_ROOM + filled);
    const header = `blob ${filled}\0`;
    const start = BLOB_HEADER_ROOM - header.length;
    buffer.write(header, start, 'latin1');
    return {
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + BLOB_HEADER_ROOM, filled),
      blob: hash('sha1', buffer.subarray(start, BLOB_HEADER_ROOM + filled), 'hex'),
    };
  } finally {
    closeSync(fd);
  }
}

/** What a file is when it is not a regular file (`a FIFO (named pipe)`), or undefined for a regular file. */
function kindOf(stat: Stats | undefined): string | undefined {
  if (!stat || stat.isFile()) return undefined;
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isDirectory()) return 'a directory';
  return 'a special file';
}

function notRegular(relative: string, kind: string): InputError {
  return new InputError(`'${relative}' is ${kind}, not a regular file`, { file: relative, expected: 'a regular file' });
}

function tooLarge(size: number, relative: string, maxBytes: number): void {
  if (size > maxBytes) throw tooLargeError(size, relative, maxBytes);
}

function tooLargeError(size: number, relative: string, maxBytes: number): InputError {
  return new InputError(`'${relative}' is ${size} bytes or more, over the limit of ${maxBytes} bytes`, {
    file: relative,
    expected: `a file of at most ${maxBytes} bytes`,
  });
}

function lineageOf(relative: string, bytes: Uint8Array, blob: string, options: LocalWorkspaceOptions): Lineage {
  if (options.repository !== undefined && options.commit !== undefined) {
    return {
      system: 'github',
      locator: `${options.repository}@${options.commit}:${relative}`,
      revision: options.commit,
      digest: `gitblob:${blob}`,
      observedAt: options.observedAt,
    };
  }
  return { system: 'file', locator: relative, revision: blob, digest: sha256(bytes), observedAt: options.observedAt };
}

function codeOf(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
