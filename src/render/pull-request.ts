/**
 * The pull request body: the bundle rendered for its reviewers. Components and digests, cohorts, rollback
 * pointers, open holds, the difference from the last sealed revision, and the lineage as a Mermaid diagram.
 * Kept under GitHub's 65,536-character body limit: long sections are cut with a note saying so.
 */
import { canonicalJson } from '../domain/canonical.js';
import { evidenceText } from '../domain/holds.js';
import type { ApprovalManifest, Bundle, BundleFiles, LineageDocument } from '../domain/model.js';
import { cmp } from '../domain/normalize.js';
import { escapeControls } from '../errors.js';
import { bodyText, code, commitText, cut, table } from './markdown.js';

/** GitHub rejects bodies over 65,536 characters: the body is cut to this many, its truncation note included. */
const MAX_BODY = 60_000;
const MAX_ROWS = 100;

export interface PullRequestView {
  files: BundleFiles;
  manifest: ApprovalManifest;
  directory: string;
  /** The last sealed revision of the same release, for the difference section. */
  sealed?: { revision: number; bundle: Bundle; tag: string } | undefined;
}

export function pullRequestTitle(view: PullRequestView): string {
  const { bundle } = view.files;
  const holds = view.files.holds.holds.length;
  // GitHub links issue references in a title too: a product named `GH-7` must not reference issue 7.
  return `cutover: ${commitText(bundle.product)} ${commitText(bundle.release)} r${view.manifest.revision}${holds ? ` (${holds} hold${holds === 1 ? '' : 's'})` : ''}`;
}

/** A table of at most MAX_ROWS rows of inline Markdown cells, with a note saying how many were left out. */
function tableOf(header: string[], rows: string[][]): string {
  const shown = rows.slice(0, MAX_ROWS);
  const lines = [table(header, shown)];
  if (rows.length > shown.length)
    lines.push('', `_${rows.length - shown.length} more rows not shown; see the files in this pull request._`);
  return lines.join('\n');
}

/** The Markdown body. */
export function pullRequestBody(view: PullRequestView): string {
  const { bundle, holds, lineage } = view.files;
  const m = view.manifest;
  const sections: string[] = [
    `## Cutover bundle ${bodyText(bundle.product)} ${bodyText(bundle.release)}, revision ${m.revision}`,
    '',
    `- Bundle digest: ${code(m.bundleDigest)}`,
    `- Candidate: ${code(bundle.candidate.tag)} at ${code(bundle.candidate.commit.slice(0, 12))}${bundle.candidate.repository ? ` in ${bodyText(bundle.candidate.repository)}` : ''}, signature ${bundle.candidate.signature.verified ? 'verified' : `**not verified** (${bodyText(bundle.candidate.signature.reason)})`}`,
    `- Deployment queue ${code(m.queue)}, window ${bodyText(m.window.start)} .. ${bodyText(m.window.end)} (change ${code(bundle.window.changeRecord)})`,
    `- Required approvals: ${m.requiredApprovers.teams.map((t) => `@${bodyText(t)}`).join(' and ')}, by distinct people, at the current head`,
    m.supersedes
      ? `- Supersedes revision ${m.supersedes.revision} (${code(m.supersedes.bundleDigest)})`
      : '- First revision of this release',
    '',
    `### Holds (${holds.holds.length} open)`,
    holds.holds.length === 0
      ? 'None.'
      : tableOf(
          ['Hold', 'Rule', 'Field', 'Reason', 'Evidence'],
          holds.holds.map((h) => [
            bodyText(h.id),
            bodyText(h.rule),
            code(h.path || '/'),
            bodyText(h.reason),
            bodyText(evidenceText(h).replace(/^evidence: /, '')),
          ]),
        ),
    '',
    '### Components',
    tableOf(
      ['Component', 'Artifact', 'Version', 'Digest'],
      bundle.components.flatMap((c) =>
        c.artifacts.map((a) => [bodyText(c.name), bodyText(a.name), bodyText(a.version), code(a.digest)]),
      ),
    ),
    '',
    '### Cohorts',
    bundle.cohorts.length === 0
      ? 'None.'
      : tableOf(
          ['Cohort', 'Environments', 'Share or segment', 'Flags'],
          bundle.cohorts.map((c) => [
            bodyText(c.id),
            bodyText(c.environments.join(', ')),
            c.share !== undefined ? `${c.share}%` : bodyText(c.segment ?? ''),
            bodyText(c.flags.map((f) => `${f.key}=${f.variant}`).join(', ')),
          ]),
        ),
    '',
    '### Rollback pointers',
    tableOf(
      ['Component', 'Back to', 'Hook', 'Evidence'],
      bundle.rollback.map((r) => [
        bodyText(r.component),
        r.pointer ? `${bodyText(r.pointer.version)} ${code(r.pointer.digest)}` : '**none**',
        r.hook ? bodyText(r.hook) : '**none**',
        bodyText(r.evidence.map((e) => `${e.kind} ${e.ref}`).join(', ')) || '**none**',
      ]),
    ),
    '',
    differenceSection(view),
    '',
    '### Lineage',
    lineageDiagram(lineage),
    '',
    `<sub>Files in ${code(view.directory)}. Approving approves exactly this revision; Cutover seals it on merge and stops there: no go/no-go, no deployment.</sub>`,
  ];
  return cut(
    sections.join('\n'),
    MAX_BODY,
    `_The rest of this description was cut at ${MAX_BODY} characters; the files are complete._`,
  );
}

