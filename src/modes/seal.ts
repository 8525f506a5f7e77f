/**
 * seal (bundles repository, on pull_request closed and merged): checks that what was merged is what was
 * approved, then tags the merged commit `cutover/<product>/<release>/r<revision>` with an annotated tag
 * whose message is the approval record, and hands it to the deployment queue. Then it stops: no go/no-go,
 * no deployment, no rollback.
 */
import type { ApprovalManifest } from '../domain/model.js';
import { sealTagName } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import { type MergeMethod, renderSealMessage, type SealRecord } from '../domain/seal.js';
import { VERIFICATION_RULE_IDS } from '../domain/verify.js';
import { RefusalError } from '../errors.js';
import {
  type CheckRunState,
  type CommitInfo,
  type PullRequest,
  type RefState,
  type RepoRef,
  slug,
} from '../github/port.js';
import { checkName } from '../render/checks.js';
import { code, text } from '../render/markdown.js';
import { manifestOf, type ReleaseDir, readPolicyAt, readReleaseAt, releaseDirsOf } from './bundles-repo.js';
import { early, inGroup, type ModeContext, type ModeResult } from './context.js';
import { APPROVAL_CHECK, evaluateApprovalGate, type GateEvaluation } from './gate.js';
import {
  baseProblem,
  commitsOfPullRequest,
  identitiesOf,
  isOnDefaultBranch,
  readDefaultBranch,
  releaseHistory,
  releaseTags,
  sealRecordProblem,
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
              `- ${code(s.tag)} ${s.created ? 'created' : 'already present'}: ${text(s.manifest.product)} ${text(s.manifest.release)} revision ${s.manifest.revision}, bundle ${code(s.manifest.bundleDigest)}, queue ${code(s.manifest.queue)}, window ${text(`${s.manifest.window.start} .. ${s.manifest.window.end}`)}`,
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
  if (!isMerged(pull)) throw new RefusalError(`pull request #${pull.number} is not merged: nothing to seal`);
  const mergeCommit = pull.mergeCommitSha;
  // Every read starts as soon as what it needs is known; the judgements below await them in their own order, so
  // nothing is decided, and nothing written, before everything that precedes it has been judged.
  const reads = startSealReads(ctx, pull);
  const releases = releaseDirsOf(await reads.files);
  if (releases.length === 0) return [];
  const perRelease = releases.map((release) => ({ release, reads: startReleaseReads(ctx, pull, reads, release) }));

  // Only what merged into the default branch is sealed, judged by the default branch's policy as it stood just
  // before the merge (a pull request that rewrites the policy is never judged by its own).
  const branch = await reads.branch;
  const wrongBase = baseProblem(pull, branch);
  if (wrongBase) throw new RefusalError(`refusing to seal #${pull.number}: ${wrongBase}`);
  if (!(await reads.onDefault))
    throw new RefusalError(
      `refusing to seal #${pull.number}: its merge commit ${mergeCommit} is not on the default branch ${branch.name}`,
    );
  const policy = await reads.policy;
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities) throw new RefusalError(`refusing to seal #${pull.number}: ${identities.problem}`);

  // Every cutover check must have passed at the approved head, posted by the governor App (GitHub sets a check
  // run's App from the token that created it; any App with checks: write could post a run of the same name).
  const failing = failingChecks(await reads.checkRuns, identities.governorAppId);
  if (failing.length > 0)
    throw new RefusalError(
      `refusing to seal #${pull.number}: ${failing.join(', ')} did not pass at the approved head ${pull.headSha} (only check runs of the governor App ${identities.governorAppId} count)`,
    );
  const gate = await reads.gate;
  if (!gate.satisfied)
    throw new RefusalError(
      `refusing to seal #${pull.number}: the approval gate does not hold at ${pull.headSha} as it stood at the merge (${[
        ...gate.problems,
        ...(gate.result.missingTeams.length ? [`missing ${gate.result.missingTeams.join(', ')}`] : []),
      ].join('; ')})`,
    );

  const method = mergeMethodOf(await reads.mergeCommit, await reads.commits);
  const out: SealedRevision[] = [];
  for (const { release, reads: own } of perRelease) {
    await inGroup(ctx, release.path, async () => {
      const sealed = await sealRelease(ctx, pull, { release, reads: own, policy, gate, method });
      out.push(sealed);
      if (dispatchRepo) await handOff(ctx, dispatchRepo, sealed, mergeCommit);
    });
  }
  return out;
}

