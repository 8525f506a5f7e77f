/**
 * Markdown injection into what the two approving teams read: check-run summaries of the verification rules and
 * of cutover/approval, and the pull request body. An adversary with write access to release-bundles (or control
 * of a source a bundle quotes) puts Markdown into a file path, a key or value of a hand-edited file, a hold's
 * evidence, a source's name or a review login. Each summary, rendered by a real GFM renderer, must still show
 * what was found: every row in its table, no heading, link, emphasis or HTML the action did not write, and
 * each value as its own text.
 */
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/domain/manifest.js';
import type { BundleFiles, Finding } from '../../src/domain/model.js';
import { escapeControls } from '../../src/errors.js';
import { runGate } from '../../src/modes/gate.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { runVerify } from '../../src/modes/verify.js';
import { MAX_SUMMARY, ruleCheck } from '../../src/render/checks.js';
import { pullRequestBody } from '../../src/render/pull-request.js';
import {
  approveByBothTeams,
  assembly,
  BUNDLES,
  DIR,
  openCutover,
  PEOPLE,
  passChecks,
  policy,
  revisionFiles,
  world,
} from '../modes/world.js';
import { codeSpansOf, headingsOf, PAYLOADS, render, spoofElementsOf, tablesOf, textOf, visibleTextOf } from './gfm.js';

const values = Object.values(PAYLOADS);

function finding(i: number, value: string): Finding {
  return { rule: 'schema', severity: 'error', file: 'bundle.json', path: `/components/${i}/${value}`, message: value };
}

describe('a rule check-run summary', () => {
  const report = {
    rule: 'schema' as const,
    releases: [{ directory: DIR, status: 'failed' as const, findings: values.map((v, i) => finding(i, v)) }],
  };

  it('keeps one row of three cells per finding, each showing the message and the pointer as they are', () => {
    const html = render(ruleCheck(report).summary);
    expect(headingsOf(html)).toEqual(['cutover/schema']);
    expect(spoofElementsOf(html)).toEqual([]);
    const [findings, ...others] = tablesOf(html);
    expect(others).toEqual([]);
    expect(findings).toHaveLength(values.length + 1);
    for (const [i, value] of values.entries()) {
      const row = findings?.[i + 1] ?? [];
      expect(row).toHaveLength(3);
      expect(textOf(row[0] ?? '')).toBe('error');
      expect(codeSpansOf(row[1] ?? '')).toEqual([`${DIR}/bundle.json`, escapeControls(`/components/${i}/${value}`)]);
      expect(textOf(row[2] ?? '')).toBe(escapeControls(value).trimEnd());
    }
  });

  it('shows every finding when one message is huge, and keeps GitHub’s limits', () => {
    const huge = `${'😀'.repeat(40_000)}|`;
    const check = ruleCheck({
      ...report,
      releases: [{ directory: DIR, status: 'failed', findings: [finding(0, huge), finding(1, 'the second finding')] }],
    });
    expect(check.summary.length).toBeLessThanOrEqual(MAX_SUMMARY);
    const [findings] = tablesOf(render(check.summary));
    expect(findings).toHaveLength(3);
    expect(textOf(findings?.[2]?.[2] ?? '')).toBe('the second finding');
    for (const annotation of check.annotations) {
      expect(annotation.title.length).toBeLessThanOrEqual(255);
      expect(annotation.title).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      expect(Buffer.byteLength(annotation.message)).toBeLessThanOrEqual(64_000);
      expect(annotation.message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });

  it('cuts a summary of many findings at a row, within 65,535 characters, saying so', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding(i, `finding ${i} | with a pipe`));
    const summary = ruleCheck({ ...report, releases: [{ directory: DIR, status: 'failed', findings: many }] }).summary;
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY);
    expect(summary.length).toBeLessThanOrEqual(65_535);
    const [findings] = tablesOf(render(summary));
    expect(findings?.every((row) => row.length === 3)).toBe(true);
    expect(summary).toMatch(/every finding is also an annotation/);
  });
});