function differenceSection(view: PullRequestView): string {
  const { sealed } = view;
  if (!sealed) return '### Difference from the last sealed revision\nNo earlier revision of this release was sealed.';
  const artifacts = (b: Bundle) =>
    new Map(
      b.components.flatMap((c) => c.artifacts.map((a) => [`${c.name}/${a.name}`, `${a.version} ${a.digest}`] as const)),
    );
  const before = artifacts(sealed.bundle);
  const after = artifacts(view.files.bundle);
  const rows: string[][] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort(cmp)) {
    const b = before.get(key);
    const a = after.get(key);
    if (b === a) continue;
    rows.push([bodyText(key), b ? code(b) : 'added', a ? code(a) : 'removed']);
  }
  // Canonical JSON: content is compared, not the key order each side happens to be in.
  const cohorts = (b: Bundle) => new Map(b.cohorts.map((c) => [c.id, canonicalJson(c)]));
  const cb = cohorts(sealed.bundle);
  const ca = cohorts(view.files.bundle);
  for (const id of [...new Set([...cb.keys(), ...ca.keys()])].sort(cmp)) {
    if (cb.get(id) !== ca.get(id))
      rows.push([
        `cohort ${bodyText(id)}`,
        cb.has(id) ? 'present' : 'absent',
        ca.has(id) ? (cb.has(id) ? 'changed' : 'added') : 'removed',
      ]);
  }
  if (
    sealed.bundle.window.start !== view.files.bundle.window.start ||
    sealed.bundle.window.end !== view.files.bundle.window.end
  ) {
    rows.push([
      'window',
      bodyText(`${sealed.bundle.window.start} .. ${sealed.bundle.window.end}`),
      bodyText(`${view.files.bundle.window.start} .. ${view.files.bundle.window.end}`),
    ]);
  }
  return [
    `### Difference from sealed revision ${sealed.revision} (${code(sealed.tag)})`,
    rows.length === 0
      ? 'No change to artifacts, cohorts or window.'
      : tableOf(['What', `r${sealed.revision}`, 'This revision'], rows),
  ].join('\n');
}

/** Configured sources -> bundle sections, one edge per (source, section) labelled with the field count. */
function lineageDiagram(lineage: LineageDocument): string {
  const edges = new Map<string, number>();
  const described = new Map<string, string>();
  for (const [path, field] of Object.entries(lineage.fields)) {
    const section = path.split('/')[1] ?? 'bundle';
    const source = field.source.slice(0, field.source.lastIndexOf('#'));
    const l = lineage.sources[field.source];
    if (l && !described.has(source)) described.set(source, `${l.system}: ${l.locator.replace(/#.*$/, '')}`);
    const key = `${source}\u0000${section}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  const id = (name: string) => {
    let v = ids.get(name);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(name, v);
    }
    return v;
  };
  // A label stays on its line inside the fenced block (control characters as visible escapes, so no line can
  // close the fence), and holds no quote, angle bracket or backtick Mermaid would read as syntax.
  const label = (s: string) => escapeControls(s).replace(/["<>`]/g, "'");
  const lines = ['```mermaid', 'flowchart LR'];
  const sources = [...new Set([...edges.keys()].map((k) => k.split('\u0000')[0] ?? ''))].sort(cmp);
  for (const source of sources) {
    lines.push(`  ${id(`s:${source}`)}["${label(source)}<br/>${label(described.get(source) ?? 'unknown')}"]`);
  }
  for (const [key, count] of [...edges.entries()].sort(([a], [b]) => cmp(a, b))) {
    const [source = '', section = ''] = key.split('\u0000');
    lines.push(`  ${id(`s:${source}`)} -- ${count} --> ${id(`b:${section}`)}(["${label(section)}"])`);
  }
  lines.push('```');
  const text = lines.join('\n');
  return text.length < 20_000
    ? text
    : `${sources.length} sources vouch for ${Object.keys(lineage.fields).length} fields: too many to draw; see lineage.json.`;
}
