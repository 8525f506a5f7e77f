/**
 * The git CLI, as the sealed-bundle reader uses it: `execFile` with explicit arguments (never a shell),
 * a scrubbed environment, protocol allow-list, time and size limits. Opens a repository given as a local
 * path (read in place) or as a URL (its seal tags fetched into a private temporary bare repository).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../errors.js';

/** Transports a repository URL may use. `ext::` and other helpers are never allowed. */
export const ALLOWED_PROTOCOLS = ['http', 'https', 'file', 'ssh'] as const;

/** Limits of one git invocation. */
export interface GitLimits {
  /** Largest stdout accepted, in bytes. */
  maxBytes: number;
  /** Milliseconds before the process is killed. */
  timeoutMs: number;
}

const DEFAULT_LIMITS: GitLimits = { maxBytes: 4 * 1024 * 1024, timeoutMs: 60_000 };

/** Variables that would point git at another repository, index or object store than the one we name. */
const REPOSITORY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_REPLACE_REF_BASE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_SHALLOW_FILE',
  'GIT_QUARANTINE_PATH',
];

/** The environment of every git process: the caller's, minus repository redirections, never prompting. */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  for (const name of Object.keys(env)) if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(name)) delete env[name];
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_ALLOW_PROTOCOL = ALLOWED_PROTOCOLS.join(':');
  // Replace refs could make `cat-file` answer with another object than the one named: never honour them.
  env.GIT_NO_REPLACE_OBJECTS = '1';
  env.LC_ALL = 'C';
  return env;
}

/** A git command that exited non-zero, was killed, or produced too much output. */
export class GitCommandError extends Error {
  override readonly name = 'GitCommandError';
  readonly stderr: string;
  readonly exitCode: number | undefined;

  constructor(message: string, stderr: string, exitCode: number | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
}

/**
 * Runs `git <args>` and returns its stdout bytes: streamGit, collected. Arguments go to git as they are: no
 * shell, no globbing. `input`, when given, is written to git's standard input (then closed), as
 * `cat-file --batch` reads it.
 */
export async function runGit(
  args: readonly string[],
  limits: Partial<GitLimits> = {},
  input?: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await streamGit(args, (chunk) => chunks.push(chunk), limits, input);
  return Buffer.concat(chunks);
}

/** Most of git's standard error kept for a message. */
const STDERR_BYTES = 64 * 1024;

/** Git's standard input as streamGit hands it to a caller that writes it bit by bit. */
export interface GitInput {
  write(text: string): void;
  /** Closes git's standard input. */
  end(): void;
}

/**
 * Runs `git <args>` and hands its stdout to `onChunk` as it arrives, so the caller works while git is still
 * writing (thousands of tag objects are checked as `cat-file --batch` prints them, not after). `input`, when
 * given, is written to git's standard input (then closed); as a function, it is handed git's standard input
 * to write and close when it will (cat-file asked for objects while they are being listed). Resolves when
 * git exits 0. Rejects, with the same GitCommandError messages as runGit, when git exits otherwise, is not
 * found, prints more than `maxBytes` or takes longer than `timeoutMs` (then it is killed); when `onChunk`
 * throws, git is killed and the promise rejects with that error.
 */
export function streamGit(
  args: readonly string[],
  onChunk: (chunk: Buffer) => void,
  limits: Partial<GitLimits> = {},
  input?: string | ((stdin: GitInput) => void),
): Promise<void> {
  const { maxBytes, timeoutMs } = { ...DEFAULT_LIMITS, ...limits };
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      env: gitEnvironment(),
      windowsHide: true,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    let stdoutBytes = 0;
    let failure: unknown;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      failure = error;
      child.kill();
    };
    const command = `git ${commandName(args)}`;
    const gitError = (reason: string) => new GitCommandError(`${command}: ${reason}`, '', undefined);
    const timer = setTimeout(() => fail(gitError(`no answer within ${timeoutMs} ms`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (failed) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxBytes) {
        fail(gitError(`output over ${maxBytes} bytes`));
        return;
      }
      try {
        onChunk(chunk);
      } catch (error) {
        fail(error);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderrBytes >= STDERR_BYTES) return;
      stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ENOENT' ? 'the git executable was not found' : error.message;
      fail(new GitCommandError(`${command}: ${reason}`, '', undefined, { cause: error }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (failed) {
        reject(failure);
        return;
      }
      if (code === 0) {
        resolve();
        return;
      }
      const text = Buffer.concat(stderr).toString('utf8').trim();
      const reason = firstLine(text) || (code === null ? `killed by ${signal}` : `exit code ${code}`);
      reject(new GitCommandError(`${command}: ${reason}`, text, code ?? undefined));
    });
    if (input !== undefined) {
      // As in runGit: a broken pipe when git exits early is that same failure, reported on close.
      child.stdin?.on('error', () => {});
      if (typeof input === 'string') child.stdin?.end(input);
      else input({ write: (text) => child.stdin?.write(text), end: () => child.stdin?.end() });
    }
  });
}

