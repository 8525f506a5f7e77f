/**
 * Differential test of reading a workspace file: localWorkspace().read against a copy of the implementation
 * before it opened files without an lstat first (kept below as the reference oracle). On regular files,
 * symbolic links inside and outside the root, chains, loops, dangling links, directories, a FIFO, a socket,
 * paths through a file and files at and over the size limit, both must return the same bytes and lineage or
 * refuse with the same message, file and expected form.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitBlobSha, sha256 } from '../../src/domain/canonical.js';
import type { Lineage } from '../../src/domain/model.js';
import { InputError } from '../../src/errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/schema/parse.js';
import type { Workspace, WorkspaceFile } from '../../src/sources/types.js';
import { checkRelativePath, type LocalWorkspaceOptions, localWorkspace } from '../../src/sources/workspace.js';
import { REFERENCE_TIME, tempDir } from './helpers.js';

// ---------------------------------------------------------------------------------------------------------
// The reference oracle: the read path as it was at commit f8e2109, with lineage naming the resolved path.
// ---------------------------------------------------------------------------------------------------------

function referenceWorkspace(root: string, options: LocalWorkspaceOptions): Workspace {
  let rootReal: string | undefined;
  // Real paths of the directories read from, by workspace-relative path: thousands of files share a few
  // directories, and resolving each file's whole path again costs a system call per path component.
  const directories = new Map<string, string>();
  return {
    async read(requested: string, maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES): Promise<WorkspaceFile> {
      const relative = checkRelativePath(requested);
      rootReal ??= realpathSync.native(path.resolve(root));
      const base = rootReal;
      const inside = (real: string): string => {
        if (real !== base && !real.startsWith(base + path.sep)) {
          throw new InputError(`'${relative}' resolves outside the workspace (a symbolic link?)`, {
            file: relative,
            expected: 'a file inside the workspace',
          });
        }
        return real;
      };
      let real: string;
      try {
        const slash = relative.lastIndexOf('/');
        const directory = slash < 0 ? '' : relative.slice(0, slash);
        let directoryReal = directories.get(directory);
        if (directoryReal === undefined) {
          directoryReal = inside(directory === '' ? base : realpathSync.native(path.join(base, directory)));
          directories.set(directory, directoryReal);
        }
        real = path.join(directoryReal, relative.slice(slash + 1));
        // The file itself may be a symbolic link: then resolve it whole, as for any path.
        if (lstatSync(real).isSymbolicLink()) real = realpathSync.native(real);
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
      const bytes = referenceReadLimited(inside(real), relative, maxBytes);
      // Since f8e2109: lineage names the path the bytes are at (a link's target; workspace-lineage-links.test.ts).
      const located = path.relative(base, real).split(path.sep).join('/');
      return { path: relative, bytes, lineage: lineageOf(located, bytes, options) };
    },
  };
}

function referenceReadLimited(real: string, relative: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever, before fstat can refuse it.
    // It changes nothing for regular files. (Undefined on Windows, where FIFOs do not live in directories.)
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
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
  try {
    const stat = fstatSync(fd);
    const kind = kindOf(stat);
    if (kind) throw notRegular(relative, kind);
    tooLarge(stat.size, relative, maxBytes);
    // Read one byte past the limit so a file that grew after stat is still refused.
    const buffer = Buffer.allocUnsafeSlow(Math.min(stat.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    tooLarge(filled, relative, maxBytes);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
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
  if (size > maxBytes) {
    throw new InputError(`'${relative}' is ${size} bytes or more, over the limit of ${maxBytes} bytes`, {
      file: relative,
      expected: `a file of at most ${maxBytes} bytes`,
    });
  }
}

function lineageOf(relative: string, bytes: Uint8Array, options: LocalWorkspaceOptions): Lineage {
  const blob = gitBlobSha(bytes);
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

// ---------------------------------------------------------------------------------------------------------
// The fixture tree and the comparison.
// ---------------------------------------------------------------------------------------------------------

const LIMIT = 64;
let dir: string;
let cleanup: () => Promise<void>;
let server: Server | undefined;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const root = path.join(dir, 'root');
  mkdirSync(path.join(root, 'dir', 'sub'), { recursive: true });
  mkdirSync(path.join(dir, 'outside-dir'));
  writeFileSync(path.join(dir, 'outside.txt'), 'secret\n');
  writeFileSync(path.join(dir, 'outside-dir', 'secret.txt'), 'secret\n');
  writeFileSync(path.join(root, 'plain.json'), '{"a": 1}\n');
  writeFileSync(path.join(root, 'empty.txt'), '');
  writeFileSync(path.join(root, 'exact.bin'), new Uint8Array(LIMIT).fill(7));
  writeFileSync(path.join(root, 'over.bin'), new Uint8Array(LIMIT + 1).fill(7));
  writeFileSync(path.join(root, 'dir', 'nested.txt'), 'nested\n');
  writeFileSync(path.join(root, 'dir', 'sub', 'deep.txt'), 'deep\n');
  writeFileSync(path.join(root, 'é 日本.txt'), 'unicode name\n');
  symlinkSync('plain.json', path.join(root, 'link-inside'));
  symlinkSync('link-inside', path.join(root, 'link-chain'));
  symlinkSync('dir', path.join(root, 'link-dir'));
  symlinkSync('../nested.txt', path.join(root, 'dir', 'sub', 'link-up'));
  symlinkSync('../outside.txt', path.join(root, 'link-outside'));
  symlinkSync(path.join(dir, 'outside.txt'), path.join(root, 'link-absolute-outside'));
  symlinkSync(path.join(root, 'plain.json'), path.join(root, 'link-absolute-inside'));
  symlinkSync('../outside-dir', path.join(root, 'link-outside-dir'));
  symlinkSync('nope', path.join(root, 'link-dangling'));
  symlinkSync('loop-b', path.join(root, 'loop-a'));
  symlinkSync('loop-a', path.join(root, 'loop-b'));
  symlinkSync('over.bin', path.join(root, 'link-over'));
  execFileSync('mkfifo', [path.join(root, 'fifo')]);
  symlinkSync('fifo', path.join(root, 'link-fifo'));
  const socketPath = path.join(root, 'sock');
  server = createServer();
  await new Promise<void>((resolve) => server?.listen(socketPath, resolve));
  symlinkSync('sock', path.join(root, 'link-sock'));
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await cleanup();
});

const REQUESTS = [
  'plain.json',
  './plain.json',
  'dir//nested.txt',
  'empty.txt',
  'exact.bin',
  'over.bin',
  'dir',
  'dir/nested.txt',
  'dir/sub/deep.txt',
  'dir/sub/link-up',
  'dir/missing.txt',
  'missing/file.txt',
  'missing.json',
  'plain.json/child',
  'é 日本.txt',
  'link-inside',
  'link-chain',
  'link-dir',
  'link-dir/nested.txt',
  'link-dir/sub/link-up',
  'link-outside',
  'link-absolute-outside',
  'link-absolute-inside',
  'link-outside-dir',
  'link-outside-dir/secret.txt',
  'link-dangling',
  'loop-a',
  'loop-a/x',
  'link-over',
  'fifo',
  'link-fifo',
  'sock',
  'link-sock',
  '../outside.txt',
  '/etc/hostname',
  '',
];

type Outcome =
  | { read: true; path: string; bytes: number[]; lineage: Lineage }
  | { read: false; message: string; file: string | undefined; expected: string | undefined };

async function outcomeOf(workspace: Workspace, requested: string, maxBytes?: number): Promise<Outcome> {
  try {
    const file = await workspace.read(requested, maxBytes);
    return { read: true, path: file.path, bytes: Array.from(file.bytes), lineage: file.lineage };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { read: false, message: error.message, file: error.file, expected: error.expected };
  }
}

async function disagreements(root: string, requests: readonly string[], options: LocalWorkspaceOptions) {
  const actual = localWorkspace(root, options);
  const reference = referenceWorkspace(root, options);
  const found: Array<{ requested: string; actual: Outcome; reference: Outcome }> = [];
  // Twice each, in both orders: the workspace keeps the real paths of directories it has read from.
  for (const requested of [...requests, ...[...requests].reverse()]) {
    const a = await outcomeOf(actual, requested, LIMIT);
    const r = await outcomeOf(reference, requested, LIMIT);
    if (!isDeepStrictEqual(a, r)) found.push({ requested, actual: a, reference: r });
  }
  return found;
}

describe('localWorkspace().read agrees with the reference implementation', () => {
  it('on regular files, links, directories, a FIFO, a socket and sizes at and over the limit', async () => {
    const root = path.join(dir, 'root');
    const outcomes = await Promise.all(
      REQUESTS.map((requested) =>
        outcomeOf(referenceWorkspace(root, { observedAt: REFERENCE_TIME }), requested, LIMIT),
      ),
    );
    // The fixture must reach both decisions and several reasons, or agreement proves little.
    expect(outcomes.filter((o) => o.read).length).toBeGreaterThan(8);
    expect(new Set(outcomes.map((o) => (o.read ? 'read' : o.message.replace(/'[^']*'/g, "''")))).size).toBeGreaterThan(
      8,
    );
    expect(await disagreements(root, REQUESTS, { observedAt: REFERENCE_TIME })).toEqual([]);
  });

  it('with github lineage, and with the root given through a symbolic link', async () => {
    const options = { observedAt: REFERENCE_TIME, repository: 'acme/payments', commit: 'a'.repeat(40) };
    expect(await disagreements(path.join(dir, 'root'), REQUESTS, options)).toEqual([]);
    symlinkSync('root', path.join(dir, 'root-link'));
    expect(await disagreements(path.join(dir, 'root-link'), REQUESTS, options)).toEqual([]);
  });

  it('with the file system root as the workspace: files under it are inside it', async () => {
    // The reference (and the read path before it) refused every file under a root of `/` as outside it: its
    // inside check compared with '//'. Now every file the workspace at root reads, `/` reads too.
    const root = path.join(dir, 'root');
    const below = path.relative('/', root);
    const top = below.split('/')[0] as string;
    const slash = localWorkspace('/', { observedAt: REFERENCE_TIME });
    const atRoot = localWorkspace(root, { observedAt: REFERENCE_TIME });
    let read = 0;
    for (const requested of REQUESTS) {
      const expected = await outcomeOf(atRoot, requested, LIMIT);
      if (!expected.read) continue;
      const actual = await outcomeOf(slash, `${below}/${requested}`, LIMIT);
      expect(actual.read && actual.bytes, requested).toEqual(expected.bytes);
      read++;
    }
    expect(read).toBeGreaterThan(8);
    expect((await outcomeOf(slash, top, LIMIT)).read).toBe(false);
    const missing = await outcomeOf(slash, `${top}-cutover-missing`, LIMIT);
    expect(missing.read === false && missing.message).toMatch(/no such file/);
  });
  it('reads files of many sizes (1 to 6 digits) whole, with the blob id gitBlobSha gives their bytes', async () => {
    // The read path hashes the blob header and bytes in one buffer, and stops at the size fstat gave: against
    // the reference at every size, at, below and over a limit, and against gitBlobSha of the bytes read.
    const root = path.join(dir, 'sizes');
    mkdirSync(root);
    const sizes = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 4095, 4096, 4097, 65535, 65536, 65537, 100_000, 123_457];
    for (const size of sizes) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + size) & 0xff;
      writeFileSync(path.join(root, `f${size}.bin`), bytes);
    }
    const workspace = localWorkspace(root, { observedAt: REFERENCE_TIME });
    const reference = referenceWorkspace(root, { observedAt: REFERENCE_TIME });
    for (const size of sizes) {
      for (const limit of [size, size + 1, Math.max(1, size - 1), 200_000]) {
        const actual = await outcomeOf(workspace, `f${size}.bin`, limit);
        expect(actual, `${size} bytes, limit ${limit}`).toEqual(await outcomeOf(reference, `f${size}.bin`, limit));
        if (!actual.read) continue;
        expect(actual.bytes.length).toBe(size);
        expect(actual.lineage.revision).toBe(gitBlobSha(Uint8Array.from(actual.bytes)));
        expect(actual.lineage.digest).toBe(sha256(Uint8Array.from(actual.bytes)));
      }
    }
  });
});
