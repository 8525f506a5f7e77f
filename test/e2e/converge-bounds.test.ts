/**
 * Names git refuses and revisions beyond the bound, through the built action (issue 11, items 3 and 4):
 * - a product or a release name that git refuses in a ref (`payments.lock`, a release `2026.12.lock` taken from
 *   the tag) fails at input time with an error naming the field, and nothing is written to the bundles
 *   repository (before: every 422 on the ref write was taken for a race, "kept moving ... re-run" forever);
 * - a revision on the branch at 2^53 fails with an error naming the bound instead of writing the same number
 *   again.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { assembleAt, bundlesGit, checkout, ENTRY } from './converge-helpers.js';
import { REPO_ROOT } from './runner.js';
import { BUNDLES, createWorld, newCandidate, PEOPLE, PRODUCT, RELEASE, TAG, type World } from './world.js';

const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;
const DIR = `bundles/${PRODUCT}/${RELEASE}`;

let server: GitHubServer;
let world: World;

beforeAll(async () => {
  server = await startGitHubServer();
  world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
}, 120_000);

afterAll(async () => {
  const violations = server?.contract.take() ?? [];
  await world?.changeManagement.close();
  await server?.close();
  expect(violations, 'OpenAPI contract violations').toEqual([]);
});

/** Writes to the bundles repository so far (trees, commits, refs, pull requests). */
function bundleWrites(): number {
  return server.log
    .filter({ path: new RegExp(`^/repos/${BUNDLES.owner}/${BUNDLES.repo}/`) })
    .filter((e) => e.method !== 'GET').length;
}

describe.skipIf(!existsSync(ENTRY))('names git refuses and revision bounds, through the action', () => {
  it.each([
    ['a product', 'v2026.12.1-rc.1', 'payments.lock', 'product'],
    ['a release taken from the tag', 'v2026.12.lock-rc.1', PRODUCT, 'release'],
  ])(
    '%s that git refuses fails at input time, writing nothing',
    async (_what, tag, product, field) => {
      const sources = world.serviceFiles['.cutover/sources.yaml'] ?? '';
      expect(sources).toContain(`product: ${PRODUCT}`);
      await newCandidate(world, tag, {
        '.cutover/sources.yaml': sources.replace(`product: ${PRODUCT}`, `product: ${product}`),
      });
      const workspace = await checkout(world, tag);
      const writes = bundleWrites();
      const result = await assembleAt(world, tag, workspace);
      expect(result.code).not.toBe(0);
      const error = result.errors.join('\n');
      expect(error).toContain('.cutover/sources.yaml');
      expect(error).toContain(field);
      // The domain's reason, or the schema's description of the rule (the sources schema is checked first).
      expect(error).toMatch(/ends with '\.lock'|does not end in '\.' or '\.lock'/);
      expect(error).not.toContain('kept moving');
      expect(bundleWrites() - writes, 'writes to the bundles repository').toBe(0);
    },
    120_000,
  );

  it('a revision at 2^53 on the branch fails with the bound, and the branch is left as it was', async () => {
    const workspace = await checkout(world, TAG);
    const first = await assembleAt(world, TAG, workspace);
    expect(first.code, first.errors.join('\n')).toBe(0);
    const manifest = JSON.parse(await bundlesGit(world, 'show', `refs/heads/${BRANCH}:${DIR}/manifest.json`)) as Record<
      string,
      unknown
    >;
    const huge = `${JSON.stringify({ ...manifest, revision: 1 }, null, 2).replace('"revision": 1', '"revision": 9007199254740992')}\n`;
    const pushed = await server.admin.pushCommit({
      owner: BUNDLES.owner,
      repo: BUNDLES.repo,
      branch: BRANCH,
      files: { [`${DIR}/manifest.json`]: huge },
      as: PEOPLE.max,
      message: 'revision 2^53',
    });
    const end = new Date(Date.parse(world.window.end) - 3_600_000).toISOString().replace('.000Z', 'Z');
    const next = await assembleAt(world, TAG, workspace, { inputs: { 'window-end': end } });
    expect(next.code, `exit code; outputs ${JSON.stringify(next.outputs)}`).not.toBe(0);
    const error = next.errors.join('\n');
    expect(error).toContain(`${DIR}/manifest.json`);
    expect(error).toContain('/revision');
    expect(error).toContain('999999999');
    expect(await bundlesGit(world, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(pushed);
  }, 120_000);
});
