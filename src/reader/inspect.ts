/**
 * `readSealedBundle`: reads one sealed revision from a release-bundles git repository (a local path or a
 * URL, no GitHub API and no token) and reports named integrity results about it, plus the change window as
 * a fact. It states what it found; it gives no go/no-go.
 */
import { qualifyTeam } from '../domain/approval.js';
import { bundleDigest } from '../domain/canonical.js';
import type { ApprovalManifest, Bundle, BundleFiles } from '../domain/model.js';
import { BUNDLE_FILES, type BundleFileKey, parseSealTagName, releaseDirectory } from '../domain/names.js';
import type { SealRecord } from '../domain/seal.js';
import { InputError } from '../errors.js';
import { DEFAULT_MAX_FILE_BYTES, decodeUtf8 } from '../schema/parse.js';
import { parseRelease, type ReleaseTexts } from '../schema/release.js';
import {
  coverTeams,
  type IntegrityCheckName,
  type IntegrityResult,
  manifestMismatches,
  recordOrg,
  supersession,
  type WindowFact,
  windowFact,
} from './checks.js';
import {
  assertNotOption,
  type DefaultBranch,
  GitCommandError,
  listTree,
  locateRepository,
  openRepository,
  readObjects,
  sealTagPrefix,
  unreadableRepository,
} from './git.js';
import { problemsOf, readSealTags, type SealTagReading, sealTagRevisions } from './tags.js';

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

const EXPECTED_TAG = 'a seal tag name cutover/<product>/<release>/r<revision>';

/** Parses the `at` option, or throws an InputError naming the expected format. */
export function parseMoment(at: Date | string | undefined): Date {
  if (at === undefined) return new Date();
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
  const date = typeof at === 'string' ? new Date(rfc3339.test(at) ? at : Number.NaN) : at;
  if (Number.isNaN(date.getTime()))
    throw new InputError(`invalid time '${String(at)}'`, {
      field: 'at',
      expected: 'an RFC 3339 time such as 2026-11-24T22:00:00Z',
    });
  return date;
}

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
export async function readSealedBundle(options: ReadSealedBundleOptions): Promise<SealedBundle> {
  const { tag } = options;
  assertNotOption(tag, 'tag');
  const name = parseSealTagName(tag);
  if (!name) throw new InputError(`'${tag}' is not a seal tag name`, { field: 'tag', expected: EXPECTED_TAG });
  const at = parseMoment(options.at);
  const location = locateRepository(options.repository, options.cwd);
  const prefix = sealTagPrefix(name.product, name.release);
  const repository = await openRepository(location, prefix, { timeoutMs: options.timeoutMs });
  try {
    // The tags are listed while the default branch is resolved.
    const selected = await readSealTags(repository.gitDir, prefix, repository.defaultBranch, {
      fromRevision: name.revision,
    });
    const defaultBranch = await repository.defaultBranch;
    let { readings } = selected;
    const reading = readings.find((r) => r.tag === tag);
    // Earlier revisions were not listed: they are read only to name what exists, or the latest sealed one.
    if (!reading) {
      const revisions = await sealTagRevisions(repository.gitDir, prefix);
      throw new InputError(`no tag ${tag} in ${repository.display}`, {
        field: 'tag',
        expected: `an existing seal tag (this release has: ${revisions.map((r) => `r${r}`).join(', ') || 'none'})`,
      });
    }
    if (
      !readings.some((r) => problemsOf(r).length === 0) &&
      (await sealTagRevisions(repository.gitDir, prefix)).some((r) => r < name.revision)
    )
      readings = (await readSealTags(repository.gitDir, prefix, defaultBranch)).readings;
    const texts = reading.commit
      ? await readBundleTexts(
          repository.gitDir,
          reading.commit,
          releaseDirectory(name.product, name.release),
          options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        )
      : undefined;
    return assess(repository.display, reading, readings, texts, at, defaultBranch);
  } catch (error) {
    throw unreadableRepository(error, repository.display);
  } finally {
    await repository.close();
  }
}

