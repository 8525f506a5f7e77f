/**
 * Seal tags as git stores them: the raw annotated tag object parsed into its headers and message, and the
 * checks one seal tag must pass on its own (annotated, self-named, a schema-valid record for this name,
 * pointing at the record's merge commit, that commit on the default branch). Shared by `readSealedBundle`
 * and `listSealedRevisions`. However many tags there are, they are read by a constant number of git
 * processes: one `for-each-ref` listing them and one `cat-file --batch` reading their tag objects while they
 * are listed (each tag checked as git prints it; a listing's records first by the quick look of
 * seal-record-fast.ts), one reachability check against the default branch
 * (`merge-base --is-ancestor` or `rev-list`), and a `cat-file --batch-check` only for tag targets that are not
 * on it (to tell a missing object or a non-commit from a commit elsewhere).
 */
import { parseSealTagName } from '../domain/names.js';
import { type SealRecord, sealRecordText } from '../domain/seal.js';
import { InputError } from '../errors.js';
import { parseDocument } from '../schema/parse.js';
import { validatePrecompiled } from '../schema/precompiled.js';
import {
  branchHistory,
  commitsReachableFrom,
  type DefaultBranch,
  eachRefWithTag,
  listRefs,
  objectTypes,
  type RefEntry,
} from './git.js';
import { acceptedSealRecord } from './seal-record-fast.js';

/** Largest tag object read, in bytes: a seal record is a few kilobytes. */
export const MAX_TAG_BYTES = 1024 * 1024;

const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The parts of an annotated tag object. */
export interface TagObject {
  /** The object the tag points at. */
  target: string;
  /** Its type as the tag states it (`commit`, `tag`, `tree`, `blob`). */
  targetType: string;
  /** The name written inside the tag object, which may differ from the ref it is stored under. */
  name: string;
  /** The tagger's date (RFC 3339, UTC), when the tag names a tagger. */
  taggedAt: string | undefined;
  message: string;
}

/**
 * Parses a raw tag object (`git cat-file tag`), as text or bytes. Undefined when the headers are malformed.
 * From bytes, the headers and the message are decoded apart, so the headers kept (names, ids: slices of
 * the decoded text) do not keep the message's text alive.
 */
export function parseTagObject(raw: string | Buffer): TagObject | undefined {
  const blank = raw.indexOf('\n\n');
  const end = blank < 0 ? raw.length : blank;
  const head = typeof raw === 'string' ? raw.slice(0, end) : raw.toString('utf8', 0, end);
  const message = blank < 0 ? '' : typeof raw === 'string' ? raw.slice(blank + 2) : raw.toString('utf8', blank + 2);
  // The first line of each header counts (a header repeated later is ignored, as git reads a tag).
  let target: string | undefined;
  let targetType: string | undefined;
  let name: string | undefined;
  let tagger: string | undefined;
  for (let start = 0; start < head.length; ) {
    const newline = head.indexOf('\n', start);
    const end = newline < 0 ? head.length : newline;
    const space = head.indexOf(' ', start);
    if (space > start && space < end) {
      const key = head.slice(start, space);
      if (key === 'object') target ??= head.slice(space + 1, end);
      else if (key === 'type') targetType ??= head.slice(space + 1, end);
      else if (key === 'tag') name ??= head.slice(space + 1, end);
      else if (key === 'tagger') tagger ??= head.slice(space + 1, end);
    }
    start = end + 1;
  }
  if (!target || !OBJECT_ID.test(target) || !targetType || name === undefined) return undefined;
  const seconds = /\s(\d+)\s[+-]\d{4}$/.exec(tagger ?? '')?.[1];
  const taggedAt = seconds === undefined ? undefined : new Date(Number(seconds) * 1000).toISOString();
  return { target, targetType, name, taggedAt, message };
}

/** The parts of a seal record a listing shows. */
export interface RecordSummary {
  bundleDigest: string;
  mergedAt: string;
  queue: string;
  window: { start: string; end: string };
}

