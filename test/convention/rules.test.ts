/**
 * The recommended rulesets (examples/repository-rules): valid request bodies for GitHub's "create a
 * repository ruleset" (checked against GitHub's OpenAPI description), requiring every check Cutover posts,
 * pinned to the App, and protecting exactly the seal tags Cutover creates.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ContractChecker, patternRegExp } from '../../packages/github-server/index.js';
import { sealTagName } from '../../src/domain/names.js';
import { VERIFICATION_RULE_IDS } from '../../src/domain/verify.js';
import { APPROVAL_CHECK } from '../../src/modes/gate.js';
import { checkName } from '../../src/render/checks.js';
import { isRecord } from '../helpers/records.js';
import { type Json, RULES_DIR } from './helpers.js';

const GOVERNOR = '"__GOVERNOR_APP_ID__"';
const WRITER = '"__WRITER_APP_ID__"';
const RELEASE_TEAM = '"__RELEASE_TEAM_ID__"';
const APP_ID = 424242;
const WRITER_ID = 515151;
const RELEASE_TEAM_ID = 626262;

function loadRuleset(file: string, appId?: number): Json {
  let text = readFileSync(path.join(RULES_DIR, file), 'utf8');
  if (appId !== undefined)
    text = text
      .replaceAll(GOVERNOR, String(appId))
      .replaceAll(WRITER, String(WRITER_ID))
      .replaceAll(RELEASE_TEAM, String(RELEASE_TEAM_ID));
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new Error(`${file} is not an object`);
  return value;
}

function rule(ruleset: Json, type: string): Json | undefined {
  const rules = Array.isArray(ruleset.rules) ? ruleset.rules : [];
  return rules.find((r: unknown): r is Json => isRecord(r) && r.type === type);
}

const checker = new ContractChecker(true);
const createRuleset = (body: unknown) =>
  checker.checkRequest({
    method: 'POST',
    template: '/repos/{owner}/{repo}/rulesets',
    path: '/repos/acme/release-bundles/rulesets',
    operationId: 'repos/create-repo-ruleset',
    pathParams: { owner: 'acme', repo: 'release-bundles' },
    query: {},
    body,
    hasBody: true,
  });

const RULESETS = [
  'default-branch.ruleset.json',
  'bundle-branches.ruleset.json',
  'seal-tags-create.ruleset.json',
  'seal-tags-immutable.ruleset.json',
  'release-candidate-tags.ruleset.json',
];

describe.each(RULESETS)('%s', (file) => {
  it('is a valid "create a repository ruleset" request once the App ids are filled in', () => {
    expect(createRuleset(loadRuleset(file, APP_ID))).toEqual([]);
  });

  it('is not a valid request with a placeholder left in (it fails closed), unless it names no App', () => {
    const text = readFileSync(path.join(RULES_DIR, file), 'utf8');
    if (!text.includes(GOVERNOR) && !text.includes(WRITER) && !text.includes(RELEASE_TEAM)) {
      expect(loadRuleset(file).bypass_actors).toEqual([]);
      return;
    }
    expect(createRuleset(JSON.parse(text))).not.toEqual([]);
  });
});

describe('default branch ruleset', () => {
  const ruleset = loadRuleset('default-branch.ruleset.json', APP_ID);

  it('targets the default branch, active, with no bypass', () => {
    expect(ruleset).toMatchObject({
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'] } },
    });
  });

  it('requires code-owner review, fresh approvals and two approvers', () => {
    expect(rule(ruleset, 'pull_request')?.parameters).toMatchObject({
      require_code_owner_review: true,
      dismiss_stale_reviews_on_push: true,
      require_last_push_approval: true,
      required_approving_review_count: 2,
    });
  });

  it('requires every verification check and cutover/approval, each pinned to the governor App', () => {
    const parameters = rule(ruleset, 'required_status_checks')?.parameters;
    const checks =
      isRecord(parameters) && Array.isArray(parameters.required_status_checks) ? parameters.required_status_checks : [];
    const expected = [...VERIFICATION_RULE_IDS.map(checkName), APPROVAL_CHECK];
    expect(checks).toEqual(expected.map((context) => ({ context, integration_id: APP_ID })));
    expect(expected).toEqual([
      'cutover/schema',
      'cutover/lineage',
      'cutover/rollback',
      'cutover/environment',
      'cutover/holds',
      'cutover/binding',
      'cutover/approval',
    ]);
  });

  it('forbids force pushes and deleting the branch', () => {
    expect(rule(ruleset, 'non_fast_forward')).toEqual({ type: 'non_fast_forward' });
    expect(rule(ruleset, 'deletion')).toEqual({ type: 'deletion' });
  });
});

describe('seal tag rulesets', () => {
  const create = loadRuleset('seal-tags-create.ruleset.json', APP_ID);
  const immutable = loadRuleset('seal-tags-immutable.ruleset.json', APP_ID);

  it('lets only the governor App create seal tags', () => {
    expect(create).toMatchObject({ target: 'tag', enforcement: 'active' });
    expect(create.bypass_actors).toEqual([{ actor_id: APP_ID, actor_type: 'Integration', bypass_mode: 'always' }]);
    expect(rule(create, 'creation')).toBeDefined();
    // A bypass covers the whole ruleset: creation's ruleset must not also hold update or deletion.
    expect(rule(create, 'update')).toBeUndefined();
    expect(rule(create, 'deletion')).toBeUndefined();
  });

  it('lets nobody move or delete a seal tag: no bypass at all', () => {
    expect(immutable).toMatchObject({ target: 'tag', enforcement: 'active', bypass_actors: [] });
    expect(rule(immutable, 'update')).toBeDefined();
    expect(rule(immutable, 'deletion')).toBeDefined();
  });

  it('cover every seal tag Cutover creates, and nothing outside refs/tags/cutover/ but the name cutover itself', () => {
    expect(create.conditions).toEqual({
      ref_name: { include: ['refs/tags/cutover', 'refs/tags/cutover/**'], exclude: [] },
    });
    expect(immutable.conditions).toEqual({ ref_name: { include: ['refs/tags/cutover/**'], exclude: [] } });
    // fnmatch-style `**` as in CODEOWNERS: any depth.
    const pattern = patternRegExp('/refs/tags/cutover/**');
    expect(pattern.test(`refs/tags/${sealTagName('payments-platform', '2026.11.3', 12)}`)).toBe(true);
    expect(pattern.test('refs/tags/v2026.11.3-rc.2')).toBe(false);
  });
});

/**
 * A ref named exactly `cutover` blocks every ref under `cutover/` (git refuses `refs/tags/cutover/…` beside
 * `refs/tags/cutover`: a file/directory conflict), so a `cutover` tag or branch made by anyone would deny every
 * seal or every bundle branch. `cutover/**` does not match the name itself: the creation rules name it too (a
 * `cutover` ref made before the rules stays deletable: the immutable ruleset does not name it).
 */
