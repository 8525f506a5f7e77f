/**
 * The convention's workflows and action.yml: valid for GitHub (SchemaStore's schemas), using only the
 * action's real inputs and commands, each command on the events its mode handles, and every Cutover step
 * given an App installation token from actions/create-github-app-token.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type Command } from '../../src/action/inputs.js';
import { isRecord } from '../helpers/records.js';
import {
  errorsOf,
  exampleWorkflowFiles,
  haveSchemaStore,
  type Json,
  jobsOf,
  loadYaml,
  repoRoot,
  schemaStoreDir,
  schemaStoreValidator,
  triggersOf,
  usesCutover,
} from './helpers.js';

const WORKFLOWS = exampleWorkflowFiles();
const action = loadYaml(path.join(repoRoot, 'action.yml'));
const actionInputs = isRecord(action.inputs) ? action.inputs : {};

/** The events on which each command does its work (src/action/main.ts and src/modes/*). */
const COMMAND_EVENTS: Record<Command, readonly string[]> = {
  assemble: ['push'],
  verify: ['pull_request', 'pull_request_target', 'merge_group'],
  gate: ['pull_request', 'pull_request_target', 'pull_request_review', 'workflow_run'],
  seal: ['pull_request', 'pull_request_target'],
  reconcile: ['schedule', 'workflow_dispatch'],
  read: ['repository_dispatch', 'workflow_dispatch'],
};

interface CutoverStep {
  file: string;
  job: string;
  jobIf: string | undefined;
  index: number;
  with: Json;
  env: Json;
  appTokenStepIds: Map<string, number>;
}

/** Every step of every example workflow that runs this action, with what its job offers it. */
function cutoverSteps(): CutoverStep[] {
  return WORKFLOWS.flatMap((file) =>
    jobsOf(loadYaml(path.join(repoRoot, file))).flatMap((job) => {
      const appTokenStepIds = new Map(
        job.steps
          .filter((s) => s.uses?.startsWith('actions/create-github-app-token@') && s.id)
          .map((s) => [s.id ?? '', s.index]),
      );
      return job.steps
        .filter((s) => usesCutover(s.uses))
        .map((s) => ({
          file,
          job: job.name,
          jobIf: job.if,
          index: s.index,
          with: s.with,
          env: s.env,
          appTokenStepIds,
        }));
    }),
  );
}

describe('example workflows exist', () => {
  it('covers the service repository and the bundles repository', () => {
    expect(WORKFLOWS).toEqual([
      'examples/bundles-repo/.github/workflows/cutover-reconcile.yml',
      'examples/bundles-repo/.github/workflows/cutover-review.yml',
      'examples/bundles-repo/.github/workflows/cutover-seal.yml',
      'examples/bundles-repo/.github/workflows/cutover-verify.yml',
      'examples/deploy-queue/.github/workflows/cutover-deploy.yml',
      'examples/service-repo/.github/workflows/cutover-assemble.yml',
    ]);
  });

  it('every command of the action is used by some example workflow', () => {
    const used = new Set(cutoverSteps().map((s) => s.with.command));
    expect([...used].sort()).toEqual([...COMMANDS].sort());
  });
});

describe.skipIf(!haveSchemaStore)(
  haveSchemaStore
    ? 'SchemaStore schemas for action.yml and workflows'
    : `SchemaStore schemas: SKIPPED, ${schemaStoreDir}/github-action.schema.json or github-workflow.schema.json is absent`,
  () => {
    it('action.yml is a valid action metadata file (runs.using node24)', () => {
      const validate = schemaStoreValidator('github-action.schema.json');
      expect(errorsOf(validate, action)).toEqual([]);
      expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    });

    it.each(WORKFLOWS)('%s is a valid workflow', (file) => {
      const validate = schemaStoreValidator('github-workflow.schema.json');
      expect(errorsOf(validate, loadYaml(path.join(repoRoot, file)))).toEqual([]);
    });

    it('the workflow schema rejects an unknown key (the validation can fail)', () => {
      const validate = schemaStoreValidator('github-workflow.schema.json');
      const workflow = loadYaml(path.join(repoRoot, WORKFLOWS[0] ?? ''));
      expect(errorsOf(validate, { ...workflow, permission: { contents: 'read' } })).not.toEqual([]);
    });
  },
);

