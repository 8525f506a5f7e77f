/**
 * Verification rules over a release directory's texts: each rule finds what it is for, naming the file, the
 * JSON Pointer and the line of that pointer in the file as written.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, VerificationRuleId } from '../../src/domain/model.js';
import type { Policy } from '../../src/domain/policy.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { VERIFICATION_RULE_IDS, verifyRelease } from '../../src/modes/verification.js';
import { lineOf } from '../helpers/cli.js';
import {
  arrayAt,
  assembleRecords,
  basePolicy,
  cleanRecords,
  digest,
  editJson,
  lineage,
  objectAt,
  releaseTexts,
  replaceRecord,
} from '../helpers/records.js';

type Texts = ReturnType<typeof releaseTexts>;

function textsOf(records: SourceRecord[] = cleanRecords(), policy: Policy = basePolicy()): Texts {
  return releaseTexts(assembleRecords(records, { policy }), policy);
}

function findingsOf(texts: Texts, policy: Policy = basePolicy()): Finding[] {
  return verifyRelease(texts, policy).flatMap((o) => o.findings);
}

function only(findings: Finding[], rule: VerificationRuleId, file: string, path: string): Finding {
  const found = findings.filter((f) => f.rule === rule && f.file === file && f.path === path);
  expect(found, JSON.stringify(findings, null, 2)).toHaveLength(1);
  const [finding] = found;
  if (!finding) throw new Error('unreachable');
  return finding;
}

describe('verification rules', () => {
  it('a clean release directory passes every rule', () => {
    const outcomes = verifyRelease(textsOf(), basePolicy());
    expect(outcomes.map((o) => o.rule)).toEqual([...VERIFICATION_RULE_IDS]);
    expect(outcomes.map((o) => o.status)).toEqual(VERIFICATION_RULE_IDS.map(() => 'passed'));
  });

  describe('schema', () => {
    it('an unknown key in bundle.json is a schema finding at its line, naming the key', () => {
      const texts = textsOf();
      texts.bundle = editJson(texts.bundle, (b) => {
        objectAt(b, 'window').ticket = 'INC-1';
      });
      const finding = only(findingsOf(texts), 'schema', 'bundle.json', '/window/ticket');
      expect(finding.message).toContain("'ticket'");
      expect(finding.line).toBe(lineOf(texts.bundle, '"ticket"'));
    });

    it('a missing file and a file that is not JSON are schema findings; later rules are skipped', () => {
      const texts: Partial<Texts> = textsOf();
      delete texts.holds;
      texts.lineage = '{\n  "schemaVersion": 1,\n  oops\n}\n';
      const outcomes = verifyRelease(texts, basePolicy());
      const schema = outcomes.find((o) => o.rule === 'schema');
      expect(schema?.findings.map((f) => f.file).sort()).toEqual(['holds.json', 'lineage.json']);
      expect(schema?.findings.find((f) => f.file === 'lineage.json')?.line).toBe(3);
      expect(outcomes.filter((o) => o.rule !== 'schema').map((o) => o.status)).toEqual(
        VERIFICATION_RULE_IDS.slice(1).map(() => 'skipped'),
      );
    });
  });

  describe('lineage', () => {
    it('a hand edit of a bundle value is detected by valueDigest, at the line of the value', () => {
      const texts = textsOf();
      texts.bundle = editJson(texts.bundle, (b) => {
        objectAt(b, 'components', 0, 'artifacts', 0).version = '1.0.1';
      });
      const finding = only(findingsOf(texts), 'lineage', 'bundle.json', '/components/0/artifacts/0/version');
      expect(finding.message).toMatch(/differs from the value its source vouched for/);
      // The line is where the edited value is written in the file.
      expect(finding.line).toBe(lineOf(texts.bundle, '"version": "1.0.1"'));
      expect(texts.bundle.split('\n')[(finding.line ?? 0) - 1]).toContain('"version": "1.0.1"');
    });

    it('a consequential field without lineage is a finding', () => {
      const texts = textsOf();
      texts.lineage = editJson(texts.lineage, (l) => {
        delete objectAt(l, 'fields')['/window'];
      });
      const finding = only(findingsOf(texts), 'lineage', 'bundle.json', '/window');
      expect(finding.line).toBe(lineOf(texts.bundle, '"window"'));
    });

    it('lineage naming a source that is not in the source table is a finding in lineage.json', () => {
      const texts = textsOf();
      texts.lineage = editJson(texts.lineage, (l) => {
        objectAt(l, 'fields', '/window').source = 'nowhere#0';
      });
      const finding = only(findingsOf(texts), 'lineage', 'lineage.json', '/fields/~1window/source');
      expect(finding.line).toBe(lineOf(texts.lineage, '"source": "nowhere#0"'));
    });

    it('a source with an empty revision is incomplete lineage', () => {
      const texts = textsOf();
      let key = '';
      texts.lineage = editJson(texts.lineage, (l) => {
        key = String(objectAt(l, 'fields', '/window').source);
        objectAt(l, 'sources', key).revision = '';
      });
      const findings = findingsOf(texts).filter((f) => f.rule === 'lineage' && f.path === `/sources/${key}`);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings[0]?.message).toMatch(/has no revision/);
    });
  });

  it('lineage for a path that is not a consequential field is a warning, also beside a missing entry', () => {
    const texts = textsOf();
    texts.lineage = editJson(texts.lineage, (l) => {
      const fields = objectAt(l, 'fields');
      fields['/candidate/product'] = fields['/window'];
    });
    const extra = only(findingsOf(texts), 'lineage', 'lineage.json', '/fields/~1candidate~1product');
    expect(extra.severity).toBe('warning');
    expect(extra.message).toContain('not a consequential field');
    expect(extra.line).toBe(lineOf(texts.lineage, '"/candidate/product"'));
    // Same number of entries as consequential fields, one of them misplaced: both sides are reported.
    texts.lineage = editJson(texts.lineage, (l) => {
      delete objectAt(l, 'fields')['/window'];
    });
    const findings = findingsOf(texts);
    expect(only(findings, 'lineage', 'lineage.json', '/fields/~1candidate~1product').severity).toBe('warning');
    expect(only(findings, 'lineage', 'bundle.json', '/window').severity).toBe('error');
  });

  describe('rollback', () => {
    it('a rollback pointer naming the artifact being deployed is a finding', () => {
      const records = replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'worker',
        (r) => ({ ...r, pointer: { version: '1.0.0', digest: digest('worker-1.0.0') } }),
      );
      const texts = textsOf(records);
      const finding = only(findingsOf(texts), 'rollback', 'bundle.json', '/rollback/1/pointer/digest');
      expect(finding.message).toMatch(/is the artifact being deployed/);
      expect(finding.line).toBe(
        lineOf(texts.bundle, `"digest": "${digest('worker-1.0.0')}"`, lineOf(texts.bundle, '"rollback"')),
      );
    });

    it('a component without a rollback record, or a rollback without pointer or evidence, is a finding', () => {
      const records = replaceRecord(
        replaceRecord(
          cleanRecords(),
          'rollback',
          (r) => r.component === 'worker',
          () => undefined,
        ),
        'rollback',
        (r) => r.component === 'api',
        ({ pointer: _p, ...r }) => ({ ...r, evidence: [] }),
      );
      const findings = findingsOf(textsOf(records));
      only(findings, 'rollback', 'bundle.json', '/components/1');
      only(findings, 'rollback', 'bundle.json', '/rollback/0');
      only(findings, 'rollback', 'bundle.json', '/rollback/0/evidence');
    });

    it('a rollback record for something that is not a component is a finding', () => {
      const records: SourceRecord[] = [
        ...cleanRecords(),
        {
          type: 'rollback',
          sourceId: 'release-records',
          lineage: lineage('/rollback/2'),
          component: 'ghost',
          pointer: { version: '0.1.0', digest: digest('ghost') },
          hook: 'https://runbooks.example.com/ghost',
          evidence: [{ kind: 'rehearsal', ref: 'CHG-1' }],
        },
      ];
      only(findingsOf(textsOf(records)), 'rollback', 'bundle.json', '/rollback/1/component');
    });
  });

  describe('environment', () => {
    const withConstraints = (constraints: Record<string, unknown>): SourceRecord[] =>
      replaceRecord(
        cleanRecords(),
        'environment',
        () => true,
        (r) => ({ ...r, constraints: { ...r.constraints, ...constraints } }),
      );

    it('maxCohortShare: a cohort over the environment limit', () => {
      const texts = textsOf(withConstraints({ maxCohortShare: 50 }));
      const finding = only(findingsOf(texts), 'environment', 'bundle.json', '/cohorts/1/share');
      expect(finding.message).toMatch(/takes 95% of prod, over its limit of 50%/);
      expect(finding.line).toBe(lineOf(texts.bundle, '"share": 95'));
    });

    it('cohort shares of one rollout (one flag, one segment) in one environment adding up to more than 100%', () => {
      const records = replaceRecord(
        replaceRecord(
          cleanRecords(),
          'cohort',
          (r) => r.cohort.id === 'canary',
          (r) => ({ ...r, cohort: { ...r.cohort, share: 10 } }),
        ),
        'cohort',
        (r) => r.cohort.id === 'general',
        (r) => ({ ...r, cohort: { ...r.cohort, flags: [{ key: 'new-ledger', variant: 'off' }] } }),
      );
      const finding = only(findingsOf(textsOf(records)), 'environment', 'bundle.json', '/environments/0');
      expect(finding.message).toMatch(
        /shares of flag new-ledger in prod add up to 105%, over 100% \(canary 10%, general 95%\)/,
      );
    });

    it('allowedQueues: the manifest queue may not deploy to the environment', () => {
      const texts = textsOf(withConstraints({ allowedQueues: ['payments-staging'] }));
      const finding = only(
        findingsOf(texts),
        'environment',
        'bundle.json',
        '/environments/0/constraints/allowedQueues',
      );
      expect(finding.message).toMatch(/queue payments-prod may not deploy to prod/);
      expect(finding.line).toBe(lineOf(texts.bundle, '"allowedQueues"'));
    });

    it('requireRollbackHook: a rollback record without a hook', () => {
      const records = replaceRecord(
        cleanRecords(),
        'rollback',
        (r) => r.component === 'worker',
        ({ hook: _h, ...r }) => r,
      );
      only(findingsOf(textsOf(records)), 'environment', 'bundle.json', '/rollback/1');
      const relaxed = replaceRecord(
        records,
        'environment',
        () => true,
        (r) => ({ ...r, constraints: { ...r.constraints, requireRollbackHook: false } }),
      );
      expect(findingsOf(textsOf(relaxed)).filter((f) => f.rule === 'environment')).toEqual([]);
    });

    it('undeclared environment: a cohort or the window targets an environment the bundle does not declare', () => {
      const records = replaceRecord(
        replaceRecord(
          cleanRecords(),
          'cohort',
          (r) => r.cohort.id === 'canary',
          (r) => ({ ...r, cohort: { ...r.cohort, environments: ['prod', 'staging'] } }),
        ),
        'window',
        () => true,
        (r) => ({ ...r, window: { ...r.window, environments: ['prod', 'staging'] } }),
      );
      const texts = textsOf(records);
      const findings = findingsOf(texts);
      const cohort = only(findings, 'environment', 'bundle.json', '/cohorts/0/environments/1');
      expect(cohort.message).toMatch(/targets environment staging, which the bundle does not declare/);
      only(findings, 'environment', 'bundle.json', '/window/environments/1');
    });
  });

  describe('holds', () => {
    it('every open hold is a finding in holds.json at its line', () => {
      const records = replaceRecord(
        cleanRecords(),
        'waiver',
        () => true,
        (r) => ({ ...r, waiver: { ...r.waiver, status: 'pending' } }),
      );
      const texts = textsOf(records);
      const finding = only(findingsOf(texts), 'holds', 'holds.json', '/holds/0');
      expect(finding.message).toMatch(/open hold H-[0-9a-f]{12} \(waiver-pending\)/);
      expect(finding.line).toBe(lineOf(texts.holds, '"holds"') + 1);
    });
  });

  describe('binding', () => {
    const digestFinding = (texts: Texts): Finding => {
      const finding = only(findingsOf(texts), 'binding', 'manifest.json', '/bundleDigest');
      expect(finding.line).toBe(lineOf(texts.manifest, '"bundleDigest"'));
      return finding;
    };

    it('editing bundle.json (a field outside lineage) breaks the digest binding', () => {
      const texts = textsOf();
      texts.bundle = editJson(texts.bundle, (b) => {
        objectAt(b, 'candidate').repository = 'acme/elsewhere';
      });
      expect(digestFinding(texts).message).toMatch(/manifest binds sha256:[0-9a-f]{64}, but the bundle files hash to/);
    });

    it('editing lineage.json breaks the digest binding', () => {
      const texts = textsOf();
      texts.lineage = editJson(texts.lineage, (l) => {
        const key = String(objectAt(l, 'fields', '/window').source);
        objectAt(l, 'sources', key).locator = 'somewhere-else.yaml#/window';
      });
      digestFinding(texts);
    });

    it('editing holds.json (clearing a hold) breaks the digest binding, and the holds check re-derives the hold', () => {
      const records = replaceRecord(
        cleanRecords(),
        'waiver',
        () => true,
        (r) => ({ ...r, waiver: { ...r.waiver, status: 'pending' } }),
      );
      const texts = textsOf(records);
      texts.holds = editJson(texts.holds, (h) => {
        arrayAt(h, 'holds').splice(0);
      });
      digestFinding(texts);
      expect(findingsOf(texts).filter((f) => f.rule === 'holds')).toEqual([
        expect.objectContaining({
          file: 'bundle.json',
          path: '/waivers/0/status',
          message: expect.stringMatching(
            /^holds\.json has no waiver-pending hold at \/waivers\/0\/status, which bundle\.json calls for under this policy: waiver WVR-1 .* is pending, not approved$/,
          ),
        }),
      ]);
    });

    it('a manifest queue other than the change window queue', () => {
      const texts = textsOf();
      texts.manifest = editJson(texts.manifest, (m) => {
        m.queue = 'payments-hotfix';
      });
      const finding = only(findingsOf(texts), 'binding', 'manifest.json', '/queue');
      expect(finding.line).toBe(lineOf(texts.manifest, '"queue"'));
    });

    it('a manifest window outside the change window, or ending before it starts', () => {
      const texts = textsOf();
      texts.manifest = editJson(texts.manifest, (m) => {
        objectAt(m, 'window').end = '2026-12-01T12:00:00Z';
      });
      const finding = only(findingsOf(texts), 'binding', 'manifest.json', '/window');
      expect(finding.message).toMatch(/is outside change window CHG-20261201-0042/);
      expect(finding.line).toBe(lineOf(texts.manifest, '"window"'));

      texts.manifest = editJson(texts.manifest, (m) => {
        objectAt(m, 'window').end = '2026-12-01T05:00:00Z';
      });
      const messages = findingsOf(texts)
        .filter((f) => f.rule === 'binding' && f.path === '/window')
        .map((f) => f.message);
      expect(messages.some((m) => /is not before its end/.test(m))).toBe(true);
    });

    it('approver teams that differ from the policy', () => {
      const texts = textsOf();
      const policy = basePolicy({ approvers: { teams: ['acme/release-engineering', 'acme/sre'] } });
      const finding = only(findingsOf(texts, policy), 'binding', 'manifest.json', '/requiredApprovers/teams');
      expect(finding.message).toMatch(/the policy requires acme\/release-engineering, acme\/sre/);
      expect(finding.line).toBe(lineOf(texts.manifest, '"teams"'));
      // Same teams in another order are the same requirement.
      const reordered = basePolicy({ approvers: { teams: ['acme/operations', 'acme/release-engineering'] } });
      expect(findingsOf(texts, reordered)).toEqual([]);
    });

    it('a manifest naming another product, or superseding a later revision', () => {
      const texts = textsOf();
      texts.manifest = editJson(texts.manifest, (m) => {
        m.product = 'ledger';
        m.supersedes = { revision: 1, bundleDigest: digest('older') };
      });
      const findings = findingsOf(texts);
      only(findings, 'binding', 'manifest.json', '/product');
      only(findings, 'binding', 'manifest.json', '/supersedes/revision');
    });
  });
});
