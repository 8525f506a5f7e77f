/**
 * The project's own automation in .github/: CI runs .ci/run (the script the project's CI runs), the release
 * workflow runs scripts/release.mjs, Dependabot updates npm and the actions. Workflows are validated against
 * SchemaStore's workflow schema from ../shared (skipped with the reason when it is absent). SchemaStore's
 * Dependabot schema is not among the fixtures, so dependabot.yml is checked field by field against what
 * GitHub documents for version 2.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRecord } from '../helpers/records.js';
import {
  errorsOf,
  haveSchemaStore,
  jobsOf,
  loadYaml,
  repoRoot,
  schemaStoreDir,
  schemaStoreValidator,
  triggersOf,
} from './helpers.js';

const WORKFLOW_DIR = path.join(repoRoot, '.github', 'workflows');
const workflowFiles = existsSync(WORKFLOW_DIR)
  ? readdirSync(WORKFLOW_DIR)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];
const workflow = (name: string) => loadYaml(path.join(WORKFLOW_DIR, name));

/** Every `run:` script of a workflow, with its job. */
function runSteps(file: string): Array<{ job: string; run: string }> {
  const jobs = workflow(file).jobs;
  if (!isRecord(jobs)) return [];
  return Object.entries(jobs).flatMap(([job, body]) =>
    isRecord(body) && Array.isArray(body.steps)
      ? body.steps.flatMap((step: unknown) =>
          isRecord(step) && typeof step.run === 'string' ? [{ job, run: step.run }] : [],
        )
      : [],
  );
}

describe('.github/workflows', () => {
  it('has the CI and release workflows', () => {
    expect(workflowFiles).toEqual(['ci.yml', 'release.yml']);
  });

  describe.skipIf(!haveSchemaStore)(
    haveSchemaStore
      ? 'valid against SchemaStore’s workflow schema'
      : `SchemaStore workflow schema: SKIPPED, ${schemaStoreDir}/github-workflow.schema.json is absent`,
    () => {
      it.each(workflowFiles)('%s is a valid workflow', (file) => {
        expect(errorsOf(schemaStoreValidator('github-workflow.schema.json'), workflow(file))).toEqual([]);
      });

      it('the schema rejects a misspelled key in ci.yml (the validation can fail)', () => {
        const ci = workflow('ci.yml');
        expect(errorsOf(schemaStoreValidator('github-workflow.schema.json'), { ...ci, job: ci.jobs })).not.toEqual([]);
      });
    },
  );

  it('ci.yml runs .ci/run on pushes to main and on pull requests, with a read-only token', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(triggersOf(ci))).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(runSteps('ci.yml').map((s) => s.run.trim())).toContain('bash .ci/run');
    const [job] = jobsOf(ci);
    expect(job?.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with['persist-credentials']).toBe(false);
  });

  it('ci.yml covers the action’s runtime (Node 24) and the oldest Node the package supports (engines)', () => {
    const jobs = workflow('ci.yml').jobs;
    const matrix = isRecord(jobs) && isRecord(jobs.ci) && isRecord(jobs.ci.strategy) ? jobs.ci.strategy.matrix : {};
    const nodes = isRecord(matrix) && Array.isArray(matrix.node) ? matrix.node.map(String) : [];
    const action = loadYaml(path.join(repoRoot, 'action.yml'));
    expect(action.runs).toMatchObject({ using: 'node24' });
    expect(nodes).toContain('24');
    const engines = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).engines.node as string;
    const oldest = /(\d+)/.exec(engines)?.[1];
    expect(nodes).toContain(oldest);
  });

  it('release.yml runs by hand on the default branch, after .ci/run, and pushes through scripts/release.mjs', () => {
    const rel = workflow('release.yml');
    const triggers = triggersOf(rel);
    expect(Object.keys(triggers)).toEqual(['workflow_dispatch']);
    expect(rel.permissions).toEqual({ contents: 'read' });
    const jobs = isRecord(rel.jobs) ? rel.jobs : {};
    const checks = isRecord(jobs.checks) ? jobs.checks : {};
    const release = isRecord(jobs.release) ? jobs.release : {};
    expect(checks.permissions).toEqual({ contents: 'read' });
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(release.needs).toBe('checks');
    for (const job of [checks, release]) expect(String(job.if)).toContain('default_branch');
    const runs = (job: string) =>
      runSteps('release.yml')
        .filter((s) => s.job === job)
        .map((s) => s.run);
    expect(runs('checks').map((r) => r.trim())).toContain('bash .ci/run');
    expect(runs('release').some((r) => r.includes('node scripts/release.mjs "$VERSION" --push'))).toBe(true);
    const [checksJob, releaseJob] = jobsOf(rel);
    expect(checksJob?.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({
      'persist-credentials': false,
    });
    // The tags need the whole history and every existing tag (to refuse an existing version tag).
    expect(releaseJob?.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({
      'fetch-depth': 0,
      'fetch-tags': true,
    });
  });

  it('release.yml runs no dependency code where the write token is: no install, no .ci/run, no npm cache', () => {
    const releaseRuns = runSteps('release.yml').filter((s) => s.job === 'release');
    expect(releaseRuns.length).toBeGreaterThan(0);
    for (const { run } of releaseRuns) expect(run).not.toMatch(/\bnpm\b|\bnpx\b|\.ci\/run|\byarn\b|\bpnpm\b/);
    const [, releaseJob] = jobsOf(workflow('release.yml'));
    for (const step of releaseJob?.steps ?? []) expect(step.with?.cache, step.uses).toBeUndefined();
  });

  it.each(workflowFiles)('%s pins every action to a full commit SHA, its version in a comment', (file) => {
    const text = readFileSync(path.join(WORKFLOW_DIR, file), 'utf8');
    const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref, `${file}: ${ref}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(rest, `${file}: ${ref}`).toMatch(/^\s+# v\d+\.\d+\.\d+$/);
    }
  });

  it.each(workflowFiles)('%s never expands an expression inside a run script (inputs reach it through env)', (file) => {
    for (const step of runSteps(file)) expect(step.run, `${file} ${step.job}`).not.toMatch(/\$\{\{/);
  });
});

describe('.github/dependabot.yml', () => {
  const file = path.join(repoRoot, '.github', 'dependabot.yml');
  const config = existsSync(file) ? loadYaml(file) : {};
  const updates = Array.isArray(config.updates) ? config.updates.filter(isRecord) : [];

  it('is version 2 and updates npm and github-actions from the repository root, on a schedule', () => {
    expect(config.version).toBe(2);
    expect(updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of updates) {
      expect(update.directory).toBe('/');
      expect(isRecord(update.schedule) && update.schedule.interval).toMatch(/^(daily|weekly|monthly)$/);
    }
  });

  it('uses only keys GitHub documents for an update entry', () => {
    const known = [
      'package-ecosystem',
      'directory',
      'directories',
      'schedule',
      'open-pull-requests-limit',
      'groups',
      'ignore',
      'allow',
      'labels',
      'commit-message',
      'versioning-strategy',
      'target-branch',
      'reviewers',
      'assignees',
      'rebase-strategy',
      'registries',
      'cooldown',
    ];
    expect(Object.keys(config).sort()).toEqual(['updates', 'version']);
    for (const update of updates) for (const key of Object.keys(update)) expect(known, key).toContain(key);
  });
});
