/**
 * The example workflows against a write-access adversary (GitHub's "Security hardening for GitHub Actions"):
 * no expression expanded into a shell script, every third-party action pinned to a full commit SHA, and every
 * environment a job takes a key from defined in examples/repository-rules with a deployment policy that admits
 * only the refs the job needs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractChecker } from '../../packages/github-server/index.js';
import { isRecord } from '../helpers/records.js';
import { exampleWorkflowFiles, type Json, loadYaml, RULES_DIR, repoRoot, usesCutover } from './helpers.js';

const WORKFLOWS = exampleWorkflowFiles();

interface RawStep {
  file: string;
  job: string;
  index: number;
  step: Json;
}

function rawJobs(file: string): Array<[string, Json]> {
  const workflow = loadYaml(path.join(repoRoot, file));
  return Object.entries(isRecord(workflow.jobs) ? workflow.jobs : {}).map(([name, job]) => {
    if (!isRecord(job)) throw new Error(`${file}: job ${name} is not a mapping`);
    return [name, job];
  });
}

function rawSteps(file: string): RawStep[] {
  return rawJobs(file).flatMap(([job, raw]) =>
    (Array.isArray(raw.steps) ? raw.steps : []).map((step: unknown, index: number) => {
      if (!isRecord(step)) throw new Error(`${file}: job ${job} step ${index} is not a mapping`);
      return { file, job, index, step };
    }),
  );
}

const STEPS = WORKFLOWS.flatMap(rawSteps);

/** An expression `${{ ... }}` inside a shell script is expanded into the script's text before the shell runs. */
const EXPRESSION = /\$\{\{/;

describe('no expression is expanded into a shell script', () => {
  const scripts = STEPS.filter((s) => typeof s.step.run === 'string');

  it('finds the scripts', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
  });

  // A payload value (a branch name, a review body, a dispatch payload) or a step output expanded into `run:`
  // becomes shell code: `${{ github.event.client_payload.tag }}` with `"; curl ... #` in it runs that command.
  // Values reach a script through `env:`, where the shell reads them as data.
  it.each(scripts.map((s) => [`${s.file} ${s.job}#${s.index}`, s] as const))(
    '%s: run reads values from env',
    (_, s) => {
      expect(String(s.step.run)).not.toMatch(EXPRESSION);
    },
  );

  it('the check can fail: it finds an expression in a script', () => {
    expect(['echo "pull request $', '{{ github.event.pull_request.number }}"'].join('')).toMatch(EXPRESSION);
  });
});

/**
 * Every third-party action the examples use, pinned to a full commit SHA that was checked against the
 * action's own repository (its tag resolved with `git rev-parse <tag>^{commit}` in a snapshot of it). A tag
 * such as `v2` can be moved by whoever controls that repository, and these steps hold the governor's and the
 * writer's private keys. Updating a pin means checking the new SHA the same way and changing it here.
 */
const VERIFIED_PINS: Record<string, { sha: string; version: string }> = {
  // github.com/actions/create-github-app-token: v2 and v2.2.2 both resolve to this commit.
  'actions/create-github-app-token': { sha: 'fee1f7d63c2ff003460e3d139729b119787bc349', version: 'v2.2.2' },
  // github.com/actions/checkout: v7 and v7.0.1 both resolve to this commit (node24; v7 refuses to check out a
  // fork's pull request under pull_request_target and workflow_run).
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
};

describe('third-party actions are pinned to a full commit SHA', () => {
  const thirdParty = STEPS.filter((s) => typeof s.step.uses === 'string' && !usesCutover(String(s.step.uses)));

  it('finds the third-party steps', () => {
    expect(thirdParty.length).toBeGreaterThanOrEqual(6);
  });

  it.each(thirdParty.map((s) => [`${s.file} ${s.job}#${s.index} ${String(s.step.uses)}`, s] as const))(
    '%s: pinned to the verified commit, its version in a comment beside it',
    (_, s) => {
      const [action = '', ref = ''] = String(s.step.uses).split('@');
      const pin = VERIFIED_PINS[action];
      expect(pin, `${action} has no verified pin`).toBeDefined();
      expect(ref).toBe(pin?.sha);
      // The line itself keeps the human-readable version (what Dependabot and reviewers read).
      const lines = readFileSync(path.join(repoRoot, s.file), 'utf8').split('\n');
      const line = lines.find((l) => l.includes(`uses: ${action}@${ref}`));
      expect(line).toMatch(new RegExp(`uses: ${action}@${ref} # ${pin?.version.replace(/\./g, '\\.')}$`));
    },
  );
});

/**
 * The environments whose secrets the example jobs read. A job that names an environment GitHub does not
 * have gets one created on the fly, with no deployment-branch policy: its key would then reach a workflow on
 * any branch anyone with write access pushes (a push workflow, or workflow_dispatch of a branch's own copy).
 * Each environment therefore ships as two request bodies, like cutover-writer's: the environment (custom
 * policies only) and the one policy naming what may deploy to it.
 */
const ENVIRONMENTS: Record<string, { type: 'branch' | 'tag'; name: string }> = {
  // The service repository's release-candidate tags, which only release engineering may create.
  'cutover-writer': { type: 'tag', name: 'v*-rc.*' },
  // release-bundles' default branch (`main`): pull_request_target runs with the base branch as its ref,
  // workflow_run and schedule with the default branch.
  'cutover-governor': { type: 'branch', name: 'main' },
  // The deployment queue's default branch (`main`): repository_dispatch runs with it as its ref. The job that
  // checks the seal is the one that enqueues; from any other branch, a copy of the workflow without the check
  // (pushed, or run by workflow_dispatch on that branch) would get the deployer key and the queue's own
  // credentials.
  'cutover-deploy': { type: 'branch', name: 'main' },
};

describe('every environment a job names is defined, admitting only what needs the key', () => {
  const checker = new ContractChecker(true);
  const json = (file: string): unknown => JSON.parse(readFileSync(path.join(RULES_DIR, file), 'utf8'));
  const request = (operationId: string, template: string, environment: string, body: unknown) =>
    checker.checkRequest({
      method: operationId === 'repos/create-or-update-environment' ? 'PUT' : 'POST',
      template,
      path: template
        .replace('{owner}', 'acme')
        .replace('{repo}', 'release-bundles')
        .replace('{environment_name}', environment),
      operationId,
      pathParams: { owner: 'acme', repo: 'release-bundles', environment_name: environment },
      query: {},
      body,
      hasBody: true,
    });

  const named = [
    ...new Set(
      WORKFLOWS.flatMap((file) =>
        rawJobs(file).flatMap(([, job]) => {
          const environment = isRecord(job.environment) ? job.environment.name : job.environment;
          return environment === undefined ? [] : [String(environment)];
        }),
      ),
    ),
  ].sort();

  it('the examples name the writer, the governor and the deployment queue environment', () => {
    expect(named).toEqual(Object.keys(ENVIRONMENTS).sort());
  });

  it.each(named)('%s: an environment with custom deployment policies only, and its one policy', (environment) => {
    const body = json(`${environment}.environment.json`);
    const policy = json(`${environment}.deployment-policy.json`);
    // protected_branches: true would admit every branch while the repository has no classic branch protection.
    expect(body).toEqual({ deployment_branch_policy: { protected_branches: false, custom_branch_policies: true } });
    expect(policy).toEqual(ENVIRONMENTS[environment]);
    expect(
      request(
        'repos/create-or-update-environment',
        '/repos/{owner}/{repo}/environments/{environment_name}',
        environment,
        body,
      ),
    ).toEqual([]);
    expect(
      request(
        'repos/create-deployment-branch-policy',
        '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
        environment,
        policy,
      ),
    ).toEqual([]);
  });

  it('every job that reads a secret takes it from one of these environments', () => {
    for (const file of WORKFLOWS)
      for (const [name, job] of rawJobs(file))
        if (/secrets\./.test(JSON.stringify(job)))
          expect(Object.keys(ENVIRONMENTS), `${file} ${name}`).toContain(job.environment);
  });

  it('the rules README tells how to create each environment', () => {
    const readme = readFileSync(path.join(RULES_DIR, 'README.md'), 'utf8');
    for (const environment of named) {
      expect(readme).toContain(`environments/${environment} --input ${environment}.environment.json`);
      expect(readme).toContain(`${environment}/deployment-branch-policies`);
      expect(readme).toContain(`--input ${environment}.deployment-policy.json`);
    }
  });
});

/**
 * Concurrency groups named by a value a dispatcher writes (a repository_dispatch `client_payload`, a
 * workflow_dispatch input). With GitHub's default `queue: single` a group holds one running and one pending
 * run, and each new run cancels the pending one: anyone who can dispatch to the repository could send two
 * events naming the tag of a real seal (with a payload the action refuses) and cancel the real hand-off waiting
 * behind a running one. `queue: max` keeps every pending run (up to 100, in order).
 */
describe('a dispatcher cannot cancel a pending run by naming its group', () => {
  const groups = WORKFLOWS.flatMap((file) => {
    const workflow = loadYaml(path.join(repoRoot, file));
    const levels: Array<[string, unknown]> = [
      ['workflow', workflow.concurrency],
      ...rawJobs(file).map(([name, job]): [string, unknown] => [name, job.concurrency]),
    ];
    return levels.flatMap(([where, concurrency]) => (isRecord(concurrency) ? [{ file, where, concurrency }] : []));
  });
  const dispatcherNamed = groups.filter((g) => /client_payload|inputs\./.test(String(g.concurrency.group)));

  it('finds the deployment queue group', () => {
    expect(dispatcherNamed.map((g) => g.file)).toContain('examples/deploy-queue/.github/workflows/cutover-deploy.yml');
  });

  it.each(dispatcherNamed.map((g) => [`${g.file} ${g.where}`, g] as const))(
    '%s: queues every pending run, cancels none',
    (_, g) => {
      expect(g.concurrency['cancel-in-progress']).toBe(false);
      expect(g.concurrency.queue).toBe('max');
    },
  );
});

/**
 * Workflows that run with the governor's key on a pull request (pull_request_target, workflow_run) never
 * check out, download or run anything of the pull request: Cutover reads its files through the API as data.
 */
describe('privileged triggers run nothing from the pull request', () => {
  const PRIVILEGED = ['pull_request_target', 'workflow_run'];
  const privileged = WORKFLOWS.filter((file) => {
    const on = loadYaml(path.join(repoRoot, file)).on;
    return isRecord(on) && Object.keys(on).some((event) => PRIVILEGED.includes(event));
  });

  it('finds the verify, gate and seal workflows', () => {
    expect(privileged).toEqual([
      'examples/bundles-repo/.github/workflows/cutover-seal.yml',
      'examples/bundles-repo/.github/workflows/cutover-verify.yml',
    ]);
  });

  /** What in a job would bring the pull request's code or a triggering run's files into it. */
  const foreignCode = (job: Json): string[] =>
    (Array.isArray(job.steps) ? job.steps : []).flatMap((step: unknown) => {
      if (!isRecord(step)) return [];
      const uses = String(step.uses ?? '');
      if (/^actions\/(checkout|download-artifact)@/.test(uses)) return [uses];
      if (/github\.event\.(pull_request\.head|workflow_run\.head)/.test(JSON.stringify(step))) return ['head ref'];
      return [];
    });

  it.each(privileged)('%s: no checkout, no artifact download, no head ref in any step', (file) => {
    for (const [name, job] of rawJobs(file)) expect(foreignCode(job), `${file} ${name}`).toEqual([]);
  });

  it('the check can fail: a checkout of the head is found', () => {
    const head = ['$', '{{ github.event.pull_request.head.sha }}'].join('');
    const job = { steps: [{ uses: 'actions/checkout@v4' }, { uses: 'acme/cutover@v1', with: { tag: head } }] };
    expect(foreignCode(job)).toEqual(['actions/checkout@v4', 'head ref']);
  });
});
