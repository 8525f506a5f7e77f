/**
 * The quick "yes" for lineage.json's `fields` (src/schema/lineage-fields.ts, used by validate.ts) must accept
 * nothing the generated validator refuses: over hand-picked edge cases and random damage to assembled lineage,
 * whatever it accepts the generated check accepts, and schemaViolations gives exactly the generated
 * validators' verdict and words. It must also accept what Cutover writes, or it would save nothing.
 */
import { describe, expect, it } from 'vitest';
import type { LineageDocument } from '../../src/domain/model.js';
import { fieldsHaveOwnKeysOnly, lineageEntryCheck, lineageFieldsAccepted } from '../../src/schema/lineage-fields.js';
import { SCHEMAS } from '../../src/schema/registry.js';
import { documentSchemaId } from '../../src/schema/schema-ids.js';
import { checkById, schemaViolations, validatorById } from '../../src/schema/validate.js';
import { violationsOf } from '../../src/schema/violations.js';
import { seededRandom } from '../helpers/random.js';
import { assembleRecords, basePolicy, cleanRecords } from '../helpers/records.js';

const LINEAGE = documentSchemaId('lineage');
const generatedAccepts = (value: unknown): boolean => checkById(LINEAGE)(value) as boolean;
/** The violations as the generated validators alone name them (what schemaViolations gave before). */
function generatedViolations(value: unknown): unknown[] {
  if (generatedAccepts(value)) return [];
  const validate = validatorById(LINEAGE);
  validate(value);
  return violationsOf(validate.errors);
}

const clean = (): LineageDocument =>
  structuredClone(assembleRecords(cleanRecords(), { policy: basePolicy() }).files.lineage) as LineageDocument;

/** Checks one lineage document both ways; returns whether the quick path accepted its fields. */
function agree(document: unknown): boolean {
  const fields = (document as { fields?: unknown } | null)?.fields;
  const quick = lineageFieldsAccepted(fields);
  // What the quick path accepts, the schema accepts as the value of `fields`.
  if (quick) expect(generatedAccepts({ ...clean(), fields }), JSON.stringify(fields).slice(0, 300)).toBe(true);
  expect(schemaViolations('lineage', document)).toEqual(generatedViolations(document));
  return quick;
}

const SHA = `sha256:${'0'.repeat(64)}`;
const entry = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  source: 'records#0',
  valueDigest: SHA,
  ...extra,
});

/** Entries of `fields` and keys for them: the schema accepts some, refuses the others. */
const ENTRIES: unknown[] = [
  entry(),
  entry({ fragment: '#/a' }),
  entry({ fragment: '#' }),
  entry({ fragment: `#${'a'.repeat(1023)}` }),
  entry({ fragment: `#${'a'.repeat(1024)}` }),
  entry({ fragment: `#${'\u{1F600}'.repeat(600)}` }),
  entry({ fragment: `#${'\u{1F600}'.repeat(1024)}` }),
  entry({ fragment: '' }),
  entry({ fragment: 'a#' }),
  entry({ fragment: 1 }),
  entry({ fragment: null }),
  entry({ extra: 1 }),
  entry({ source: 'records' }),
  entry({ source: 'a#1b' }),
  entry({ source: 'a b#1' }),
  entry({ source: '#1' }),
  entry({ source: 'r\u00e9cords#1' }),
  entry({ source: 1 }),
  entry({ valueDigest: SHA.toUpperCase() }),
  entry({ valueDigest: `sha256:${'A'.repeat(64)}` }),
  entry({ valueDigest: `${SHA}0` }),
  entry({ valueDigest: SHA.slice(0, -1) }),
  entry({ valueDigest: `sha512:${'0'.repeat(64)}` }),
  entry({ valueDigest: `${SHA}\n` }),
  entry({ valueDigest: null }),
  { source: 'records#0' },
  { valueDigest: SHA },
  {},
  null,
  [],
  // An array with the keys of an entry (no JSON text makes one; a value built in code might).
  Object.assign([], entry()),
  'records#0',
  1,
];
const KEYS = [
  '',
  '/',
  '/a',
  '//',
  '/a/0',
  '/a~0b',
  '/a~1b',
  '/a~2b',
  '/a~',
  '/~',
  'a',
  'a/b',
  '~0',
  '/\ud800',
  '/\udc00x',
  '/\u{1F600}',
  '/a b',
];