/** A pull request GitHub reports merged, with its merge commit and time. */
type MergedPull = PullRequest & { mergeCommitSha: string; mergedAt: string };

function isMerged(pull: PullRequest): pull is MergedPull {
  return pull.merged && Boolean(pull.mergeCommitSha) && Boolean(pull.mergedAt);
}

/** The reads of a merged pull request, started together (each needs at most the pull request or another read). */
function startSealReads(ctx: ModeContext, pull: MergedPull) {
  const { github, bundlesRepo } = ctx;
  const mergeCommit = pull.mergeCommitSha;
  const branch = early(readDefaultBranch(ctx, pull));
  const mergeCommitRead = early(github.getCommit(bundlesRepo, mergeCommit));
  // The pull request's commits: those of its head that the merge commit's first parent lacks (for a rebase, that
  // parent is a replayed commit, but the commits counted from it are the same: from the head's fork point on).
  const commits = early(
    mergeCommitRead.then((c) => commitsOfPullRequest(github, bundlesRepo, c.parents[0] ?? mergeCommit, pull.headSha)),
  );
  // The default branch as it was just before the merge, and its policy: what the merge is judged by, never the
  // policy the merge itself brought to the default branch. GitHub's record of the merge says it; read at once,
  // beside the merge commit.
  const mergeActivity = early(recordedMerge(ctx, pull));
  const preMerge = early(
    mergeActivity.then(
      (recorded) =>
        recorded ??
        Promise.all([mergeCommitRead, commits]).then(([merged, own]) => defaultBeforeMerge(ctx, merged, own)),
    ),
  );
  const policy = early(preMerge.then((sha) => readPolicyAt(github, bundlesRepo, sha, ctx.policyPath)));
  const files = early(github.listPullRequestFiles(bundlesRepo, pull.number));
  return {
    files,
    branch,
    policy,
    onDefault: early(branch.then((b) => isOnDefaultBranch(github, bundlesRepo, mergeCommit, b.sha))),
    checkRuns: early(github.listCheckRuns(bundlesRepo, pull.headSha)),
    gate: early(evaluateApprovalGate(ctx, pull.number, { atHead: pull.headSha, pull, branch, policy, commits, files })),
    mergeCommit: mergeCommitRead,
    preMerge,
    commits,
  };
}
type SealReads = ReturnType<typeof startSealReads>;

/** The reads of one release directory of the merge, started together. */
function startReleaseReads(ctx: ModeContext, pull: MergedPull, reads: SealReads, release: ReleaseDir) {
  const { github, bundlesRepo } = ctx;
  const mergeCommit = pull.mergeCommitSha;
  const approved = early(readReleaseAt(github, bundlesRepo, pull.headSha, release.path));
  // The manifest as merged: the approved head's, once the two directories are shown to be the same tree.
  const manifest = early(approved.then((texts) => manifestOf(texts.manifest, release.path)));
  const tags = early(releaseTags(ctx, release));
  return {
    subtrees: early(
      Promise.all([
        github.getSubtreeSha(bundlesRepo, mergeCommit, release.path),
        github.getSubtreeSha(bundlesRepo, pull.headSha, release.path),
      ]),
    ),
    manifest,
    tags,
    approved,
    // The revision chain as it stood before this merge (the tag the revision itself would get excepted).
    history: early(
      Promise.all([reads.preMerge, reads.branch]).then(([preMerge, branch]) =>
        releaseHistory(ctx, release, {
          defaultSha: preMerge,
          defaultLabel: `${branch.name} before the merge`,
          commits: reads.commits,
          exceptTag: manifest.then((m) => m && sealTagName(release.product, release.release, m.revision)),
          head: manifest,
          tags,
        }),
      ),
    ),
  };
}

