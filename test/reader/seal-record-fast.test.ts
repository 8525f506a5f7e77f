/**
 * The quick "yes" for seal records (src/reader/seal-record-fast.ts, used by `cutover list`) must accept no
 * message whose record the reader's full path (`sealRecordOf`: parsed, a repeated key refused, validated)
 * refuses, and must read from what it accepts exactly the values `JSON.parse` gives: over edge values of every
 * field, random records in every key order the sealer and hand-made records use, and random damage to them. It
 * must also accept what the sealer writes, or it would save nothing.
 */
import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { renderSealMessage, type SealRecord } from '../../src/domain/seal.js';
import { acceptedSealRecord } from '../../src/reader/seal-record-fast.js';
import { sealRecordOf } from '../../src/reader/tags.js';
import { SCHEMAS } from '../../src/schema/registry.js';
import { seededRandom } from '../helpers/random.js';

/**
 * The record the reader's full path gets from a message (parsed, with duplicate keys refused, and
 * schema-valid), else undefined.
 */
function fullPath(message: string): SealRecord | undefined {
  const read = sealRecordOf(message, 'cutover/p/r/r1');
  return 'record' in read ? read.record : undefined;
}

/** The summary accepted last: passed as `previous`, so that reusing its strings is checked too. */
let previous: ReturnType<typeof acceptedSealRecord>;

/** Checks one message both ways; returns whether the quick path accepted it. */
function agree(message: string): boolean {
  const quick = acceptedSealRecord(message, previous);
  previous = quick ?? previous;
  if (quick === undefined) return false;
  const record = fullPath(message);
  expect(record, `accepted but refused by the validator:\n${message}`).toBeDefined();
  if (record === undefined) return true;
  const { product, release, revision, mergeCommit, bundleDigest, queue, mergedAt, window } = record;
  expect(quick).toEqual({
    product,
    release,
    revision,
    mergeCommit,
    bundleDigest,
    queue,
    mergedAt,
    window: { start: window.start, end: window.end },
  });
  return true;
}

const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const digest = (c: string) => `sha256:${c.repeat(64)}`;

/**
 * A record with its keys in the sealer's order (src/modes/seal.ts), its window and supersedes read from a
 * canonical manifest (keys sorted) and its approvers the gate's assignments (team first).
 */
function sealerRecord(overrides: Partial<Record<keyof SealRecord, unknown>> = {}): SealRecord {
  return {
    schemaVersion: 1,
    product: 'payments-platform',
    release: '2026.11.3',
    revision: 2,
    bundleDigest: digest('a'),
    queue: 'payments-prod',
    window: { end: '2026-12-01T10:00:00+01:00', start: '2026-12-01T06:00:00+01:00' },
    requiredTeams: ['acme/release-engineering', 'operations'],
    repository: 'acme/release-bundles',
    pullRequest: 42,
    headSha,
    mergeCommit: 'c'.repeat(40),
    mergeMethod: 'merge',
    mergedAt: '2026-11-24T10:05:00Z',
    approvers: [
      { team: 'acme/release-engineering', login: 'alice', reviewId: 9001, commitId: headSha },
      { team: 'operations', login: 'bob', reviewId: 9002, commitId: headSha },
    ],
    supersedes: { bundleDigest: digest('b'), revision: 1 },
    handoff: 'Approving this manifest approves exactly this bundle revision.',
    ...overrides,
  } as SealRecord;
}