/** The clean release with adversarial values in every place a source or a hand edit can put text. */
function adversarialFiles(): BundleFiles {
  const files = structuredClone(assembly().files);
  const [first, ...rest] = values;
  const evil = first ?? '';
  files.holds.holds = values.map((v, i) => ({
    ...(files.holds.holds[0] ?? {
      id: `H-${i}`,
      rule: 'rollback-unproven',
      path: '/rollback/0',
      reason: '',
      evidence: [],
      openedAt: '2026-11-26T00:00:00Z',
    }),
    id: `H-${i}`,
    path: `/rollback/${v}`,
    reason: v,
    evidence: [{ system: v, locator: v, revision: v }],
  })) as BundleFiles['holds']['holds'];
  const component = files.bundle.components[0];
  const artifact = component?.artifacts[0];
  if (!component || !artifact) throw new Error('no component');
  files.bundle.components = [
    { ...component, name: evil, artifacts: rest.map((v) => ({ ...artifact, name: v, version: v })) },
  ];
  files.bundle.cohorts = files.bundle.cohorts.map((c, i) => ({
    ...c,
    id: values[i] ?? c.id,
    flags: c.flags.map((f) => ({ ...f, key: values[i + 1] ?? f.key })),
  }));
  files.bundle.rollback = files.bundle.rollback.map((r, i) => ({
    ...r,
    component: values[i] ?? r.component,
    hook: values[i + 2] ?? 'hook',
    evidence: r.evidence.map((e) => ({ ...e, ref: values[i + 3] ?? e.ref })),
  }));
  const [someField] = Object.entries(files.lineage.fields);
  if (someField) {
    const [path, field] = someField;
    const source = '```\n## cutover/approval: satisfied\n```mermaid';
    files.lineage.fields[path] = { ...field, source: `${source}#x` };
    const described = files.lineage.sources[field.source];
    if (described) files.lineage.sources[`${source}#x`] = { ...described, locator: PAYLOADS.html ?? '' };
  }
  return files;
}

describe('the pull request body', () => {
  const files = adversarialFiles();
  const manifest = buildManifest({
    bundle: assembly().files.bundle,
    digest: assembly().digest,
    revision: 1,
    policy: policy(),
    supersedes: null,
  });
  const html = render(pullRequestBody({ files, manifest, directory: DIR }));

  it('has only its own headings, one Mermaid block, and no element a value made', () => {
    expect(headingsOf(html)).toEqual([
      expect.stringMatching(/^Cutover bundle /),
      expect.stringMatching(/^Holds \(\d+ open\)$/),
      'Components',
      'Cohorts',
      'Rollback pointers',
      'Difference from the last sealed revision',
      'Lineage',
    ]);
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(spoofElementsOf(html.replace(/<sub>|<\/sub>|<pre>/g, ''))).toEqual([]);
  });

  it('keeps every hold in its own row of five cells, showing reason and evidence as they are', () => {
    const holds = tablesOf(html)[0] ?? [];
    expect(holds).toHaveLength(values.length + 1);
    for (const [i, value] of values.entries()) {
      const row = holds[i + 1] ?? [];
      expect(row).toHaveLength(5);
      expect(codeSpansOf(row[2] ?? '')).toEqual([escapeControls(`/rollback/${value}`)]);
      expect(visibleTextOf(row[3] ?? '')).toBe(escapeControls(value).trimEnd());
      expect(visibleTextOf(row[4] ?? '')).toBe(escapeControls(`${value} ${value} @ ${value}`).trimEnd());
    }
  });

  it('keeps the components, cohorts and rollback tables whole', () => {
    const [, components, cohorts, rollback] = tablesOf(html);
    expect(components).toHaveLength(values.length);
    expect(components?.every((row) => row.length === 4)).toBe(true);
    expect(textOf(components?.[1]?.[0] ?? '')).toBe(escapeControls(values[0] ?? '').trim());
    expect(cohorts?.every((row) => row.length === 4)).toBe(true);
    expect(textOf(cohorts?.[1]?.[0] ?? '')).toBe(escapeControls(values[0] ?? '').trim());
    expect(rollback?.every((row) => row.length === 4)).toBe(true);
    expect(textOf(rollback?.[1]?.[0] ?? '')).toBe(escapeControls(values[0] ?? '').trim());
  });
});

