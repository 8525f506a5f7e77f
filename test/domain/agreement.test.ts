/**
 * Assemble's "clean" and verify's "clean" agree: a release directory assembled without holds passes every
 * verification rule, and every finding verify makes about what assemble could know (cutover/rollback,
 * cutover/environment, cutover/lineage) is an open hold at that field (the same pointer, or one inside or
 * around it). Checked over every example under examples/ (assembled through the CLI, with its policy and its
 * previous revision where it has one), over the test fixture release and bendings of it, and over real flagd
 * documents from ../shared/fixtures/real (skipped with a message when ../shared is absent).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReleaseTexts } from '../../src/cli/release-dir.js';
import type { Assembly } from '../../src/domain/assemble.js';
import type { Finding, Hold } from '../../src/domain/model.js';
import type { Policy } from '../../src/domain/policy.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { verifyRelease } from '../../src/modes/verification.js';
import { readPolicy } from '../../src/schema/documents.js';
import type { ReleaseTexts } from '../../src/schema/release.js';
import { readSources } from '../../src/sources/index.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { EXAMPLES, examplesDir } from '../helpers/paths.js';
import {
  assembleRecords,
  basePolicy,
  cleanRecords,
  digest,
  lineage,
  releaseTexts,
  replaceRecord,
} from '../helpers/records.js';
import { contextFor, haveRealFixtures, NO_FIXTURES, realFixtures } from '../sources/helpers.js';

/** Rules whose findings assemble can know: it wrote the bundle and lineage, from the same records. */
const KNOWABLE = new Set(['lineage', 'rollback', 'environment']);

const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/** Asserts the agreement for one release directory's texts, returning what verify found (for messages). */
function expectAgreement(texts: ReleaseTexts, policy: Policy, label: string): { holds: Hold[]; findings: Finding[] } {
  const outcomes = verifyRelease(texts, policy);
  const findings = outcomes.flatMap((o) => o.findings).filter((f) => f.severity === 'error');
  const holds = (JSON.parse(texts.holds ?? '{"holds":[]}') as { holds: Hold[] }).holds;
  const detail = JSON.stringify({ label, holds: holds.map((h) => [h.rule, h.path, h.reason]), findings }, null, 2);
  expect(holds.length === 0, `assemble clean must equal verify clean\n${detail}`).toBe(findings.length === 0);
  for (const finding of findings.filter((f) => KNOWABLE.has(f.rule) && f.file === 'bundle.json'))
    expect(
      holds.some((h) => related(h.path, finding.path)),
      `no hold reports ${finding.rule} ${finding.path}: ${finding.message}\n${detail}`,
    ).toBe(true);
  return { holds, findings };
}

/** Every `cutover.sources.yaml` under examples/, with the `previous` directory beside it when there is one. */
function exampleSources(): Array<{ name: string; sources: string; previous?: string }> {
  const out: Array<{ name: string; sources: string; previous?: string }> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'cutover.sources.yaml') {
        const previous = path.join(dir, 'previous');
        const hasPrevious = readdirSync(dir).includes('previous');
        out.push({
          name: path.relative(examplesDir, full),
          sources: full,
          ...(hasPrevious ? { previous } : {}),
        });
      }
    }
  };
  walk(examplesDir);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

describe('assemble and verify agree on every example', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  const examples = exampleSources();
  it('finds the examples', () => {
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'held-release/cutover.sources.yaml',
        'held-release/previous-sources/cutover.sources.yaml',
        'payments-platform/cutover.sources.yaml',
      ]),
    );
  });

  it.each(examples)('$name', async (example) => {
    const out = path.join(dir, example.name.replace(/[/\\]/g, '_'));
    const run = await runCli([
      'assemble',
      '--sources',
      example.sources,
      '--out',
      out,
      '--policy',
      EXAMPLES.policy,
      ...(example.previous ? ['--previous', example.previous] : []),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expectAgreement(await readReleaseTexts(out), await readPolicy(EXAMPLES.policy), example.name);
  });
});

/** Cohort records of one flag split in buckets, as the flagd adapter makes them. */
const flagCohorts = (flag: string, shares: number[], env = 'prod'): SourceRecord[] =>
  shares.map((share, i) => ({
    type: 'cohort',
    sourceId: `flags-${flag}`,
    lineage: lineage(`/flags/${flag}/targeting/fractional/${i + 1}`, { locator: `flags/${flag}.json` }),
    cohort: { id: `${flag}-v${i}`, environments: [env], share, flags: [{ key: flag, variant: `v${i}` }] },
  }));

const environment = (constraints: Record<string, unknown>) => (records: SourceRecord[]) =>
  replaceRecord(
    records,
    'environment',
    () => true,
    (r) => ({ ...r, constraints: { ...r.constraints, ...constraints } }),
  );

