/**
 * seal (bundles repository, on pull_request closed and merged): checks that what was merged is what was
 * approved, then tags the merged commit `cutover/<product>/<release>/r<revision>` with an annotated tag
 * whose message is the approval record, and hands it to the deployment queue. Then it stops: no go/no-go,
 * no deployment, no rollback.
 */
import type { ApprovalManifest } from '../domain/model.js';
import { sealTagName } from '../domain/names.js';
import { type MergeMethod, renderSealMessage, type SealRecord } from '../domain/seal.js';
import { VERIFICATION_RULE_IDS } from '../domain/verify.js';
import { RefusalError } from '../errors.js';
import { type CommitInfo, type PullRequest, type RepoRef, slug } from '../github/port.js';
import { checkName } from '../render/checks.js';
import { readManifestAt, readReleaseAt, releaseDirsOf } from './bundles-repo.js';
import { inGroup, type ModeContext, type ModeResult } from './context.js';
import { APPROVAL_CHECK, evaluateApprovalGate } from './gate.js';
import {
  baseProblem,
  commitsOfPullRequest,
  identitiesOf,
  readDefaultBranch,
  readTrustedPolicy,
  releaseHistory,
} from './trust.js';
import { verifyRelease } from './verification.js';

export interface SealInput {
  pullRequest: number;
  /** Where to send the `cutover-sealed` repository_dispatch event, if anywhere. */
  dispatchRepo?: RepoRef | undefined;
}

export interface SealedRevision {
  tag: string;
  created: boolean;
  manifest: ApprovalManifest;
  directory: string;
}

/** Seals every release directory a merged pull request changed. */
export async function runSeal(ctx: ModeContext, input: SealInput): Promise<ModeResult> {
  const pull = await ctx.github.getPullRequest(ctx.bundlesRepo, input.pullRequest);
  const sealed = await sealPullRequest(ctx, pull, input.dispatchRepo);
  const first = sealed[0];
  return {
    outputs: {
      tag: sealed.map((s) => s.tag).join(' '),
      'bundle-digest': first?.manifest.bundleDigest ?? '',
      revision: first ? String(first.manifest.revision) : '',
      'manifest-path': first ? `${first.directory}/manifest.json` : '',
    },
    summary: [
      `### Cutover seal of #${pull.number}`,
      '',
      ...(sealed.length === 0
        ? ['No release directory changed: nothing to seal.']
        : sealed.map(
            (s) =>
              `- \`${s.tag}\` ${s.created ? 'created' : 'already present'}: ${s.manifest.product} ${s.manifest.release} revision ${s.manifest.revision}, bundle \`${s.manifest.bundleDigest}\`, queue \`${s.manifest.queue}\`, window ${s.manifest.window.start} .. ${s.manifest.window.end}`,
          )),
      '',
      'Cutover stops here: the deployment queue decides when and whether to deploy within the window.',
    ].join('\n'),
  };
}

