import { type SealTagReading } from './tags.js';
/** What to list. */
export interface ListSealedRevisionsOptions {
    /** A local repository path (read as it is) or an `http(s)://`, `file://` or `ssh://` URL (fetched). */
    repository: string;
    /** Only this product's seal tags. */
    product?: string | undefined;
    /** Only this release's seal tags (requires `product`). */
    release?: string | undefined;
    /** Directory a relative repository path resolves against. Default: the process's working directory. */
    cwd?: string | undefined;
    /** Milliseconds a fetch may take. Default 300 000. */
    timeoutMs?: number | undefined;
}
/** One seal tag, as listed. */
export interface SealedRevision {
    tag: string;
    product: string;
    release: string;
    revision: number;
    /** True when the tag is an annotated tag object (false for a lightweight tag). */
    annotated: boolean;
    /** The commit the tag resolves to, when it resolves to one. */
    commit: string | undefined;
    /** The tagger's date of the tag object. */
    taggedAt: string | undefined;
    /** The bundle digest the seal record names (not recomputed here). */
    bundleDigest: string | undefined;
    /** The record's merge time, queue and window, when the record is valid. */
    mergedAt: string | undefined;
    queue: string | undefined;
    window: {
        start: string;
        end: string;
    } | undefined;
    /**
     * True when the tag is annotated, self-named, carries this revision's valid record and points at its merge
     * commit, and that commit is on the repository's default branch.
     */
    sealed: boolean;
    /** True when no later tag of the same release exists. */
    latest: boolean;
    /** The highest later revision of the release with a valid seal, if any. */
    supersededBy: number | undefined;
    /** Why the tag is not a valid seal (empty when `sealed`). */
    problems: string[];
}
/** The seal tags of a repository. */
export interface SealedRevisionList {
    /** The repository as given (a URL with its user-info redacted, a path resolved). */
    repository: string;
    /** Sorted by product, release, then revision. */
    revisions: SealedRevision[];
    /** Refs under refs/tags/cutover/ whose names are not seal tag names. */
    ignoredRefs: string[];
}
/**
 * Lists the seal tags of `repository`, each with its own checks and its standing in its release. Throws
 * InputError for a bad product or release name, an unreachable repository, or one whose seal tags git cannot
 * read (a damaged object).
 */
export declare function listSealedRevisions(options: ListSealedRevisionsOptions): Promise<SealedRevisionList>;
/**
 * The readings (in ref name order) as listed: sorted by product, release, then revision, each with its
 * standing in its release. One release's tags are consecutive in ref name order (they share the prefix
 * `cutover/<product>/<release>/`), so each release is gathered in one pass, sorted by revision, and given its
 * standings from its highest revision down. Exported for its tests (test/reader/listed-revisions.test.ts).
 */
export declare function listedRevisions(readings: readonly SealTagReading[]): SealedRevision[];
