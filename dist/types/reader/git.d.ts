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
/** Runs `git <args>` and returns its stdout bytes. Arguments go to git as they are: no shell, no globbing. */
export declare function runGit(args: readonly string[], limits?: Partial<GitLimits>): Promise<Buffer>;
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
/** An opened repository: the git directory to read, and what to do when done. */
export interface OpenedRepository {
    /** The repository as the caller named it, user-info redacted. */
    display: string;
    gitDir: string;
    /** Removes the temporary repository, if one was made. */
    close(): Promise<void>;
}
/** Tag ref prefix to read: every seal tag, or those of one product, or of one release. */
export declare function sealTagPrefix(product?: string, release?: string): string;
/**
 * Opens a repository for reading. A local path is read in place (its tags as they are: fetch first, or pass
 * the URL, to see tags pushed since). A URL is fetched: only `prefix` tags (annotated and lightweight alike),
 * with object checks on, into a fresh bare repository under the system temporary directory.
 */
export declare function openRepository(location: RepositoryLocation, prefix: string, limits?: {
    timeoutMs?: number | undefined;
}): Promise<OpenedRepository>;
/** One ref under a prefix: its name, the type and id of the object it points at. */
export interface RefEntry {
    refname: string;
    objectType: string;
    objectId: string;
}
/** Every ref under `prefix` (exact component prefix), sorted by name. */
export declare function listRefs(gitDir: string, prefix: string): Promise<RefEntry[]>;
/** The type of an object, or undefined when the repository does not have it. */
export declare function objectType(gitDir: string, object: string): Promise<string | undefined>;
/** The raw bytes of an object of the given type, refused when larger than `maxBytes`. */
export declare function readObject(gitDir: string, type: 'tag' | 'blob', object: string, maxBytes: number): Promise<Buffer>;
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