/** Values of each field: some the schema accepts, some it refuses, some the quick path leaves to it. */
const EDGES: Partial<Record<keyof SealRecord, unknown[]>> = {
  schemaVersion: [1, 2, 0, '1', 1.0, null],
  product: [
    'a',
    'a'.repeat(100),
    'a'.repeat(101),
    'a..b',
    'a.',
    'a.lock',
    'a.LoCk',
    'a.locks',
    '-a',
    'a+b_c.d-e',
    '',
    'a/b',
    'é',
    7,
  ],
  release: ['2026.11.3', '1', '.1', '1.', 'x..y', 'r.Lock', 'a b'],
  revision: [1, 999999999, 1000000000, 0, -1, 1.5, '2', 1e3, null],
  bundleDigest: [digest('0'), digest('A'), `sha256:${'a'.repeat(63)}`, `sha256:${'a'.repeat(65)}`, 'a'.repeat(64)],
  queue: ['q', 'payments-prod', 'q.', 'q..x', 'Q.LOCK', ''],
  window: [
    { start: '2026-12-01T05:00:00Z', end: '2026-12-01T09:00:00Z' },
    { start: '2024-02-29T05:00:00Z', end: '2023-02-29T09:00:00Z' },
    { start: '2024-02-28T05:00:00.123Z', end: '2026-04-30T23:59:59-23:59' },
    { start: '2026-04-31T05:00:00Z', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01T24:00:00Z', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-31T23:59:60Z', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01T05:00Z', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01t05:00:00z', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01T05:00:00+24:00', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01T05:00:00+01:60', end: '2026-12-01T09:00:00Z' },
    { start: '2026-13-01T05:00:00Z', end: '2026-00-01T09:00:00Z' },
    { start: '2026-12-00T05:00:00Z', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01T05:00:00', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01T05:00:00.Z', end: '2026-12-01T09:00:00Z' },
    { start: '2026-12-01T05:00:00Z' },
    { start: '2026-12-01T05:00:00Z', end: '2026-12-01T09:00:00Z', extra: 1 },
  ],
  requiredTeams: [['a'], ['org/team', 'b.c_d-e'], [], ['/team'], ['org/'], ['a/b/c'], ['-a'], ['a.b/c'], [1]],
  repository: ['a/b', 'acme/release-bundles', 'a', 'a/b/c', '/b', 'a b/c'],
  pullRequest: [1, 0, -1, 2 ** 53, 1e21, 123456789012345, 1234567890123456, 1.5],
  headSha: ['f'.repeat(40), 'f'.repeat(64), 'f'.repeat(41), 'F'.repeat(40), 'g'.repeat(40)],
  mergeCommit: ['0'.repeat(40), '0'.repeat(64), '0'.repeat(39), 'A'.repeat(40), ''],
  mergeMethod: ['merge', 'squash', 'rebase', 'squash-or-rebase', 'MERGE', 'fast-forward', ''],
  mergedAt: ['2026-11-24T10:05:00Z', '2026-11-24T10:05:00.5+05:30', '2026-11-24 10:05:00Z', '2026-11-24'],
  approvers: [
    [],
    [{ login: 'a'.repeat(100), team: 'x', reviewId: 1, commitId: headSha }],
    [{ login: 'a'.repeat(101), team: 'x', reviewId: 1, commitId: headSha }],
    [{ login: '', team: 'x', reviewId: 1, commitId: headSha }],
    [{ login: 'déjà', team: 'x', reviewId: 1, commitId: headSha }],
    [{ login: 'a"b\\c', team: 'x', reviewId: 1, commitId: headSha }],
    [{ login: '~!@#$%^&*()', team: 'x', reviewId: 1, commitId: headSha }],
    [{ login: 'a', team: 'x', reviewId: 0, commitId: headSha }],
    [{ login: 'a', team: 'x', reviewId: 1, commitId: 'xyz' }],
    [{ login: 'a', team: 'x', reviewId: 1 }],
    [{ login: 'a', team: 'x', reviewId: 1, commitId: headSha, extra: true }],
    [{ commitId: headSha, reviewId: 1, team: 'x', login: 'a' }],
  ],
  supersedes: [null, { revision: 3, bundleDigest: digest('c') }, { revision: 0, bundleDigest: digest('c') }, {}, false],
  handoff: ['x', '', 'line\nbreak\t"quoted" \\ back', '\u0000', 'déploiement ✓ \u{1F680}', '\ud800 lone', '\u2028'],
};

