/**
 * The environment rule's judgement, shared by verify (`cutover/environment`) and assemble (which reports the
 * same findings as `scope-drift` holds, so an assembly without holds never fails this check).
 *
 * Cohort shares are fractions of one rollout: the cohorts that split one population by the same flags. So
 * shares add up per environment, per set of flag keys and per segment: the fractional buckets of one flag
 * inside one condition add up to (at most) 100; different flags are independent rollouts, and different
 * segments are different populations. Cohorts without flags and without a segment form one rollout per
 * environment.
 */

import { pointerOf } from './json-pointer.js';
import type { Bundle, Cohort, Finding } from './model.js';
import { BUNDLE_FILES } from './names.js';

const finding = (path: string, message: string): Finding => ({
  rule: 'environment',
  severity: 'error',
  file: BUNDLE_FILES.bundle,
  path,
  message,
});

/** The rollout a cohort's share belongs to in one environment: its flag keys and its segment. */
export function shareGroupOf(cohort: Cohort): { flags: string[]; segment: string | undefined } {
  return { flags: [...new Set(cohort.flags.map((f) => f.key))].sort(), segment: cohort.segment };
}

function groupLabel(environment: string, group: { flags: string[]; segment: string | undefined }): string {
  const flags = group.flags.length === 0 ? 'cohorts without flags' : `flag ${group.flags.join(' + ')}`;
  return `${flags} in ${environment}${group.segment === undefined ? '' : ` (segment ${group.segment})`}`;
}

/**
 * Cohorts and the window target only declared environments, within each environment's constraints, for a
 * deployment by `queue`.
 */
export function environmentFindings(bundle: Bundle, queue: string): Finding[] {
  const findings: Finding[] = [];
  const environments = new Map(bundle.environments.map((e, i) => [e.name, { env: e, index: i }]));
  const totals = new Map<
    string,
    { environment: string; group: ReturnType<typeof shareGroupOf>; total: number; cohorts: string[]; at: number }
  >();
  bundle.cohorts.forEach((cohort, i) => {
    cohort.environments.forEach((name, k) => {
      const declared = environments.get(name);
      if (!declared) {
        findings.push(
          finding(
            pointerOf(['cohorts', i, 'environments', k]),
            `cohort ${cohort.id} targets environment ${name}, which the bundle does not declare`,
          ),
        );
        return;
      }
      if (cohort.share === undefined) return;
      const max = declared.env.constraints.maxCohortShare;
      if (max !== undefined && cohort.share > max)
        findings.push(
          finding(
            pointerOf(['cohorts', i, 'share']),
            `cohort ${cohort.id} takes ${cohort.share}% of ${name}, over its limit of ${max}%`,
          ),
        );
      const group = shareGroupOf(cohort);
      const key = JSON.stringify([name, group.flags, group.segment ?? null]);
      const entry = totals.get(key) ?? { environment: name, group, total: 0, cohorts: [], at: declared.index };
      entry.total += cohort.share;
      entry.cohorts.push(`${cohort.id} ${cohort.share}%`);
      totals.set(key, entry);
    });
  });
  for (const { environment, group, total, cohorts, at } of totals.values()) {
    if (total > 100 + 1e-9)
      findings.push(
        finding(
          pointerOf(['environments', at]),
          `cohort shares of ${groupLabel(environment, group)} add up to ${Math.round(total * 10_000) / 10_000}%, over 100% (${cohorts.join(', ')})`,
        ),
      );
  }
  bundle.window.environments.forEach((name, k) => {
    if (!environments.has(name))
      findings.push(
        finding(
          pointerOf(['window', 'environments', k]),
          `change window covers environment ${name}, which the bundle does not declare`,
        ),
      );
  });
  for (const [name, { env, index }] of environments) {
    const allowed = env.constraints.allowedQueues;
    if (allowed && !allowed.includes(queue))
      findings.push(
        finding(
          pointerOf(['environments', index, 'constraints', 'allowedQueues']),
          `deployment queue ${queue} may not deploy to ${name} (allowed: ${allowed.join(', ')})`,
        ),
      );
    if (env.constraints.requireRollbackHook) {
      bundle.rollback.forEach((r, i) => {
        if (r.hook === undefined)
          findings.push(
            finding(
              pointerOf(['rollback', i]),
              `environment ${name} requires a rollback hook, and ${r.component} names none`,
            ),
          );
      });
    }
  }
  return findings;
}
