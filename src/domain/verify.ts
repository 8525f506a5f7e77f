/**
 * Verification rules over one release directory's parsed files. Each rule is a pure function returning
 * findings {rule, severity, file, path, message}; lines are attached by the caller, which has the text.
 * The schema rule lives with the schemas (src/schema) and runs first; these rules need schema-valid files.
 */

import { bundleDigest, digestOf, digestWithin } from './canonical.js';
import { type ReleaseHistory, revisionChainProblems } from './chain.js';
import { environmentFindings } from './environment.js';
import {
  consequentialValues,
  evaluateHolds,
  evidenceText,
  incompleteLineageBySource,
  lineageVouchesForAll,
} from './holds.js';
import { pointerOf } from './json-pointer.js';
import { HANDOFF_STATEMENT } from './manifest.js';
import type {
  ApprovalManifest,
  Bundle,
  BundleFiles,
  FieldLineage,
  Finding,
  HoldRuleId,
  LineageDocument,
  VerificationRuleId,
} from './model.js';
import { BUNDLE_FILES, BUNDLES_ROOT } from './names.js';
import type { Policy } from './policy.js';

export interface ReleaseUnderVerification extends BundleFiles {
  manifest: ApprovalManifest;
}

/** Where a release directory is verified: what the files alone cannot tell. */
export interface VerificationContext {
  /** The directory's product and release as its path names them (`bundles/<product>/<release>`). */
  directory?: { product: string; release: string };
  /** The release's revision history, where it is known (in the bundles repository). */
  history?: ReleaseHistory;
}

type Rule = (release: ReleaseUnderVerification, policy: Policy, context: VerificationContext) => Finding[];

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

/**
 * Lineage documents found by lineageVouchedFor to vouch for exactly the consequential fields of a bundle, each
 * with the bundle: lineageRule takes the answer (once) instead of the same pass again. Both are parsed release
 * files, which nothing changes after parsing (as canonical.ts's marks already require).
 */
const VOUCHED = new WeakMap<LineageDocument, Bundle>();

/**
 * Whether the lineage vouches for every consequential field of the bundle and for nothing else, each value
 * the one it vouched for (cutover/lineage finds nothing): the common case, told in one pass over lineage.fields
 * that builds no pointer. For a lineage document read but not yet checked against its schema's part about
 * `fields` (release.ts), `entry` is asked first of each entry; the pass then also shows what that part asks
 * beyond it: every key is a consequential field's pointer, and every valueDigest a digest computed here
 * (`sha256:` and 64 lowercase hex digits).
 */
export function lineageVouchedFor(
  bundle: Bundle,
  lineage: LineageDocument,
  entry?: (field: unknown) => boolean,
): boolean {
  if (!vouchedFor(bundle, lineage, entry)) return false;
  VOUCHED.set(lineage, bundle);
  return true;
}

function vouchedFor(bundle: Bundle, lineage: LineageDocument, entry?: (field: unknown) => boolean): boolean {
  // Every value checked lies inside the bundle: in canonical order as parsed, it is digested without a walk of
  // its own (and the binding rule's bundle digest then does not walk the bundle again either).
  const digest = digestWithin(bundle);
  const vouches = (value: unknown, field: FieldLineage): boolean => digest(value) === field.valueDigest;
  return lineageVouchesForAll(bundle, lineage, { exclusive: true, vouches, ...(entry ? { entry } : {}) });
}

/** Every consequential field has complete lineage, and its value is the one the lineage vouched for. */
export const lineageRule: Rule = ({ bundle, lineage }) => {
  // Told already while the files were parsed (release.ts), or told now; only a release with findings takes
  // the field-by-field walk, which reports them in the bundle's order.
  const told = VOUCHED.get(lineage) === bundle;
  VOUCHED.delete(lineage);
  if (told || vouchedFor(bundle, lineage)) return [];
  return lineageFindings(bundle, lineage, digestWithin(bundle));
};