describe('acceptedSealRecord', () => {
  it('accepts the records the sealer writes, and those with keys in the schema order', () => {
    const sealer = sealerRecord();
    expect(agree(renderSealMessage(sealer))).toBe(true);
    const { window, approvers, supersedes } = sealer;
    const schemaOrder = sealerRecord({
      window: { start: window.start, end: window.end },
      approvers: approvers.map(({ login, team, reviewId, commitId }) => ({ login, team, reviewId, commitId })),
      supersedes: supersedes && { revision: supersedes.revision, bundleDigest: supersedes.bundleDigest },
    });
    expect(agree(renderSealMessage(schemaOrder))).toBe(true);
    expect(agree(renderSealMessage(sealerRecord({ supersedes: null, handoff: 'x' })))).toBe(true);
  });

  it.each(Object.entries(EDGES))('agrees with the validator on edge values of %s', (key, values) => {
    for (const value of values ?? []) agree(renderSealMessage(sealerRecord({ [key]: value })));
  });

  it('accepts the edge values the schema accepts that it claims to decide', () => {
    const accepted: Partial<Record<keyof SealRecord, unknown>>[] = [
      { product: 'a'.repeat(100) },
      { product: 'a.locks' },
      { revision: 999999999 },
      { pullRequest: 123456789012345 },
      { mergeCommit: '0'.repeat(64) },
      { window: { start: '2024-02-28T05:00:00.123Z', end: '2026-04-30T23:59:59-23:59' } },
      { approvers: [{ team: 'x', login: '~!@#$%^&*()', reviewId: 1, commitId: headSha }] },
      { handoff: 'line\nbreak\t"quoted" \\ back \u0000 \u{1F680} \ud800' },
    ];
    for (const overrides of accepted) expect(agree(renderSealMessage(sealerRecord(overrides)))).toBe(true);
  });

  it('reads only the record between the first begin marker and the end marker after it', () => {
    const message = renderSealMessage(sealerRecord());
    const other = renderSealMessage(sealerRecord({ revision: 3 }));
    expect(agree(`${message}\n${other}`)).toBe(true);
    expect(acceptedSealRecord(`${message}\n${other}`)?.revision).toBe(2);
    for (const variant of [
      message.replace('-----END', '----END'),
      message.replace('-----BEGIN', '----BEGIN'),
      message.replace('\n{', '{'),
      message.replace('\n-----END', '-----END'),
      message.replace('\n-----END', '\n\n-----END'),
      message.replaceAll('\n', '\r\n'),
      `-----END CUTOVER SEAL RECORD-----\n${message}`,
    ])
      agree(variant);
  });

  it('agrees with the validator over random records and random damage to them', () => {
    const random = seededRandom(13);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
    const INSERTS = [
      '"',
      '\\',
      '.',
      '-',
      '0',
      '9',
      'a',
      'Z',
      'T',
      ' ',
      '\n',
      ':',
      ',',
      '{',
      '}',
      '[',
      ']',
      'é',
      '\u0000',
      '/',
      '+',
      'e',
    ];
    let valid = 0;
    let accepted = 0;
    let damagedAccepted = 0;
    for (let n = 0; n < 3000; n++) {
      const overrides: Partial<Record<keyof SealRecord, unknown>> = {};
      for (const [key, values] of Object.entries(EDGES))
        if (random() < 0.15) overrides[key as keyof SealRecord] = pick(values ?? []);
      const record = sealerRecord(overrides);
      if (random() < 0.5 && record.window && typeof record.window === 'object')
        record.window = { start: record.window.start, end: record.window.end };
      const message = renderSealMessage(record);
      if (fullPath(message)) valid++;
      if (agree(message)) accepted++;
      let damaged = message;
      const from = damaged.indexOf('-----BEGIN');
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const at = from + Math.floor(random() * (damaged.length - from));
        const kind = random();
        if (kind < 0.35) damaged = damaged.slice(0, at) + pick(INSERTS) + damaged.slice(at + 1);
        else if (kind < 0.6) damaged = damaged.slice(0, at) + damaged.slice(at + 1);
        else if (kind < 0.85) damaged = damaged.slice(0, at) + pick(INSERTS) + damaged.slice(at);
        else {
          const lines = damaged.split('\n');
          const i = Math.floor(random() * lines.length);
          const j = Math.floor(random() * lines.length);
          if (random() < 0.5) lines.splice(i, 0, lines[j] ?? '');
          else [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
          damaged = lines.join('\n');
        }
      }
      if (agree(damaged)) damagedAccepted++;
    }
    // The quick path decides most valid records (so it saves work), and some damage leaves a valid record.
    expect(valid).toBeGreaterThan(300);
    expect(accepted / valid).toBeGreaterThan(0.8);
    expect(damagedAccepted).toBeGreaterThan(0);
  });
});

