import type { ApprovalManifest, BundleFiles } from '../domain/model.js';
import type { SealRecord } from '../domain/seal.js';
import { type IntegrityResult, type WindowFact } from './checks.js';
/** What to read. */
export interface ReadSealedBundleOptions {
    /** A local repository path (read as it is) or an `http(s)://`, `file://` or `ssh://` URL (fetched). */
    repository: string;
    /** The seal tag, `cutover/<product>/<release>/r<revision>`. */
    tag: string;
    /** The moment the window fact is relative to: a Date or an RFC 3339 string. Default: now. */
    at?: Date | string | undefined;
    /** Directory a relative repository path resolves against. Default: the process's working directory. */
    cwd?: string | undefined;
    /** Largest bundle file read, in bytes. Default 16 MiB. */
    maxFileBytes?: number | undefined;
    /** Milliseconds a fetch may take. Default 300 000. */
    timeoutMs?: number | undefined;
}
/** One sealed revision as read from git, with its integrity results. */
export interface SealedBundle {
    /** The repository as given (a URL with its user-info redacted, a path resolved). */
    repository: string;
    tag: string;
    product: string;
    release: string;
    revision: number;
    /** Id of the annotated tag object; undefined for a lightweight tag. */
    tagObject: string | undefined;
    /** The tagger's date of the tag object, when it names one. */
    taggedAt: string | undefined;
    /** The commit the tag resolves to. */
    commit: string | undefined;
    /** The seal record from the tag message, when present and schema-valid. */
    record: SealRecord | undefined;
    /** manifest.json at the commit, when present and schema-valid. */
    manifest: ApprovalManifest | undefined;
    /** bundle.json, lineage.json and holds.json at the commit, when all are present and schema-valid. */
    files: BundleFiles | undefined;
    /** The digest recomputed from `files`. */
    bundleDigest: string | undefined;
    /** Highest revision of this release with a valid seal tag, if any. */
    latestSealedRevision: number | undefined;
    /** Integrity results, in the order of INTEGRITY_CHECKS. */
    results: IntegrityResult[];
    /** Where `at` falls relative to the sealed change window: a fact, not an integrity result. */
    window: WindowFact;
    /** True when every integrity result is `pass`. */
    intact: boolean;
}
/** Parses the `at` option, or throws an InputError naming the expected format. */
export declare function parseMoment(at: Date | string | undefined): Date;
/**
 * Reads the seal tag `tag` from `repository` and verifies it: the tag is annotated and its record valid, the
 * tag points at the record's merge commit, that commit is on the repository's default branch, the bundle
 * files at that commit hash to the digest in manifest.json and in the record, the manifest and bundle.json
 * match the tag name and record, the revision is the latest sealed one of its release, and the required teams
 * are covered by distinct approvers. Throws InputError for a bad tag name, time, unreachable repository, one
 * whose seal tags git cannot read, or a tag that does not exist; integrity problems (the release files at the
 * tagged commit git cannot read among them) are results, never thrown.
 *
 * Only this tag and the later revisions of its release are read (the later ones decide whether it is the
 * latest), so the cost does not grow with the number of earlier revisions or of other releases; earlier
 * revisions are read only when none from this one on is a valid seal, to name the latest sealed revision.
 */
export declare function readSealedBundle(options: ReadSealedBundleOptions): Promise<SealedBundle>;
