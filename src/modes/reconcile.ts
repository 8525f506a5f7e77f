/**
 * reconcile (bundles repository, scheduled): finds merged revisions without their seal tag and seals them,
 * idempotently. State comes from git (the manifests on the default branch and the tags), never from labels,
 * so one missed tag never blocks a newer bundle.
 */
import { BUNDLE_FILES, BUNDLES_ROOT, sealTagName } from '../domain/names.js';
import { messageOf } from '../errors.js';
import type { RepoRef } from '../github/port.js';
import { readManifestAt, releaseDirsOf } from './bundles-repo.js';
import type { ModeContext, ModeResult } from './context.js';
import { sealPullRequest } from './seal.js';

/** Seals what is merged but untagged; reports what it cannot seal and why. */
export async function runReconcile(
  ctx: ModeContext,
  input: { dispatchRepo?: RepoRef | undefined },
): Promise<ModeResult> {
  const { github, bundlesRepo } = ctx;
  const defaultBranch = await github.getDefaultBranch(bundlesRepo);
  const head = await github.getRef(bundlesRepo, `heads/${defaultBranch}`);
  if (!head) return { outputs: { sealed: '', unsealed: '' }, summary: `No ${defaultBranch} branch.` };
  const tags = new Set(
    (await github.listRefs(bundlesRepo, 'tags/cutover/')).map((r) => r.ref.replace(/^refs\/tags\//, '')),
  );
  const releases = releaseDirsOf(
    (await github.listFiles(bundlesRepo, head.sha, BUNDLES_ROOT)).filter((p) =>
      p.endsWith(`/${BUNDLE_FILES.manifest}`),
    ),
  );
  const sealed: string[] = [];
  const problems: string[] = [];
  for (const release of releases) {
    const manifest = await readManifestAt(github, bundlesRepo, head.sha, release.path);
    if (!manifest) continue;
    const tag = sealTagName(manifest.product, manifest.release, manifest.revision);
    if (tags.has(tag)) continue;
    const pulls = (
      await github.findPullRequests(bundlesRepo, {
        head: `cutover/${manifest.product}/${manifest.release}`,
        state: 'closed',
      })
    ).filter((p) => p.merged && p.mergeCommitSha);
    let done = false;
    for (const pull of pulls) {
      const merged = await readManifestAt(github, bundlesRepo, pull.mergeCommitSha ?? '', release.path);
      if (merged?.revision !== manifest.revision || merged.bundleDigest !== manifest.bundleDigest) continue;
      try {
        const result = await sealPullRequest(ctx, pull, input.dispatchRepo);
        sealed.push(...result.filter((r) => r.created).map((r) => r.tag));
        done = true;
      } catch (error) {
        problems.push(`${tag}: ${messageOf(error)}`);
        done = true;
      }
      break;
    }
    if (!done) problems.push(`${tag}: merged on ${defaultBranch} but no merged cutover pull request carries it`);
  }
  ctx.log(`reconcile: sealed ${sealed.length}, ${problems.length} left unsealed`);
  return {
    outputs: { sealed: sealed.join(' '), unsealed: String(problems.length) },
    summary: [
      '### Cutover reconcile',
      '',
      ...(sealed.length ? sealed.map((t) => `- sealed \`${t}\``) : ['- nothing to seal']),
      ...problems.map((p) => `- not sealed: ${p}`),
    ].join('\n'),
  };
}
