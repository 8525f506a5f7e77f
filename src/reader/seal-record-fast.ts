/**
 * A quicker "yes" for the seal records `cutover list` reads by the thousand (issue 13 goal 1): one regular
 * expression over the record's text as the sealer writes it (`renderSealMessage`: `JSON.stringify(record,
 * null, 2)` between the markers, the markers' words in the hand-off statement escaped), instead of
 * `JSON.parse` and the generated validator for each. It reads
 * only the fields a listing keeps (the names it compares with the tag's, the merge commit, the summary), as
 * new strings, so no record and no message stays alive while thousands of others are read.
 *
 * It only ever says yes or "not sure": it accepts a subset of the texts that the reader's full path
 * (`sealRecordOf` in tags.ts) parses to a record schemas/seal-record.schema.json accepts (each key once, in the
 * orders the sealer writes them, strings without escapes but for the hand-off statement, no 29 February, no
 * leap second, integers of at most 15 digits), and reads from them exactly the values `JSON.parse` would.
 * Anything else (every damaged or unusual record, a repeated key among them) goes to the full path, which
 * decides and names the problem. So a mistake here could only let a bad record through, never refuse a good
 * one: test/reader/seal-record-fast.test.ts compares it with `sealRecordOf` over random records and random
 * damage to them (repeated lines among it).
 */
import { RECORD_END, RECORD_MARKER } from '../domain/seal.js';

/**
 * What a listing needs of an accepted seal record. `product`, `release` and `mergeCommit` may be cut from the
 * message (a caller compares them, and keeps none that stands for the whole message); the summary's values are
 * new strings, which a listing keeps.
 */
export interface AcceptedSealRecord {
  product: string;
  release: string;
  revision: number;
  mergeCommit: string;
  bundleDigest: string;
  queue: string;
  mergedAt: string;
  window: { start: string; end: string };
}

// The parts of the expression: each accepts a quoted value's characters only where the schema's definition
// (schemas/common.schema.json#/$defs) accepts the whole string, and none of them contains '"' or '\'.
/** `label`'s characters; its look-aheads (no '..', no final '.' or '.lock') are checked on the value (LABEL). */
const LABEL_CHARS = '[A-Za-z0-9][A-Za-z0-9._+-]{0,99}';
/** `revision`: an integer from 1 to 999999999. */
const REVISION = '[1-9][0-9]{0,8}';
/** An integer of at least 1, of at most 15 digits (so exactly the number JSON.parse reads). */
const POSITIVE = '[1-9][0-9]{0,14}';
const SHA256 = 'sha256:[0-9a-f]{64}';
const COMMIT = '[0-9a-f]{40}(?:[0-9a-f]{24})?';
const TEAM = '(?:[A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*';
const REPOSITORY = '[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+';
const MERGE_METHOD = '(?:merge|squash|rebase|squash-or-rebase)';
/**
 * `time`: its pattern and Ajv's `date-time` format together, narrowed to seconds given, a real day of a month
 * (29 February, which needs the year, is left to the validator), hours 00-23, minutes and seconds 00-59 (a
 * leap second is left to the validator) and an offset of at most 23:59.
 */
const TIME =
  '[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
  'T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])';
/** An approver's `login`: 1 to 100 printable ASCII characters but '"' and '\' (so as many code points). */
const LOGIN = '[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]{1,100}';
/** `handoff`: any JSON string but the empty one (escapes included: the value is not read). */
const HANDOFF = '(?:[^"\\\\\\x00-\\x1f]|\\\\["\\\\/bfnrt]|\\\\u[0-9A-Fa-f]{4})+';

/** `"key": value` on its own line, `depth` levels of two spaces deep; `last` without the comma. */
const line = (depth: number, key: string, value: string, last = false): string =>
  `${' '.repeat(depth * 2)}"${key}": ${value}${last ? '' : ','}\\n`;
const quoted = (pattern: string): string => `"${pattern}"`;
const captured = (pattern: string): string => `"(${pattern})"`;

/** The sealer writes the gate's assignments, team first; a record built otherwise may name the login first. */
const APPROVER_NAMES = `(?:${line(3, 'team', quoted(TEAM))}${line(3, 'login', quoted(LOGIN))}|${line(3, 'login', quoted(LOGIN))}${line(3, 'team', quoted(TEAM))})`;
const APPROVER = `    \\{\\n${APPROVER_NAMES}${line(3, 'reviewId', POSITIVE)}${line(3, 'commitId', quoted(COMMIT), true)}    \\}`;
const SUPERSEDED_BY = (first: string, second: string) => `\\{\\n${first}${second}  \\}`;
const SUPERSEDES = `(?:null|${SUPERSEDED_BY(line(2, 'revision', REVISION), line(2, 'bundleDigest', quoted(SHA256), true))}|${SUPERSEDED_BY(line(2, 'bundleDigest', quoted(SHA256)), line(2, 'revision', REVISION, true))})`;