/** Git's options that take the next argument as their value, as the reader passes them before a command. */
const OPTIONS_WITH_VALUE = new Set(['--git-dir', '-C', '-c']);

/** The git command `args` run (`ls-tree` of `--git-dir <dir> ls-tree …`), for messages; the first argument else. */
function commandName(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return args[0] ?? '';
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim().length > 0) ?? '').trim();
}

/**
 * What a git failure while reading a repository that was opened (its seal tags cannot be listed or read: a
 * damaged object, a timeout) is to the caller: an input error naming the repository (`display`: a path, or
 * the URL with its user-info redacted), as a repository that cannot be opened is. Any other error is returned
 * as it is (a defect of the reader's own stays an internal error).
 */
export function unreadableRepository(error: unknown, display: string): unknown {
  if (!(error instanceof GitCommandError)) return error;
  return new InputError(
    `cannot read the seal tags of ${display}: ${error.message}`,
    { expected: 'a git repository whose seal tags and their objects git can read' },
    { cause: error },
  );
}

/** Refuses a value that git could read as an option. */
export function assertNotOption(value: string, what: string): void {
  if (value.startsWith('-'))
    throw new InputError(`${what} '${value}' starts with '-'`, { expected: `a ${what} that is not an option` });
}

/** A repository argument, classified. */
export type RepositoryLocation = { kind: 'path'; path: string } | { kind: 'url'; url: string; display: string };

/**
 * Classifies a repository argument: an `http(s)://`, `file://` or `ssh://` URL, or a local path (relative
 * paths resolve against `cwd`). scp-like `host:path` and other schemes are refused with the accepted forms.
 */
export function locateRepository(repository: string, cwd: string = process.cwd()): RepositoryLocation {
  const expected = 'a local repository path or an http(s)://, file:// or ssh:// URL';
  if (repository.length === 0) throw new InputError('the repository is empty', { expected });
  assertNotOption(repository, 'repository');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(repository))
    throw new InputError('the repository contains a control character', { expected });
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(repository)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (!ALLOWED_PROTOCOLS.some((allowed) => allowed === scheme))
      throw new InputError(`repository URL scheme '${scheme}' is not supported`, { expected });
    return { kind: 'url', url: repository, display: redactUrl(repository) };
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(repository) || /^[^/]*:/.test(repository))
    throw new InputError(`repository '${repository}' is neither a URL nor a local path`, { expected });
  return { kind: 'path', path: path.resolve(cwd, repository) };
}

/** A URL without its user-info (a token in `https://user:token@host/…` never reaches a message). */
export function redactUrl(url: string): string {
  return url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@]*@/, '$1***@');
}

/**
 * The branch a repository calls its default, resolved to a commit: the branch the reader requires every
 * sealed commit to be on. `problem` says why it could not be resolved (then `ref` is undefined).
 */
