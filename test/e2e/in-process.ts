/**
 * assemble run in-process (runAssemble with the Octokit adapter) against the GitHub-compatible server, from a
 * checkout of the service repository at the candidate tag: for tests that drive the modes directly with their
 * own ModeContext (a writer's or someone else's), over real HTTP and git.
 */
import path from 'node:path';
import { createGitHubClient } from '../../src/github/octokit.js';
import { OctokitSourceGitHub } from '../../src/github/octokit-adapter.js';
import { runAssemble } from '../../src/modes/assemble.js';
import type { ModeContext } from '../../src/modes/context.js';
import { readSourcesConfig } from '../../src/schema/documents.js';
import { localWorkspace } from '../../src/sources/workspace.js';
import { checkout } from './steps.js';
import { SERVICE, TAG, type World } from './world.js';

export async function assembleInProcess(world: World, ctx: ModeContext) {
  const { dir, sha } = await checkout(world, TAG);
  const client = createGitHubClient({ token: world.botToken, baseUrl: world.server.apiUrl, writeIntervalMs: 0 });
  return runAssemble(ctx, {
    config: await readSourcesConfig(path.join(dir, '.cutover/sources.yaml')),
    configPath: '.cutover/sources.yaml',
    workspace: localWorkspace(dir, {
      observedAt: '2026-11-20T09:12:44Z',
      repository: `${SERVICE.owner}/${SERVICE.repo}`,
      commit: sha,
    }),
    candidateRepo: SERVICE,
    tag: TAG,
    commit: sha,
    sourceGitHub: new OctokitSourceGitHub(client, SERVICE),
    env: {},
    maxFileBytes: 16 * 1024 * 1024,
  });
}