describe('Cutover steps use the action as it is', () => {
  const steps = cutoverSteps();

  it('finds the Cutover steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  it.each(steps.map((s) => [`${s.file} ${s.job}#${s.index}`, s] as const))(
    '%s: only inputs of action.yml, every required one, a valid command',
    (_, step) => {
      for (const key of Object.keys(step.with)) expect(Object.keys(actionInputs), `input ${key}`).toContain(key);
      for (const [name, input] of Object.entries(actionInputs))
        if (isRecord(input) && input.required === true)
          expect(step.with, `required input ${name}`).toHaveProperty(name);
      expect(COMMANDS).toContain(step.with.command);
      if (step.with.command === 'assemble') expect(step.with).toHaveProperty('bundles-repository');
    },
  );

  it.each(steps.map((s) => [`${s.file} ${s.job}#${s.index}`, s] as const))(
    '%s: the token comes from an earlier actions/create-github-app-token step of the same job',
    (_, step) => {
      const match = /^\$\{\{\s*steps\.([A-Za-z0-9_-]+)\.outputs\.token\s*\}\}$/.exec(String(step.with.token));
      expect(match, `token ${String(step.with.token)}`).not.toBeNull();
      const at = step.appTokenStepIds.get(match?.[1] ?? '');
      expect(at, 'a create-github-app-token step with that id').toBeDefined();
      expect(at ?? Number.POSITIVE_INFINITY).toBeLessThan(step.index);
    },
  );

  it.each(WORKFLOWS)('%s never hands GITHUB_TOKEN to the action', (file) => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    for (const step of cutoverSteps().filter((s) => s.file === file))
      expect(String(step.with.token)).not.toMatch(/GITHUB_TOKEN|github\.token/);
    expect(text).not.toMatch(/token:\s*\$\{\{\s*(secrets\.GITHUB_TOKEN|github\.token)/);
  });

  it.each(steps.map((s) => [`${s.file} ${s.job}#${s.index}`, s] as const))(
    '%s: the command runs on the events its mode handles',
    (_, step) => {
      const command = step.with.command as Command;
      const triggers = Object.keys(triggersOf(loadYaml(path.join(repoRoot, step.file))));
      // A job guarded by `github.event_name == '<event>'` runs only on the events it names.
      const guarded = step.jobIf !== undefined && /event_name/.test(step.jobIf);
      const reachable = triggers.filter((event) => !guarded || step.jobIf?.includes(`'${event}'`));
      expect(reachable.length).toBeGreaterThan(0);
      for (const event of reachable) expect(COMMAND_EVENTS[command], `${command} on ${event}`).toContain(event);
    },
  );
});

describe('each workflow is wired as the convention says', () => {
  const assemble = loadYaml(path.join(repoRoot, 'examples/service-repo/.github/workflows/cutover-assemble.yml'));

  it('assemble runs on release-candidate tags only, with read-only GITHUB_TOKEN', () => {
    const push = triggersOf(assemble).push;
    expect(push).toEqual({ tags: ['v*-rc.*'] });
    expect(assemble.permissions).toEqual({ contents: 'read' });
  });

  it('assemble checks out the tag before it runs and passes the change-management secret through env', () => {
    const [job] = jobsOf(assemble);
    const checkout = job?.steps.findIndex((s) => s.uses?.startsWith('actions/checkout@')) ?? -1;
    const cutover = job?.steps.findIndex((s) => usesCutover(s.uses)) ?? -1;
    expect(checkout).toBeGreaterThanOrEqual(0);
    expect(checkout).toBeLessThan(cutover);
    const sources = loadYaml(path.join(repoRoot, 'examples/service-repo/.cutover/sources.yaml'));
    const variables = (Array.isArray(sources.sources) ? sources.sources : []).flatMap((s: unknown) =>
      isRecord(s) && isRecord(s.headers) ? Object.values(s.headers) : [],
    );
    expect(variables.length).toBeGreaterThan(0);
    for (const variable of variables) expect(job?.steps[cutover]?.env).toHaveProperty(String(variable));
  });

  it('the App token of assemble covers the service repository and release-bundles', () => {
    const [job] = jobsOf(assemble);
    const token = job?.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
    expect(token?.with.owner).toBeDefined();
    expect(String(token?.with.repositories)).toContain('release-bundles');
    expect(String(token?.with.repositories)).toContain('github.event.repository.name');
  });

  it('seal runs only for merged pull requests and hands off to the deployment queue', () => {
    const seal = loadYaml(path.join(repoRoot, 'examples/bundles-repo/.github/workflows/cutover-seal.yml'));
    expect(triggersOf(seal)).toEqual({ pull_request_target: { types: ['closed'] } });
    const [job] = jobsOf(seal);
    expect(job?.if).toBe('github.event.pull_request.merged == true');
    expect(job?.steps.find((s) => usesCutover(s.uses))?.with).toHaveProperty('dispatch-repository');
  });

  it('verify and gate run from the default branch: pull_request_target, and workflow_run after a review', () => {
    const verify = loadYaml(path.join(repoRoot, 'examples/bundles-repo/.github/workflows/cutover-verify.yml'));
    const triggers = triggersOf(verify);
    expect(Object.keys(triggers).sort()).toEqual(['pull_request_target', 'workflow_run']);
    expect(triggers.pull_request_target).toEqual({ types: ['opened', 'synchronize', 'reopened', 'edited'] });
    expect(triggers.workflow_run).toEqual({ workflows: ['cutover-review'], types: ['completed'] });
    const review = loadYaml(path.join(repoRoot, 'examples/bundles-repo/.github/workflows/cutover-review.yml'));
    expect(review.name).toBe('cutover-review');
  });

  it('verify and gate runs are grouped by pull request number, never by a branch name another party can choose', () => {
    const verify = loadYaml(path.join(repoRoot, 'examples/bundles-repo/.github/workflows/cutover-verify.yml'));
    const groups = jobsOf(verify).map((job) => {
      const raw = isRecord(verify.jobs) ? verify.jobs[job.name] : undefined;
      const concurrency = isRecord(raw) && isRecord(raw.concurrency) ? raw.concurrency : {};
      return { job: job.name, group: String(concurrency.group), cancel: concurrency['cancel-in-progress'] };
    });
    expect(groups.map((g) => g.job).sort()).toEqual(['gate', 'verify']);
    for (const { job, group, cancel } of groups) {
      expect(cancel, job).toBe(true);
      // Every context the group reads is a pull request number or the run's own id.
      const contexts = [...group.matchAll(/github\.[A-Za-z0-9_.[\]]+/g)].map((m) => m[0]).sort();
      for (const context of contexts)
        expect(
          ['github.event.pull_request.number', 'github.event.workflow_run.pull_requests[0].number', 'github.run_id'],
          `${job}: ${group}`,
        ).toContain(context);
    }
  });

  // pull_request, pull_request_review and merge_group run the pull request's own copy of a workflow, and push
  // runs any branch's: the governor's key must be reachable only from definitions on the default branch.
  const DEFAULT_BRANCH_EVENTS = ['pull_request_target', 'workflow_run', 'schedule', 'workflow_dispatch'];
  const bundleWorkflows = WORKFLOWS.filter((f) => f.startsWith('examples/bundles-repo/'));

  it.each(bundleWorkflows)(
    '%s: a job holding the governor key runs only from the default branch, in its environment',
    (file) => {
      const workflow = loadYaml(path.join(repoRoot, file));
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      const holdsKey = /secrets\.CUTOVER_GOVERNOR_PRIVATE_KEY/.test(text);
      if (!holdsKey) {
        // A workflow without the key (the review marker) must hold no secret at all.
        expect(text).not.toMatch(/secrets\./);
        return;
      }
      for (const event of Object.keys(triggersOf(workflow))) expect(DEFAULT_BRANCH_EVENTS, event).toContain(event);
      for (const job of jobsOf(workflow)) {
        const raw = isRecord(workflow.jobs) ? workflow.jobs[job.name] : undefined;
        expect(isRecord(raw) ? raw.environment : undefined, `${file} ${job.name}`).toBe('cutover-governor');
      }
      expect(workflow.permissions).toEqual({});
    },
  );

  it.each(bundleWorkflows)('%s: every App token is narrowed to named permissions', (file) => {
    for (const job of jobsOf(loadYaml(path.join(repoRoot, file))))
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/create-github-app-token@'))) {
        const narrowed = Object.keys(step.with).filter((k) => k.startsWith('permission-'));
        expect(narrowed.length, `${file} ${job.name}`).toBeGreaterThan(0);
        expect(String(step.with['app-id'])).toContain('CUTOVER_GOVERNOR_APP_ID');
      }
  });

  it('assemble uses the writer App, never the governor', () => {
    const text = readFileSync(
      path.join(repoRoot, 'examples/service-repo/.github/workflows/cutover-assemble.yml'),
      'utf8',
    );
    expect(text).toContain('CUTOVER_WRITER_APP_ID');
    expect(text).not.toContain('GOVERNOR');
  });

  it('the deployment queue reads each sealed revision from a pinned bundles repository before queueing it', () => {
    const deploy = loadYaml(path.join(repoRoot, 'examples/deploy-queue/.github/workflows/cutover-deploy.yml'));
    const triggers = triggersOf(deploy);
    expect(triggers.repository_dispatch).toEqual({ types: ['cutover-sealed'] });
    expect(deploy.permissions).toEqual({});
    const [job] = jobsOf(deploy);
    const read = job?.steps.findIndex((s) => usesCutover(s.uses)) ?? -1;
    expect(job?.steps[read]?.with.command).toBe('read');
    // Pinned: a dispatch payload is writable by anyone who can dispatch to the queue, a seal tag is not.
    expect(String(job?.steps[read]?.with['bundles-repository'])).toMatch(/\/release-bundles$/);
    const later = job?.steps.slice(read + 1).map((s) => JSON.stringify(s.env)) ?? [];
    expect(later.join('')).toContain('steps.seal.outputs.bundle-digest');
    for (const step of job?.steps.filter((s) => s.uses?.startsWith('actions/create-github-app-token@')) ?? [])
      expect(step.with['permission-contents']).toBe('read');
  });

  it('reconcile runs on a schedule and by hand', () => {
    const reconcile = loadYaml(path.join(repoRoot, 'examples/bundles-repo/.github/workflows/cutover-reconcile.yml'));
    expect(Object.keys(triggersOf(reconcile)).sort()).toEqual(['schedule', 'workflow_dispatch']);
  });

  it('js-yaml reads `on:` as a key (not as boolean true)', () => {
    expect(Object.keys(yaml.load('on: push') as object)).toEqual(['on']);
  });
});