/**
 * The record's text between the markers, as `renderSealMessage` writes it: a line break, the record, a line
 * break. Groups: 1 product, 2 release, 3 revision, 4 bundleDigest, 5 queue, 6 and 7 window start and end (the
 * manifest's order, start first) or 8 and 9 end and start (the canonical manifest's order), 10 mergeCommit,
 * 11 mergedAt.
 */
const RECORD_TEXT = new RegExp(
  [
    '\\n\\{\\n',
    line(1, 'schemaVersion', '1'),
    line(1, 'product', captured(LABEL_CHARS)),
    line(1, 'release', captured(LABEL_CHARS)),
    line(1, 'revision', `(${REVISION})`),
    line(1, 'bundleDigest', captured(SHA256)),
    line(1, 'queue', captured(LABEL_CHARS)),
    `  "window": \\{\\n(?:${line(2, 'start', captured(TIME))}${line(2, 'end', captured(TIME), true)}|${line(2, 'end', captured(TIME))}${line(2, 'start', captured(TIME), true)})  \\},\\n`,
    `  "requiredTeams": \\[\\n    ${quoted(TEAM)}(?:,\\n    ${quoted(TEAM)})*\\n  \\],\\n`,
    line(1, 'repository', quoted(REPOSITORY)),
    line(1, 'pullRequest', POSITIVE),
    line(1, 'headSha', quoted(COMMIT)),
    line(1, 'mergeCommit', captured(COMMIT)),
    line(1, 'mergeMethod', quoted(MERGE_METHOD)),
    line(1, 'mergedAt', captured(TIME)),
    `  "approvers": \\[\\n${APPROVER}(?:,\\n${APPROVER})*\\n  \\],\\n`,
    line(1, 'supersedes', SUPERSEDES),
    line(1, 'handoff', quoted(HANDOFF), true),
    '\\}\\n',
  ].join(''),
  'y',
);

/** `label` whole (common.schema.json#/$defs/label), for the three values RECORD_TEXT reads as LABEL_CHARS. */
const LABEL = /^(?!.*\.\.)(?!.*\.$)(?!.*\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;

/**
 * A copy of `value` that does not hold on to the string it was cut from. V8 represents a substring of 13 or
 * more characters as a slice of its parent, which would keep each tag's whole message alive as long as the
 * listing keeps its summary; a concatenation flattened by slice() is a new string of the value's length.
 */
function detached(value: string): string {
  return ` ${value}`.slice(1);
}

/**
 * The fields a listing needs of the seal record a tag message carries, when that record is certainly present
 * and schema-valid (as `sealRecordOf` in tags.ts would say); undefined
 * when not sure, and then the caller must ask them. `previous`: the summary kept of the tag read before, whose
 * strings are reused for equal values.
 */
export function acceptedSealRecord(
  message: string,
  previous?: Pick<AcceptedSealRecord, 'bundleDigest' | 'queue' | 'mergedAt' | 'window'>,
): AcceptedSealRecord | undefined {
  // The same text the full path parses: from the first marker to the first end marker after it.
  const start = message.indexOf(RECORD_MARKER);
  if (start < 0) return undefined;
  const from = start + RECORD_MARKER.length;
  const end = message.indexOf(RECORD_END, from);
  if (end < 0) return undefined;
  RECORD_TEXT.lastIndex = from;
  const match = RECORD_TEXT.exec(message);
  if (match === null || RECORD_TEXT.lastIndex !== end) return undefined;
  const [, product = '', release = '', revision = '', bundleDigest = '', queue = ''] = match;
  if (!LABEL.test(product) || !LABEL.test(release) || !LABEL.test(queue)) return undefined;
  const windowStart = match[6] ?? match[9] ?? '';
  const windowEnd = match[7] ?? match[8] ?? '';
  return {
    product,
    release,
    revision: Number(revision),
    mergeCommit: match[10] ?? '',
    bundleDigest: kept(bundleDigest, previous?.bundleDigest),
    queue: kept(queue, previous?.queue),
    mergedAt: kept(match[11] ?? '', previous?.mergedAt),
    window: { start: kept(windowStart, previous?.window.start), end: kept(windowEnd, previous?.window.end) },
  };
}

/**
 * The string to keep for `value`: `before` (the previous tag's, already kept) when equal, as a release's tags
 * often share their queue, window or digest, else a copy of `value` that does not hold on to the message.
 */
function kept(value: string, before: string | undefined): string {
  return value === before ? before : detached(value);
}