/** Names of the required checks whose latest run by the governor App at the head did not succeed. */
function failingChecks(runs: readonly CheckRunState[], governorAppId: number): string[] {
  const required = [...VERIFICATION_RULE_IDS.map(checkName), APPROVAL_CHECK];
  return required.filter((name) => {
    const latest = runs
      .filter((r) => r.name === name && r.appId === governorAppId && r.status === 'completed')
      .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || b.id - a.id)[0];
    return latest?.conclusion !== 'success';
  });
}

/**
 * One release directory of a judged merge: the merged content must be the approved content, the tag (from the
 * directory and the manifest's revision) must be absent or already this seal, and the approved files must pass
 * every rule against the chain as it stood before the merge. Then the annotated tag is written.
 */
async function sealRelease(
  ctx: ModeContext,
  pull: MergedPull,
  judged: {
    release: ReleaseDir;
    reads: ReturnType<typeof startReleaseReads>;
    policy: Policy;
    gate: GateEvaluation;
    method: MergeMethod;
  },
): Promise<SealedRevision> {
  const { github, bundlesRepo } = ctx;
  const { release, reads } = judged;
  const mergeCommit = pull.mergeCommitSha;
  const [merged, approved] = await reads.subtrees;
  if (merged !== approved) {
    throw new RefusalError(
      `refusing to seal ${release.path}: the merged content (${merged ?? 'absent'}) differs from the approved head's (${approved ?? 'absent'}); the merge carried changes made after approval`,
    );
  }
  const manifest = await reads.manifest;
  if (!manifest) throw new RefusalError(`refusing to seal ${release.path}: no manifest.json at ${mergeCommit}`);
  // The tag's name comes from the directory; the manifest must agree with it (binding checks it below).
  const tag = sealTagName(release.product, release.release, manifest.revision);
  const existing = (await reads.tags).find((r) => r.ref === `refs/tags/${tag}`);
  if (existing) {
    await assertSealedBy(ctx, existing, tag, mergeCommit, manifest);
    ctx.log(`${tag} already seals ${mergeCommit}`);
    return { tag, created: false, manifest, directory: release.path };
  }
  // Check runs prove who posted them, not what is true: re-verify the approved files, the directory and the
  // revision chain against the seals and the default branch as it was before this merge.
  const outcomes = verifyRelease(await reads.approved, judged.policy, {
    directory: { product: release.product, release: release.release },
    history: await reads.history,
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
    requiredTeams: judged.gate.teams,
    repository: slug(bundlesRepo),
    pullRequest: pull.number,
    headSha: pull.headSha,
    mergeCommit,
    mergeMethod: judged.method,
    mergedAt: pull.mergedAt,
    approvers: judged.gate.result.assignments,
    supersedes: manifest.supersedes,
    handoff: manifest.handoff,
  };
  try {
    await github.createAnnotatedTag(bundlesRepo, { tag, message: renderSealMessage(record), commit: mergeCommit });
  } catch (error) {
    // Another run of this merge (a re-run, or reconcile) wrote the tag after this run found none, judging the
    // merge a moment apart (its record may name other approvers): its seal stands, as on a re-run; a tag that is
    // not this merge's seal is refused as on a re-run. No tag at all: this run's own failure.
    const now = await github.getRef(bundlesRepo, `tags/${tag}`).catch(() => null);
    if (!now) throw error;
    await assertSealedBy(ctx, now, tag, mergeCommit, manifest);
    ctx.log(`${tag} was sealed on ${mergeCommit} by another run meanwhile`);
    return { tag, created: false, manifest, directory: release.path };
  }
  ctx.log(`sealed ${tag} on ${mergeCommit}`);
  return { tag, created: true, manifest, directory: release.path };
}

/** An existing tag of the revision must be this merge's seal: annotated, on the merge commit, with its record. */
async function assertSealedBy(
  ctx: ModeContext,
  existing: RefState,
  tag: string,
  mergeCommit: string,
  manifest: ApprovalManifest,
): Promise<void> {
  const object =
    existing.objectType === 'tag' ? await ctx.github.getTagObject(ctx.bundlesRepo, existing.sha) : undefined;
  const target = object?.object.sha ?? null;
  if (target !== mergeCommit)
    throw new RefusalError(
      `tag ${tag} already exists and ${target ? `points at ${target}` : 'is lightweight (points at a commit directly)'}, not at ${mergeCommit} as an annotated tag: not moving it`,
    );
  // On the right commit but not written by a seal (no matching record): not this seal, and nothing to hand off.
  const forged = sealRecordProblem(object?.message ?? '', mergeCommit, manifest);
  if (forged) throw new RefusalError(`tag ${tag} already exists but is not its seal: ${forged}; not moving it`);
}

/**
 * Name of the check run that records a hand-off: posted by the governor App on the tagged commit, with
 * handOffRecordId (the tag and the queue repository) as its `external_id`, only after the `cutover-sealed` event
 * was accepted. Reconcile counts only such a run whose App is the policy's governor (GitHub sets a run's App from
 * the token; nobody else can post one in its name) and whose queue is the one it is configured with.
 */
export const HANDOFF_CHECK = 'cutover/handoff';

/**
 * The `external_id` of a hand-off record: `<tag> <owner>/<repo>` of the queue it was sent to (neither holds a
 * space), so a record for one deployment queue never counts for another after `dispatch-repository` changes.
 * GitHub documents no length limit for `external_id`.
 */
export function handOffRecordId(tag: string, queue: RepoRef): string {
  return `${tag} ${slug(queue)}`;
}

/**
 * Whether `externalId` is the record of handing `tag` to `queue`: the tag as written (seal tags that differ only in
 * case name different releases), the queue's `<owner>/<repo>` in any case, as GitHub matches repository names.
 */
export function isHandOffRecordOf(externalId: string | null | undefined, tag: string, queue: RepoRef): boolean {
  const prefix = `${tag} `;
  return (
    externalId?.startsWith(prefix) === true &&
    externalId.slice(prefix.length).toLowerCase() === slug(queue).toLowerCase()
  );
}

/**
 * One `cutover-sealed` event per sealed revision, then its record (HANDOFF_CHECK) on the tagged commit. Sent
 * again on a re-run: the tag is the idempotency key the deployment queue deduplicates on, so a lost event is
 * never the price of a failed run. A run lost between the tag and the record leaves no record: reconcile then
 * sends the event again (reconcile.ts).
 */
export async function handOff(
  ctx: ModeContext,
  repo: RepoRef,
  sealed: Pick<SealedRevision, 'tag' | 'manifest'>,
  commit: string,
): Promise<void> {
  const { tag, manifest } = sealed;
  await ctx.github.dispatch(repo, 'cutover-sealed', {
    tag,
    repository: slug(ctx.bundlesRepo),
    digest: manifest.bundleDigest,
    revision: manifest.revision,
    queue: manifest.queue,
    window: manifest.window,
  });
  ctx.log(`handed ${tag} to ${slug(repo)} (repository_dispatch cutover-sealed)`);
  await ctx.github.createCheckRun(ctx.bundlesRepo, {
    name: HANDOFF_CHECK,
    headSha: commit,
    conclusion: 'success',
    title: `${tag} handed to ${slug(repo)}`,
    summary: `The repository_dispatch event \`cutover-sealed\` for the seal tag \`${tag}\` (bundle \`${manifest.bundleDigest}\`) was accepted by GitHub for the deployment-queue repository \`${slug(repo)}\`.`,
    externalId: handOffRecordId(tag, repo),
    annotations: [],
  });
}

/** How far before `merged_at` GitHub's record of the merge itself may be stamped (clocks of two systems). */
const MERGE_RECORD_SLACK_MS = 60 * 60 * 1000;

/**
 * The default branch just before the merge as GitHub recorded it: the `before` of the `pr_merge` activity on the
 * base branch whose `after` is the merge commit (GitHub's own record of the ref update, for every merge method;
 * nobody can write it). Pages are read newest first until that activity, or until activities older than the
 * merge (an hour of slack), or MAX_ACTIVITY_PAGES pages; undefined when no such activity is found (GitHub keeps
 * the activity for a limited time; a merge queue records `merge_queue_merge`). A refused read fails the seal.
 */
async function recordedMerge(ctx: ModeContext, pull: MergedPull): Promise<string | undefined> {
  const oldest = Date.parse(pull.mergedAt) - MERGE_RECORD_SLACK_MS;
  const { activities } = await ctx.github.listRefActivities(ctx.bundlesRepo, {
    ref: `refs/heads/${pull.baseRef}`,
    activityType: 'pr_merge',
    enough: (a) => a.after === pull.mergeCommitSha || Date.parse(a.timestamp) < oldest,
  });
  const merge = activities.find(
    (a) => a.activityType === 'pr_merge' && a.after === pull.mergeCommitSha && !/^0+$/.test(a.before),
  );
  if (merge) ctx.log(`the default branch before the merge: ${merge.before} (GitHub's pr_merge activity)`);
  else
    ctx.log(
      `no pr_merge activity of refs/heads/${pull.baseRef} names ${pull.mergeCommitSha}: the default branch before the merge is found from the merge commit's parents`,
    );
  return merge?.before;
}

/**
 * The fallback when GitHub's record of the merge is not found (recordedMerge): the default branch just before a
 * merge from the commits themselves, which are data anyone could have shaped. The first parent of a merge or
 * squash commit; for a rebase, the parent of the first replayed commit. GitHub replays the pull request's
 * commits, oldest first, keeping each one's message and author, so the tip's first-parent line repeats them,
 * newest first: the line is walked back while
 * each commit repeats one of the pull request's commits not yet passed (one GitHub did not replay is skipped),
 * and the answer is the parent of the last one that did. Only a replayed commit can end the walk too early, and
 * GitHub keeps their message and author; a walk that goes too far (commits of the default branch that happen to
 * repeat one of the pull request's, e.g. one the pull request also carried and GitHub did not replay since the
 * default branch held its change) ends on an older commit of the default branch, never on one the pull request
 * brought: judged by an older policy than the one in force (test/modes/seal-attacks.test.ts shows the record
 * deciding such a case).
 */
async function defaultBeforeMerge(ctx: ModeContext, merged: CommitInfo, own: readonly CommitInfo[]): Promise<string> {
  const first = merged.parents[0] ?? merged.sha;
  if (merged.parents.length !== 1) return first;
  const repeats = (a: CommitInfo, b: CommitInfo) => a.message === b.message && a.authorLogin === b.authorLogin;
  const newestFirst = [...own].reverse();
  let next = 0;
  let last: CommitInfo | undefined;
  for (let commit: CommitInfo | undefined = merged; commit && commit.parents.length === 1; ) {
    const at = newestFirst.findIndex((c, i) => i >= next && repeats(commit as CommitInfo, c));
    if (at < 0) break;
    last = commit;
    next = at + 1;
    const parent: string | undefined = commit.parents[0];
    commit = next < newestFirst.length && parent ? await ctx.github.getCommit(ctx.bundlesRepo, parent) : undefined;
  }
  return last?.parents[0] ?? first;
}

/** merge: two parents; rebase: the tip repeats the last commit of several; squash: one new commit. */
function mergeMethodOf(merged: CommitInfo, commits: readonly CommitInfo[]): MergeMethod {
  if (merged.parents.length > 1) return 'merge';
  if (commits.length <= 1) return 'squash-or-rebase';
  return merged.message === commits.at(-1)?.message ? 'rebase' : 'squash';
}
