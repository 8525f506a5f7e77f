/**
 * Verification rules over one release directory's parsed files. Each rule is a pure function returning
 * findings {rule, severity, file, path, message}; lines are attached by the caller, which has the text.
 * The schema rule lives with the schemas (src/schema) and runs first; these rules need schema-valid files.
 */
import { bundleDigest, digestOf } from './canonical.js';
import { consequentialValues, incompleteLineage } from './holds.js';
import { pointerOf } from './json-pointer.js';
import type { ApprovalManifest, BundleFiles, Finding, VerificationRuleId } from './model.js';
import { BUNDLE_FILES } from './names.js';
import type { Policy } from './policy.js';

export interface ReleaseUnderVerification extends BundleFiles {
  manifest: ApprovalManifest;
}

type Rule = (release: ReleaseUnderVerification, policy: Policy) => Finding[];

const error = (rule: VerificationRuleId, file: string, path: string, message: string): Finding => ({
  rule,
  severity: 'error',
  file,
  path,
  message,
});
const warning = (rule: VerificationRuleId, file: string, path: string, message: string): Finding => ({
  rule,
  severity: 'warning',
  file,
  path,
  message,
});

/** Every consequential field has complete lineage, and its value is the one the lineage vouched for. */
export const lineageRule: Rule = ({ bundle, lineage }) => {
  const findings: Finding[] = [];
  const values = consequentialValues(bundle);
  // Thousands of fields share one source document: check each source's completeness once.
  const missingOf = new Map<string, string[]>();
  let found = 0;
  for (const [path, value] of values) {
    // Paths start with '/', so no inherited property can answer for a missing entry.
    const field = lineage.fields[path];
    if (!field) {
      findings.push(error('lineage', BUNDLE_FILES.bundle, path, `no lineage for consequential field ${path}`));
      continue;
    }
    found++;
    const source = lineage.sources[field.source];
    if (!source) {
      findings.push(
        error(
          'lineage',
          BUNDLE_FILES.lineage,
          pointerOf(['fields', path, 'source']),
          `lineage of ${path} names source ${field.source}, which is not in sources`,
        ),
      );
      continue;
    }
    let missing = missingOf.get(field.source);
    if (!missing) {
      missing = incompleteLineage(source);
      missingOf.set(field.source, missing);
    }
    if (missing.length > 0)
      findings.push(
        error(
          'lineage',
          BUNDLE_FILES.lineage,
          pointerOf(['sources', field.source]),
          `source ${field.source} (lineage of ${path}) has no ${missing.join(', ')}`,
        ),
      );
    if (digestOf(value) !== field.valueDigest) {
      findings.push(
        error(
          'lineage',
          BUNDLE_FILES.bundle,
          path,
          `${path} differs from the value its source vouched for (${field.source}): edited after assembly?`,
        ),
      );
    }
  }
  const named = Object.keys(lineage.fields);
  // Every consequential path has an entry: extra entries exist exactly when there are more entries than that.
  if (named.length === found) return findings;
  const required = new Set(values.map(([path]) => path));
  for (const path of named) {
    if (!required.has(path))
      findings.push(
        warning(
          'lineage',
          BUNDLE_FILES.lineage,
          pointerOf(['fields', path]),
          `lineage names ${path}, which is not a consequential field of bundle.json`,
        ),
      );
  }
  return findings;
};

/** Every component has a rollback record whose pointer names a different, earlier artifact. */
export const rollbackRule: Rule = ({ bundle }) => {
  const findings: Finding[] = [];
  const components = new Map(bundle.components.map((c, i) => [c.name, { component: c, index: i }]));
  const covered = new Set<string>();
  bundle.rollback.forEach((rollback, i) => {
    const target = components.get(rollback.component);
    if (!target) {
      findings.push(
        error(
          'rollback',
          BUNDLE_FILES.bundle,
          pointerOf(['rollback', i, 'component']),
          `rollback record for ${rollback.component}, which is not a component of this bundle`,
        ),
      );
      return;
    }
    covered.add(rollback.component);
    if (!rollback.pointer) {
      findings.push(
        error(
          'rollback',
          BUNDLE_FILES.bundle,
          pointerOf(['rollback', i]),
          `component ${rollback.component} has no rollback pointer`,
        ),
      );
    } else if (target.component.artifacts.some((a) => a.digest === rollback.pointer?.digest)) {
      findings.push(
        error(
          'rollback',
          BUNDLE_FILES.bundle,
          pointerOf(['rollback', i, 'pointer', 'digest']),
          `rollback pointer of ${rollback.component} is the artifact being deployed (${rollback.pointer.digest}): it must name the previously approved artifact`,
        ),
      );
    }
    if (rollback.evidence.length === 0)
      findings.push(
        error(
          'rollback',
          BUNDLE_FILES.bundle,
          pointerOf(['rollback', i, 'evidence']),
          `component ${rollback.component} has no rollback evidence`,
        ),
      );
  });
  for (const [name, { index }] of components) {
    if (!covered.has(name))
      findings.push(
        error(
          'rollback',
          BUNDLE_FILES.bundle,
          pointerOf(['components', index]),
          `component ${name} has no rollback record`,
        ),
      );
  }
  return findings;
};