export type DefaultBranch =
  | {
      /** The full ref read, e.g. `refs/heads/main` or `refs/remotes/origin/main`. */
      ref: string;
      /** The branch as people name it: `main`, `origin/main`. */
      name: string;
      /** The commit the branch points at. */
      commit: string;
      problem?: undefined;
    }
  | { ref?: undefined; name?: undefined; commit?: undefined; problem: string };

/** An opened repository: the git directory to read, its default branch, and what to do when done. */
export interface OpenedRepository {
  /** The repository as the caller named it, user-info redacted. */
  display: string;
  gitDir: string;
  /**
   * The default branch: the remote's HEAD for a URL, HEAD of a bare repository, origin's HEAD (else HEAD) of a
   * clone. A promise that never rejects: for a local path it is still being resolved (two git processes, one
   * after the other) when openRepository returns, so the caller can list the tags meanwhile.
   */
  defaultBranch: Promise<DefaultBranch>;
  /** Removes the temporary repository, if one was made. */
  close(): Promise<void>;
}

/** Tag ref prefix to read: every seal tag, or those of one product, or of one release. */
export function sealTagPrefix(product?: string, release?: string): string {
  if (product === undefined) return 'refs/tags/cutover/';
  if (release === undefined) return `refs/tags/cutover/${product}/`;
  return `refs/tags/cutover/${product}/${release}/`;
}

/** A branch ref a remote may name as its HEAD: `refs/heads/` and a name git would accept in a refspec. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const BRANCH_REF = /^refs\/heads\/(?!.*\.\.)(?!.*\/\.)(?!.*\.lock(\/|$))[^\s:*?[\\^~\u0000-\u001f\u007f]+$/;

/**
 * Opens a repository for reading. A local path is read in place (its tags as they are: fetch first, or pass
 * the URL, to see tags pushed since). A URL is fetched: only `prefix` tags (annotated and lightweight alike)
 * and the branch the remote's HEAD names, with object checks on, into a fresh bare repository under the
 * system temporary directory, whose HEAD then names that branch.
 */