/** What one seal tag ref holds, read and checked on its own. */
export interface SealTagReading {
  tag: string;
  product: string;
  release: string;
  revision: number;
  ref: RefEntry;
  /**
   * The tag object's headers, when the ref points at one (its message is not kept: the record is what it
   * carries, and thousands of messages kept alive cost a listing more in garbage collection than it reads).
   */
  tagObject: Omit<TagObject, 'message'> | undefined;
  /** The commit the tag resolves to: the tag object's target, or the commit a lightweight tag names. */
  commit: string | undefined;
  /** The record, when present and schema-valid (and kept: see `readSealTags`' `keepRecords`). */
  record: SealRecord | undefined;
  /** What a listing shows of a schema-valid record, kept whether or not the record is. */
  summary: RecordSummary | undefined;
  /** Why the tag is not an annotated, self-named tag object (empty when it is). */
  annotationProblems: string[];
  /** Why the record is absent, invalid, or names another tag (empty when it is this tag's valid record). */
  recordProblems: string[];
  /** Why the tag does not point at the record's merge commit (empty when it does). */
  targetProblems: string[];
  /**
   * Why the tagged commit is not on the repository's default branch (empty when it is, or when the tag
   * resolves to no commit: that is a target problem).
   */
  branchProblems: string[];
}

/** Every problem of a reading, in check order. */
export function problemsOf(reading: SealTagReading): string[] {
  const { annotationProblems, recordProblems, targetProblems, branchProblems } = reading;
  // Most tags of a listing have none: no spreading of four empty lists thousands of times.
  if (annotationProblems.length + recordProblems.length + targetProblems.length + branchProblems.length === 0)
    return [];
  return [
    ...reading.annotationProblems,
    ...reading.recordProblems,
    ...reading.targetProblems,
    ...reading.branchProblems,
  ];
}

/** A reading whose tag object is read, waiting for its target's type (`pendingTarget`) to be looked up. */
interface PartialReading {
  reading: SealTagReading;
  pendingTarget: string | undefined;
  /** The valid record's merge commit, kept here when the record itself is not. */
  mergeCommit: string | undefined;
}

/** The fields of a seal record that must match its tag's name. */
const RECORD_NAME_KEYS = ['product', 'release', 'revision'] as const;

/**
 * Checks one seal tag from its ref and its tag object's bytes (or why they could not be read). `previous`: the
 * summary kept of the tag read before it, whose strings a listing's summary shares where equal.
 */
function readSealTag(
  ref: RefEntry,
  tag: string,
  name: { product: string; release: string; revision: number },
  raw: { bytes: Buffer } | { error: string } | undefined,
  keepRecord: boolean,
  previous?: RecordSummary,
): PartialReading {
  const reading: SealTagReading = {
    tag,
    product: name.product,
    release: name.release,
    revision: name.revision,
    ref,
    tagObject: undefined,
    commit: undefined,
    record: undefined,
    summary: undefined,
    annotationProblems: [],
    recordProblems: [],
    targetProblems: [],
    branchProblems: [],
  };
  if (ref.objectType !== 'tag') return lightweightTag(reading, ref);
  const parsed = tagObjectOf(reading, ref, raw);
  if (!parsed) return { reading, pendingTarget: undefined, mergeCommit: undefined };
  const { message, target, targetType, name: objectName, taggedAt } = parsed;
  reading.tagObject = { target, targetType, name: objectName, taggedAt };
  if (parsed.name !== tag)
    reading.annotationProblems.push(
      `tag object ${ref.objectId} is named ${parsed.name}, but is stored as refs/tags/${tag} (a tag replayed under another name?)`,
    );
  const recorded = checkRecord(reading, message, keepRecord, previous);
  // Kept until the targets are checked: the tag's own target when they are equal (as they are for a valid
  // seal), so that no string cut from a message keeps the message alive meanwhile.
  const mergeCommit = recorded === target ? target : recorded;
  if (parsed.targetType !== 'commit') {
    reading.targetProblems.push(`the tag object points at a ${parsed.targetType} (${parsed.target}), not a commit`);
    return { reading, pendingTarget: undefined, mergeCommit };
  }
  return { reading, pendingTarget: parsed.target, mergeCommit };
}

