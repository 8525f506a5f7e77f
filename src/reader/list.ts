/**
 * `listSealedRevisions`: every seal tag of a release-bundles git repository (optionally one product or one
 * release), each checked on its own (annotated, valid record, pointing at the record's merge commit, that
 * commit on the repository's default branch) and placed in its release's sequence (latest, or superseded by
 * which revision). Bundle files are not read: `readSealedBundle` verifies one revision fully. The tags are
 * read by a constant number of git processes, however many there are (see tags.ts).
 */
import { unsafeSegmentReason } from '../domain/names.js';
import { InputError } from '../errors.js';
import { eachStanding } from './checks.js';
import { locateRepository, openRepository, sealTagPrefix, unreadableRepository } from './git.js';
import { problemsOf, readSealTags, type SealTagReading } from './tags.js';

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
  window: { start: string; end: string } | undefined;
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

function assertLabel(value: string | undefined, field: 'product' | 'release'): void {
  if (value === undefined) return;
  const reason = unsafeSegmentReason(value);
  if (reason)
    throw new InputError(`${field} '${value}' ${reason}`, {
      field,
      expected: `a ${field} name such as those in seal tags`,
    });
}

/**
 * Lists the seal tags of `repository`, each with its own checks and its standing in its release. Throws
 * InputError for a bad product or release name, an unreachable repository, or one whose seal tags git cannot
 * read (a damaged object).
 */
export async function listSealedRevisions(options: ListSealedRevisionsOptions): Promise<SealedRevisionList> {
  const { product, release } = options;
  assertLabel(product, 'product');
  assertLabel(release, 'release');
  if (release !== undefined && product === undefined)
    throw new InputError('a release filter needs a product', { field: 'release', expected: 'product and release' });
  const location = locateRepository(options.repository, options.cwd);
  const prefix = sealTagPrefix(product, release);
  const repository = await openRepository(location, prefix, { timeoutMs: options.timeoutMs });
  try {
    const { readings, ignoredRefs } = await readSealTags(repository.gitDir, prefix, repository.defaultBranch, {
      keepRecords: false,
    });
    const revisions = listedRevisions(readings);
    return { repository: repository.display, revisions, ignoredRefs };
  } catch (error) {
    throw unreadableRepository(error, repository.display);
  } finally {
    await repository.close();
  }
}

/**
 * The readings (in ref name order) as listed: sorted by product, release, then revision, each with its
 * standing in its release. One release's tags are consecutive in ref name order (they share the prefix
 * `cutover/<product>/<release>/`), so each release is gathered in one pass, sorted by revision, and given its
 * standings from its highest revision down. Exported for its tests (test/reader/listed-revisions.test.ts).
 */
export function listedRevisions(readings: readonly SealTagReading[]): SealedRevision[] {
  const releases = new Map<string, SealTagReading[]>();
  let current: SealTagReading[] = [];
  let previous: SealTagReading | undefined;
  for (const reading of readings) {
    if (previous === undefined || previous.product !== reading.product || previous.release !== reading.release) {
      // Neither name contains '/', so the key names one release.
      const key = `${reading.product}/${reading.release}`;
      current = releases.get(key) ?? [];
      releases.set(key, current);
    }
    current.push(reading);
    previous = reading;
  }
  const ordered = [...releases.values()].sort(
    (a, b) => compare(a[0]?.product ?? '', b[0]?.product ?? '') || compare(a[0]?.release ?? '', b[0]?.release ?? ''),
  );
  const revisions: SealedRevision[] = [];
  for (const release of ordered) {
    const tags = release
      .sort((a, b) => a.revision - b.revision)
      .map((reading) => {
        const problems = problemsOf(reading);
        return { reading, problems, revision: reading.revision, sealed: problems.length === 0 };
      });
    const listed: SealedRevision[] = new Array(tags.length);
    eachStanding(tags, ({ reading: r, problems, sealed }, latest, supersededBy, i) => {
      listed[i] = {
        tag: r.tag,
        product: r.product,
        release: r.release,
        revision: r.revision,
        annotated: r.tagObject !== undefined,
        commit: r.commit,
        taggedAt: r.tagObject?.taggedAt,
        bundleDigest: r.summary?.bundleDigest,
        mergedAt: r.summary?.mergedAt,
        queue: r.summary?.queue,
        // The readings are this function's alone (readSealTags made them for this listing): nothing to copy.
        window: r.summary?.window,
        sealed,
        latest,
        supersededBy,
        problems,
      };
    });
    for (const revision of listed) revisions.push(revision);
  }
  return revisions;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