/**
 * The release files read at the tagged commit, and why some could not be; `unlisted` when the directory itself
 * could not be read (then no file is said to be missing: none could be looked for).
 */
interface ReleaseRead {
  texts: ReleaseTexts;
  problems: string[];
  unlisted?: boolean;
}

/** The texts of the four release files at `commit`, each a regular file within the size limit. */
async function readBundleTexts(gitDir: string, commit: string, dir: string, maxBytes: number): Promise<ReleaseRead> {
  const texts: ReleaseTexts = {};
  const problems: string[] = [];
  let listed: Awaited<ReturnType<typeof listTree>>;
  try {
    listed = await listTree(gitDir, commit, dir);
  } catch (error) {
    // The tagged commit's tree cannot be read (a damaged repository, an object missing): the checks that need
    // the files fail with git's words, as when a file's blob cannot be read below. Not an internal error.
    if (!(error instanceof GitCommandError)) throw error;
    problems.push(`cannot list ${dir}/ at ${short(commit)}: ${error.message}`);
    return { texts, problems, unlisted: true };
  }
  const entries = new Map(listed.map((e) => [e.name, e]));
  const wanted: { key: BundleFileKey; file: string; objectId: string; size: number }[] = [];
  for (const key of Object.keys(BUNDLE_FILES).filter(isBundleFileKey)) {
    const file = `${dir}/${BUNDLE_FILES[key]}`;
    const entry = entries.get(BUNDLE_FILES[key]);
    if (!entry) continue; // parseRelease reports it missing
    if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
      problems.push(`${file} is not a regular file (mode ${entry.mode}, ${entry.type})`);
      continue;
    }
    if (entry.size === undefined || !Number.isSafeInteger(entry.size) || entry.size > maxBytes) {
      problems.push(`${file} is ${entry.size} bytes, over the limit of ${maxBytes} bytes`);
      continue;
    }
    wanted.push({ key, file, objectId: entry.objectId, size: entry.size });
  }
  // The files within the limit, through one cat-file session (their sizes are known from ls-tree).
  let objects: Awaited<ReturnType<typeof readObjects>>;
  try {
    objects = await readObjects(
      gitDir,
      wanted.map((w) => w.objectId),
      wanted.reduce((sum, w) => sum + w.size, 0),
    );
  } catch (error) {
    for (const { file } of wanted) problems.push(`${file}: ${String(error)}`);
    return { texts, problems };
  }
  wanted.forEach(({ key, file, objectId }, i) => {
    const object = objects[i];
    if (object?.type !== 'blob') {
      problems.push(`${file}: blob ${objectId} is not in the repository`);
      return;
    }
    try {
      texts[key] = decodeUtf8(object.content, file);
    } catch (error) {
      problems.push(`${file}: ${error instanceof InputError ? error.describe() : String(error)}`);
    }
  });
  return { texts, problems };
}

const short = (id: string) => id.slice(0, 12);

/**
 * Where bundle.json names another product or release than the tag (and so the record and the directory it
 * was read from): files copied from another release directory, whose digest and manifest may agree.
 */
function bundleMismatches(bundle: Bundle | undefined, name: { product: string; release: string }): string[] {
  if (!bundle) return [];
  return (['product', 'release'] as const)
    .filter((key) => bundle[key] !== name[key])
    .map((key) => `bundle.json ${key} is ${bundle[key]}, the tag name says ${name[key]}`);
}

function isBundleFileKey(key: string): key is BundleFileKey {
  return Object.hasOwn(BUNDLE_FILES, key);
}

/** A named integrity result: passed with `passed` as its detail, or failed with its problems. */
function outcome(name: IntegrityCheckName, problems: string[], passed: string): IntegrityResult {
  return problems.length === 0
    ? { name, status: 'pass', detail: passed }
    : { name, status: 'fail', detail: problems.join('; ') };
}

