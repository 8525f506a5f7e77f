/**
 * Check-run output for verification rules: a title, a Markdown summary (under GitHub's 65,535-character
 * limit) and annotations at file and line.
 */
import type { Finding, VerificationRuleId } from '../domain/model.js';
import type { CheckAnnotation, CheckConclusion } from '../github/port.js';

export const MAX_SUMMARY = 65_000;

export interface RuleReport {
  rule: VerificationRuleId;
  /** Per release directory: its status and findings (file names relative to the directory). */
  releases: Array<{ directory: string; status: 'passed' | 'failed' | 'skipped'; findings: Finding[] }>;
  /** Findings about the change itself (not one file), such as commits the action did not write. */
  extra?: Finding[];
}

export interface CheckOutput {
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** Check-run name of a rule. */
export function checkName(rule: string): string {
  return `cutover/${rule}`;
}

/** Renders one rule's check run. */
export function ruleCheck(report: RuleReport): CheckOutput {
  const all = [
    ...report.releases.flatMap((r) => r.findings.map((f) => ({ ...f, file: `${r.directory}/${f.file}` }))),
    ...(report.extra ?? []),
  ];
  const errors = all.filter((f) => f.severity === 'error').length;
  const skipped = report.releases.some((r) => r.status === 'skipped');
  const failed = errors > 0 || skipped;
  const title =
    report.releases.length === 0 && !report.extra?.length
      ? 'No release directory changed'
      : failed
        ? `${errors} finding(s)${skipped ? '; skipped where the schema failed' : ''}`
        : `Passed for ${report.releases.length} release(s)`;
  const lines = [`## ${checkName(report.rule)}`, ''];
  if (report.releases.length === 0) lines.push('This change touches no release directory.');
  for (const r of report.releases)
    lines.push(`- \`${r.directory}\`: ${r.status}${r.findings.length ? `, ${r.findings.length} finding(s)` : ''}`);
  if (all.length > 0) {
    lines.push('', '| Severity | Where | Message |', '| --- | --- | --- |');
    for (const f of all)
      lines.push(
        `| ${f.severity} | \`${f.file}${f.line ? `:${f.line}` : ''}\` ${f.path ? `\`${f.path}\`` : ''} | ${f.message.replace(/\|/g, '\\|')} |`,
      );
  }
  let summary = lines.join('\n');
  if (summary.length > MAX_SUMMARY)
    summary = `${summary.slice(0, MAX_SUMMARY)}\n\n_Cut at ${MAX_SUMMARY} characters; every finding is also an annotation._`;
  return {
    name: checkName(report.rule),
    conclusion: failed ? 'failure' : 'success',
    title,
    summary,
    annotations: all.map((f) => ({
      path: f.file,
      startLine: f.line ?? 1,
      endLine: f.line ?? 1,
      level: LEVEL[f.severity],
      title: `${f.rule}${f.path ? ` ${f.path}` : ''}`.slice(0, 255),
      message: f.message.slice(0, 64_000),
    })),
  };
}
