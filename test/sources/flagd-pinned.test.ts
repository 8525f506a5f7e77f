/**
 * Characterisation of the flagd adapter (issue 15, item 2): every flag of the real flag files and of synthetic
 * constructs, and every refusal `read` makes, rendered to one text whose sha256 was taken on the code before
 * `read` was split into named steps. Records are taken from the adapter itself, so their order is pinned too;
 * errors by `describe()` (file, line, field, message, expected). A changed digest means changed output.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordLineage } from '../../src/domain/records.js';
import { InputError } from '../../src/errors.js';
import { flagdAdapter } from '../../src/sources/flagd.js';
import { contextFor, haveRealFixtures, NO_FIXTURES, realFixtures, tempDir, writeFiles } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;

const variants = { on: true, off: false };
const beta = { starts_with: [{ var: 'email' }, 'beta-'] };
const SYNTHETIC = {
  $evaluators: { beta, weird: { cat: ['a', { var: 'b' }] } },
  flags: {
    repeated: {
      state: 'ENABLED',
      variants,
      defaultVariant: 'off',
      targeting: { if: [beta, 'on', { if: [beta, 'on', 'off'] }] },
    },
    'ref-twice': {
      state: 'ENABLED',
      variants,
      defaultVariant: 'off',
      targeting: { if: [{ $ref: 'weird' }, 'on', { $ref: 'weird' }, 'on', 'off'] },
    },
    'computed-weight': {
      state: 'ENABLED',
      variants,
      defaultVariant: 'off',
      targeting: {
        fractional: [
          ['on', { '-': [{ var: 't' }, 1] }],
          ['off', 100],
        ],
      },
    },
    'empty-targeting': { state: 'ENABLED', variants, defaultVariant: 'on', targeting: {} },
    'null-default-no-targeting': { state: 'ENABLED', variants, defaultVariant: null },
    'selects-nothing': { state: 'ENABLED', variants, defaultVariant: null, targeting: { if: [beta, null, null] } },
    'null-default-targeted': {
      state: 'ENABLED',
      variants,
      defaultVariant: null,
      targeting: { if: [beta, 'on', null] },
    },
    'bad-default': { state: 'ENABLED', variants, defaultVariant: 'maybe' },
    disabled: { state: 'DISABLED', variants, defaultVariant: 'on' },
    'no-variants': { state: 'ENABLED', defaultVariant: 'on' },
    'not-an-object': 7,
    'long-segment': {
      state: 'ENABLED',
      variants,
      defaultVariant: 'off',
      targeting: { if: [{ in: [{ var: 'email' }, ['x'.repeat(600)]] }, 'on', 'off'] },
    },
  },
};

const reads: Array<[string, string, Record<string, unknown>]> = [];

async function outcome(file: string, flag: string, extra: Record<string, unknown>): Promise<string> {
  const entry = { id: 'flags', kind: 'flagd', path: file, flag, environments: ['prod-eu', 'prod-us'], ...extra };
  try {
    // Each record as it was pinned: with its own lineage, before records shared their file's (`fragment`).
    const records = (await flagdAdapter.read(entry, contextFor(dir))).map(({ fragment, ...rest }) => ({
      ...rest,
      lineage: recordLineage({ lineage: rest.lineage, fragment }),
    }));
    return JSON.stringify(records);
  } catch (error) {
    if (error instanceof InputError) return `error ${error.describe()}`;
    throw error;
  }
}

async function allOutcomes(): Promise<string> {
  const lines: string[] = [];
  for (const [file, flag, extra] of reads)
    lines.push(`${file} ${flag} ${JSON.stringify(extra)}\n${await outcome(file, flag, extra)}`);
  return lines.join('\n');
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

describe.skipIf(!haveRealFixtures)(`flagd read, pinned (${haveRealFixtures ? 'present' : NO_FIXTURES})`, () => {
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    const files: Record<string, string> = { 'synthetic.json': JSON.stringify(SYNTHETIC, null, 2) };
    for (const name of ['flagd-example_flags.flagd.json', 'flagd-schemas-examples-full.json']) {
      const text = await readFile(path.join(realFixtures, 'flags', name), 'utf8');
      files[name] = text;
      for (const flag of Object.keys(JSON.parse(text).flags)) reads.push([name, flag, {}]);
    }
    for (const flag of Object.keys(SYNTHETIC.flags)) reads.push(['synthetic.json', flag, {}]);
    reads.push(
      ['missing.json', 'x', {}],
      ['flagd-example_flags.flagd.json', 'nope', {}],
      ['flagd-example_flags.flagd.json', 'headerColor', { segmentFrom: 'emailWithFaas' }],
      ['flagd-example_flags.flagd.json', 'headerColor', { segmentFrom: 'absent' }],
      ['synthetic.json', 'repeated', { segmentFrom: 'weird' }],
      ['synthetic.json', 'toString', {}],
      ['not-object.json', 'x', {}],
      ['flags-array.json', 'x', {}],
      ['evaluators-array.json', 'x', {}],
    );
    files['not-object.json'] = '[1]';
    files['flags-array.json'] = '{"flags": []}';
    files['evaluators-array.json'] = '{"flags": {"x": {}}, "$evaluators": []}';
    await writeFiles(dir, files);
  });
  afterAll(() => cleanup());

  it('yields the same records, holds, lineage and errors as before the split', async () => {
    const text = await allOutcomes();
    // PIN_DUMP=<file> writes the pinned text, to see what a changed digest changed.
    if (process.env.PIN_DUMP) await writeFile(process.env.PIN_DUMP, text);
    expect(reads.length).toBe(43);
    expect(digest(text)).toBe('b5d5924598ea1313fab8763f115f0dde902a0533f1891f20b71b3dbb22e756a5');
  });
});
