/**
 * Seal tags as git stores them: the raw annotated tag object parsed into its headers and message, and the
 * checks one seal tag must pass on its own (annotated, self-named, a schema-valid record for this name,
 * pointing at the record's merge commit). Shared by `readSealedBundle` and `listSealedRevisions`.
 */
import { parseSealTagName } from '../domain/names.js';
import { extractSealRecord, type SealRecord } from '../domain/seal.js';
import { InputError } from '../errors.js';
import { validateDocument } from '../schema/validate.js';
import { listRefs, objectType, type RefEntry, readObject } from './git.js';

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

/** Parses a raw tag object (`git cat-file tag`). Undefined when the headers are malformed. */
export function parseTagObject(raw: string): TagObject | undefined {
  const blank = raw.indexOf('\n\n');
  const head = blank < 0 ? raw : raw.slice(0, blank);
  const message = blank < 0 ? '' : raw.slice(blank + 2);
  const headers = new Map<string, string>();
  for (const line of head.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const key = line.slice(0, space);
    if (!headers.has(key)) headers.set(key, line.slice(space + 1));
  }
  const target = headers.get('object');
  const targetType = headers.get('type');
  const name = headers.get('tag');
  if (!target || !OBJECT_ID.test(target) || !targetType || name === undefined) return undefined;
  const seconds = /\s(\d+)\s[+-]\d{4}$/.exec(headers.get('tagger') ?? '')?.[1];
  const taggedAt = seconds === undefined ? undefined : new Date(Number(seconds) * 1000).toISOString();
  return { target, targetType, name, taggedAt, message };
}

/** What one seal tag ref holds, read and checked on its own. */
export interface SealTagReading {
  tag: string;
  product: string;
  release: string;
  revision: number;
  ref: RefEntry;
  /** The tag object, when the ref points at one. */
  tagObject: TagObject | undefined;
  /** The commit the tag resolves to: the tag object's target, or the commit a lightweight tag names. */
  commit: string | undefined;
  /** The record, when present and schema-valid. */
  record: SealRecord | undefined;
  /** Why the tag is not an annotated, self-named tag object (empty when it is). */
  annotationProblems: string[];
  /** Why the record is absent, invalid, or names another tag (empty when it is this tag's valid record). */
  recordProblems: string[];
  /** Why the tag does not point at the record's merge commit (empty when it does). */
  targetProblems: string[];
}

/** Every problem of a reading, in check order. */
export function problemsOf(reading: SealTagReading): string[] {
  return [...reading.annotationProblems, ...reading.recordProblems, ...reading.targetProblems];
}

/** Reads and checks one seal tag ref. `ref.refname` must be `refs/tags/<a seal tag name>`. */
export async function readSealTag(gitDir: string, ref: RefEntry): Promise<SealTagReading | undefined> {
  const tag = ref.refname.slice('refs/tags/'.length);
  const name = parseSealTagName(tag);
  if (!name) return undefined;
  const reading: SealTagReading = {
    tag,
    ...name,
    ref,
    tagObject: undefined,
    commit: undefined,
    record: undefined,
    annotationProblems: [],
    recordProblems: [],
    targetProblems: [],
  };
  if (ref.objectType !== 'tag') {
    reading.annotationProblems.push(
      `refs/tags/${tag} is a lightweight tag: it points directly at ${ref.objectType} ${ref.objectId}, not at an annotated tag object`,
    );
    reading.recordProblems.push('no seal record: a lightweight tag has no message');
    if (ref.objectType === 'commit') reading.commit = ref.objectId;
    reading.targetProblems.push('no tag object to compare with a record');
    return reading;
  }
  let parsed: TagObject | undefined;
  try {
    parsed = parseTagObject((await readObject(gitDir, 'tag', ref.objectId, MAX_TAG_BYTES)).toString('utf8'));
  } catch (error) {
    reading.annotationProblems.push(
      `tag object ${ref.objectId} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!parsed) {
    if (reading.annotationProblems.length === 0)
      reading.annotationProblems.push(`tag object ${ref.objectId} has malformed headers`);
    reading.recordProblems.push('no seal record: the tag object cannot be read');
    reading.targetProblems.push('no tag object target to check');
    return reading;
  }
  reading.tagObject = parsed;
  if (parsed.name !== tag)
    reading.annotationProblems.push(
      `tag object ${ref.objectId} is named ${parsed.name}, but is stored as refs/tags/${tag} (a tag replayed under another name?)`,
    );

  const value = extractSealRecord(parsed.message);
  if (value === undefined) {
    reading.recordProblems.push('the tag message carries no seal record (or its JSON does not parse)');
  } else {
    let record: SealRecord | undefined;
    try {
      record = validateDocument<SealRecord>('seal-record', value, `tag ${tag}`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.recordProblems.push(`the seal record does not match seal-record.schema.json: ${error.describe()}`);
    }
    if (record) {
      reading.record = record;
      const mismatches = (['product', 'release', 'revision'] as const)
        .filter((key) => record[key] !== name[key])
        .map((key) => `${key} ${String(record[key])} (tag name says ${String(name[key])})`);
      if (mismatches.length > 0)
        reading.recordProblems.push(`the seal record is for another revision: ${mismatches.join(', ')}`);
    }
  }

  if (parsed.targetType !== 'commit') {
    reading.targetProblems.push(`the tag object points at a ${parsed.targetType} (${parsed.target}), not a commit`);
    return reading;
  }
  const actualType = await objectType(gitDir, parsed.target);
  if (actualType !== 'commit') {
    reading.targetProblems.push(
      actualType === undefined
        ? `the tagged commit ${parsed.target} is not in the repository`
        : `the tag object says commit, but ${parsed.target} is a ${actualType}`,
    );
    return reading;
  }
  reading.commit = parsed.target;
  if (reading.record && reading.record.mergeCommit !== parsed.target)
    reading.targetProblems.push(
      `the tag points at ${parsed.target}, but the record's merge commit is ${reading.record.mergeCommit} (tag moved?)`,
    );
  else if (!reading.record) reading.targetProblems.push('no valid seal record to compare the target with');
  return reading;
}

/** Reads every seal tag under `prefix`; refs whose names are not seal tag names are returned apart. */
export async function readSealTags(
  gitDir: string,
  prefix: string,
): Promise<{ readings: SealTagReading[]; ignoredRefs: string[] }> {
  const readings: SealTagReading[] = [];
  const ignoredRefs: string[] = [];
  for (const ref of await listRefs(gitDir, prefix)) {
    const reading = await readSealTag(gitDir, ref);
    if (reading) readings.push(reading);
    else ignoredRefs.push(ref.refname);
  }
  return { readings, ignoredRefs };
}