describe('lineageFieldsAccepted', () => {
  it('is written for the schema as it is (a change to these parts of the schema must change lineage-fields.ts)', () => {
    const lineage = SCHEMAS.lineage as unknown as { properties: { fields: unknown } };
    const strip = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'description' ? undefined : item)));
    expect(strip(lineage.properties.fields)).toEqual({
      type: 'object',
      propertyNames: { $ref: 'common.schema.json#/$defs/pointer' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['source', 'valueDigest'],
        properties: {
          source: { type: 'string', pattern: '^[A-Za-z0-9._-]+#[0-9]+$' },
          valueDigest: { $ref: 'common.schema.json#/$defs/sha256' },
          fragment: { type: 'string', pattern: '^#', maxLength: 1024 },
        },
      },
    });
    const common = SCHEMAS.common as unknown as { $defs: Record<string, unknown> };
    expect(strip(common.$defs.pointer)).toEqual({ type: 'string', pattern: '^(/([^~/]|~[01])*)*$' });
    expect(strip(common.$defs.sha256)).toEqual({ type: 'string', pattern: '^sha256:[0-9a-f]{64}$' });
  });

  it('accepts assembled lineage, so verify takes the quick path', () => {
    const lineage = clean();
    expect(Object.keys(lineage.fields).length).toBeGreaterThan(20);
    expect(lineageFieldsAccepted(lineage.fields)).toBe(true);
    expect(agree(lineage)).toBe(true);
  });

  it('agrees with the generated validator on every edge-case key and entry', () => {
    let accepted = 0;
    for (const key of KEYS)
      for (const value of ENTRIES) {
        const lineage = clean();
        (lineage.fields as Record<string, unknown>)[key] = value;
        if (agree(lineage)) accepted++;
      }
    // Both answers came out (the quick path is neither always yes nor always no).
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(KEYS.length * ENTRIES.length);
  });

  it('agrees on a damaged document around fields', () => {
    const cases: Array<(lineage: Record<string, unknown>) => void> = [
      (l) => delete l.fields,
      (l) => (l.fields = null),
      (l) => (l.fields = []),
      (l) => (l.fields = 'fields'),
      (l) => (l.fields = {}),
      (l) => (l.schemaVersion = 2),
      (l) => (l.extra = true),
      (l) => delete l.normalizations,
      (l) => (l.sources = { 'bad source': (l.sources as Record<string, unknown>)['records#0'] }),
      (l) => (l.normalizations = [{ path: 'x', original: 'a', rendered: 'b', rule: 'r' }]),
    ];
    for (const damage of cases) {
      const lineage = clean() as unknown as Record<string, unknown>;
      damage(lineage);
      agree(lineage);
    }
    for (const value of [null, [], 'lineage', 1, Object.create(null), [clean()]]) agree(value);
    const bare = Object.assign(Object.create(null), clean());
    agree(bare);
  });

  it('refuses an entry that the same source names twice in a row but is damaged', () => {
    const lineage = clean();
    const fields = lineage.fields as Record<string, unknown>;
    const [a, b] = Object.keys(fields);
    if (!a || !b) throw new Error('fixture changed: fewer than two fields');
    fields[a] = entry();
    fields[b] = entry({ valueDigest: 'sha256:x' });
    expect(lineageFieldsAccepted(lineage.fields)).toBe(false);
    expect(agree(lineage)).toBe(false);
  });

  it('sees an inherited enumerable key, as the generated validator does', () => {
    const lineage = clean();
    // Only plain calls while Object.prototype is polluted (the test runner's own code would see the key too).
    let quick: boolean;
    let generated: boolean;
    let violations: number;
    Object.defineProperty(Object.prototype, 'polluted', {
      value: entry(),
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      // An inherited key without a '/' under fields, and an inherited extra key in every entry and the document.
      quick = lineageFieldsAccepted(lineage.fields);
      generated = generatedAccepts(lineage);
      violations = schemaViolations('lineage', lineage).length;
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(quick).toBe(false);
    expect(generated).toBe(false);
    expect(violations).toBeGreaterThan(0);
  });

  it("lineageEntryCheck leaves out only the valueDigest's pattern; fieldsHaveOwnKeysOnly sees inherited keys", () => {
    // lineageFieldsAccepted is lineageEntryCheck plus the key and the valueDigest patterns: the tests above
    // compare that with the generated validator entry by entry.
    const accepted = lineageEntryCheck();
    expect(accepted({ source: 'records#0', valueDigest: 'not a digest' })).toBe(true);
    expect(lineageFieldsAccepted({ '/a': { source: 'records#0', valueDigest: 'not a digest' } })).toBe(false);
    expect(accepted({ source: 'records#0', valueDigest: 1 })).toBe(false);
    expect(accepted({ source: 'records#0' })).toBe(false);
    expect(accepted({ source: 'records', valueDigest: SHA })).toBe(false);
    // The same source again, right after a refused one, is tested again.
    expect(accepted({ source: 'records', valueDigest: SHA })).toBe(false);
    expect(lineageEntryCheck()({ source: 'records#0', valueDigest: SHA, extra: 1 })).toBe(false);
    // Entries under a prototype that has one (a key the walk of own keys does not see): not for the one pass.
    const inherited = Object.create({ '/inherited': { source: 'records#0', valueDigest: 'x' } });
    expect(fieldsHaveOwnKeysOnly(Object.assign(inherited, { '/a': entry() }))).toBe(false);
    expect(fieldsHaveOwnKeysOnly(Object.assign(Object.create(null), { '/a': entry() }))).toBe(false);
    expect(fieldsHaveOwnKeysOnly([entry()])).toBe(false);
    expect(fieldsHaveOwnKeysOnly(null)).toBe(false);
    expect(fieldsHaveOwnKeysOnly(clean().fields)).toBe(true);
    let polluted: boolean;
    Object.defineProperty(Object.prototype, '/polluted', {
      value: entry(),
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      polluted = fieldsHaveOwnKeysOnly(clean().fields);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['/polluted'];
    }
    expect(polluted).toBe(false);
  });

  it('agrees over random damage to assembled lineage', () => {
    // Seeded: a failure is reproducible.
    const next = seededRandom(13);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const seen = [0, 0];
    for (let round = 0; round < 300; round++) {
      const lineage = clean();
      const fields = lineage.fields as Record<string, unknown>;
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
        const key = pick(Object.keys(fields));
        const field = fields[key] as Record<string, unknown>;
        const text = (value: unknown): string => (typeof value === 'string' ? value : '');
        const damage = [
          () => (fields[pick(KEYS)] = pick(ENTRIES)),
          () => (fields[key] = pick(ENTRIES)),
          () => (field[pick(['source', 'valueDigest', 'fragment', 'extra'])] = pick(['', 'x', 1, null, SHA, '#'])),
          () => delete field[pick(['source', 'valueDigest', 'fragment'])],
          () => {
            // One character of a string changed: case, a neighbour, or a character outside the pattern.
            const name = pick(['source', 'valueDigest', 'fragment']);
            const value = text(field[name]);
            const at = Math.floor(next() * (value.length + 1));
            field[name] =
              `${value.slice(0, at)}${pick(['A', 'g', '~', '#', ' ', '/', '\ud800', ''])}${value.slice(at + 1)}`;
          },
          () => {
            const at = Math.floor(next() * (key.length + 1));
            fields[`${key.slice(0, at)}${pick(['~', '~0', '~1', '~2', 'x', '\ud800'])}${key.slice(at)}`] = field;
          },
        ];
        pick(damage)();
      }
      const quick = agree(lineage);
      seen[Number(quick)] = (seen[Number(quick)] ?? 0) + 1;
    }
    // The damage reached both answers, each often.
    expect(seen[0]).toBeGreaterThan(50);
    expect(seen[1]).toBeGreaterThan(20);
  });
});
