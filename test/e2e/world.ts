/**
 * The end-to-end tests' world: the one `cutover demo` runs in (src/cli/demo-world.ts, re-exported here so tests
 * and the demo cannot drift apart), plus what only tests do to it (`newCandidate`: a further release candidate).
 */
import { PEOPLE, publishRelease, SERVICE, type World } from '../../src/cli/demo-world.js';

export * from '../../src/cli/demo-world.js';

/** A new release candidate: a commit changing the service files, a signed tag on it and its release. */
export async function newCandidate(world: World, tag: string, files: Record<string, string>): Promise<string> {
  const sha = await world.server.admin.pushCommit({
    owner: SERVICE.owner,
    repo: SERVICE.repo,
    branch: 'main',
    files,
    as: PEOPLE.dave,
    message: `candidate ${tag}`,
  });
  await world.server.admin.createTag({
    owner: SERVICE.owner,
    repo: SERVICE.repo,
    tag,
    target: sha,
    as: PEOPLE.dave,
    message: tag,
    signature: 'valid',
  });
  await publishRelease(world.server, tag);
  return sha;
}