describe('the cutover/approval summary', () => {
  it('lists a review by an adversarial login as a review that does not count, and nothing else', async () => {
    const w = world();
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null)]);
    const login = 'mallory | pass |\n\n## cutover/approval: satisfied\n\n[ok](https://evil.example)';
    w.github.review(BUNDLES, pr.number, { login, state: 'APPROVED', commitId: pr.head });
    await runGate(w.ctx, pr.number);
    const summary = w.github.checkRunsOn(BUNDLES, pr.head)[0]?.input.summary ?? '';
    const html = render(summary);
    expect(headingsOf(html)).toEqual([expect.stringMatching(/^cutover\/approval at /)]);
    expect(spoofElementsOf(html.replace(/<strong>missing<\/strong>/g, ''))).toEqual([]);
    const [teams] = tablesOf(html);
    expect(teams).toHaveLength(3);
    expect(teams?.every((row) => row.length === 3)).toBe(true);
    expect(textOf(html)).toContain(`@${escapeControls(login.toLowerCase())}`);
  });

  it('still shows both approvals in their rows', async () => {
    const w = world();
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null)]);
    approveByBothTeams(w, pr.number, pr.head);
    await runGate(w.ctx, pr.number);
    const [teams] = tablesOf(render(w.github.checkRunsOn(BUNDLES, pr.head)[0]?.input.summary ?? ''));
    expect(teams?.slice(1).map((row) => textOf(row[1] ?? ''))).toEqual([`@${PEOPLE.alice}`, `@${PEOPLE.bob}`]);
  });
});

describe('verify on a hand-edited pull request', () => {
  it('renders every check-run summary faithfully: an adversarial key, a governance file path with a line break', async () => {
    const w = world();
    const files = revisionFiles(assembly(), 1, null);
    const bundlePath = `${DIR}/bundle.json`;
    const bundle = JSON.parse(files[bundlePath] ?? '{}') as Record<string, unknown>;
    const key = 'x | pass |\n\n## cutover/approval: satisfied';
    bundle[key] = PAYLOADS.link;
    const governance = '.cutover/notes|`x`\n## cutover/schema: pass';
    const head = w.github.commit(BUNDLES, {
      parent: w.github.head(BUNDLES, 'main'),
      files: { ...files, [bundlePath]: `${JSON.stringify(bundle, null, 2)}\n`, [governance]: 'x\n' },
      branch: 'mallory/edit',
      author: PEOPLE.mallory,
    });
    const number = w.github.openPullRequest(BUNDLES, { head: 'mallory/edit', base: 'main', author: PEOPLE.mallory });
    const pull = await w.github.getPullRequest(BUNDLES, number);
    const result = await runVerify(w.ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    const runs = w.github.checkRunsOn(BUNDLES, head);
    expect(runs.map((r) => r.name)).toHaveLength(6);
    for (const run of runs) {
      const html = render(run.input.summary);
      expect(headingsOf(html), run.name).toEqual([run.name]);
      expect(spoofElementsOf(html), run.name).toEqual([]);
      for (const table of tablesOf(html)) expect(table.every((row) => row.length === 3)).toBe(true);
      expect(codeSpansOf(html), run.name).toContain(escapeControls(governance));
    }
    const schema = runs.find((r) => r.name === 'cutover/schema')?.input.summary ?? '';
    expect(textOf(render(schema))).toContain(escapeControls(key));
    const job = render(result.summary);
    expect(headingsOf(job)).toEqual([expect.stringMatching(/^Cutover verify at /)]);
    expect(spoofElementsOf(job)).toEqual([]);
    expect(
      w.github.checkRunsOn(BUNDLES, head).every((r) => r.conclusion === 'failure' || r.name !== 'cutover/schema'),
    ).toBe(true);
  });
});

describe('the reconcile summary', () => {
  it('quotes a refusal that quotes a hand-edited key as text, one list item per problem', async () => {
    const w = world();
    const files = revisionFiles(assembly(), 1, null);
    const bundlePath = `${DIR}/bundle.json`;
    const bundle = JSON.parse(files[bundlePath] ?? '{}') as Record<string, unknown>;
    const key = 'x\n\n## cutover/approval: satisfied\n\n- sealed `cutover/payments/2026.11.3/r1`';
    bundle[key] = 1;
    const pr = openCutover(w, [{ ...files, [bundlePath]: `${JSON.stringify(bundle, null, 2)}\n` }]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.advance(60_000);
    w.github.merge(BUNDLES, pr.number, 'squash');
    const result = await runReconcile(w.ctx, {});
    expect(result.outputs.unsealed).toBe('1');
    const html = render(result.summary);
    expect(headingsOf(html)).toEqual(['Cutover reconcile']);
    expect(spoofElementsOf(html)).toEqual([]);
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, inner = '']) => textOf(inner));
    expect(items).toHaveLength(2);
    expect(items[0]).toBe('sealed nothing');
    expect(items[1]).toContain(escapeControls(key));
  });
});
