/**
 * flagd targeting constructs that real flag files use (issue 12, item 5): each becomes the right cohorts or a
 * hold naming the construct; a valid flagd file never fails the run. Synthetic flags, so these run without
 * ../shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortRecord, SourceRecord, SuspicionRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, tempDir, writeFiles } from './helpers.js';

const variants = { on: true, off: false };
const flag = (targeting: unknown, defaultVariant: string | null = 'off') => ({
  state: 'ENABLED',
  variants,
  defaultVariant,
  targeting,
});
const beta = { starts_with: [{ var: 'email' }, 'beta-'] };
const FLAGS = {
  flags: {
    'nested-if-in-bucket': flag({
      fractional: [{ var: 'id' }, [{ if: [beta, 'on', 'off'] }, 40], ['off', 60]],
    }),
    'nested-fractional': flag({
      if: [
        { ends_with: [{ var: 'email' }, '@acme.com'] },
        {
          fractional: [
            [
              {
                fractional: [
                  ['on', 1],
                  ['off', 3],
                ],
              },
              50,
            ],
            ['off', 50],
          ],
        },
        null,
      ],
    }),
    'computed-weight': flag({
      fractional: [
        ['on', { '-': [{ var: '$flagd.timestamp' }, 1767225600] }],
        ['off', 100],
      ],
    }),
    'fractional-condition': flag({
      if: [
        {
          fractional: [
            ['on', 50],
            ['off', 50],
          ],
        },
        'on',
        'off',
      ],
    }),
    'null-else': flag({ if: [beta, 'on', null] }, 'on'),
    'null-default': flag({ if: [beta, 'on', null] }, null),
    'var-variant': flag({ var: 'variant' }),
  },
};

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFiles(dir, { 'flags.flagd.json': JSON.stringify(FLAGS, null, 2) });
});
afterAll(() => cleanup());

const read = (key: string) =>
  readSources(
    [{ id: 'flags', kind: 'flagd', path: 'flags.flagd.json', flag: key, environments: ['prod-eu'] }],
    contextFor(dir),
  );
const cohorts = (records: SourceRecord[]) =>
  records
    .filter((r): r is CohortRecord => r.type === 'cohort')
    .map((r) => [r.cohort.id, r.cohort.share, r.cohort.segment]);
const holds = (records: SourceRecord[]) =>
  records.filter((r): r is SuspicionRecord => r.type === 'suspicion').map((r) => [r.rule, r.reason]);

describe('flagd constructs', () => {
  it('walks a bucket whose variant is an if: the bucket share with the condition', async () => {
    const records = await read('nested-if-in-bucket');
    expect(cohorts(records)).toEqual([
      ['nested-if-in-bucket-on', 40, 'email starts_with "beta-"'],
      ['nested-if-in-bucket-off', 40, 'not (email starts_with "beta-")'],
      ['nested-if-in-bucket-off-2', 60, undefined],
    ]);
    expect(holds(records)).toEqual([]);
  });

  it('multiplies nested weights, keeps the ends_with segment, and a null else-branch is the default variant', async () => {
    const records = await read('nested-fractional');
    expect(cohorts(records)).toEqual([
      ['nested-fractional-on', 12.5, 'email ends_with "@acme.com"'],
      ['nested-fractional-off', 37.5, 'email ends_with "@acme.com"'],
      ['nested-fractional-off-2', 50, 'email ends_with "@acme.com"'],
      ['nested-fractional-off-3', undefined, 'not (email ends_with "@acme.com")'],
    ]);
    expect(holds(records)).toEqual([]);
  });

  it('a null else-branch reaches the default variant; a null default is the application code default (no cohort)', async () => {
    expect(cohorts(await read('null-else'))).toEqual([
      ['null-else-on', undefined, 'email starts_with "beta-"'],
      ['null-else-on-2', undefined, 'not (email starts_with "beta-")'],
    ]);
    expect(cohorts(await read('null-default'))).toEqual([['null-default-on', undefined, 'email starts_with "beta-"']]);
  });

  it('holds a weight computed by JSON Logic, naming it; the split yields cohorts without shares', async () => {
    const records = await read('computed-weight');
    expect(cohorts(records)).toEqual([
      ['computed-weight-on', undefined, undefined],
      ['computed-weight-off', undefined, undefined],
    ]);
    expect(holds(records)).toEqual([
      [
        'suspicious-source',
        "flagd flag 'computed-weight' at /flags/computed-weight/targeting/fractional/0/1: fractional weight is computed per request (-($flagd.timestamp, 1767225600)), so the shares of this split cannot be known before it runs",
      ],
    ]);
  });

  it('holds fractional used as a condition, and a variant computed by var', async () => {
    const condition = await read('fractional-condition');
    expect(holds(condition)).toEqual([
      [
        'suspicious-source',
        "flagd flag 'fractional-condition' at /flags/fractional-condition/targeting/if/0: 'fractional' is used as a condition; it yields a variant name, not a truth value, so who the branch it guards reaches cannot be read",
      ],
    ]);
    const computed = await read('var-variant');
    expect(cohorts(computed)).toEqual([]);
    expect(holds(computed)).toEqual([
      [
        'suspicious-source',
        "flagd flag 'var-variant' at /flags/var-variant/targeting: targeting computes the variant with 'var' (variant), so its cohorts cannot be read from the file",
      ],
    ]);
  });
});