/** The test fixture release, and bendings of it that verify finds fault with. */
const FIXTURES: Array<{ name: string; records: () => SourceRecord[]; policy?: Policy; clean: boolean }> = [
  { name: 'the clean fixture release', records: cleanRecords, clean: true },
  {
    name: 'two flags split 50/50 each on one environment (independent rollouts)',
    records: () => [...cleanRecords(), ...flagCohorts('theme', [50, 50]), ...flagCohorts('search', [50, 50])],
    clean: true,
  },
  {
    name: 'one flag whose buckets add up to 120%',
    records: () => [...cleanRecords(), ...flagCohorts('theme', [60, 60])],
    clean: false,
  },
  {
    name: 'a rollback pointer naming the artifact being deployed',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'api',
        (r) => ({ ...r, pointer: { version: '1.0.0', digest: digest('api-1.0.0') } }),
      ),
    clean: false,
  },
  {
    name: 'a rollback record for a component the bundle does not have',
    records: () => [
      ...cleanRecords(),
      {
        type: 'rollback',
        sourceId: 'release-records',
        lineage: lineage('/rollback/9'),
        component: 'ghost',
        pointer: { version: '0.1.0', digest: digest('ghost-0.1.0') },
        hook: 'https://runbooks.example.com/ghost',
        evidence: [{ kind: 'rehearsal', ref: 'CHG-1' }],
      },
    ],
    clean: false,
  },
  {
    name: 'a cohort over its environment limit',
    records: () => environment({ maxCohortShare: 50 })(cleanRecords()),
    clean: false,
  },
  {
    name: 'an environment that does not allow the queue',
    records: () => environment({ allowedQueues: ['other-queue'] })(cleanRecords()),
    clean: false,
  },
  {
    name: 'a rollback without the hook its environment requires',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'worker',
        ({ hook: _hook, ...r }) => r,
      ),
    clean: false,
  },
  {
    name: 'a change window covering an undeclared environment',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'window',
        () => true,
        (r) => ({ ...r, window: { ...r.window, environments: ['prod', 'dr'] } }),
      ),
    clean: false,
  },
  {
    name: 'missing rollback evidence under a policy that turns missing-rollback-evidence off',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'api',
        (r) => ({ ...r, evidence: [] }),
      ),
    policy: basePolicy({ holds: { 'missing-rollback-evidence': { enabled: false, justification: 'tested' } } }),
    clean: false,
  },
  {
    name: 'a cohort in an undeclared environment under a policy that turns scope-drift off',
    records: () => [...cleanRecords(), ...flagCohorts('theme', [100], 'staging')],
    policy: basePolicy({ holds: { 'scope-drift': { enabled: false, justification: 'tested' } } }),
    clean: false,
  },
];

describe('assemble and verify agree on every test fixture', () => {
  it.each(FIXTURES)('$name', ({ name, records, policy, clean }) => {
    const used = policy ?? basePolicy();
    const assembly: Assembly = assembleRecords(records(), { policy: used });
    const { holds } = expectAgreement(releaseTexts(assembly, used), used, name);
    expect(holds.length === 0).toBe(clean);
  });
});

describe.skipIf(!haveRealFixtures)(
  `assemble and verify agree on real flagd documents (${haveRealFixtures ? 'present' : NO_FIXTURES})`,
  () => {
    it('two real flags with fractional rollouts on one environment', async () => {
      const flagRecords = await readSources(
        [
          {
            id: 'flagd-sample',
            kind: 'flagd',
            path: 'flags/flagd-example_flags.flagd.json',
            flag: 'headerColor',
            environments: ['prod'],
          },
          {
            id: 'flagd-schemas-full',
            kind: 'flagd',
            path: 'flags/flagd-schemas-examples-full.json',
            flag: 'fractional-flag',
            environments: ['prod'],
          },
        ],
        contextFor(realFixtures),
      );
      const shares = flagRecords.flatMap((r) => (r.type === 'cohort' ? [[r.cohort.id, r.cohort.share]] : []));
      // headerColor: 4 x 25% inside `if emailWithFaas`, and its null else-branch (the default variant red for
      // everyone else, a segment without a share); fractional-flag: 4 x 25% for everyone.
      expect(shares).toEqual([
        ['headerColor-red', 25],
        ['headerColor-blue', 25],
        ['headerColor-green', 25],
        ['headerColor-yellow', 25],
        ['headerColor-red-2', undefined],
        ['fractional-flag-clubs', 25],
        ['fractional-flag-diamonds', 25],
        ['fractional-flag-hearts', 25],
        ['fractional-flag-spades', 25],
      ]);
      const assembly = assembleRecords([...cleanRecords(), ...flagRecords]);
      const { holds, findings } = expectAgreement(releaseTexts(assembly), basePolicy(), 'real flagd');
      expect(holds).toEqual([]);
      expect(findings).toEqual([]);
    });
  },
);
