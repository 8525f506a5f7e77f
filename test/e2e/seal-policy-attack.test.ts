/**
 * Seal against a pull request that rewrites the policy it will be judged by, end to end through dist/index.js on
 * the GitHub-compatible server. The premise of test/e2e/attacks.test.ts's "green checks posted by another App":
 * a pull_request workflow edited to use the writer App's key. With it, the adversary adds to the writer's pull
 * request a commit (made through the API with that key, so GitHub signs it as the writer's) that sets the
 * policy's governorAppId to the writer App, and posts every cutover/* check green from that App. The rulesets pin
 * the checks to the governor, so only a merge past the rules lands it. Before the fix, seal read the policy from
 * the default branch after the merge, i.e. the pull request's own: the writer's checks counted and it sealed.
 *
 * To see it fail on the code before the fix, run it against a build of that code (as attacks.test.ts describes):
 *   CUTOVER_E2E_DIST=/tmp/old/dist npx vitest run test/e2e/seal-policy-attack.test.ts
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { checkReports, commitFiles, git, mergePastRules, moveBranch, pullHead, sealTags } from './attack-kit.js';
import { ACTION_ENTRY, REPO_ROOT } from './runner.js';
import { approve, assemble, expectSuccess, seal } from './steps.js';
import { BUNDLES, createWorld, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE, TAG, type World } from './world.js';

const built = existsSync(ACTION_ENTRY);
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;
const POLICY = '.cutover/policy.yaml';
const CHECKS = ['schema', 'lineage', 'rollback', 'environment', 'holds', 'binding', 'approval'].map(
  (r) => `cutover/${r}`,
);

describe.skipIf(!built)('a pull request that rewrites governorAppId, merged past the rules', () => {
  let server: GitHubServer | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    server = await startGitHubServer();
    world = await createWorld(server, path.join(REPO_ROOT, 'examples'), new Date());
  }, 60_000);
  afterAll(async () => {
    if (!server) return;
    const violations = server.contract.take();
    await world?.changeManagement.close();
    await server.close();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
  });

  it('is judged by the policy before the merge: the writer App’s green checks do not count and nothing is sealed', async () => {
    if (!world) throw new Error('the world was not created');
    const assembled = expectSuccess(await assemble(world, TAG));
    const number = Number(assembled.outputs['pull-request-number']);
    const { head } = await pullHead(world, number);
    const policy = await git(world, 'show', `main:${POLICY}`);
    expect(policy).toMatch(new RegExp(`^governorAppId: ${world.governorAppId}$`, 'm'));
    const forged = `${policy.replace(/^governorAppId: \d+$/m, `governorAppId: ${world.appId}`)}\n`;
    // A commit by the writer App's key, without custom author: GitHub signs it, a "writer commit" like the others.
    const rewritten = await commitFiles(world, world.botToken, {
      parent: head,
      files: { [POLICY]: forged },
      message: 'policy: governorAppId',
    });
    await moveBranch(world, world.botToken, BRANCH, rewritten);
    const writer = new Octokit({ auth: world.botToken, baseUrl: world.server.apiUrl });
    for (const name of CHECKS)
      await writer.rest.checks.create({
        ...BUNDLES,
        name,
        head_sha: rewritten,
        status: 'completed',
        conclusion: 'success',
        output: { title: 'passed', summary: 'All good.' },
      });
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    const checks = await checkReports(world, rewritten);
    for (const name of CHECKS) expect(checks[name]?.appId, name).toBe(world.appId);

    const merged = await mergePastRules(world, number, 'squash');
    expect(await git(world, 'show', `${merged}:${POLICY}`)).toContain(`governorAppId: ${world.appId}`);
    const refused = await seal(world, number);
    const said = [...refused.errors, refused.summary, refused.stderr].join('\n');
    expect(refused.code, said).not.toBe(0);
    expect(said).toContain('refusing to seal');
    expect(said).toContain(`only check runs of the governor App ${world.governorAppId} count`);
    expect(await sealTags(world)).toEqual([]);
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
  });
});