export async function openRepository(
  location: RepositoryLocation,
  prefix: string,
  limits: { timeoutMs?: number | undefined } = {},
): Promise<OpenedRepository> {
  const timeout = limits.timeoutMs === undefined ? {} : { timeoutMs: limits.timeoutMs };
  if (location.kind === 'path') {
    const info = await stat(location.path).catch(() => undefined);
    if (!info?.isDirectory())
      throw new InputError('repository path is not a directory', {
        file: location.path,
        expected: 'a local git repository (bare or with a work tree)',
      });
    let gitDir: string;
    let bare: boolean;
    try {
      const [dir, isBare] = (
        await runGit(['-C', location.path, 'rev-parse', '--absolute-git-dir', '--is-bare-repository'], timeout)
      )
        .toString('utf8')
        .trim()
        .split('\n');
      gitDir = dir ?? '';
      bare = isBare === 'true';
    } catch (cause) {
      throw new InputError(
        `not a readable git repository: ${cause instanceof Error ? cause.message : String(cause)}`,
        { file: location.path, expected: 'a local git repository (bare or with a work tree)' },
        { cause },
      );
    }
    const defaultBranch = localDefaultBranch(gitDir, bare).catch(
      (error: unknown): DefaultBranch => ({
        problem: `the default branch cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
    return { display: location.path, gitDir, defaultBranch, close: async () => {} };
  }
  const gitDir = await mkdtemp(path.join(tmpdir(), 'cutover-reader-'));
  const close = () => rm(gitDir, { recursive: true, force: true });
  let defaultBranch: DefaultBranch;
  try {
    // An empty template: no hooks or config from the user's init.templateDir land in the private repository.
    await runGit(['init', '--quiet', '--bare', '--template=', gitDir], timeout);
    const head = await remoteHead(gitDir, location.url, limits.timeoutMs ?? 300_000);
    // Bounded in time only: git offers no size limit for a fetch (index-pack's --max-input-size is passed by
    // receive-pack alone, from receive.maxInputSize; fetch-pack passes none, and no fetch or transfer setting
    // sets one, checked on git 2.39), and a filter is a request a hostile server may ignore. What a remote
    // sends within the time limit lands in the temporary repository, which close() removes.
    await runGit(
      [
        '--git-dir',
        gitDir,
        '-c',
        'core.hooksPath=/dev/null',
        '-c',
        'transfer.fsckObjects=true',
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        '--',
        location.url,
        `+${prefix}*:${prefix}*`,
        ...(head.ref ? [`+${head.ref}:${head.ref}`] : []),
      ],
      { timeoutMs: limits.timeoutMs ?? 300_000 },
    );
    if (head.ref) {
      await runGit(['--git-dir', gitDir, 'symbolic-ref', 'HEAD', head.ref], timeout);
      defaultBranch = await localDefaultBranch(gitDir, true);
    } else defaultBranch = { problem: head.problem ?? 'the default branch is unknown' };
  } catch (cause) {
    await close();
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InputError(
      `cannot fetch seal tags from ${location.display}: ${reason.replaceAll(location.url, location.display)}`,
      { expected: 'a reachable git repository' },
      { cause },
    );
  }
  return { display: location.display, gitDir, defaultBranch: Promise.resolve(defaultBranch), close };
}

/** The branch a remote's HEAD names (`git ls-remote --symref`), or why there is none to use. */
async function remoteHead(
  gitDir: string,
  url: string,
  timeoutMs: number,
): Promise<{ ref: string; problem?: undefined } | { ref?: undefined; problem: string }> {
  const out = (await runGit(['--git-dir', gitDir, 'ls-remote', '--symref', '--', url, 'HEAD'], { timeoutMs })).toString(
    'utf8',
  );
  const ref = /^ref: (\S+)\tHEAD$/m.exec(out)?.[1];
  if (ref === undefined)
    return { problem: "the remote's HEAD is not a symbolic ref to a branch, so its default branch is unknown" };
  if (!BRANCH_REF.test(ref)) return { problem: `the remote's HEAD names '${ref}', which is not a branch ref` };
  return { ref };
}

/** The ref a symbolic ref names, or undefined when it is missing or not symbolic. */
async function symbolicRef(gitDir: string, name: string): Promise<string | undefined> {
  try {
    const out = (await runGit(['--git-dir', gitDir, 'symbolic-ref', '--quiet', name])).toString('utf8').trim();
    return out.length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The default branch of a local repository: HEAD's branch for a bare repository (a server's repository, or
 * the one a URL was fetched into); for a repository with a work tree, the branch `refs/remotes/origin/HEAD`
 * names (the remote's default as of the last fetch) when there is one, else the checked-out branch.
 */
async function localDefaultBranch(gitDir: string, bare: boolean): Promise<DefaultBranch> {
  const ref =
    (bare ? undefined : await symbolicRef(gitDir, 'refs/remotes/origin/HEAD')) ?? (await symbolicRef(gitDir, 'HEAD'));
  if (ref === undefined)
    return {
      problem: bare
        ? 'HEAD is not a symbolic ref to a branch, so the default branch is unknown'
        : 'HEAD is detached and there is no refs/remotes/origin/HEAD, so the default branch is unknown',
    };
  let commit: string;
  try {
    commit = (await runGit(['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))
      .toString('utf8')
      .trim();
  } catch {
    return { problem: `the default branch ${ref} has no commit` };
  }
  const name = ref.replace(/^refs\/(heads|remotes)\//, '');
  return { ref, name, commit };
}

/**
 * Which of `commits` are reachable from `tip` (full object ids; an id that is not a commit, or is missing,
 * is simply not reachable). One commit: `merge-base --is-ancestor`, which stops as soon as it knows. Several
 * (or one merge-base cannot judge): one `rev-list` of the tip's history, looked up in memory, whose cost
 * grows with the history, not with the number of commits asked about.
 */
export async function commitsReachableFrom(
  gitDir: string,
  tip: string,
  commits: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(commits)];
  const [only] = unique;
  if (only === undefined) return new Set();
  if (unique.length === 1) {
    try {
      await runGit(['--git-dir', gitDir, 'merge-base', '--is-ancestor', only, tip]);
      return new Set([only]);
    } catch (error) {
      // Exit 1 is git's "not an ancestor"; any other failure (not a commit, missing) falls through to rev-list.
      if (error instanceof GitCommandError && error.exitCode === 1) return new Set();
    }
  }
  const history = await branchHistory(gitDir, tip);
  return new Set(unique.filter((commit) => history.has(commit)));
}

/** Every commit reachable from `tip`: one `rev-list`. */
export async function branchHistory(gitDir: string, tip: string): Promise<Set<string>> {
  const out = await runGit(['--git-dir', gitDir, 'rev-list', tip], { maxBytes: 256 * 1024 * 1024 });
  return new Set(out.toString('latin1').split('\n'));
}

/** One ref under a prefix: its name, the type, id and size of the object it points at. */
export interface RefEntry {
  refname: string;
  objectType: string;
  objectId: string;
  /** Size in bytes of the object the ref points at (the tag object, for an annotated tag). */
  objectSize: number;
}

/**
 * Every ref under `prefix` (exact component prefix), sorted by name: one `for-each-ref`. With `patterns`
 * (globs naming refs under `prefix`), only the refs under `prefix` that match one of them.
 */
export async function listRefs(gitDir: string, prefix: string, patterns?: readonly string[]): Promise<RefEntry[]> {
  const out = await runGit(
    [
      '--git-dir',
      gitDir,
      'for-each-ref',
      '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)',
      ...(patterns ?? [prefix]),
    ],
    { maxBytes: 64 * 1024 * 1024 },
  );
  return sortRefs(parseRefLines(out.toString('utf8'), prefix));
}

function sortRefs<T extends { refname: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.refname < b.refname ? -1 : a.refname > b.refname ? 1 : 0));
}

/**
 * Every ref under `prefix` (that matches one of `patterns`, when given: see listRefs), in git's name order,
 * handed to `visit` with the raw bytes of the annotated tag object it points at (as `cat-file tag` prints
 * them). One `for-each-ref` lists the refs with their object types and sizes and one `cat-file --batch`
 * session reads the tag objects (of the refs `wanted` selects, by default all) while they are still being
 * listed: each tag object is asked for as soon as its ref is listed, and each ref is visited as git prints its
 * object, so the caller checks one tag while git lists and reads the next. A ref to another type of object,
 * one not wanted, or a tag object over `maxTagBytes` (never read: its size says why) is visited without bytes
 * (`tagObject` undefined), as is a tag object the repository does not have. cat-file may print no more than
 * the sizes of the objects asked for (and their headers).
 */
export async function eachRefWithTag(
  gitDir: string,
  prefix: string,
  maxTagBytes: number,
  visit: (ref: RefEntry, tagObject: Buffer | undefined) => void,
  wanted: (ref: RefEntry) => boolean = () => true,
  patterns?: readonly string[],
): Promise<void> {
  /** The refs listed so far, in git's order. */
  const refs: RefEntry[] = [];
  /** Indexes in `refs` of the tag objects asked for, and their ids, in the order asked. */
  const toRead: number[] = [];
  const ids: string[] = [];
  /** Bytes cat-file may print for what it was asked so far. */
  let allowed = 1024;
  let printed = 0;
  let next = 0;
  /** Visits the refs before index `upTo` not visited yet: none of them has a tag object to read. */
  const visitUpTo = (upTo: number) => {
    for (; next < upTo; next++) {
      const ref = refs[next];
      if (ref) visit(ref, undefined);
    }
  };
  const parser = new BatchParser(ids, (n, object) => {
    const at = toRead[n] ?? refs.length;
    visitUpTo(at);
    const ref = refs[at];
    next = at + 1;
    if (ref) visit(ref, object?.type === 'tag' ? object.content : undefined);
  });
  let stdin: GitInput | undefined;
  let reading: Promise<void> | undefined;
  /** Asks cat-file for `text` (ids, one a line), starting the session on the first. */
  const ask = (text: string) => {
    reading ??= streamGit(
      ['--git-dir', gitDir, 'cat-file', '--batch', '--buffer'],
      (chunk) => {
        printed += chunk.length;
        if (printed > allowed) throw new GitCommandError(`git cat-file: output over ${allowed} bytes`, '', undefined);
        parser.push(chunk);
      },
      { maxBytes: Number.MAX_SAFE_INTEGER },
      (input) => {
        stdin = input;
      },
    );
    // Awaited once the listing is done: a failure meanwhile must not count as unhandled.
    reading.catch(() => {});
    stdin?.write(text);
  };
  /** Takes listed refs in: each tag object wanted is asked for at once. */
  const take = (listed: RefEntry[]) => {
    let asked = '';
    for (const ref of listed) {
      const i = refs.push(ref) - 1;
      if (ref.objectType !== 'tag' || ref.objectSize > maxTagBytes || !wanted(ref)) continue;
      toRead.push(i);
      ids.push(ref.objectId);
      allowed += ref.objectSize + BATCH_OVERHEAD;
      asked += `${ref.objectId}\n`;
    }
    if (asked.length > 0) ask(asked);
  };
  const lines = new RefLines(prefix);
  try {
    await streamGit(
      [
        '--git-dir',
        gitDir,
        'for-each-ref',
        '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)',
        ...(patterns ?? [prefix]),
      ],
      (chunk) => take(lines.push(chunk)),
      { maxBytes: 64 * 1024 * 1024 },
    );
    take(lines.end());
  } finally {
    // cat-file answers what it was asked, then exits: also when the listing failed (that error is thrown).
    stdin?.end();
    if (reading) await reading.catch(() => {});
  }
  if (reading) {
    await reading;
    parser.end();
  }
  visitUpTo(refs.length);
}

/**
 * The lines of `for-each-ref --format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)`, read chunk by
 * chunk as git prints them (a line, or a character, may be cut between chunks): the refs under `prefix`.
 */
class RefLines {
  /** The start of a line cut at the end of the last chunk. */
  private rest: Buffer | undefined;

  constructor(private readonly prefix: string) {}

  /** The refs whose lines end in `chunk`. */
  push(chunk: Buffer): RefEntry[] {
    const end = chunk.lastIndexOf(10);
    if (end < 0) {
      this.rest = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
      return [];
    }
    const whole = this.rest ? Buffer.concat([this.rest, chunk.subarray(0, end)]) : chunk.subarray(0, end);
    this.rest = end + 1 < chunk.length ? chunk.subarray(end + 1) : undefined;
    return parseRefLines(whole.toString('utf8'), this.prefix);
  }

  /** The ref of a last line without a newline, if any. */
  end(): RefEntry[] {
    const rest = this.rest;
    this.rest = undefined;
    return rest ? parseRefLines(rest.toString('utf8'), this.prefix) : [];
  }
}

/** The refs under `prefix` in lines of `for-each-ref` (see listRefs' format), in their order. */
function parseRefLines(text: string, prefix: string): RefEntry[] {
  const entries: RefEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const [refname, objectType, objectId, size] = line.split('\0');
    if (refname?.startsWith(prefix) && objectType && objectId)
      entries.push({ refname, objectType, objectId, objectSize: Number(size) });
  }
  return entries;
}

/** An object as `cat-file --batch` returns it, or undefined when the repository does not have it. */
export type BatchObject = { type: string; content: Buffer } | undefined;

/** Bytes `cat-file --batch` adds around each object (its header line and the newline after it), at most. */
const BATCH_OVERHEAD = 128;

/**
 * Reads many objects through one `git cat-file --batch` session and hands each to `onObject` as git prints
 * it, with its index in `ids` (full object ids), in that order; undefined for an object the repository does
 * not have. `expectedBytes` bounds the output (the sum of their sizes, known beforehand from `for-each-ref`
 * or `ls-tree -l`): the caller never asks for an object it has not checked the size of.
 */
export async function streamObjects(
  gitDir: string,
  ids: readonly string[],
  expectedBytes: number,
  onObject: (index: number, object: BatchObject) => void,
): Promise<void> {
  if (ids.length === 0) return;
  const parser = new BatchParser(ids, onObject);
  await streamGit(
    ['--git-dir', gitDir, 'cat-file', '--batch', '--buffer'],
    (chunk) => parser.push(chunk),
    { maxBytes: expectedBytes + ids.length * BATCH_OVERHEAD + 1024 },
    `${ids.join('\n')}\n`,
  );
  parser.end();
}

/** The objects of `ids` through one `git cat-file --batch` session, in the order of `ids` (see streamObjects). */
export async function readObjects(
  gitDir: string,
  ids: readonly string[],
  expectedBytes: number,
): Promise<BatchObject[]> {
  const objects: BatchObject[] = [];
  await streamObjects(gitDir, ids, expectedBytes, (i, object) => {
    objects[i] = object;
  });
  return objects;
}

/** Longest header line accepted from `cat-file --batch` (git's are an id, a type and a size). */
const MAX_HEADER_BYTES = 1024;

/**
 * Parses the output of `cat-file --batch` incrementally, chunk by chunk as git writes it: for each id asked,
 * `<id> <type> <size>` LF, the object's bytes (any bytes: delimited by the size), LF; or `<id> missing` LF.
 * Hands each object to `emit` with its index. Throws a GitCommandError on output of another shape (an answer
 * for another id, a header or an object cut short). Exported for its tests, which cut real output at every
 * kind of boundary.
 */
export class BatchParser {
  /** Index of the object being read. */
  private index = 0;
  /** Bytes of the header line being read, when it spans chunks. */
  private headerParts: Buffer[] = [];
  private headerBytes = 0;
  /** The object being read: its type, the bytes still to come, and those read so far. */
  private object: { type: string; remaining: number; parts: Buffer[] } | undefined;

  constructor(
    private readonly ids: readonly string[],
    private readonly emit: (index: number, object: BatchObject) => void,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      const object = this.object;
      if (object === undefined) {
        at = this.readHeader(chunk, at);
      } else if (object.remaining > 0) {
        const take = Math.min(object.remaining, chunk.length - at);
        object.parts.push(chunk.subarray(at, at + take));
        object.remaining -= take;
        at += take;
      } else {
        if (chunk[at] !== 10)
          throw new GitCommandError(
            `git cat-file --batch: unexpected output after object ${this.ids[this.index] ?? ''}`,
            '',
            undefined,
          );
        at += 1;
        this.object = undefined;
        const content = object.parts.length === 1 ? object.parts[0] : Buffer.concat(object.parts);
        this.emit(this.index++, { type: object.type, content: content ?? Buffer.alloc(0) });
      }
    }
  }

  /** Checks that every object asked for was answered in full. */
  end(): void {
    if (this.object !== undefined || this.headerBytes > 0 || this.index < this.ids.length)
      throw new GitCommandError(
        `git cat-file --batch: no answer for ${this.ids[this.index] ?? 'the last object'}`,
        '',
        undefined,
      );
  }

  /** Reads (the rest of) one header line from `at`; returns where reading stopped. */
  private readHeader(chunk: Buffer, at: number): number {
    const end = chunk.indexOf(10, at);
    if (end < 0) {
      this.headerBytes += chunk.length - at;
      if (this.headerBytes > MAX_HEADER_BYTES)
        throw new GitCommandError('git cat-file --batch: a header line too long', '', undefined);
      this.headerParts.push(chunk.subarray(at));
      return chunk.length;
    }
    let line = chunk;
    let start = at;
    let stop = end;
    if (this.headerParts.length > 0) {
      line = Buffer.concat([...this.headerParts, chunk.subarray(at, end)]);
      start = 0;
      stop = line.length;
      this.headerParts = [];
      this.headerBytes = 0;
    }
    const id = this.ids[this.index];
    const known = id === undefined ? undefined : objectHeader(line, start, stop, id);
    if (known) this.object = { type: known.type, remaining: known.size, parts: [] };
    else {
      const header = line.toString('utf8', start, stop);
      if (id === undefined)
        throw new GitCommandError(`git cat-file --batch: unexpected answer '${header}'`, '', undefined);
      if (header !== `${id} missing` && header !== `${id} ambiguous`)
        throw new GitCommandError(`git cat-file --batch: unexpected answer '${header}' for ${id}`, '', undefined);
      this.emit(this.index++, undefined);
    }
    return end + 1;
  }
}

/** Object types as `cat-file` names them, so a header's type is compared as bytes, not decoded. */
const OBJECT_TYPES = ['tag', 'commit', 'tree', 'blob'].map((type) => ({ type, bytes: Buffer.from(type, 'latin1') }));

/**
 * The type and size in a `cat-file --batch` header `bytes[start, end)` that must read `<id> <type> <size>`
 * (decimal digits), or undefined when it does not (a `missing` answer, another id, another shape). Read as
 * bytes: thousands of headers are checked without a string each.
 */
function objectHeader(
  bytes: Buffer,
  start: number,
  end: number,
  id: string,
): { type: string; size: number } | undefined {
  let at = start;
  for (let i = 0; i < id.length; i++, at++) if (bytes[at] !== id.charCodeAt(i)) return undefined;
  if (at >= end || bytes[at++] !== 32) return undefined;
  const typeStart = at;
  while (at < end && bytes[at] !== 32) at++;
  if (at === typeStart || at >= end) return undefined;
  const typeEnd = at++;
  let size = 0;
  if (at >= end || end - at > 15) return undefined;
  for (; at < end; at++) {
    const digit = (bytes[at] ?? 0) - 48;
    if (digit < 0 || digit > 9) return undefined;
    size = size * 10 + digit;
  }
  const known = OBJECT_TYPES.find(
    ({ bytes: name }) =>
      name.length === typeEnd - typeStart && bytes.compare(name, 0, name.length, typeStart, typeEnd) === 0,
  );
  return { type: known?.type ?? bytes.toString('utf8', typeStart, typeEnd), size };
}

const BATCH_HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) (\S+) (\d+)$/;

/** The types of many objects through one `git cat-file --batch-check`; undefined for an object not there. */
export async function objectTypes(gitDir: string, ids: readonly string[]): Promise<(string | undefined)[]> {
  if (ids.length === 0) return [];
  const out = await runGit(
    ['--git-dir', gitDir, 'cat-file', '--batch-check', '--buffer'],
    { maxBytes: ids.length * 128 + 1024 },
    `${ids.join('\n')}\n`,
  );
  const lines = out.toString('utf8').split('\n');
  return ids.map((_, i) => BATCH_HEADER.exec(lines[i] ?? '')?.[2]);
}

/** One entry of a tree listing. */
export interface TreeEntry {
  mode: string;
  type: string;
  objectId: string;
  size: number | undefined;
  name: string;
}

/** The entries of directory `dir` (no trailing slash) in `commit`'s tree; empty when it does not exist. */
export async function listTree(gitDir: string, commit: string, dir: string): Promise<TreeEntry[]> {
  const out = await runGit(['--git-dir', gitDir, 'ls-tree', '-l', '-z', '--full-tree', commit, '--', `${dir}/`]);
  const entries: TreeEntry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, objectId, size] = record.slice(0, tab).split(/\s+/);
    if (!mode || !type || !objectId) continue;
    const full = record.slice(tab + 1);
    entries.push({
      mode,
      type,
      objectId,
      size: size === undefined || size === '-' ? undefined : Number(size),
      name: full.slice(dir.length + 1),
    });
  }
  return entries;
}