/** The results about the tag itself: annotated-tag, seal-record, tag-target and default-branch. */
function tagResults(reading: SealTagReading, branch: DefaultBranch): IntegrityResult[] {
  const { record, revision } = reading;
  return [
    outcome(
      'annotated-tag',
      reading.annotationProblems,
      `annotated tag object ${short(reading.ref.objectId)}, named as its ref${
        reading.tagObject?.taggedAt ? `, tagged ${reading.tagObject.taggedAt}` : ''
      }`,
    ),
    outcome(
      'seal-record',
      reading.recordProblems,
      record
        ? `valid record of r${revision}: ${record.repository}#${record.pullRequest}, ${record.mergeMethod} at ${record.mergedAt}`
        : '',
    ),
    outcome(
      'tag-target',
      reading.targetProblems,
      `tag object -> commit ${short(reading.commit ?? '')}, the record's merge commit`,
    ),
    outcome(
      'default-branch',
      reading.commit === undefined && branch.problem === undefined
        ? [`no tagged commit to look for on the default branch ${branch.name}`]
        : reading.branchProblems,
      `commit ${short(reading.commit ?? '')} is on the default branch ${branch.name ?? ''} (${branch.ref ?? ''} at ${short(branch.commit ?? '')})`,
    ),
  ];
}

/** The release directory's files at the tagged commit, parsed, and the digest recomputed from them. */
interface ReleaseAtCommit {
  /** `<product>/<release>`, the directory the files were read from. */
  dir: string;
  bundle: Bundle | undefined;
  manifest: ApprovalManifest | undefined;
  /** The three hashed files, when each was read and valid. */
  files: BundleFiles | undefined;
  digest: string | undefined;
  /** Why files could not be read or are invalid (the first four findings), in words. */
  fileProblems: string[];
}

/** Parses the files read at the tagged commit and recomputes the bundle digest from them. */
function releaseAtCommit(reading: SealTagReading, read: ReleaseRead | undefined): ReleaseAtCommit {
  const parsed = read && !read.unlisted ? parseRelease(read.texts) : undefined;
  const { bundle, lineage, holds, manifest } = parsed?.documents ?? {};
  const files: BundleFiles | undefined = bundle && lineage && holds ? { bundle, lineage, holds } : undefined;
  const dir = releaseDirectory(reading.product, reading.release);
  const fileProblems = [
    ...(read?.problems ?? []),
    ...(parsed?.findings ?? [])
      .filter((f) => f.file !== BUNDLE_FILES.manifest || !manifest)
      .slice(0, 4)
      .map((f) => `${dir}/${f.file}${f.path ? ` ${f.path}` : ''}: ${f.message}`),
  ];
  return { dir, bundle, manifest, files, digest: files ? bundleDigest(files) : undefined, fileProblems };
}

/** bundle-digest: the files hash to the digest that manifest.json binds and the seal record names. */
function digestResult(reading: SealTagReading, at: ReleaseAtCommit): IntegrityResult {
  const { record, commit } = reading;
  const { dir, manifest, digest } = at;
  const problems: string[] = [];
  if (!commit) problems.push('no tagged commit to read the bundle files from');
  else if (!digest)
    problems.push(`the bundle files at ${short(commit)} cannot be hashed: ${at.fileProblems.join('; ')}`);
  else {
    if (!manifest) problems.push(`${dir}/manifest.json at ${short(commit)} is missing or invalid`);
    else if (manifest.bundleDigest !== digest)
      problems.push(`the bundle files hash to ${digest}, but manifest.json binds ${manifest.bundleDigest}`);
    if (!record) problems.push('no valid seal record to compare the digest with');
    else if (record.bundleDigest !== digest)
      problems.push(`the bundle files hash to ${digest}, but the seal record names ${record.bundleDigest}`);
  }
  return outcome(
    'bundle-digest',
    problems,
    `files at ${short(commit ?? '')} hash to ${digest ?? ''}, as manifest.json and the record state`,
  );
}