/**
 * cutover/lineage field by field: for each consequential field in the bundle's order, a missing entry, an
 * unknown or incomplete source, a value that is not the one vouched for; then each entry that names no
 * consequential field, in lineage.json's order. `digest` is digestOf, or digestWithin(bundle).
 */
export function lineageFindings(
  bundle: Bundle,
  lineage: LineageDocument,
  digest: (value: unknown) => string = digestOf,
): Finding[] {
  const findings: Finding[] = [];
  const values = consequentialValues(bundle);
  const incomplete = incompleteLineageBySource();
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
    const missing = incomplete(field.source, source);
    if (missing.length > 0)
      findings.push(
        error(
          'lineage',
          BUNDLE_FILES.lineage,
          pointerOf(['sources', field.source]),
          `source ${field.source} (lineage of ${path}) has no ${missing.join(', ')}`,
        ),
      );
    if (digest(value) !== field.valueDigest) {
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
}

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

/**
 * Cohorts and the window only target declared environments, within each environment's constraints; cohort
 * shares add up per flag and segment (src/domain/environment.ts, which assemble runs too).
 */
export const environmentRule: Rule = ({ bundle, manifest }) => environmentFindings(bundle, manifest.queue);

/**
 * Every open hold is a finding: the holds check fails while any hold is open. And every hold that bundle.json,
 * lineage.json and this policy (the default branch's) alone call for is re-derived with assemble's own rules
 * (evaluateHolds, without the sources' conflicts and suspicions or the previous revision, which only assemble
 * sees; and without missing-lineage, on which the lineage check fails by itself): one holds.json lacks (no hold of
 * that rule at that path) is a finding at that path of bundle.json. The service repository chooses the Cutover
 * version its assemble runs, so a writer older than a rule, or unaware of the policy's pins, leaves it out.
 */
export const holdsRule: Rule = ({ bundle, holds, lineage }, policy) => {
  const findings = holds.holds.map((hold, i) =>
    error(
      'holds',
      BUNDLE_FILES.holds,
      pointerOf(['holds', i]),
      `open hold ${hold.id} (${hold.rule}) at ${hold.path || '/'}: ${hold.reason}; ${evidenceText(hold)}`,
    ),
  );
  const open = new Set(holds.holds.map((hold) => `${hold.rule}\u0000${hold.path}`));
  for (const { rule, path, reason } of evaluateHolds({ bundle, lineage, policy }, DERIVED_ELSEWHERE).holds) {
    if (open.has(`${rule}\u0000${path}`)) continue;
    findings.push(
      error(
        'holds',
        BUNDLE_FILES.bundle,
        path,
        `holds.json has no ${rule} hold at ${path || '/'}, which bundle.json calls for under this policy: ${reason}`,
      ),
    );
  }
  return findings;
};

/** Hold rules verify does not re-derive: missing-lineage is the lineage check's own finding. */
const DERIVED_ELSEWHERE: ReadonlySet<HoldRuleId> = new Set(['missing-lineage']);

/** The manifest binds exactly these files: digest recomputed from them, same release, valid window and approvers. */
export const bindingRule: Rule = (release, policy, context) => {
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
  // The statement is what approving means, sealed into the approval record as approved: the writer (whose
  // Cutover version the service repository picks) may not say something else there.
  if (manifest.handoff !== HANDOFF_STATEMENT)
    findings.push(
      error(
        'binding',
        file,
        '/handoff',
        `manifest's hand-off statement is not Cutover's; it must read exactly: ${HANDOFF_STATEMENT}`,
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
  const directory = context.directory;
  if (directory && (manifest.product !== directory.product || manifest.release !== directory.release))
    findings.push(
      error(
        'binding',
        file,
        '/release',
        `the directory ${BUNDLES_ROOT}/${directory.product}/${directory.release} holds a manifest of ${manifest.product} ${manifest.release}: a release lives only in its own directory`,
      ),
    );
  if (context.history)
    for (const problem of revisionChainProblems(manifest, context.history))
      findings.push(error('binding', file, problem.path, problem.message));
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