describe('the name cutover itself', () => {
  it('git refuses a seal tag or a bundle branch beside a ref named cutover (what the rules prevent)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cutover-df-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['--git-dir', dir, ...args], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }).trim();
      git('init', '-q', '--bare');
      const commit = git(
        '-c',
        'user.name=a',
        '-c',
        'user.email=a@example.com',
        'commit-tree',
        '-m',
        'x',
        git('mktree'),
      );
      for (const kind of ['tags', 'heads']) {
        git('update-ref', `refs/${kind}/cutover`, commit);
        expect(() => git('update-ref', `refs/${kind}/cutover/payments-platform/2026.11.3`, commit)).toThrow(
          /'refs\/(tags|heads)\/cutover' exists/,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('only the governor creates a tag, and only the writer a branch, named cutover', () => {
    const create = loadRuleset('seal-tags-create.ruleset.json', APP_ID);
    const branches = loadRuleset('bundle-branches.ruleset.json', APP_ID);
    const covers = (ruleset: Json, ref: string) =>
      (ruleset.conditions as { ref_name: { include: string[] } }).ref_name.include.some((p) =>
        patternRegExp(`/${p}`).test(ref),
      );
    expect(covers(create, 'refs/tags/cutover')).toBe(true);
    expect(covers(branches, 'refs/heads/cutover')).toBe(true);
    expect(covers(create, 'refs/tags/cutover-x')).toBe(false);
  });
});

describe('bundle branch ruleset', () => {
  const ruleset = loadRuleset('bundle-branches.ruleset.json', APP_ID);

  it('lets only the writer App create, update or delete cutover/** branches', () => {
    expect(ruleset).toMatchObject({
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['refs/heads/cutover', 'refs/heads/cutover/**'], exclude: [] } },
    });
    expect(ruleset.bypass_actors).toEqual([{ actor_id: WRITER_ID, actor_type: 'Integration', bypass_mode: 'always' }]);
    for (const type of ['creation', 'update', 'deletion', 'non_fast_forward'])
      expect(rule(ruleset, type), type).toBeDefined();
  });
});

/**
 * The writer's key in a service repository: a secret of the environment `cutover-writer`, which admits only
 * release-candidate tags, and those tags only release engineering may create, move or delete. A repository secret
 * would reach a workflow on any branch anyone can push, and with it commits GitHub verifies as the writer's.
 */
describe('service repository: the writer key only for release-candidate tags', () => {
  const ruleset = loadRuleset('release-candidate-tags.ruleset.json', APP_ID);
  const json = (file: string): unknown => JSON.parse(readFileSync(path.join(RULES_DIR, file), 'utf8'));
  const workflowFile = path.join(RULES_DIR, '..', 'service-repo', '.github', 'workflows', 'cutover-assemble.yml');
  const workflow = yaml.load(readFileSync(workflowFile, 'utf8')) as Json;

  it('lets only the release engineering team create, move or delete a release-candidate tag', () => {
    expect(ruleset).toMatchObject({ target: 'tag', enforcement: 'active' });
    expect(ruleset.bypass_actors).toEqual([{ actor_id: RELEASE_TEAM_ID, actor_type: 'Team', bypass_mode: 'always' }]);
    for (const type of ['creation', 'update', 'deletion']) expect(rule(ruleset, type), type).toBeDefined();
  });

  it('the environment admits only tags, by a deployment policy valid for GitHub', () => {
    const environment = json('cutover-writer.environment.json');
    const policy = json('cutover-writer.deployment-policy.json');
    expect(environment).toEqual({
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    expect(policy).toMatchObject({ type: 'tag' });
    const request = (operationId: string, template: string, body: unknown) =>
      checker.checkRequest({
        method: operationId === 'repos/create-or-update-environment' ? 'PUT' : 'POST',
        template,
        path: template
          .replace('{owner}', 'acme')
          .replace('{repo}', 'payments-platform')
          .replace('{environment_name}', 'cutover-writer'),
        operationId,
        pathParams: { owner: 'acme', repo: 'payments-platform', environment_name: 'cutover-writer' },
        query: {},
        body,
        hasBody: true,
      });
    expect(
      request(
        'repos/create-or-update-environment',
        '/repos/{owner}/{repo}/environments/{environment_name}',
        environment,
      ),
    ).toEqual([]);
    expect(
      request(
        'repos/create-deployment-branch-policy',
        '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
        policy,
      ),
    ).toEqual([]);
  });

  it('the assemble workflow runs on exactly those tags, and takes the writer key only in that environment', () => {
    const policy = json('cutover-writer.deployment-policy.json') as { name: string };
    const on = workflow.on as { push?: { tags?: string[]; branches?: unknown } };
    expect(Object.keys(workflow.on as object)).toEqual(['push']);
    expect(on.push?.branches).toBeUndefined();
    expect(on.push?.tags).toEqual([policy.name]);
    expect((ruleset.conditions as Json).ref_name).toEqual({ include: [`refs/tags/${policy.name}`], exclude: [] });
    const text = readFileSync(workflowFile, 'utf8');
    expect(text).toMatch(/secrets\.CUTOVER_WRITER_PRIVATE_KEY/);
    for (const [name, job] of Object.entries(workflow.jobs as Record<string, Json>)) {
      if (JSON.stringify(job).includes('CUTOVER_WRITER_PRIVATE_KEY'))
        expect(job.environment, name).toBe('cutover-writer');
    }
  });
});
