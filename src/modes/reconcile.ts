/**
 * reconcile (bundles repository, scheduled): finds merged revisions without their seal tag and seals them,
 * idempotently. State comes from git (the manifests on the default branch and the tags), never from labels,
 * so one missed tag never blocks a newer bundle.
 */

import type { ApprovalManifest } from '../domain/model.js';
import { BUNDLE_FILES, BUNDLES_ROOT, sealTagName } from '../domain/names.js';
import { messageOf } from '../errors.js';
import type { RefState, RepoRef } from '../github/port.js';
import { code, text } from '../render/markdown.js';
import { readManifestAt, releaseDirsOf } from './bundles-repo.js';
import { early, type ModeContext, type ModeResult } from './context.js';
import { sealPullRequest } from './seal.js';
import { isOnDefaultBranch, sealRecordProblem } from './trust.js';

/** Seals what is merged but untagged; reports what it cannot seal and why. */
export async function runReconcile(
  ctx: ModeContext,
  input: { dispatchRepo?: RepoRef | undefined },
): Promise<ModeResult> {
  const { github, bundlesRepo } = ctx;
  const tagsRead = early(github.listRefs(bundlesRepo, 'tags/cutover/'));
  const defaultBranch = await github.getDefaultBranch(bundlesRepo);
  const head = await github.getRef(bundlesRepo, `heads/${defaultBranch}`);
  if (!head) return { outputs: { sealed: '', unsealed: '' }, summary: `No ${defaultBranch} branch.` };
  const releases = releaseDirsOf(
    (await github.listFiles(bundlesRepo, head.sha, BUNDLES_ROOT)).filter((p) =>
      p.endsWith(`/${BUNDLE_FILES.manifest}`),
    ),
  );
  // Every release's manifest on the default branch at once; each is awaited in turn.
  const manifests = releases.map((release) => early(readManifestAt(github, bundlesRepo, head.sha, release.path)));
  const tags = new Map((await tagsRead).map((r) => [r.ref.replace(/^refs\/tags\//, ''), r]));
  const sealed: string[] = [];
  const problems: string[] = [];
  for (const [i, release] of releases.entries()) {
    const manifest = await manifests[i];
    if (!manifest) continue;
    // The tag's name comes from the directory, never from what the manifest claims.
    const tag = sealTagName(release.product, release.release, manifest.revision);
    const existing = tags.get(tag);
    if (existing) {
      const squatted = await squatReason(ctx, existing, release.path, manifest, head.sha);
      if (squatted === undefined) continue;
      problems.push(`${tag}: ${squatted}`);
      continue;
    }
    // The branch name only finds candidates: sealPullRequest judges each one on what GitHub vouches for.
    const pulls = (
      await github.findPullRequests(bundlesRepo, {
        head: `cutover/${release.product}/${release.release}`,
        state: 'closed',
      })
    ).filter((p) => p.merged && p.mergeCommitSha);
    let done = false;
    for (const pull of pulls) {
      const merged = await readManifestAt(github, bundlesRepo, pull.mergeCommitSha ?? '', release.path).catch(
        () => undefined,
      );
      if (merged?.revision !== manifest.revision || merged.bundleDigest !== manifest.bundleDigest) continue;
      try {
        const result = await sealPullRequest(ctx, pull, input.dispatchRepo);
        // A pull request that did not change this release directory does not carry it: try the next one.
        const mine = result.filter((r) => r.directory === release.path);
        if (mine.length === 0) continue;
        sealed.push(...mine.filter((r) => r.created).map((r) => r.tag));
      } catch (error) {
        problems.push(`${tag}: ${messageOf(error)}`);
      }
      done = true;
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
      ...(sealed.length
        ? sealed.map((t) => `- sealed ${code(t)}`)
        : [problems.length ? '- sealed nothing' : '- nothing to seal: every merged revision has its seal']),
      // A problem quotes what reconcile found (a squatted tag's target, a refusal's reason): rendered as text.
      ...problems.map((p) => `- not sealed: ${text(p)}`),
    ].join('\n'),
  };
}

/**
 * Why an existing tag of a merged revision is not its seal, or undefined when it is: an annotated tag whose seal
 * record names this revision, its digest and the tagged commit as the merge commit, on a commit of the default
 * branch whose release directory holds this very revision and digest.
 */
async function squatReason(
  ctx: ModeContext,
  ref: RefState,
  directory: string,
  manifest: ApprovalManifest,
  defaultHead: string,
): Promise<string | undefined> {
  if (ref.objectType !== 'tag') return `the tag is lightweight (points at commit ${ref.sha} directly), not a seal`;
  const tag = await ctx.github.getTagObject(ctx.bundlesRepo, ref.sha);
  const target = tag.object.sha;
  const forged = sealRecordProblem(tag.message, target, manifest);
  if (forged) return forged;
  const onDefault = early(isOnDefaultBranch(ctx.github, ctx.bundlesRepo, target, defaultHead));
  const there = await readManifestAt(ctx.github, ctx.bundlesRepo, target, directory).catch(() => undefined);
  if (there?.revision !== manifest.revision || there.bundleDigest !== manifest.bundleDigest)
    return `the tag points at ${target}, where ${directory} ${there ? `holds revision ${there.revision} (${there.bundleDigest})` : 'does not exist'}, not revision ${manifest.revision} (${manifest.bundleDigest})`;
  if (!(await onDefault)) return `the tag points at ${target}, which is not on the default branch`;
  return undefined;
}
