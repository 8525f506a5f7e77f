/**
 * The git CLI, as the sealed-bundle reader uses it: `execFile` with explicit arguments (never a shell),
 * a scrubbed environment, protocol allow-list, time and size limits. Opens a repository given as a local
 * path (read in place) or as a URL (its seal tags fetched into a private temporary bare repository).
 */
import { execFile, spawn } from 'node:child_process';
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
 * Runs `git <args>` and returns its stdout bytes. Arguments go to git as they are: no shell, no globbing.
 * `input`, when given, is written to git's standard input (then closed), as `cat-file --batch` reads it.
 */
export function runGit(args: readonly string[], limits: Partial<GitLimits> = {}, input?: string): Promise<Buffer> {
  const { maxBytes, timeoutMs } = { ...DEFAULT_LIMITS, ...limits };
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      { encoding: 'buffer', maxBuffer: maxBytes, timeout: timeoutMs, env: gitEnvironment(), windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        const text = stderr.toString('utf8').trim();
        const code = typeof error.code === 'number' ? error.code : undefined;
        const reason =
          error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
            ? `output over ${maxBytes} bytes`
            : error.killed
              ? `no answer within ${timeoutMs} ms`
              : error.code === 'ENOENT'
                ? 'the git executable was not found'
                : firstLine(text) || `exit code ${String(error.code)}`;
        reject(new GitCommandError(`git ${args[0] ?? ''}: ${reason}`, text, code, { cause: error }));
      },
    );
    if (input !== undefined) {
      // git may exit before reading all of its input (a failure reported through the callback above): a
      // broken pipe here is that same failure, not a second one.
      child.stdin?.on('error', () => {});
      child.stdin?.end(input);
    }
  });
}

/** Most of git's standard error kept for a message. */
const STDERR_BYTES = 64 * 1024;

/**
 * Runs `git <args>` and hands its stdout to `onChunk` as it arrives, so the caller works while git is still
 * writing (a listing of thousands of tags is parsed as git prints it, instead of after). Resolves when git
 * exits 0. Rejects, with the same GitCommandError messages as runGit, when git exits otherwise, is not found,
 * or takes longer than `timeoutMs` (then it is killed); when `onChunk` throws, git is killed and the promise
 * rejects with that error.
 */
export function streamGit(
  args: readonly string[],
  onChunk: (chunk: Buffer) => void,
  limits: { timeoutMs?: number | undefined } = {},
): Promise<void> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      env: gitEnvironment(),
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    let failure: unknown;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      failure = error;
      child.kill();
    };
    const timer = setTimeout(
      () => fail(new GitCommandError(`git ${args[0] ?? ''}: no answer within ${timeoutMs} ms`, '', undefined)),
      timeoutMs,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (error) {
        fail(error);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderrBytes >= STDERR_BYTES) return;
      stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ENOENT' ? 'the git executable was not found' : error.message;
      fail(new GitCommandError(`git ${args[0] ?? ''}: ${reason}`, '', undefined, { cause: error }));
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
      reject(new GitCommandError(`git ${args[0] ?? ''}: ${reason}`, text, code ?? undefined));
    });
  });
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim().length > 0) ?? '').trim();
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

/** Every ref under `prefix` (exact component prefix), sorted by name: one `for-each-ref`. */
export async function listRefs(gitDir: string, prefix: string): Promise<RefEntry[]> {
  const out = await runGit(
    [
      '--git-dir',
      gitDir,
      'for-each-ref',
      '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)',
      prefix,
    ],
    { maxBytes: 64 * 1024 * 1024 },
  );
  const entries: RefEntry[] = [];
  for (const line of out.toString('utf8').split('\n')) {
    if (line.length === 0) continue;
    const [refname, objectType, objectId, size] = line.split('\0');
    if (refname?.startsWith(prefix) && objectType && objectId)
      entries.push({ refname, objectType, objectId, objectSize: Number(size) });
  }
  return sortRefs(entries);
}

/** Orders names as JavaScript compares strings (by UTF-16 code units): the reader's order of refs. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortRefs<T extends { refname: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => compareNames(a.refname, b.refname));
}

/** A ref with, when it points at an annotated tag object, that object's raw bytes. */
export interface RefWithTag extends RefEntry {
  /** The raw tag object (as `cat-file tag` prints it); undefined for a ref to another type of object. */
  tagObject: Buffer | undefined;
}