/** Cohorts and the window only target declared environments, within each environment's constraints. */
export const environmentRule: Rule = ({ bundle, manifest }) => {
  const findings: Finding[] = [];
  const environments = new Map(bundle.environments.map((e, i) => [e.name, { env: e, index: i }]));
  const shares = new Map<string, number>();
  bundle.cohorts.forEach((cohort, i) => {
    cohort.environments.forEach((name, k) => {
      const declared = environments.get(name);
      if (!declared) {
        findings.push(
          error(
            'environment',
            BUNDLE_FILES.bundle,
            pointerOf(['cohorts', i, 'environments', k]),
            `cohort ${cohort.id} targets environment ${name}, which the bundle does not declare`,
          ),
        );
        return;
      }
      const max = declared.env.constraints.maxCohortShare;
      if (cohort.share !== undefined) {
        if (max !== undefined && cohort.share > max)
          findings.push(
            error(
              'environment',
              BUNDLE_FILES.bundle,
              pointerOf(['cohorts', i, 'share']),
              `cohort ${cohort.id} takes ${cohort.share}% of ${name}, over its limit of ${max}%`,
            ),
          );
        shares.set(name, (shares.get(name) ?? 0) + cohort.share);
      }
    });
  });
  for (const [name, total] of shares) {
    if (total > 100 + 1e-9)
      findings.push(
        error(
          'environment',
          BUNDLE_FILES.bundle,
          pointerOf(['environments', environments.get(name)?.index ?? 0]),
          `cohort shares in ${name} add up to ${total}%, over 100%`,
        ),
      );
  }
  bundle.window.environments.forEach((name, k) => {
    if (!environments.has(name))
      findings.push(
        error(
          'environment',
          BUNDLE_FILES.bundle,
          pointerOf(['window', 'environments', k]),
          `change window covers environment ${name}, which the bundle does not declare`,
        ),
      );
  });
  for (const [name, { env, index }] of environments) {
    const allowed = env.constraints.allowedQueues;
    if (allowed && !allowed.includes(manifest.queue))
      findings.push(
        error(
          'environment',
          BUNDLE_FILES.bundle,
          pointerOf(['environments', index, 'constraints', 'allowedQueues']),
          `deployment queue ${manifest.queue} may not deploy to ${name} (allowed: ${allowed.join(', ')})`,
        ),
      );
    if (env.constraints.requireRollbackHook) {
      bundle.rollback.forEach((r, i) => {
        if (r.hook === undefined)
          findings.push(
            error(
              'environment',
              BUNDLE_FILES.bundle,
              pointerOf(['rollback', i]),
              `environment ${name} requires a rollback hook, and ${r.component} names none`,
            ),
          );
      });
    }
  }
  return findings;
};

/** Every open hold is a finding: the holds check fails while any hold is open. */
export const holdsRule: Rule = ({ holds }) =>
  holds.holds.map((hold, i) =>
    error(
      'holds',
      BUNDLE_FILES.holds,
      pointerOf(['holds', i]),
      `open hold ${hold.id} (${hold.rule}) at ${hold.path || '/'}: ${hold.reason}`,
    ),
  );

/** The manifest binds exactly these files: digest recomputed from them, same release, valid window and approvers. */
export const bindingRule: Rule = (release, policy) => {
  const { bundle, manifest } = release;
  const findings: Finding[] = [];
  const file = BUNDLE_FILES.manifest;
  const actual = bundleDigest(release);
  if (manifest.bundleDigest !== actual)
    findings.push(
      error(
        'binding',
        file,
        '/bundleDigest',
        `manifest binds ${manifest.bundleDigest}, but the bundle files hash to ${actual}`,
      ),
    );
  if (manifest.product !== bundle.product)
    findings.push(
      error('binding', file, '/product', `manifest names product ${manifest.product}, bundle ${bundle.product}`),
    );
  if (manifest.release !== bundle.release)
    findings.push(
      error('binding', file, '/release', `manifest names release ${manifest.release}, bundle ${bundle.release}`),
    );
  const start = Date.parse(manifest.window.start);
  const end = Date.parse(manifest.window.end);
  if (!(start < end))
    findings.push(
      error(
        'binding',
        file,
        '/window',
        `window start ${manifest.window.start} is not before its end ${manifest.window.end}`,
      ),
    );
  if (start < Date.parse(bundle.window.start) || end > Date.parse(bundle.window.end)) {
    findings.push(
      error(
        'binding',
        file,
        '/window',
        `manifest window ${manifest.window.start}..${manifest.window.end} is outside change window ${bundle.window.changeRecord} (${bundle.window.start}..${bundle.window.end})`,
      ),
    );
  }
  if (manifest.queue !== bundle.window.queue)
    findings.push(
      error(
        'binding',
        file,
        '/queue',
        `manifest queue ${manifest.queue} is not the change window's queue ${bundle.window.queue}`,
      ),
    );
  const required = [...policy.approvers.teams].sort();
  const named = [...manifest.requiredApprovers.teams].sort();
  if (required.join('\n') !== named.join('\n'))
    findings.push(
      error(
        'binding',
        file,
        '/requiredApprovers/teams',
        `manifest names approver teams ${named.join(', ')}; the policy requires ${required.join(', ')}`,
      ),
    );
  if (manifest.supersedes && manifest.supersedes.revision >= manifest.revision)
    findings.push(
      error(
        'binding',
        file,
        '/supersedes/revision',
        `revision ${manifest.revision} cannot supersede revision ${manifest.supersedes.revision}`,
      ),
    );
  return findings;
};

/** The rules after schema, by id, in report order. */
export const VERIFICATION_RULES: ReadonlyArray<[VerificationRuleId, Rule]> = [
  ['lineage', lineageRule],
  ['rollback', rollbackRule],
  ['environment', environmentRule],
  ['holds', holdsRule],
  ['binding', bindingRule],
];

/** Every verification rule id, schema first. */
export const VERIFICATION_RULE_IDS: readonly VerificationRuleId[] = ['schema', ...VERIFICATION_RULES.map(([id]) => id)];
