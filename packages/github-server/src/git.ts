/**
 * Thin wrapper over the git CLI for the test server. Every call gets an explicit environment so the
 * server never depends on the machine's global git configuration.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Who a git operation is attributed to (author and committer default to the same person). */
export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601 date; defaults to now. */
  date?: string;
}

/** Options for a single git invocation. */
export interface GitRunOptions {
  input?: Buffer | string;
  env?: Record<string, string>;
  /** Exit codes that are not errors (the caller inspects `code`). */
  okCodes?: number[];
  cwd?: string;
}

/** Result of a git invocation. */
export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Error raised when git exits with an unexpected code. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${code}): ${stderr.trim()}`);
    this.name = 'GitError';
  }
}

/** Environment shared by every git call: isolated from global/system config. */
export function baseGitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Cutover Test Server',
    GIT_AUTHOR_EMAIL: 'server@cutover.invalid',
    GIT_COMMITTER_NAME: 'Cutover Test Server',
    GIT_COMMITTER_EMAIL: 'server@cutover.invalid',
  };
}

/** Environment variables naming the author and committer of one operation. */
export function personEnv(author: GitPerson, committer: GitPerson = author): Record<string, string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  };
  if (author.date) env.GIT_AUTHOR_DATE = author.date;
  if (committer.date) env.GIT_COMMITTER_DATE = committer.date;
  return env;
}

/** A bare repository driven through the git CLI. */
export class GitRepo {
  /** Results of pure functions of immutable objects (merge bases, diffs, merges by sha). */
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly path: string,
    private readonly home: string,
  ) {}

  /**
   * Caches `compute` under `key`. Only for answers that depend on object ids alone (objects never change),
   * which keeps repeated pull request renders from spawning the same git commands again.
   */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.memo.get(key);
    if (hit) return hit as Promise<T>;
    const value = compute();
    this.memo.set(key, value);
    value.catch(() => this.memo.delete(key));
    return value;
  }

  /** Whether `key` is cached already. */
  has(key: string): boolean {
    return this.memo.has(key);
  }

  /** Runs git in this repository and returns raw output. */
  run(args: readonly string[], options: GitRunOptions = {}): Promise<GitResult> {
    return runGit(['--git-dir', this.path, ...args], { ...options, env: { ...baseGitEnv(this.home), ...options.env } });
  }

  /** Runs git and returns trimmed stdout as text. */
  async text(args: readonly string[], options: GitRunOptions = {}): Promise<string> {
    const result = await this.run(args, options);
    return result.stdout.toString('utf8').trim();
  }

  /** Initializes the bare repository with the given default branch. */
  async init(defaultBranch: string): Promise<void> {
    // No template: skips copying sample hooks. http-backend refuses anonymous pushes by default (read-only).
    await runGit(['init', '--bare', '-q', '--template=', '-b', defaultBranch, this.path], {
      env: baseGitEnv(this.home),
    });
  }

  /** Writes a blob and returns its sha. */
  writeBlob(content: Buffer): Promise<string> {
    return this.text(['hash-object', '-w', '--stdin'], { input: content });
  }

  /** Writes several blobs with one git process; returns their shas in order. */
  async writeBlobs(contents: Buffer[]): Promise<string[]> {
    if (contents.length === 0) return [];
    if (contents.length === 1 && contents[0]) return [await this.writeBlob(contents[0])];
    const scratch = await mkdtemp(join(this.path, 'scratch-'));
    try {
      const files = await Promise.all(
        contents.map(async (content, i) => {
          const file = join(scratch, String(i));
          await writeFile(file, content);
          return file;
        }),
      );
      const out = await this.text(['hash-object', '-w', '--stdin-paths'], { input: `${files.join('\n')}\n` });
      return out.split('\n');
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /** Resolves a revision to an object id, or undefined when it does not exist. */
  async resolve(rev: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}`], { okCodes: [1, 128] });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  /** Returns the object type, or undefined when the object does not exist. */
  async objectType(rev: string): Promise<string | undefined> {
    if (/^[0-9a-f]{40}$/.test(rev)) {
      const known = this.memo.get(`type:${rev}`) as Promise<string | undefined> | undefined;
      if (known && (await known)) return known;
    }
    const r = await this.run(['cat-file', '-t', rev], { okCodes: [1, 128] });
    const type = r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    if (type && /^[0-9a-f]{40}$/.test(rev)) this.memo.set(`type:${rev}`, Promise.resolve(type));
    return type;
  }

  /** Reads a raw object body. */
  async catFile(type: string, sha: string): Promise<Buffer> {
    return (await this.run(['cat-file', type, sha])).stdout;
  }

  /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.cached(`ancestor:${ancestor}:${descendant}`, async () => {
      const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
      return r.code === 0;
    });
  }

  /** The merge base of two commits (by sha), or undefined for unrelated histories. */
  mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.cached(`merge-base:${a}:${b}`, async () => {
      const r = await this.run(['merge-base', a, b], { okCodes: [1] });
      return r.stdout.toString('utf8').trim() || undefined;
    });
  }

  /** Atomically moves a ref; `expectedOld` = '' requires the ref not to exist. */
  async updateRef(ref: string, sha: string, expectedOld?: string): Promise<boolean> {
    const args = ['update-ref', ref, sha];
    if (expectedOld !== undefined) args.push(expectedOld === '' ? '0'.repeat(40) : expectedOld);
    const r = await this.run(args, { okCodes: [1, 128] });
    return r.code === 0;
  }

  /** Deletes a ref. */
  async deleteRef(ref: string): Promise<void> {
    await this.run(['update-ref', '-d', ref]);
  }

  /** Lists refs under a prefix: [{ref, sha, type}]. */
  async listRefs(prefix = 'refs/'): Promise<{ ref: string; sha: string; type: string }[]> {
    const out = await this.text(['for-each-ref', '--format=%(refname) %(objectname) %(objecttype)', prefix]);
    if (!out) return [];
    return out.split('\n').map((line) => {
      const [ref = '', sha = '', type = ''] = line.split(' ');
      return { ref, sha, type };
    });
  }
}

/** Process-wide counters of git invocations (for performance measurements). */
export const gitStats = { calls: 0, ms: 0 };

/** Runs git with the given arguments, resolving with output; rejects with GitError on unexpected exit codes. */
export function runGit(args: readonly string[], options: GitRunOptions = {}): Promise<GitResult> {
  const started = performance.now();
  gitStats.calls += 1;
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env: options.env ?? {}, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      gitStats.ms += performance.now() - started;
      const result = { code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
      if (result.code === 0 || options.okCodes?.includes(result.code)) resolve(result);
      else reject(new GitError(args, result.code, result.stderr));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