/**
 * Every ref under `prefix`, with the raw bytes of each annotated tag object it points at, handed to `visit`
 * one by one. Without `wanted`: one `for-each-ref` printing `%(raw)` for tag objects only (a lightweight
 * tag's commit, tree or blob is never printed), parsed as git prints it, in git's order (by name), so the
 * caller checks each tag while git reads the next. A tag object over `maxTagBytes` is visited without its
 * bytes (`tagObject` undefined, and its size says why) and is never held in memory. With `wanted` (a few refs
 * among many: inspect reads one revision and the later ones), or when git cannot print `%(raw)` (before
 * 2.36: it fails before printing anything), the refs are listed plainly, sorted, and the tag objects within
 * the limit (of the wanted refs) are read through one `cat-file --batch` session.
 */
export async function eachRefWithTag(
  gitDir: string,
  prefix: string,
  maxTagBytes: number,
  visit: (ref: RefWithTag) => void,
  wanted?: (ref: RefEntry) => boolean,
): Promise<void> {
  if (wanted) {
    for (const ref of await listRefsThenTags(gitDir, prefix, maxTagBytes, wanted)) visit(ref);
    return;
  }
  const parser = new TagListingParser(maxTagBytes, (ref) => {
    if (ref.refname.startsWith(prefix)) visit(ref);
  });
  try {
    await streamGit(
      [
        '--git-dir',
        gitDir,
        'for-each-ref',
        '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)%00%(if:equals=tag)%(objecttype)%(then)%(raw)%(end)',
        prefix,
      ],
      (chunk) => parser.push(chunk),
    );
    parser.end();
  } catch (error) {
    // Only a git that printed nothing (one that does not know %(raw)) is asked again the older way.
    if (parser.receivedBytes > 0 || !(error instanceof GitCommandError)) throw error;
    for (const ref of await listRefsThenTags(gitDir, prefix, maxTagBytes)) visit(ref);
  }
}

/** Longest ref name, object type, id or size field accepted in a listing (git's own are far shorter). */
const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Parses the output of `for-each-ref --format=<refname>NUL<type>NUL<id>NUL<size>NUL[<raw tag object>]LF`
 * incrementally, chunk by chunk as git writes it, and hands each complete ref to `emit`. A tag object's
 * bytes are delimited by its size (they may hold any byte); those over `maxTagBytes` are counted past,
 * never buffered. Throws a GitCommandError on output of another shape. Exported for its tests, which cut a
 * real listing at every kind of boundary.
 */
export class TagListingParser {
  /** Bytes received so far. */
  receivedBytes = 0;
  private fields: string[] = [];
  /** Bytes of the field being read, when it spans chunks. */
  private fieldParts: Buffer[] = [];
  private fieldBytes = 0;
  /** The ref whose tag object (`remaining` bytes still to come) or closing newline is being read. */
  private entry: RefEntry | undefined;
  private remaining = 0;
  /** The tag object's bytes so far, or undefined when it is over the limit (counted past). */
  private body: Buffer[] | undefined;

  constructor(
    private readonly maxTagBytes: number,
    private readonly emit: (ref: RefWithTag) => void,
  ) {}

