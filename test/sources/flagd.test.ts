import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortRecord, SourceRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import {
  contextFor,
  haveRealFixtures,
  inputErrorOf,
  NO_FIXTURES,
  ownLineage,
  realFixtures,
  tempDir,
  writeFiles,
} from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;

const EXAMPLE = 'flagd-example_flags.flagd.json';
const FULL = 'flagd-schemas-examples-full.json';

function cohorts(records: SourceRecord[]): CohortRecord[] {
  return records.filter((r): r is CohortRecord => r.type === 'cohort');
}

const read = (file: string, flag: string, extra: Record<string, unknown> = {}) =>
  readSources([{ id: 'flags', kind: 'flagd', path: file, flag, environments: ['prod-eu'], ...extra }], contextFor(dir));

describe.skipIf(!haveRealFixtures)(
  `flagd source on real flag files (${haveRealFixtures ? 'present' : NO_FIXTURES})`,
  () => {
    beforeAll(async () => {
      ({ dir, cleanup } = await tempDir());
      const example = await readFile(path.join(realFixtures, 'flags', EXAMPLE), 'utf8');
      const full = await readFile(path.join(realFixtures, 'flags', FULL), 'utf8');
      const parsed = JSON.parse(example);
      parsed.flags.headerColor.state = 'DISABLED';
      const badWeight = JSON.parse(example);
      badWeight.flags.headerColor.targeting.if[1].fractional[2][1] = '25';
      const badRef = JSON.parse(example);
      badRef.$evaluators = {};
      await writeFiles(dir, {
        [EXAMPLE]: example,
        [FULL]: full,
        'disabled.json': JSON.stringify(parsed),
        'bad-weight.json': JSON.stringify(badWeight, null, 2),
        'bad-ref.json': JSON.stringify(badRef),
        'truncated.json': example.slice(0, 700),
        'no-flags.json': JSON.stringify({ flags: [] }),
      });
    });
    afterAll(() => cleanup());

    it('turns the 4-way fractional rollout behind a $ref evaluator into 4 cohorts of 25% with the segment', async () => {
      const found = cohorts(await read(EXAMPLE, 'headerColor'));
      expect(found.map((c) => c.cohort)).toEqual([
        ...['red', 'blue', 'green', 'yellow'].map((variant) => ({
          id: `headerColor-${variant}`,
          environments: ['prod-eu'],
          share: 25,
          segment: '"@faas.com" in email',
          flags: [{ key: 'headerColor', variant }],
        })),
        // The null else-branch: flagd answers the default variant (red) to everyone else.
        {
          id: 'headerColor-red-2',
          environments: ['prod-eu'],
          segment: 'not ("@faas.com" in email)',
          flags: [{ key: 'headerColor', variant: 'red' }],
        },
      ]);
      expect(ownLineage(found[4])?.locator).toBe(`${EXAMPLE}#/flags/headerColor/targeting/if/2`);
      expect(ownLineage(found[1])?.locator).toBe(`${EXAMPLE}#/flags/headerColor/targeting/if/1/fractional/2`);
    });

    it('turns an "in" rule into segment cohorts, the else branch negated', async () => {
      const found = cohorts(await read(EXAMPLE, 'targetedFlag'));
      expect(found.map((c) => [c.cohort.id, c.cohort.segment, c.cohort.share])).toEqual([
        ['targetedFlag-second', '"@openfeature.dev" in email', undefined],
        ['targetedFlag-first', 'not ("@openfeature.dev" in email)', undefined],
      ]);
    });

    it('reads fractional rules with and without a bucketing expression, and flags without targeting', async () => {
      for (const flag of ['fractional-flag', 'shorthand-fractional-flag']) {
        const found = cohorts(await read(FULL, flag));
        expect(found.map((c) => [c.cohort.id, c.cohort.share, c.cohort.segment])).toEqual(
          ['clubs', 'diamonds', 'hearts', 'spades'].map((v) => [`${flag}-${v}`, 25, undefined]),
        );
      }
      const plain = cohorts(await read(FULL, 'myBoolFlag'));
      expect(plain.map((c) => c.cohort)).toEqual([
        { id: 'myBoolFlag-on', environments: ['prod-eu'], share: 100, flags: [{ key: 'myBoolFlag', variant: 'on' }] },
      ]);
    });

    it('renders nested rules and takes the segment from a named evaluator when asked', async () => {
      const found = cohorts(await read(EXAMPLE, 'headerColor', { segmentFrom: 'emailWithFaas' }));
      expect(new Set(found.map((c) => c.cohort.segment))).toEqual(new Set(['"@faas.com" in email']));
      const versions = cohorts(await read(FULL, 'major-minor-version-flag'));
      expect(versions.map((c) => [c.cohort.id, c.cohort.segment])).toEqual([
        ['major-minor-version-flag-minor', 'version sem_ver ~ "3.0.0"'],
        ['major-minor-version-flag-major', 'not (version sem_ver ~ "3.0.0") and version sem_ver ^ "3.0.0"'],
        ['major-minor-version-flag-none', 'not (version sem_ver ~ "3.0.0") and not (version sem_ver ^ "3.0.0")'],
      ]);
    });

    it('reads starts_with/ends_with; a branch naming no variant (real testbed data: "fail") is a hold, not an error', async () => {
      const records = await read(FULL, 'starts-ends-flag');
      expect(cohorts(records).map((c) => [c.cohort.id, c.cohort.segment])).toEqual([
        ['starts-ends-flag-prefix', 'id starts_with "abc"'],
        ['starts-ends-flag-postfix', 'not (id starts_with "abc") and id ends_with "xyz"'],
        ['starts-ends-flag-none', 'not (id starts_with "abc") and not (id ends_with "xyz") and not (id ends_with 3)'],
      ]);
      expect(records.filter((r) => r.type === 'suspicion')).toEqual([
        expect.objectContaining({
          rule: 'suspicious-source',
          reason:
            "flagd flag 'starts-ends-flag' at /flags/starts-ends-flag/targeting/if/2/if/2/if/1: targeting yields 'fail', which is no variant of the flag (variants: prefix, postfix, none); flagd answers an error there",
        }),
      ]);
    });

    it('never fails on a valid flag of the flagd-schemas full example: cat is a hold, a null branch the default', async () => {
      const cat = await read(FULL, 'test-cat');
      expect(cohorts(cat)).toEqual([]);
      expect(cat.map((r) => r.type === 'suspicion' && r.reason)).toEqual([
        expect.stringMatching(
          /^flagd flag 'test-cat' at \/flags\/test-cat\/targeting: targeting computes the variant with 'cat'/,
        ),
      ]);
      // "fail" names no variant (a hold); the final null branch answers the default variant "none".
      const versions = await read(FULL, 'equal-greater-lesser-version-flag');
      expect(cohorts(versions).map((c) => c.cohort.id)).toEqual(
        ['equal', 'greater', 'lesser', 'none'].map((v) => `equal-greater-lesser-version-flag-${v}`),
      );
      expect(versions.filter((r) => r.type === 'suspicion')).toHaveLength(1);
    });

    it.each([
      [EXAMPLE, 'noSuchFlag', /flag 'noSuchFlag' is not defined \(flags: myBoolFlag/, '/flags/noSuchFlag'],
      [
        'disabled.json',
        'headerColor',
        /flag 'headerColor' is "DISABLED", so it rolls out nothing/,
        '/flags/headerColor/state',
      ],
      [
        'bad-weight.json',
        'headerColor',
        /fractional weight is not a non-negative number/,
        '/flags/headerColor/targeting/if/1/fractional/2/1',
      ],
      [
        'bad-ref.json',
        'headerColor',
        /\$ref names evaluator 'emailWithFaas', which is not defined/,
        '/flags/headerColor/targeting/if/0/$ref',
      ],
      ['no-flags.json', 'x', /expected flagd flag definitions/, '/flags'],
    ])('%s flag %s fails cleanly', async (file, flag, message, field) => {
      const error = await inputErrorOf(read(file, flag));
      expect(error.message).toMatch(message);
      expect(error.message).toContain("source 'flags' (kind flagd)");
      expect(error.file).toBe(file);
      expect(error.field).toBe(field);
    });

    it('reports the line of a bad weight and fails on truncated JSON', async () => {
      expect((await inputErrorOf(read('bad-weight.json', 'headerColor'))).line).toBeGreaterThan(100);
      expect((await inputErrorOf(read('truncated.json', 'headerColor'))).message).toMatch(/invalid JSON/);
    });
  },
);

it('requires environments', async () => {
  const error = await inputErrorOf(
    readSources([{ id: 'f', kind: 'flagd', path: 'x.json', flag: 'a' }], contextFor('.')),
  );
  expect(error.message).toMatch(/missing required key 'environments'/);
});
