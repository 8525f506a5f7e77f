/**
 * Runs every verification rule over the texts of one release directory: schema first, then the domain rules
 * on the files that passed it. Findings carry the line of the field in the file.
 */
import type { Finding, VerificationRuleId } from '../domain/model.js';
import { BUNDLE_FILES, type BundleFileKey } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import {
  lineageVouchedFor,
  VERIFICATION_RULE_IDS,
  VERIFICATION_RULES,
  type VerificationContext,
} from '../domain/verify.js';
import { jsonLineLocator } from '../schema/locate.js';
import { parseRelease, type ReleaseTexts } from '../schema/release.js';

export interface RuleOutcome {
  rule: VerificationRuleId;
  /** `skipped` when the files it needs failed the schema rule. */
  status: 'passed' | 'failed' | 'skipped';
  findings: Finding[];
}

/**
 * Verifies one release directory's texts against the policy; with a context (in the bundles repository), also
 * the directory's name and the release's revision chain.
 */
export function verifyRelease(texts: ReleaseTexts, policy: Policy, context: VerificationContext = {}): RuleOutcome[] {
  const { documents, findings: schemaFindings } = parseRelease(texts, { vouchLineage: lineageVouchedFor });
  const outcomes: RuleOutcome[] = [
    { rule: 'schema', status: schemaFindings.length ? 'failed' : 'passed', findings: schemaFindings },
  ];
  const { bundle, lineage, holds, manifest } = documents;
  const complete = bundle && lineage && holds && manifest ? { bundle, lineage, holds, manifest } : undefined;
  for (const [rule, check] of VERIFICATION_RULES) {
    if (!complete) {
      outcomes.push({ rule, status: 'skipped', findings: [] });
      continue;
    }
    const findings = check(complete, policy, context);
    outcomes.push({ rule, status: findings.some((f) => f.severity === 'error') ? 'failed' : 'passed', findings });
  }
  return attachLines(outcomes, texts);
}

function attachLines(outcomes: RuleOutcome[], texts: ReleaseTexts): RuleOutcome[] {
  const fileKeys = new Map<string, BundleFileKey>(
    Object.entries(BUNDLE_FILES).map(([key, file]) => [file, key as BundleFileKey]),
  );
  const locators = new Map<string, (pointer: string) => number | undefined>();
  const locate = (file: string, pointer: string): number | undefined => {
    let locator = locators.get(file);
    if (!locator) {
      const key = fileKeys.get(file);
      const text = key ? texts[key] : undefined;
      locator = text === undefined ? () => undefined : jsonLineLocator(text);
      locators.set(file, locator);
    }
    return locator(pointer);
  };
  for (const outcome of outcomes) {
    for (const finding of outcome.findings) {
      if (finding.line !== undefined) continue;
      const line = locate(finding.file, finding.path);
      if (line !== undefined) finding.line = line;
    }
  }
  return outcomes;
}

/** Rule ids in report order. */
export { VERIFICATION_RULE_IDS };