  push(chunk: Buffer): void {
    this.receivedBytes += chunk.length;
    let at = 0;
    while (at < chunk.length) {
      if (this.entry === undefined) at = this.readField(chunk, at);
      else if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        this.body?.push(chunk.subarray(at, at + take));
        this.remaining -= take;
        at += take;
      } else {
        if (chunk[at] !== 10)
          throw new GitCommandError(`git for-each-ref: unexpected listing after ${this.entry.refname}`, '', undefined);
        at += 1;
        const body = this.body;
        const tagObject = body === undefined ? undefined : body.length === 1 ? body[0] : Buffer.concat(body);
        const { refname, objectType, objectId, objectSize } = this.entry;
        this.entry = undefined;
        this.body = undefined;
        this.emit({ refname, objectType, objectId, objectSize, tagObject });
      }
    }
  }

  /** Checks that the listing ended between two refs. */
  end(): void {
    if (this.entry !== undefined && this.remaining > 0)
      throw new GitCommandError(
        `git for-each-ref: the tag object of ${this.entry.refname} is cut short`,
        '',
        undefined,
      );
    if (this.entry !== undefined || this.fields.length > 0 || this.fieldBytes > 0)
      throw new GitCommandError('git for-each-ref: truncated listing', '', undefined);
  }

  /** Reads (the rest of) one NUL-terminated field from `at`; returns where reading stopped. */
  private readField(chunk: Buffer, at: number): number {
    const nul = chunk.indexOf(0, at);
    if (nul < 0) {
      this.fieldBytes += chunk.length - at;
      if (this.fieldBytes > MAX_FIELD_BYTES)
        throw new GitCommandError(`git for-each-ref: a field over ${MAX_FIELD_BYTES} bytes`, '', undefined);
      this.fieldParts.push(chunk.subarray(at));
      return chunk.length;
    }
    if (this.fieldParts.length === 0) this.fields.push(chunk.toString('utf8', at, nul));
    else {
      this.fields.push(Buffer.concat([...this.fieldParts, chunk.subarray(at, nul)]).toString('utf8'));
      this.fieldParts = [];
      this.fieldBytes = 0;
    }
    if (this.fields.length === 4) this.startEntry();
    return nul + 1;
  }

  /** The four fields of a ref are read: its tag object (for a tag) and a newline follow. */
  private startEntry(): void {
    const [refname = '', objectType = '', objectId = '', size = ''] = this.fields;
    this.fields = [];
    const objectSize = Number(size);
    this.entry = { refname, objectType, objectId, objectSize };
    this.remaining = 0;
    this.body = undefined;
    if (objectType !== 'tag') return;
    if (!Number.isSafeInteger(objectSize) || objectSize < 0)
      throw new GitCommandError(`git for-each-ref: the tag object of ${refname} has no valid size`, '', undefined);
    this.remaining = objectSize;
    this.body = objectSize <= this.maxTagBytes ? [] : undefined;
  }
}

/** The listing without `%(raw)`: refs, then the tag objects within the limit through one `cat-file --batch`. */
async function listRefsThenTags(
  gitDir: string,
  prefix: string,
  maxTagBytes: number,
  select: (ref: RefEntry) => boolean = () => true,
): Promise<RefWithTag[]> {
  const refs = await listRefs(gitDir, prefix);
  const wanted = refs.filter((r) => r.objectType === 'tag' && r.objectSize <= maxTagBytes && select(r));
  const objects = await readObjects(
    gitDir,
    wanted.map((r) => r.objectId),
    wanted.reduce((sum, r) => sum + r.objectSize, 0),
  );
  const bytes = new Map(
    wanted.map((r, i) => [r.objectId, objects[i]?.type === 'tag' ? objects[i]?.content : undefined]),
  );
  return refs.map((r) => ({ ...r, tagObject: bytes.get(r.objectId) }));
}

/** An object as `cat-file --batch` returns it, or undefined when the repository does not have it. */
export type BatchObject = { type: string; content: Buffer } | undefined;

const BATCH_HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) (\S+) (\d+)$/;

/**
 * Reads many objects through one `git cat-file --batch` session: their types and contents, in the order of
 * `ids` (full object ids). `expectedBytes` bounds the output (the sum of their sizes, known beforehand from
 * `for-each-ref` or `ls-tree -l`): the caller never asks for an object it has not checked the size of.
 */
export async function readObjects(
  gitDir: string,
  ids: readonly string[],
  expectedBytes: number,
): Promise<BatchObject[]> {
  if (ids.length === 0) return [];
  const out = await runGit(
    ['--git-dir', gitDir, 'cat-file', '--batch', '--buffer'],
    {
      maxBytes: expectedBytes + ids.length * 128 + 1024,
    },
    `${ids.join('\n')}\n`,
  );
  const objects: BatchObject[] = [];
  let at = 0;
  for (const id of ids) {
    const end = out.indexOf(10, at);
    if (end < 0) throw new GitCommandError(`git cat-file --batch: no answer for ${id}`, '', undefined);
    const header = out.toString('utf8', at, end);
    const match = BATCH_HEADER.exec(header);
    if (!match?.[2] || match[3] === undefined || match[1] !== id) {
      if (header !== `${id} missing` && header !== `${id} ambiguous`)
        throw new GitCommandError(`git cat-file --batch: unexpected answer '${header}' for ${id}`, '', undefined);
      objects.push(undefined);
      at = end + 1;
      continue;
    }
    const size = Number(match[3]);
    objects.push({ type: match[2], content: out.subarray(end + 1, end + 1 + size) });
    at = end + 1 + size + 1;
  }
  return objects;
}

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