describe('acceptedSealRecord, kept strings', () => {
  it("keeps neither the messages nor a second copy of a value equal to the previous tag's", () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const count = 3000;
    // Each message made when read and dropped after, as a listing reads them.
    const message = (i: number) =>
      renderSealMessage(sealerRecord({ revision: i + 1, handoff: `${'x'.repeat(2000)} ${i}` }));
    const measure = (chain: boolean): number => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept: unknown[] = [];
      let last: ReturnType<typeof acceptedSealRecord>;
      for (let i = 0; i < count; i++) {
        const accepted = acceptedSealRecord(message(i), chain ? last : undefined);
        last = accepted;
        // What a listing keeps of each: the summary.
        if (accepted) kept.push({ ...accepted, product: undefined, release: undefined, mergeCommit: undefined });
      }
      gc();
      const bytes = (process.memoryUsage().heapUsed - before) / count;
      expect(kept).toHaveLength(count);
      return bytes;
    };
    const alone = measure(false);
    const shared = measure(true);
    // A summary's five strings as copies are a few hundred bytes; a message (over 2 kB) never stays alive.
    expect(alone).toBeLessThan(1000);
    // Equal to the previous tag's (every value but the revision here), they are shared, not copied again.
    expect(shared).toBeLessThan(alone - 150);
  });
});

describe('the schema the quick look mirrors', () => {
  it('is the schema as it is (a change to seal-record.schema.json or to the $defs it uses must change seal-record-fast.ts)', () => {
    // seal-record-fast.ts copies these rules into one regular expression by hand. A schema that grew stricter
    // would still be obeyed by the generated validator, but not by the quick look, which would then let records
    // through that the schema refuses. So the rules it copies are pinned: when this fails, bring
    // seal-record-fast.ts (and its tests' edge values) in line with the schema, then update the digest.
    const strip = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value, (key, item: unknown) => (key === 'description' || key === 'title' ? undefined : item)),
      );
    const common = (SCHEMAS.common as unknown as { $defs: Record<string, unknown> }).$defs;
    const uses = ['commit', 'label', 'revision', 'sha256', 'team', 'time'];
    const referenced = [
      ...JSON.stringify(SCHEMAS['seal-record']).matchAll(/common\.schema\.json#\/\$defs\/(\w+)/g),
    ].map((m) => m[1]);
    expect([...new Set(referenced)].sort()).toEqual(uses);
    const mirrored = {
      record: strip(SCHEMAS['seal-record']),
      defs: Object.fromEntries(uses.map((name) => [name, strip(common[name])])),
    };
    expect(createHash('sha256').update(JSON.stringify(mirrored)).digest('hex')).toBe(
      '810a60fecbe1403bc9fc54afc12eb689bf663f72448333a94bd3cfa7269d91d0',
    );
  });
});
