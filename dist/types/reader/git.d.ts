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
 * Runs `git <args>` and returns its stdout bytes: streamGit, collected. Arguments go to git as they are: no
 * shell, no globbing. `input`, when given, is written to git's standard input (then closed), as
 * `cat-file --batch` reads it.
 */
export declare function runGit(args: readonly string[], limits?: Partial<GitLimits>, input?: string): Promise<Buffer>;
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
export declare function streamGit(args: readonly string[], onChunk: (chunk: Buffer) => void, limits?: Partial<GitLimits>, input?: string | ((stdin: GitInput) => void)): Promise<void>;
/**
 * What a git failure while reading a repository that was opened (its seal tags cannot be listed or read: a
 * damaged object, a timeout) is to the caller: an input error naming the repository (`display`: a path, or
 * the URL with its user-info redacted), as a repository that cannot be opened is. Any other error is returned
 * as it is (a defect of the reader's own stays an internal error).
 */
export declare function unreadableRepository(error: unknown, display: string): unknown;
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
/**
 * Every ref under `prefix` (exact component prefix), sorted by name: one `for-each-ref`. With `patterns`
 * (globs naming refs under `prefix`), only the refs under `prefix` that match one of them.
 */
export declare function listRefs(gitDir: string, prefix: string, patterns?: readonly string[]): Promise<RefEntry[]>;
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
export declare function eachRefWithTag(gitDir: string, prefix: string, maxTagBytes: number, visit: (ref: RefEntry, tagObject: Buffer | undefined) => void, wanted?: (ref: RefEntry) => boolean, patterns?: readonly string[]): Promise<void>;
/** An object as `cat-file --batch` returns it, or undefined when the repository does not have it. */
export type BatchObject = {
    type: string;
    content: Buffer;
} | undefined;
/**
 * Reads many objects through one `git cat-file --batch` session and hands each to `onObject` as git prints
 * it, with its index in `ids` (full object ids), in that order; undefined for an object the repository does
 * not have. `expectedBytes` bounds the output (the sum of their sizes, known beforehand from `for-each-ref`
 * or `ls-tree -l`): the caller never asks for an object it has not checked the size of.
 */
export declare function streamObjects(gitDir: string, ids: readonly string[], expectedBytes: number, onObject: (index: number, object: BatchObject) => void): Promise<void>;
/** The objects of `ids` through one `git cat-file --batch` session, in the order of `ids` (see streamObjects). */
export declare function readObjects(gitDir: string, ids: readonly string[], expectedBytes: number): Promise<BatchObject[]>;
/**
 * Parses the output of `cat-file --batch` incrementally, chunk by chunk as git writes it: for each id asked,
 * `<id> <type> <size>` LF, the object's bytes (any bytes: delimited by the size), LF; or `<id> missing` LF.
 * Hands each object to `emit` with its index. Throws a GitCommandError on output of another shape (an answer
 * for another id, a header or an object cut short). Exported for its tests, which cut real output at every
 * kind of boundary.
 */
export declare class BatchParser {
    private readonly ids;
    private readonly emit;
    /** Index of the object being read. */
    private index;
    /** Bytes of the header line being read, when it spans chunks. */
    private headerParts;
    private headerBytes;
    /** The object being read: its type, the bytes still to come, and those read so far. */
    private object;
    constructor(ids: readonly string[], emit: (index: number, object: BatchObject) => void);
    push(chunk: Buffer): void;
    /** Checks that every object asked for was answered in full. */
    end(): void;
    /** Reads (the rest of) one header line from `at`; returns where reading stopped. */
    private readHeader;
}
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
