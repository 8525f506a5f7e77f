/**
 * Hold rules: each rule raises its hold from records built here, and only that rule raises it (turning the
 * rule off with a justification removes it). Hold ids are stable across runs.
 */
import { describe, expect, it } from 'vitest';
import { HOLD_RULES, holdId } from '../../src/domain/holds.js';
import type { Hold, HoldRuleId } from '../../src/domain/model.js';
import type { Policy } from '../../src/domain/policy.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { assembleRecords, basePolicy, cleanRecords, digest, lineage, replaceRecord } from '../helpers/records.js';

interface HoldCase {
  name: string;
  rule: HoldRuleId;
  records: () => SourceRecord[];
  path: string;
  reason: RegExp;
  policy?: Policy['holds'];
  previous?: () => SourceRecord[];
}

const withArtifactDigest = (records: SourceRecord[], component: string, seed: string): SourceRecord[] =>
  replaceRecord(
    replaceRecord(
      records,
      'artifact',
      (r) => r.component === component,
      (r) => ({ ...r, artifact: { ...r.artifact, digest: digest(seed) } }),
    ),
    'provenance',
    (r) => r.component === component,
    (r) => ({ ...r, provenance: { ...r.provenance, subjects: [digest(seed)] } }),
  );

const windowEnd = '2026-12-01T10:00:00Z';
const waiverExpiring = (expiresAt: string) => (): SourceRecord[] =>
  replaceRecord(
    cleanRecords(),
    'waiver',
    () => true,
    (r) => ({ ...r, waiver: { ...r.waiver, expiresAt } }),
  );

