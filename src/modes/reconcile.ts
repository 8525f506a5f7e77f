/**
 * reconcile (bundles repository, scheduled): finds merged revisions without their seal tag and seals them,
 * idempotently, and hands to the deployment queue each release's latest sealed revision whose hand-off has no
 * record (a seal run lost between its tag and its hand-off). State comes from git (the manifests on the default
 * branch and the tags) and from what GitHub vouches for (the governor App's hand-off check runs), never from
 * labels, so one missed tag never blocks a newer bundle.
 */

import type { ApprovalManifest } from '../domain/model.js';
import { BUNDLE_FILES, BUNDLES_ROOT, parseSealTagName, sealTagName } from '../domain/names.js';
import { messageOf } from '../errors.js';
import { type RefState, type RepoRef, slug } from '../github/port.js';
import { code, text } from '../render/markdown.js';
import { readManifestAt, releaseDirsOf } from './bundles-repo.js';
import { early, type ModeContext, type ModeResult } from './context.js';
import { HANDOFF_CHECK, handOff, isHandOffRecordOf, sealPullRequest } from './seal.js';
import { identitiesOf, isOnDefaultBranch, latestSeal, readTrustedPolicy, sealRecordProblem } from './trust.js';

/** Seals what is merged but untagged, re-sends lost hand-offs; reports what it cannot do and why. */
export async function runReconcile(
  ctx: ModeContext,
  input: { dispatchRepo?: RepoRef | undefined },
): Promise<ModeResult> {
  const { github, bundlesRepo } = ctx;
  const tagsRead = early(github.listRefs(bundlesRepo, 'tags/cutover/'));
  // Whose hand-off records count: the governor App the default branch's policy names, as for every check run.
  const governor = input.dispatchRepo
    ? early(readTrustedPolicy(ctx).then((policy) => identitiesOf(policy, ctx.policyPath)))
    : undefined;
  const defaultBranch = await github.getDefaultBranch(bundlesRepo);
  const head = await github.getRef(bundlesRepo, `heads/${defaultBranch}`);
  if (!head)
    return {
      outputs: { sealed: '', unsealed: '', 'handed-off': '', 'handoff-problems': '' },
      summary: `No ${defaultBranch} branch.`,
    };
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
  const handedOff: string[] = [];
  const handOffProblems: string[] = [];
  // Re-sends GitHub did not accept (the dispatch or its record failed): the queue may not know an approved
  // revision whose window is open. They fail the step, after every release was seen to (see below).
  let notAccepted = 0;
  for (const [i, release] of releases.entries()) {
    const manifest = await manifests[i];
    if (!manifest) continue;
    // The tag's name comes from the directory, never from what the manifest claims.
    const tag = sealTagName(release.product, release.release, manifest.revision);
    const existing = tags.get(tag);
    if (existing) {
      const judged = await squatReason(ctx, existing, release.path, manifest, head.sha);
      if (typeof judged === 'string') {
        problems.push(`${tag}: ${judged}`);
        continue;
      }
      if (input.dispatchRepo && governor) {
        const lost = { ctx, repo: input.dispatchRepo, governor, tags: tags.values() };
        try {
          // The manifest as sealed (on the tagged commit): its window is the one approved, whatever a later
          // commit of the default branch wrote beside the same revision and digest.
          const outcome = await handOffIfLost(lost, release, tag, judged.sealed, judged.target);
          if (outcome === 'sent') handedOff.push(tag);
          else if (outcome !== 'recorded' && outcome !== 'ended') handOffProblems.push(`${tag}: ${outcome}`);
        } catch (error) {
          notAccepted += 1;
          handOffProblems.push(`${tag}: not handed off to ${slug(input.dispatchRepo)}: ${messageOf(error)}`);
        }
      }
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
  // Each hand-off problem is a warning (an annotation on the run), not only a line of the job summary.
  for (const problem of handOffProblems) (ctx.warn ?? ctx.log)(problem);
  ctx.log(
    `reconcile: sealed ${sealed.length}, ${problems.length} left unsealed, ${handedOff.length} lost hand-offs sent again, ${handOffProblems.length} hand-off problems`,
  );
  return {
    outputs: {
      sealed: sealed.join(' '),
      unsealed: String(problems.length),
      'handed-off': handedOff.join(' '),
      // Hand-offs are judged only with a dispatch repository: without one, nothing is counted.
      ...(input.dispatchRepo ? { 'handoff-problems': String(handOffProblems.length) } : {}),
    },
    // As a seal whose dispatch GitHub refused fails its step: the next schedule sends it again, but an operator
    // must hear now that an approved revision's queue may not know of it. A hand-off reconcile chose not to send
    // (a later revision is sealed, the policy cannot be judged) is a warning only: another run decides the same.
    ...(notAccepted > 0
      ? {
          failure: `reconcile: ${notAccepted} hand-off${notAccepted === 1 ? '' : 's'} to ${slug(input.dispatchRepo ?? { owner: '', repo: '' })} not accepted by GitHub (listed in the warnings and the job summary); the next run sends again`,
        }
      : {}),
    summary: [
      '### Cutover reconcile',
      '',
      ...(sealed.length
        ? sealed.map((t) => `- sealed ${code(t)}`)
        : [problems.length ? '- sealed nothing' : '- nothing to seal: every merged revision has its seal']),
      // A problem quotes what reconcile found (a squatted tag's target, a refusal's reason): rendered as text.
      ...problems.map((p) => `- not sealed: ${text(p)}`),
      ...handedOff.map((t) => `- handed off ${code(t)} again: no record of its hand-off`),
      ...handOffProblems.map((p) => `- not handed off: ${text(p)}`),
    ].join('\n'),
  };
}

/**
 * Sends the `cutover-sealed` event again (seal's handOff, which then records it) for the latest revision of a
 * release on the default branch, already sealed on `commit`, when the governor App left no record of its
 * hand-off there: a seal run lost between its tag and its hand-off. Nothing is sent once the revision's window
 * has ended (a hand-off then is useless; this also bounds the catch-up after upgrading from a version that wrote
 * no records), nor when a later revision of the release is sealed (sending an older one could roll the queue
 * back). Returns `sent`, `recorded` (a record exists), `ended`, or why nothing was sent.
 */
async function handOffIfLost(
  lost: {
    ctx: ModeContext;
    repo: RepoRef;
    governor: Promise<ReturnType<typeof identitiesOf>>;
    tags: Iterable<RefState>;
  },
  release: { product: string; release: string },
  tag: string,
  manifest: ApprovalManifest,
  commit: string,
): Promise<'sent' | 'recorded' | 'ended' | string> {
  const { ctx } = lost;
  if (Date.parse(manifest.window.end) <= ctx.now().getTime()) return 'ended';
  const identities = await lost.governor;
  if ('problem' in identities) return `its hand-off record cannot be judged: ${identities.problem}`;
  const runs = await ctx.github.listCheckRuns(ctx.bundlesRepo, commit, { name: HANDOFF_CHECK, all: true });
  const recorded = runs.some(
    (r) =>
      r.name === HANDOFF_CHECK &&
      r.appId === identities.governorAppId &&
      r.status === 'completed' &&
      r.conclusion === 'success' &&
      isHandOffRecordOf(r.externalId, tag, lost.repo),
  );
  if (recorded) return 'recorded';
  const later = [...lost.tags].filter((r) => {
    const parsed = parseSealTagName(r.ref.replace(/^refs\/tags\//, ''));
    return (
      parsed?.product === release.product && parsed.release === release.release && parsed.revision > manifest.revision
    );
  });
  if (later.length > 0) {
    const newest = await latestSeal(ctx, release, undefined, Promise.resolve(later));
    if (newest)
      return `a later revision is sealed (${newest.tag}): not sending revision ${manifest.revision} again, which could roll the deployment queue back`;
  }
  await handOff(ctx, lost.repo, { tag, manifest }, commit);
  ctx.log(`${tag}: no record of its hand-off to ${slug(lost.repo)} by the governor App: sent it again`);
  return 'sent';
}

/**
 * Why an existing tag of a merged revision is not its seal, or, when it is, the commit it seals (`target`) and
 * the manifest there (`sealed`): an annotated tag whose seal record names this revision, its digest and the
 * tagged commit as the merge commit, on a commit of the default branch whose release directory holds this very
 * revision and digest.
 */
async function squatReason(
  ctx: ModeContext,
  ref: RefState,
  directory: string,
  manifest: ApprovalManifest,
  defaultHead: string,
): Promise<string | { target: string; sealed: ApprovalManifest }> {
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
  return { target, sealed: there };
}