/** A lightweight tag: no tag object, so no record and nothing to compare; its commit, when it names one. */
function lightweightTag(reading: SealTagReading, ref: RefEntry): PartialReading {
  reading.annotationProblems.push(
    `refs/tags/${reading.tag} is a lightweight tag: it points directly at ${ref.objectType} ${ref.objectId}, not at an annotated tag object`,
  );
  reading.recordProblems.push('no seal record: a lightweight tag has no message');
  if (ref.objectType === 'commit') reading.commit = ref.objectId;
  reading.targetProblems.push('no tag object to compare with a record');
  return { reading, pendingTarget: undefined, mergeCommit: undefined };
}

/**
 * The parsed tag object; undefined, with why under all three checks it spoils, when it could not be read or
 * its headers are malformed.
 */
function tagObjectOf(
  reading: SealTagReading,
  ref: RefEntry,
  raw: { bytes: Buffer } | { error: string } | undefined,
): TagObject | undefined {
  let parsed: TagObject | undefined;
  if (raw === undefined || 'error' in raw)
    reading.annotationProblems.push(
      `tag object ${ref.objectId} cannot be read: ${raw?.error ?? 'the repository does not have it'}`,
    );
  else parsed = parseTagObject(raw.bytes);
  if (!parsed) {
    if (reading.annotationProblems.length === 0)
      reading.annotationProblems.push(`tag object ${ref.objectId} has malformed headers`);
    reading.recordProblems.push('no seal record: the tag object cannot be read');
    reading.targetProblems.push('no tag object target to check');
  }
  return parsed;
}

/**
 * Checks the seal record a tag message carries: present, schema-valid, and for the revision the tag names.
 * Keeps its summary (and the record, with `keepRecord`) on the reading; returns a valid record's merge commit.
 */
function checkRecord(
  reading: SealTagReading,
  message: string,
  keepRecord: boolean,
  previous: RecordSummary | undefined,
): string | undefined {
  // A listing keeps no record: a record the quick look accepts needs neither JSON.parse nor the validator.
  const accepted = keepRecord ? undefined : acceptedSealRecord(message, previous);
  if (accepted) {
    const { bundleDigest, mergedAt, queue, window } = accepted;
    reading.summary = { bundleDigest, mergedAt, queue, window };
    checkRecordNames(reading, accepted);
    return accepted.mergeCommit;
  }
  const read = sealRecordOf(message, reading.tag);
  if ('problem' in read) {
    reading.recordProblems.push(read.problem);
    return undefined;
  }
  const { record } = read;
  // A listing of thousands of tags keeps each record's summary only: records kept alive while the rest are
  // parsed are what the garbage collector would spend its time copying.
  if (keepRecord) reading.record = record;
  const { bundleDigest, mergedAt, queue, window } = record;
  reading.summary = { bundleDigest, mergedAt, queue, window: { start: window.start, end: window.end } };
  checkRecordNames(reading, record);
  return record.mergeCommit;
}

/**
 * The seal record a tag message carries, parsed and schema-valid; else why not. The reader's full path, for
 * every record the quick look of seal-record-fast.ts does not accept. Exported for its tests.
 */
