/**
 * Check-run output for verification rules: a title, a Markdown summary (under GitHub's 65,535-character
 * limit) and annotations at file and line.
 */
import type { Finding, VerificationRuleId } from '../domain/model.js';
import type { CheckAnnotation, CheckConclusion } from '../github/port.js';
import { code, cut, table, text, truncate, truncateUtf8 } from './markdown.js';

/** GitHub takes at most 65,535 characters of summary; the cut note included, this is the most written. */
export const MAX_SUMMARY = 65_000;
/**
 * The most of one finding's message the summary table shows: a single huge message must not push the findings
 * after it out of the summary. The annotation carries the message (up to GitHub's 64 KB).
 */
const MAX_SHOWN_MESSAGE = 2_000;
/** The most of a finding's file and JSON pointer the summary table shows (the annotation keeps the file). */
const MAX_SHOWN_PLACE = 500;
/** GitHub's limits on an annotation: title 255 characters, message 64 KB. */
const MAX_ANNOTATION_TITLE = 255;
const MAX_ANNOTATION_MESSAGE_BYTES = 64_000;

export interface RuleReport {
  rule: VerificationRuleId;
  /** Per release directory: its status and findings (file names relative to the directory). */
  releases: Array<{ directory: string; status: 'passed' | 'failed' | 'skipped'; findings: Finding[] }>;
  /** Findings about the change itself (not one file), such as commits the action did not write. */
  extra?: Finding[];
  /** Governance files the change edits (policy, schemas, CODEOWNERS, workflows): every summary names them. */
  governance?: readonly string[];
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
    lines.push(`- ${code(r.directory)}: ${r.status}${r.findings.length ? `, ${r.findings.length} finding(s)` : ''}`);
  if (all.length > 0) {
    lines.push(
      '',
      table(
        ['Severity', 'Where', 'Message'],
        all.map((f) => [
          f.severity,
          `${code(truncate(`${f.file}${f.line ? `:${f.line}` : ''}`, MAX_SHOWN_PLACE))}${f.path ? ` ${code(truncate(f.path, MAX_SHOWN_PLACE))}` : ''}`,
          text(truncate(f.message, MAX_SHOWN_MESSAGE)),
        ]),
      ),
    );
  }
  if (report.governance?.length)
    lines.push(
      '',
      `This change edits governance files (${report.governance.map(code).join(', ')}): both approver teams must approve it.`,
    );
  const summary = cut(
    lines.join('\n'),
    MAX_SUMMARY,
    `_Cut at ${MAX_SUMMARY} characters; every finding is also an annotation._`,
  );
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
      title: truncate(`${f.rule}${f.path ? ` ${f.path}` : ''}`, MAX_ANNOTATION_TITLE),
      message: truncateUtf8(f.message, MAX_ANNOTATION_MESSAGE_BYTES),
    })),
  };
}