const CASES: HoldCase[] = [
  {
    name: 'a component without any rollback record',
    rule: 'missing-rollback-evidence',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'worker',
        () => undefined,
      ),
    path: '/components/1',
    reason: /worker has no rollback record/,
  },
  {
    name: 'a rollback record without a pointer',
    rule: 'missing-rollback-evidence',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'api',
        ({ pointer: _pointer, ...r }) => r,
      ),
    path: '/rollback/0/pointer',
    reason: /api has no rollback pointer/,
  },
  {
    name: 'a rollback record without evidence',
    rule: 'missing-rollback-evidence',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'worker',
        (r) => ({ ...r, evidence: [] }),
      ),
    path: '/rollback/1/evidence',
    reason: /worker has no rollback evidence/,
  },
  {
    name: 'a pending waiver',
    rule: 'waiver-pending',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'waiver',
        () => true,
        (r) => ({ ...r, waiver: { ...r.waiver, status: 'pending' } }),
      ),
    path: '/waivers/0/status',
    reason: /WVR-1 .* is pending, not approved/,
  },
  {
    name: 'a rejected waiver',
    rule: 'waiver-pending',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'waiver',
        () => true,
        (r) => ({ ...r, waiver: { ...r.waiver, status: 'rejected' } }),
      ),
    path: '/waivers/0/status',
    reason: /is rejected, not approved/,
  },
  {
    name: 'a waiver expiring inside the change window',
    rule: 'waiver-expired',
    records: waiverExpiring('2026-12-01T09:00:00Z'),
    path: '/waivers/0/expiresAt',
    reason: new RegExp(`before the change window ends at ${windowEnd}$`),
  },
  {
    name: 'a waiver expiring after the window but inside marginMinutes',
    rule: 'waiver-expired',
    records: waiverExpiring('2026-12-01T10:30:00Z'),
    policy: { 'waiver-expired': { marginMinutes: 60 } },
    path: '/waivers/0/expiresAt',
    reason: /plus 60 minutes$/,
  },
  {
    name: 'an artifact rebuilt under the version the previous revision approved',
    rule: 'supersession',
    records: () => withArtifactDigest(cleanRecords(), 'api', 'api-1.0.0-rebuilt'),
    previous: cleanRecords,
    path: '/components/0/artifacts/0/digest',
    reason: /api\/api-image 1\.0\.0 was rebuilt under the same version/,
  },
  {
    name: 'a cohort targeting an environment outside the change window',
    rule: 'scope-drift',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'cohort',
        (r) => r.cohort.id === 'canary',
        (r) => ({ ...r, cohort: { ...r.cohort, environments: ['prod', 'staging'] } }),
      ),
    path: '/cohorts/0/environments/1',
    reason: /cohort canary targets environment staging, outside change window CHG-20261201-0042/,
  },
  {
    name: 'an environment outside the change window',
    rule: 'scope-drift',
    records: () => [
      ...cleanRecords(),
      {
        type: 'environment',
        sourceId: 'release-records',
        lineage: lineage('/environments/1'),
        name: 'dr',
        constraints: {},
      },
    ],
    path: '/environments/0/name',
    reason: /environment dr is in the bundle's scope but outside change window/,
  },
  {
    name: 'a record whose lineage has no revision',
    rule: 'missing-lineage',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'waiver',
        () => true,
        (r) => ({ ...r, lineage: { ...r.lineage, revision: '' } }),
      ),
    path: '/waivers/0',
    reason: /the lineage of \/waivers\/0 has no revision/,
  },
  {
    name: 'a candidate whose signature is not verified',
    rule: 'unsigned-candidate',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'signature',
        () => true,
        (r) => ({ ...r, signature: { verified: false, reason: 'unsigned' } }),
      ),
    path: '/candidate/signature',
    reason: /not signed with a verified signature \(reason: unsigned\)/,
  },
  {
    name: 'a candidate no source states a signature for',
    rule: 'unsigned-candidate',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'signature',
        () => true,
        () => undefined,
      ),
    path: '/candidate/signature',
    reason: /reason: no-signature-source/,
  },
  {
    name: 'an artifact digest that is no subject of its provenance',
    rule: 'provenance-mismatch',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'provenance',
        (r) => r.component === 'worker',
        (r) => ({ ...r, provenance: { ...r.provenance, subjects: [digest('something-else')] } }),
      ),
    path: '/components/1/artifacts/0/digest',
    reason: /artifact worker-image digest sha256:[0-9a-f]{64} is not a subject of the provenance of worker/,
  },
  {
    name: 'a provenance-mismatch suspicion from an adapter',
    rule: 'provenance-mismatch',
    records: () => [
      ...cleanRecords(),
      {
        type: 'suspicion',
        sourceId: 'attestations',
        lineage: lineage('/attestations/0', { system: 'github-attestations' }),
        path: '',
        component: 'worker',
        rule: 'provenance-mismatch',
        reason: 'attestation names a different source repository',
      },
    ],
    path: '/components/1',
    reason: /^attestation names a different source repository$/,
  },
  {
    name: 'two sources stating different digests for one artifact',
    rule: 'suspicious-source',
    records: () => {
      const records = cleanRecords();
      const original = records.find((r) => r.type === 'artifact' && r.component === 'worker');
      if (original?.type !== 'artifact') throw new Error('no worker artifact');
      return [
        ...records,
        {
          ...original,
          sourceId: 'registry',
          lineage: lineage('/worker', { system: 'oci' }),
          artifact: { ...original.artifact, digest: digest('worker-tampered') },
        },
      ];
    },
    path: '/components/1',
    reason:
      /sources '.+' and '.+' state artifact worker-image differently: version 1\.0\.0 digest sha256:[0-9a-f]{64} at .+ \/ version 1\.0\.0 digest sha256:[0-9a-f]{64} at /,
  },
  {
    name: 'an artifact digest computed by Cutover because the source stated none',
    rule: 'suspicious-source',
    records: () =>
      replaceRecord(
        cleanRecords(),
        'artifact',
        (r) => r.component === 'api',
        (r) => ({ ...r, digestComputed: true }),
      ),
    path: '/components/0',
    reason: /digest of api-image was computed by Cutover/,
  },
  {
    name: 'a suspicious-source suspicion from an adapter',
    rule: 'suspicious-source',
    records: () => [
      ...cleanRecords(),
      {
        type: 'suspicion',
        sourceId: 'release-records',
        lineage: lineage('/cohorts'),
        path: '/cohorts/1',
        rule: 'suspicious-source',
        reason: 'cohort list was truncated by the source',
      },
    ],
    path: '/cohorts/1',
    reason: /^cohort list was truncated by the source$/,
  },
];

function holdsOf(records: SourceRecord[], policy: Policy, previous?: () => SourceRecord[]): Hold[] {
  const previousBundle = previous ? assembleRecords(previous()).files.bundle : undefined;
  return assembleRecords(records, { policy, ...(previousBundle ? { previous: previousBundle } : {}) }).files.holds
    .holds;
}