export function sealRecordOf(message: string, tag: string): { record: SealRecord } | { problem: string } {
  const text = sealRecordText(message);
  if (text === undefined) return { problem: 'the tag message carries no seal record' };
  let value: unknown;
  try {
    // parseDocument, not JSON.parse: a key said twice is refused (JSON.parse keeps the last one silently, so
    // a deployment tool that reads the same message with a parser keeping the first would see another record
    // than the one checked), as in every other JSON document Cutover reads. Its lines count the marker's as 1.
    value = parseDocument(text, `tag ${tag} seal record`, 'json');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { problem: `the seal record's JSON is refused: ${error.describe()}` };
  }
  try {
    return { record: validatePrecompiled<SealRecord>('seal-record', value, `tag ${tag}`) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { problem: `the seal record does not match seal-record.schema.json: ${error.describe()}` };
  }
}

/** Records a problem when the seal record names another product, release or revision than its tag. */
function checkRecordNames(reading: SealTagReading, record: Pick<SealRecord, (typeof RECORD_NAME_KEYS)[number]>): void {
  const mismatches: string[] = [];
  for (const key of RECORD_NAME_KEYS)
    if (record[key] !== reading[key])
      mismatches.push(`${key} ${String(record[key])} (tag name says ${String(reading[key])})`);
  if (mismatches.length > 0)
    reading.recordProblems.push(`the seal record is for another revision: ${mismatches.join(', ')}`);
}

/** Completes the target check of a reading once the type of the object its tag names is known. */
function checkTarget(
  reading: SealTagReading,
  target: string,
  actualType: string | undefined,
  mergeCommit: string | undefined,
): void {
  if (actualType !== 'commit') {
    reading.targetProblems.push(
      actualType === undefined
        ? `the tagged commit ${target} is not in the repository`
        : `the tag object says commit, but ${target} is a ${actualType}`,
    );
    return;
  }
  reading.commit = target;
  if (mergeCommit !== undefined && mergeCommit !== target)
    reading.targetProblems.push(
      `the tag points at ${target}, but the record's merge commit is ${mergeCommit} (tag moved?)`,
    );
  else if (mergeCommit === undefined) reading.targetProblems.push('no valid seal record to compare the target with');
}

/** The seal tags under a prefix, as read. */
export interface SealTagSet {
  /** The readings, in ref name order. */
  readings: SealTagReading[];
  /** Refs under the prefix whose names are not seal tag names (with `fromRevision`: of those listed). */
  ignoredRefs: string[];
  /**
   * The revision of every seal tag name under the prefix, in ref name order (with `fromRevision`: of those
   * listed, which are the revisions from it on and no earlier one).
   */
  revisions: number[];
}

/**
 * Reads and checks every seal tag under `prefix` (with `fromRevision`, only those of at least that revision:
 * `prefix` is then one release's, and git lists no earlier one, see laterRevisionPatterns). The tagged commits must be reachable from the default branch `branch`
 * (which may still be being resolved: the tags are listed meanwhile). Refs whose
 * names are not seal tag names are returned apart. With `keepRecords: false` the readings keep each valid
 * record's `summary` only (`record` is then undefined; the checks were made with it).
 */
export async function readSealTags(
  gitDir: string,
  prefix: string,
  branch: DefaultBranch | Promise<DefaultBranch>,
  options: { fromRevision?: number | undefined; keepRecords?: boolean | undefined } = {},
): Promise<SealTagSet> {
  const { fromRevision } = options;
  // Each tag is checked as git reads it, while the default branch is still being resolved (a local
  // repository's is a promise).
  const listing = listSealTags(gitDir, prefix, options);
  const defaultBranch = await branch;
  // A whole listing needs the default branch's history whatever the tags hold: read it while the tags are.
  const history =
    fromRevision === undefined && defaultBranch.problem === undefined
      ? branchHistory(gitDir, defaultBranch.commit).catch((error: unknown) =>
          error instanceof Error ? error : new Error(String(error)),
        )
      : undefined;
  await listing.done;
  const { partial, ignoredRefs, revisions } = listing;
  const readings = partial.map((p) => p.reading);
  const { reachable, reachError } = await reachableTargets(gitDir, defaultBranch, partial, history);
  await checkTargets(gitDir, partial, reachable);
  checkDefaultBranch(defaultBranch, readings, reachable, reachError);
  return { readings, ignoredRefs, revisions };
}

/** The seal tags under a prefix as git lists them, each read on its own: filled in until `done` settles. */
interface SealTagListing {
  done: Promise<void>;
  partial: PartialReading[];
  ignoredRefs: string[];
  revisions: number[];
}

/** Starts listing the seal tags under `prefix` (from `fromRevision`, when given), reading each as it comes. */
function listSealTags(
  gitDir: string,
  prefix: string,
  options: { fromRevision?: number | undefined; keepRecords?: boolean | undefined },
): SealTagListing {
  const { fromRevision } = options;
  const listing: Omit<SealTagListing, 'done'> = { partial: [], ignoredRefs: [], revisions: [] };
  const wanted =
    fromRevision === undefined
      ? undefined
      : (ref: RefEntry) => (parseSealTagName(ref.refname.slice('refs/tags/'.length))?.revision ?? 0) >= fromRevision;
  /** The summary of the last record read, whose strings the next may share. */
  let previous: RecordSummary | undefined;
  const visit = (ref: RefEntry, tagObject: Buffer | undefined): void => {
    const tag = ref.refname.slice('refs/tags/'.length);
    const name = parseSealTagName(tag);
    if (!name) {
      listing.ignoredRefs.push(ref.refname);
      return;
    }
    listing.revisions.push(name.revision);
    if (fromRevision !== undefined && name.revision < fromRevision) return;
    const read = readSealTag(ref, tag, name, rawTagObject(ref, tagObject), options.keepRecords !== false, previous);
    previous = read.reading.summary ?? previous;
    listing.partial.push(read);
  };
  // Revision names sit right under a release's prefix: under any other, every ref is listed as before.
  const patterns =
    fromRevision === undefined || !RELEASE_PREFIX.test(prefix)
      ? undefined
      : laterRevisionPatterns(prefix, fromRevision);
  const done = eachRefWithTag(gitDir, prefix, MAX_TAG_BYTES, visit, wanted, patterns);
  // The no-op handler keeps a listing that fails while the caller awaits something else from counting as
  // unhandled (the caller awaits `done`).
  done.catch(() => {});
  return { done, ...listing };
}

/**
 * Globs (as `for-each-ref` matches them: the whole ref name) for the refs under `prefix` (one release's)
 * named `r<m>` for every revision m >= `fromRevision`: so that inspecting one revision lists its later
 * revisions, not the thousands before it. They may match other names too (the last one: any name of
 * `r`, a nonzero digit and as many digits as `fromRevision` has, then anything), which the caller sorts out
 * by parsing each name as before. For 4217: `r4217`, `r421[8-9]`, `r42[2-9][0-9]`, `r4[3-9][0-9][0-9]`,
 * `r[5-9][0-9][0-9][0-9]` and `r[1-9][0-9][0-9][0-9][0-9]*` (each after `prefix`).
 */
export function laterRevisionPatterns(prefix: string, fromRevision: number): string[] {
  const digits = String(fromRevision);
  const patterns = [`${prefix}r${digits}`];
  for (let i = digits.length - 1; i >= 0; i--) {
    const digit = Number(digits[i]);
    if (digit < 9)
      patterns.push(`${prefix}r${digits.slice(0, i)}[${digit + 1}-9]${'[0-9]'.repeat(digits.length - 1 - i)}`);
  }
  patterns.push(`${prefix}r[1-9]${'[0-9]'.repeat(digits.length)}*`);
  return patterns;
}

/** A release's seal tag prefix, `refs/tags/cutover/<product>/<release>/`. */
const RELEASE_PREFIX = /^refs\/tags\/cutover\/[^/]+\/[^/]+\/$/;

/** The revision of every seal tag name under `prefix`, in ref name order (one `for-each-ref`; no tag is read). */
export async function sealTagRevisions(gitDir: string, prefix: string): Promise<number[]> {
  const revisions: number[] = [];
  for (const ref of await listRefs(gitDir, prefix)) {
    const name = parseSealTagName(ref.refname.slice('refs/tags/'.length));
    if (name) revisions.push(name.revision);
  }
  return revisions;
}

/** A tag ref's tag object as read, or why it was not (none for a lightweight tag). */
function rawTagObject(ref: RefEntry, tagObject: Buffer | undefined): { bytes: Buffer } | { error: string } | undefined {
  if (ref.objectType !== 'tag') return undefined;
  if (tagObject) return { bytes: tagObject };
  return {
    error:
      ref.objectSize > MAX_TAG_BYTES
        ? `object ${ref.objectId} is ${ref.objectSize} bytes, over the limit of ${MAX_TAG_BYTES} bytes`
        : 'the repository does not have it',
  };
}

/**
 * Which tagged commits are reachable from the default branch (one git process: its whole history when read,
 * else a reachability check of the candidates), or why that cannot be told. The set holds every reachable
 * tagged commit, and no unreachable one (the whole history, when it was read, holds other commits too).
 */
async function reachableTargets(
  gitDir: string,
  defaultBranch: DefaultBranch,
  partial: PartialReading[],
  history: Promise<Set<string> | Error> | undefined,
): Promise<{ reachable: Set<string> | undefined; reachError: string | undefined }> {
  if (history) {
    const commits = await history;
    if (commits instanceof Error) return { reachable: undefined, reachError: commits.message };
    // The whole history answers for every candidate as the set of the reachable candidates would.
    return { reachable: commits, reachError: undefined };
  }
  const candidates: string[] = [];
  for (const p of partial) {
    const commit = p.pendingTarget ?? p.reading.commit;
    if (commit) candidates.push(commit);
  }
  if (defaultBranch.problem === undefined && candidates.length > 0) {
    try {
      return { reachable: await commitsReachableFrom(gitDir, defaultBranch.commit, candidates), reachError: undefined };
    } catch (error) {
      return { reachable: undefined, reachError: error instanceof Error ? error.message : String(error) };
    }
  }
  return { reachable: undefined, reachError: undefined };
}

/**
 * Completes the target check of every reading whose tag object says commit. A target found on the default
 * branch is a commit; the type of every other is looked up with one cat-file --batch-check (none when every
 * seal is on the default branch).
 */
async function checkTargets(
  gitDir: string,
  partial: PartialReading[],
  reachable: Set<string> | undefined,
): Promise<void> {
  const unknown = partial.filter(
    (p): p is PartialReading & { pendingTarget: string } =>
      p.pendingTarget !== undefined && !reachable?.has(p.pendingTarget),
  );
  const types = await objectTypes(
    gitDir,
    unknown.map((p) => p.pendingTarget),
  );
  const typeOf = new Map(unknown.map((p, i) => [p.pendingTarget, types[i]]));
  for (const p of partial)
    if (p.pendingTarget)
      checkTarget(
        p.reading,
        p.pendingTarget,
        typeOf.has(p.pendingTarget) ? typeOf.get(p.pendingTarget) : 'commit',
        p.mergeCommit,
      );
}

/** Records, per reading, whether its tagged commit is reachable from the default branch. */
function checkDefaultBranch(
  branch: DefaultBranch,
  readings: SealTagReading[],
  reachable: Set<string> | undefined,
  reachError: string | undefined,
): void {
  if (branch.problem !== undefined) {
    for (const reading of readings)
      reading.branchProblems.push(`the repository's default branch cannot be read: ${branch.problem}`);
    return;
  }
  for (const reading of readings) {
    // A tag that resolves to no commit already fails tag-target; inspect says so under default-branch too.
    if (reading.commit === undefined) continue;
    if (reachError !== undefined)
      reading.branchProblems.push(
        `cannot tell whether ${reading.commit} is on the default branch ${branch.name}: ${reachError}`,
      );
    else if (!reachable?.has(reading.commit))
      reading.branchProblems.push(
        `the tagged commit ${reading.commit} is not on the default branch ${branch.name} (${branch.ref} at ${branch.commit}): not reachable from it`,
      );
  }
}