/** The checks, comparisons and tagging of one merged pull request. Shared with reconcile. */
export async function sealPullRequest(
  ctx: ModeContext,
  pull: PullRequest,
  dispatchRepo?: RepoRef,
): Promise<SealedRevision[]> {
  const { github, bundlesRepo } = ctx;
  if (!pull.merged || !pull.mergeCommitSha || !pull.mergedAt)
    throw new RefusalError(`pull request #${pull.number} is not merged: nothing to seal`);
  const mergeCommit = pull.mergeCommitSha;
  const mergedAt = pull.mergedAt;
  const releases = releaseDirsOf(await github.listPullRequestFiles(bundlesRepo, pull.number));
  if (releases.length === 0) return [];

  // Only what merged into the default branch is sealed, judged by the default branch's policy.
  const branch = await readDefaultBranch(ctx);
  const wrongBase = baseProblem(pull, branch);
  if (wrongBase) throw new RefusalError(`refusing to seal #${pull.number}: ${wrongBase}`);
  const position = (await github.compare(bundlesRepo, mergeCommit, branch.sha)).status;
  if (position !== 'ahead' && position !== 'identical')
    throw new RefusalError(
      `refusing to seal #${pull.number}: its merge commit ${mergeCommit} is not on the default branch ${branch.name}`,
    );
  const policy = await readTrustedPolicy(ctx, branch);
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities) throw new RefusalError(`refusing to seal #${pull.number}: ${identities.problem}`);

  // Every cutover check must have passed at the approved head, posted by the governor App (GitHub sets a check
  // run's App from the token that created it; any App with checks: write could post a run of the same name).
  const runs = await github.listCheckRuns(bundlesRepo, pull.headSha);
  const required = [...VERIFICATION_RULE_IDS.map(checkName), APPROVAL_CHECK];
  const failing = required.filter((name) => {
    const latest = runs
      .filter((r) => r.name === name && r.appId === identities.governorAppId && r.status === 'completed')
      .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || b.id - a.id)[0];
    return latest?.conclusion !== 'success';
  });
  if (failing.length > 0)
    throw new RefusalError(
      `refusing to seal #${pull.number}: ${failing.join(', ')} did not pass at the approved head ${pull.headSha} (only check runs of the governor App ${identities.governorAppId} count)`,
    );
  const gate = await evaluateApprovalGate(ctx, pull.number, { atHead: pull.headSha, pull });
  if (!gate.satisfied)
    throw new RefusalError(
      `refusing to seal #${pull.number}: the approval gate does not hold at ${pull.headSha} as it stood at the merge (${[
        ...gate.problems,
        ...(gate.result.missingTeams.length ? [`missing ${gate.result.missingTeams.join(', ')}`] : []),
      ].join('; ')})`,
    );

  const preMerge = (await github.getCommit(bundlesRepo, mergeCommit)).parents[0] ?? mergeCommit;
  const commits = await commitsOfPullRequest(github, bundlesRepo, preMerge, pull.headSha);
  const method = mergeMethodOf(await github.getCommit(bundlesRepo, mergeCommit), commits);
  const out: SealedRevision[] = [];
  for (const release of releases) {
    await inGroup(ctx, release.path, async () => {
      const [merged, approved] = await Promise.all([
        github.getSubtreeSha(bundlesRepo, mergeCommit, release.path),
        github.getSubtreeSha(bundlesRepo, pull.headSha, release.path),
      ]);
      if (merged !== approved) {
        throw new RefusalError(
          `refusing to seal ${release.path}: the merged content (${merged ?? 'absent'}) differs from the approved head's (${approved ?? 'absent'}); the merge carried changes made after approval`,
        );
      }
      const manifest = await readManifestAt(github, bundlesRepo, mergeCommit, release.path);
      if (!manifest) throw new RefusalError(`refusing to seal ${release.path}: no manifest.json at ${mergeCommit}`);
      // The tag's name comes from the directory; the manifest must agree with it (binding checks it below).
      const tag = sealTagName(release.product, release.release, manifest.revision);
      const existing = await github.getRef(bundlesRepo, `tags/${tag}`);
      if (existing) {
        const target =
          existing.objectType === 'tag' ? (await github.getTagObject(bundlesRepo, existing.sha)).object.sha : null;
        if (target !== mergeCommit)
          throw new RefusalError(
            `tag ${tag} already exists and ${target ? `points at ${target}` : 'is lightweight (points at a commit directly)'}, not at ${mergeCommit} as an annotated tag: not moving it`,
          );
        ctx.log(`${tag} already seals ${mergeCommit}`);
        out.push({ tag, created: false, manifest, directory: release.path });
        if (dispatchRepo) await handOff(ctx, dispatchRepo, tag, manifest);
        return;
      }
      // Check runs prove who posted them, not what is true: re-verify the approved files, the directory and the
      // revision chain against the seals and the default branch as it was before this merge.
      const history = await releaseHistory(ctx, release, {
        defaultSha: preMerge,
        defaultLabel: `${branch.name} before the merge`,
        commits,
        exceptTag: tag,
        head: manifest,
      });
      const outcomes = verifyRelease(await readReleaseAt(github, bundlesRepo, pull.headSha, release.path), policy, {
        directory: { product: release.product, release: release.release },
        history,
      });
      const failed = outcomes.filter((o) => o.status !== 'passed');
      if (failed.length > 0) {
        const first = failed.flatMap((o) => o.findings).find((f) => f.severity === 'error');
        throw new RefusalError(
          `refusing to seal ${release.path}: ${failed.map((o) => checkName(o.rule)).join(', ')} fail on the approved files at ${pull.headSha}${first ? ` (${first.message})` : ''}`,
        );
      }
      if (Date.parse(manifest.window.end) <= ctx.now().getTime())
        throw new RefusalError(`refusing to seal ${tag}: its window ended at ${manifest.window.end}`);
      const record: SealRecord = {
        schemaVersion: 1,
        product: manifest.product,
        release: manifest.release,
        revision: manifest.revision,
        bundleDigest: manifest.bundleDigest,
        queue: manifest.queue,
        window: manifest.window,
        requiredTeams: gate.teams,
        repository: slug(bundlesRepo),
        pullRequest: pull.number,
        headSha: pull.headSha,
        mergeCommit,
        mergeMethod: method,
        mergedAt,
        approvers: gate.result.assignments,
        supersedes: manifest.supersedes,
        handoff: manifest.handoff,
      };
      await github.createAnnotatedTag(bundlesRepo, { tag, message: renderSealMessage(record), commit: mergeCommit });
      ctx.log(`sealed ${tag} on ${mergeCommit}`);
      out.push({ tag, created: true, manifest, directory: release.path });
      if (dispatchRepo) await handOff(ctx, dispatchRepo, tag, manifest);
    });
  }
  return out;
}

/**
 * One `cutover-sealed` event per sealed revision. Sent again on a re-run: the tag is the idempotency key
 * the deployment queue deduplicates on, so a lost event is never the price of a failed run.
 */
async function handOff(ctx: ModeContext, repo: RepoRef, tag: string, manifest: ApprovalManifest): Promise<void> {
  await ctx.github.dispatch(repo, 'cutover-sealed', {
    tag,
    repository: slug(ctx.bundlesRepo),
    digest: manifest.bundleDigest,
    revision: manifest.revision,
    queue: manifest.queue,
    window: manifest.window,
  });
  ctx.log(`handed ${tag} to ${slug(repo)} (repository_dispatch cutover-sealed)`);
}

/** merge: two parents; rebase: the tip repeats the last commit of several; squash: one new commit. */
function mergeMethodOf(merged: CommitInfo, commits: readonly CommitInfo[]): MergeMethod {
  if (merged.parents.length > 1) return 'merge';
  if (commits.length <= 1) return 'squash-or-rebase';
  return merged.message === commits.at(-1)?.message ? 'rebase' : 'squash';
}