describe('hold rules', () => {
  it('the clean records raise no hold at all', () => {
    expect(assembleRecords(cleanRecords()).files.holds.holds).toEqual([]);
  });

  it('every hold rule has a case here', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(HOLD_RULES));
  });

  describe.each(CASES)('$rule: $name', (c) => {
    it('raises the hold at the field, with a reason and a stable id', () => {
      const holds = holdsOf(c.records(), basePolicy({ holds: c.policy ?? {} }), c.previous);
      const hold = holds.find((h) => h.rule === c.rule && h.path === c.path && c.reason.test(h.reason));
      expect(hold, JSON.stringify(holds, null, 2)).toBeDefined();
      expect(hold?.reason).toMatch(c.reason);
      expect(hold?.status).toBe('open');
      expect(hold?.id).toBe(holdId(c.rule, c.path, hold?.reason ?? ''));
    });

    it('raises nothing of that rule when the policy turns the rule off with a justification', () => {
      const policy = basePolicy({
        holds: { ...c.policy, [c.rule]: { ...c.policy?.[c.rule], enabled: false, justification: 'tested' } },
      });
      const holds = holdsOf(c.records(), policy, c.previous).filter((h) => h.rule === c.rule);
      // What a verification rule fails on anyway stays a hold, and says why: the switch cannot make verify pass.
      const kept = new RegExp(
        `\\(the policy turns ${c.rule} off, but cutover/(rollback|environment) fails on this all the same\\)$`,
      );
      expect(holds.filter((h) => !kept.test(h.reason))).toEqual([]);
    });
  });

  describe('waiver-expired marginMinutes boundaries', () => {
    const expiring = waiverExpiring('2026-12-01T10:30:00Z');
    const expired = (marginMinutes?: number) =>
      holdsOf(
        expiring(),
        basePolicy(marginMinutes === undefined ? {} : { holds: { 'waiver-expired': { marginMinutes } } }),
      ).filter((h) => h.rule === 'waiver-expired');

    it('no margin: a waiver outliving the window end is fine', () => {
      expect(expired()).toEqual([]);
      expect(expired(0)).toEqual([]);
    });
    it('a waiver valid exactly until window end + margin is fine', () => {
      expect(expired(30)).toEqual([]);
    });
    it('one minute more margin than the waiver covers raises the hold', () => {
      expect(expired(31)).toHaveLength(1);
    });
  });

  it('supersession needs the same version: a new version with a new digest is no supersession', () => {
    const records = replaceRecord(
      withArtifactDigest(cleanRecords(), 'api', 'api-1.0.1'),
      'artifact',
      (r) => r.component === 'api',
      (r) => ({ ...r, artifact: { ...r.artifact, version: '1.0.1' } }),
    );
    expect(holdsOf(records, basePolicy(), cleanRecords)).toEqual([]);
  });

  it('turning one rule off leaves the other rules raising their holds', () => {
    const records = replaceRecord(
      replaceRecord(
        cleanRecords(),
        'signature',
        () => true,
        (r) => ({ ...r, signature: { verified: false, reason: 'unsigned' } }),
      ),
      'waiver',
      () => true,
      (r) => ({ ...r, waiver: { ...r.waiver, status: 'pending' } }),
    );
    const off = basePolicy({
      holds: { 'unsigned-candidate': { enabled: false, justification: 'signing rolls out Q1' } },
    });
    expect(holdsOf(records, off).map((h) => h.rule)).toEqual(['waiver-pending']);
    expect(
      holdsOf(records, basePolicy())
        .map((h) => h.rule)
        .sort(),
    ).toEqual(['unsigned-candidate', 'waiver-pending']);
  });

  it('hold ids and the whole register are identical across runs', () => {
    const records = (): SourceRecord[] => {
      const all: SourceRecord[] = [];
      const seen = new Set<string>();
      for (const c of CASES.filter((x) => !x.previous && !x.policy)) {
        for (const record of c.records()) {
          const key = JSON.stringify(record);
          if (!seen.has(key)) all.push(record);
          seen.add(key);
        }
      }
      return all;
    };
    const first = assembleRecords(records());
    const second = assembleRecords(records());
    expect(first.files.holds.holds.length).toBeGreaterThan(5);
    expect(second.files.holds).toEqual(first.files.holds);
    expect(second.digest).toBe(first.digest);
    for (const hold of first.files.holds.holds) expect(hold.id).toMatch(/^H-[0-9a-f]{12}$/);
    expect(new Set(first.files.holds.holds.map((h) => h.id)).size).toBe(first.files.holds.holds.length);
  });

  it('every hold names lineage evidence when a source vouched for the field', () => {
    const holds = holdsOf(CASES[3]?.records() ?? [], basePolicy());
    const pending = holds.find((h) => h.rule === 'waiver-pending');
    expect(pending?.evidence).toEqual([lineage('/waivers/0')]);
  });
});
