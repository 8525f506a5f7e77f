/** Transports a repository URL may use. `ext::` and other helpers are never allowed. */
export declare const ALLOWED_PROTOCOLS: readonly ["http", "https", "file", "ssh"];
/** Limits of one git invocation. */
export interface GitLimits {
    /** Largest stdout accepted, in bytes. */
    maxBytes: number;
    /** Milliseconds before the process is killed. */
    timeoutMs: number;
}
/** A git command that exited non-zero, was killed, or produced too much output. */
export declare class GitCommandError extends Error {
    readonly name = "GitCommandError";
    readonly stderr: string;
    readonly exitCode: number | undefined;
    constructor(message: string, stderr: string, exitCode: number | undefined, options?: {
        cause?: unknown;
    });
}
/**
 * Runs `git <args>` and returns its stdout bytes. Arguments go to git as they are: no shell, no globbing.
 * `input`, when given, is written to git's standard input (then closed), as `cat-file --batch` reads it.
 */
export declare function runGit(args: readonly string[], limits?: Partial<GitLimits>, input?: string): Promise<Buffer>;
/** Refuses a value that git could read as an option. */
export declare function assertNotOption(value: string, what: string): void;
/** A repository argument, classified. */
export type RepositoryLocation = {
    kind: 'path';
    path: string;
} | {
    kind: 'url';
    url: string;
    display: string;
};
/**
 * Classifies a repository argument: an `http(s)://`, `file://` or `ssh://` URL, or a local path (relative
 * paths resolve against `cwd`). scp-like `host:path` and other schemes are refused with the accepted forms.
 */
export declare function locateRepository(repository: string, cwd?: string): RepositoryLocation;
/** A URL without its user-info (a token in `https://user:token@host/…` never reaches a message). */
export declare function redactUrl(url: string): string;
/**
 * The branch a repository calls its default, resolved to a commit: the branch the reader requires every
 * sealed commit to be on. `problem` says why it could not be resolved (then `ref` is undefined).
 */
export type DefaultBranch = {
    /** The full ref read, e.g. `refs/heads/main` or `refs/remotes/origin/main`. */
    ref: string;
    /** The branch as people name it: `main`, `origin/main`. */
    name: string;
    /** The commit the branch points at. */
    commit: string;
    problem?: undefined;
} | {
    ref?: undefined;
    name?: undefined;
    commit?: undefined;
    problem: string;
};
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
export declare function sealTagPrefix(product?: string, release?: string): string;
/**
 * Opens a repository for reading. A local path is read in place (its tags as they are: fetch first, or pass
 * the URL, to see tags pushed since). A URL is fetched: only `prefix` tags (annotated and lightweight alike)
 * and the branch the remote's HEAD names, with object checks on, into a fresh bare repository under the
 * system temporary directory, whose HEAD then names that branch.
 */
export declare function openRepository(location: RepositoryLocation, prefix: string, limits?: {
    timeoutMs?: number | undefined;
}): Promise<OpenedRepository>;
/**
 * Which of `commits` are reachable from `tip` (full object ids; an id that is not a commit, or is missing,
 * is simply not reachable). One commit: `merge-base --is-ancestor`, which stops as soon as it knows. Several
 * (or one merge-base cannot judge): one `rev-list` of the tip's history, looked up in memory, whose cost
 * grows with the history, not with the number of commits asked about.
 */
export declare function commitsReachableFrom(gitDir: string, tip: string, commits: readonly string[]): Promise<Set<string>>;
/** Every commit reachable from `tip`: one `rev-list`. */
export declare function branchHistory(gitDir: string, tip: string): Promise<Set<string>>;
/** One ref under a prefix: its name, the type, id and size of the object it points at. */
export interface RefEntry {
    refname: string;
    objectType: string;
    objectId: string;
    /** Size in bytes of the object the ref points at (the tag object, for an annotated tag). */
    objectSize: number;
}
/** Every ref under `prefix` (exact component prefix), sorted by name: one `for-each-ref`. */
export declare function listRefs(gitDir: string, prefix: string): Promise<RefEntry[]>;
/** A ref with, when it points at an annotated tag object, that object's raw bytes. */
export interface RefWithTag extends RefEntry {
    /** The raw tag object (as `cat-file tag` prints it); undefined for a ref to another type of object. */
    tagObject: Buffer | undefined;
}
/**
 * Every ref under `prefix` with the raw bytes of each annotated tag object it points at, sorted by name:
 * one `for-each-ref` printing `%(raw)` for tag objects only (a lightweight tag's commit, tree or blob is never
 * printed). A tag object over `maxTagBytes` is returned without its bytes (`tagObject` undefined, and its
 * size says why). With `wanted`, or when git cannot print `%(raw)` (before 2.36) or the listing is over
 * 256 MiB, the refs are listed plainly and the tag objects within the limit (of the wanted refs) are read
 * through one `cat-file --batch` session.
 */
export declare function listRefsWithTags(gitDir: string, prefix: string, maxTagBytes: number, wanted?: (ref: RefEntry) => boolean): Promise<RefWithTag[]>;
/** An object as `cat-file --batch` returns it, or undefined when the repository does not have it. */
export type BatchObject = {
    type: string;
    content: Buffer;
} | undefined;
/**
 * Reads many objects through one `git cat-file --batch` session: their types and contents, in the order of
 * `ids` (full object ids). `expectedBytes` bounds the output (the sum of their sizes, known beforehand from
 * `for-each-ref` or `ls-tree -l`): the caller never asks for an object it has not checked the size of.
 */
export declare function readObjects(gitDir: string, ids: readonly string[], expectedBytes: number): Promise<BatchObject[]>;
/** The types of many objects through one `git cat-file --batch-check`; undefined for an object not there. */
export declare function objectTypes(gitDir: string, ids: readonly string[]): Promise<(string | undefined)[]>;
/** One entry of a tree listing. */
export interface TreeEntry {
    mode: string;
    type: string;
    objectId: string;
    size: number | undefined;
    name: string;
}
/** The entries of directory `dir` (no trailing slash) in `commit`'s tree; empty when it does not exist. */
export declare function listTree(gitDir: string, commit: string, dir: string): Promise<TreeEntry[]>;