/** manifest-binding: manifest.json matches the tag name and the record; bundle.json names the same release. */
function bindingResult(reading: SealTagReading, at: ReleaseAtCommit): IntegrityResult {
  const { record, commit } = reading;
  const { dir, manifest, fileProblems } = at;
  const problems = manifest
    ? [...manifestMismatches(manifest, reading, record), ...bundleMismatches(at.bundle, reading)]
    : [
        commit
          ? `${dir}/manifest.json at ${short(commit)} is missing or invalid${
              fileProblems.length > 0 ? `: ${fileProblems.join('; ')}` : ''
            }`
          : 'no tagged commit to read manifest.json from',
      ];
  if (manifest && !record) problems.push('no valid seal record to compare the manifest with');
  return outcome(
    'manifest-binding',
    problems,
    `manifest.json matches the tag name and the record (queue, window, teams, supersedes); bundle.json names the same product and release`,
  );
}

/** latest-revision: no later valid seal of the release, and no later tag that is not one; and the latest sealed. */
function latestRevisionResult(
  reading: SealTagReading,
  readings: SealTagReading[],
): { result: IntegrityResult; latestSealedRevision: number | undefined } {
  const { product, release, revision } = reading;
  const standings = readings.map((r) => ({ revision: r.revision, sealed: problemsOf(r).length === 0 }));
  const standing = supersession(revision, standings);
  const latestSealed = standings.filter((s) => s.sealed).map((s) => s.revision);
  const problems: string[] = [];
  if (standing.supersededBy !== undefined)
    problems.push(`superseded by r${standing.supersededBy} (cutover/${product}/${release}/r${standing.supersededBy})`);
  if (standing.unsealedLater.length > 0)
    problems.push(`later tags ${standing.unsealedLater.map((r) => `r${r}`).join(', ')} exist but are not valid seals`);
  return {
    result: outcome('latest-revision', problems, `r${revision} is the latest sealed revision of ${product} ${release}`),
    latestSealedRevision: latestSealed.length > 0 ? Math.max(...latestSealed) : undefined,
  };
}

/** required-approvers: each required team approved by a distinct person, on the head the record names. */
function approversResult(record: SealRecord | undefined, manifest: ApprovalManifest | undefined): IntegrityResult {
  const named = manifest?.requiredApprovers.teams ?? record?.requiredTeams;
  const problems: string[] = [];
  let detail = '';
  if (!record) problems.push('no valid seal record to read approvers from');
  else if (!named) problems.push('no required teams to check');
  else {
    const org = recordOrg(record);
    const teams = named.map((t) => qualifyTeam(t, org));
    const coverage = coverTeams(teams, record.approvers, record.headSha, org);
    for (const team of coverage.uncovered) problems.push(`no distinct approver from ${team}`);
    if (problems.length > 0 && coverage.ignored.length > 0)
      problems.push(
        `not counted (approved another commit than head ${short(record.headSha)}): ${coverage.ignored
          .map((a) => `${a.login} (${a.team})`)
          .join(', ')}`,
      );
    detail = `${teams.map((t) => `${t}: ${coverage.assignment[t] ?? '?'}`).join(', ')} (distinct people, on head ${short(record.headSha)})`;
  }
  return outcome('required-approvers', problems, detail);
}

/**
 * The sealed revision as read: every integrity result, in INTEGRITY_CHECKS order, and the window fact at
 * `at`. `read` holds the release files read at the tagged commit (undefined when there is none to read).
 */
function assess(
  display: string,
  reading: SealTagReading,
  readings: SealTagReading[],
  read: ReleaseRead | undefined,
  at: Date,
  branch: DefaultBranch,
): SealedBundle {
  const { tag, product, release, revision, record } = reading;
  const files = releaseAtCommit(reading, read);
  const latest = latestRevisionResult(reading, readings);
  const results = [
    ...tagResults(reading, branch),
    digestResult(reading, files),
    bindingResult(reading, files),
    latest.result,
    approversResult(record, files.manifest),
  ];
  return {
    repository: display,
    tag,
    product,
    release,
    revision,
    tagObject: reading.tagObject ? reading.ref.objectId : undefined,
    taggedAt: reading.tagObject?.taggedAt,
    commit: reading.commit,
    record,
    manifest: files.manifest,
    files: files.files,
    bundleDigest: files.digest,
    latestSealedRevision: latest.latestSealedRevision,
    results,
    window: windowFact(record, files.manifest, at),
    intact: results.every((r) => r.status === 'pass'),
  };
}
