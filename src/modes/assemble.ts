/**
 * assemble (service repository, on a release-candidate tag): builds the bundle from the workspace at the
 * tag's commit and the tag's release, and writes all its files as ONE commit on `cutover/<product>/<release>`
 * of the bundles repository, then opens or updates the pull request. Re-running with the same inputs writes
 * nothing. API calls do not grow with bundle size.
 *
 * Concurrent runs of one release converge (issue 11): every branch write is a fast-forward or a creation, so a
 * run that loses a race re-reads and rebuilds on the winner's commit (or finds its bundle already there) and
 * never deletes or rewinds it. A branch without an open pull request is continued, unless its head is the head
 * of a merged or closed pull request: then one run claims the restart with a marker commit (a fast-forward only
 * one run can make) and only that run moves the branch off its own marker to a new commit on the default
 * branch, the one forced update. Runs that keep losing fail with "another run is assembling this release".
 */

import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../domain/canonical.js';
import { renderReleaseFiles } from '../domain/files.js';
import { buildManifest } from '../domain/manifest.js';
import type { ApprovalManifest, Bundle, Lineage, RevisionRef } from '../domain/model.js';
import { BUNDLE_FILES, parseSealTagName, releaseBranch, releaseDirectory } from '../domain/names.js';
import type { SignatureRecord } from '../domain/records.js';
import { InputError, RefusalError } from '../errors.js';
import { type PullRequest, type RepoRef, slug } from '../github/port.js';
import { pullRequestBody, pullRequestTitle } from '../render/pull-request.js';
import type { SourcesConfig } from '../schema/documents.js';
import { parseDocument } from '../schema/parse.js';
import { validateDocument } from '../schema/validate.js';
import type { SourceGitHub, Workspace } from '../sources/types.js';
import { assertReleaseNames, buildBundle, releaseNameOf } from './build.js';
import { readManifestAt, readPolicyAt } from './bundles-repo.js';
import type { ModeContext, ModeResult } from './context.js';

export interface AssembleInput {
  config: SourcesConfig;
  configPath: string;
  workspace: Workspace;
  candidateRepo: RepoRef;
  tag: string;
  /** The commit the workflow checked out (GITHUB_SHA): the tag must point at it. */
  commit: string;
  sourceGitHub: SourceGitHub;
  env: Readonly<Record<string, string | undefined>>;
  maxFileBytes: number;
  queue?: string | undefined;
  window?: { start?: string | undefined; end?: string | undefined } | undefined;
}

/** Reads and writes of the branch before giving up to other runs (each failed write means another run wrote). */
const MAX_ATTEMPTS = 12;
/** Base of the jittered pause between attempts. */
const RETRY_BASE_MS = 150;
/** A restart marker older than this was left by a run that died between claiming and replacing the branch. */
const ABANDONED_MARKER_MS = 10 * 60_000;
/** Trailer of a restart marker commit: the stale head it claims. */
const RESTART_TRAILER = 'Cutover-Restart-Of';
/** How a run that lost to concurrent runs of the same release says so. */
export const CONCURRENT = 'another run is assembling this release';

/** Runs assemble; returns outputs and a summary. */
export async function runAssemble(ctx: ModeContext, input: AssembleInput): Promise<ModeResult> {
  const { github } = ctx;
  const candidateCommit = await github.getCommit(input.candidateRepo, input.commit);
  const signature = await candidateSignature(ctx, input, candidateCommit.committedAt);
  if (
    input.config.candidate &&
    (input.config.candidate.tag !== input.tag || input.config.candidate.commit !== input.commit)
  ) {
    throw new InputError(
      `the sources file names candidate ${input.config.candidate.tag} at ${input.config.candidate.commit}, but the workflow runs for ${input.tag} at ${input.commit}`,
      { file: input.configPath, field: '/candidate', expected: 'no candidate key, or the triggering tag and commit' },
    );
  }
  const product = input.config.product;
  const release = releaseNameOf(input.config, input.tag, input.configPath);
  // The names become a branch, a directory and tags: refused here, before anything is read from or written to the
  // bundles repository, when git would refuse them.
  assertReleaseNames({ product, release }, input.configPath);
  const branch = releaseBranch(product, release);
  const directory = releaseDirectory(product, release);
  const defaultBranch = await github.getDefaultBranch(ctx.bundlesRepo);
  const defaultHead = await github.getRef(ctx.bundlesRepo, `heads/${defaultBranch}`);
  if (!defaultHead)
    throw new RefusalError(`the bundles repository ${slug(ctx.bundlesRepo)} has no ${defaultBranch} branch`);
  const policy = await readPolicyAt(github, ctx.bundlesRepo, defaultHead.sha, ctx.policyPath);
  const sealed = await latestSealed(ctx, product, release);
  // A revision merged on the default branch is a link of the chain even before (or without) its seal: the next
  // revision follows it (verify's binding rule judges the chain the same way).
  const merged = await readManifestAt(github, ctx.bundlesRepo, defaultHead.sha, releaseDirectory(product, release));

  const assembly = await buildBundle({
    config: input.config,
    configPath: input.configPath,
    candidate: {
      tag: input.tag,
      commit: input.commit,
      repository: slug(input.candidateRepo),
      committedAt: candidateCommit.committedAt,
    },
    candidateLineage: signature.lineage,
    policy,
    workspace: input.workspace,
    context: { github: input.sourceGitHub, env: input.env, maxFileBytes: input.maxFileBytes },
    extraRecords: [signature],
    previous: sealed ? { bundle: sealed.bundle } : undefined,
  });

  const manifestFor = (revision: number, supersedes: RevisionRef | null) =>
    buildManifest({
      bundle: assembly.files.bundle,
      digest: assembly.digest,
      revision,
      policy,
      supersedes,
      queue: input.queue,
      window: input.window,
    });
  const view = (manifest: ApprovalManifest) => ({
    files: assembly.files,
    manifest,
    directory,
    sealed: sealed && { revision: sealed.manifest.revision, bundle: sealed.bundle, tag: sealed.tag },
  });
  const holds = assembly.files.holds.holds.length;
  /** The open pull request of the branch, updated, or a new one (adopting one another run opened meanwhile). */
  const openPullRequest = async (manifest: ApprovalManifest): Promise<number> => {
    const title = pullRequestTitle(view(manifest));
    const body = pullRequestBody(view(manifest));
    const current = (await github.findPullRequests(ctx.bundlesRepo, { head: branch, state: 'open' })).find(
      (p) => p.headRef === branch,
    );
    if (current) {
      await github.updatePullRequest(ctx.bundlesRepo, current.number, { title, body });
      return current.number;
    }
    return (await github.createPullRequest(ctx.bundlesRepo, { head: branch, base: defaultBranch, title, body })).number;
  };

  let waitingOn = 'kept changing';
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (attempt > 1) await pause(attempt);
    const head = await github.getRef(ctx.bundlesRepo, `heads/${branch}`);
    const state = head ? await branchState(ctx, branch, head.sha) : ({ kind: 'absent' } as const);
    if (state.kind === 'restarting') {
      waitingOn = `is being restarted by another run (marker ${state.marker.slice(0, 12)})`;
      ctx.log(`${CONCURRENT}: ${branch} ${waitingOn}; waiting (attempt ${attempt})`);
      continue;
    }
    // The branch's own revision counts while it continues (open pull request, or written by a run that has not
    // opened one yet); a branch left by a merged or closed pull request only lends its revision number.
    // A pull request closed without merging approved nothing: its revision is no link of the chain (verify's
    // binding rule would refuse a revision superseding it), so the next one follows the last approved revision.
    const abandoned = state.kind === 'stale' && !state.pull.merged;
    const onBranch =
      head && !abandoned ? await readManifestAt(github, ctx.bundlesRepo, head.sha, directory) : undefined;
    const latest = [onBranch, sealed?.manifest, merged]
      .filter((m): m is ApprovalManifest => m !== undefined)
      .sort((a, b) => b.revision - a.revision)[0];
    const same = (m: ApprovalManifest) => canonicalJson(manifestFor(m.revision, m.supersedes)) === canonicalJson(m);

    if (head && onBranch && latest === onBranch && same(onBranch)) {
      if (state.kind === 'continues') {
        // Same bundle and same binding as the revision already on the branch: nothing to write.
        const number = await openPullRequest(onBranch);
        ctx.log(`unchanged: ${product} ${release} revision ${onBranch.revision} is already on ${branch} (#${number})`);
        return result(onBranch, holds, number, directory, false, head.sha);
      }
      if (state.kind === 'stale' && state.pull.merged) {
        ctx.log(
          `unchanged: ${product} ${release} revision ${onBranch.revision} was merged in #${state.pull.number}; it awaits its seal`,
        );
        return result(onBranch, holds, state.pull.number, directory, false, head.sha);
      }
    }
    if (state.kind !== 'continues' && sealed && sealed.manifest.bundleDigest === assembly.digest) {
      ctx.log(
        `unchanged: ${product} ${release} revision ${sealed.manifest.revision} with this digest is already sealed as ${sealed.tag}`,
      );
      return result(sealed.manifest, holds, 0, directory, false);
    }

    if (state.kind !== 'continues' && merged && latest === merged && same(merged)) {
      ctx.log(
        `unchanged: ${product} ${release} revision ${merged.revision} with this digest is merged on ${defaultBranch}; it awaits its seal`,
      );
      return result(merged, holds, 0, directory, false);
    }
    const manifest = manifestFor(
      (latest?.revision ?? 0) + 1,
      latest ? { revision: latest.revision, bundleDigest: latest.bundleDigest } : null,
    );
    let parent = defaultHead.sha;
    let expectedHead: string | null = null;
    let replace = false;
    if (head && state.kind === 'continues') {
      parent = head.sha;
      expectedHead = head.sha;
    } else if (head && state.kind === 'stale') {
      // The branch was left by a merged or closed pull request (its head is that pull request's head). Claim the
      // restart with a marker commit on top, a fast-forward only one run can make; then only the claimant moves
      // the branch off its own marker. Nothing is deleted, and no run rewinds a branch another run wrote.
      const claim = await github.commitFiles(ctx.bundlesRepo, {
        branch,
        parent: head.sha,
        expectedHead: head.sha,
        files: {},
        message: [
          `cutover: restarting ${branch} after #${state.pull.number}`,
          '',
          `${RESTART_TRAILER}: ${head.sha}`,
          // Unique to this run: two runs' markers are never the same commit, so exactly one claim succeeds.
          `Cutover-Restart-Claim: ${randomUUID()}`,
        ].join('\n'),
      });
      if (claim.kind === 'moved') {
        ctx.log(`${CONCURRENT}: ${branch} changed while claiming its restart (attempt ${attempt}); re-reading`);
        continue;
      }
      expectedHead = claim.sha;
      replace = true;
    }
    const files = renderReleaseFiles(assembly.files, manifest);
    const committed = await github.commitFiles(ctx.bundlesRepo, {
      branch,
      parent,
      expectedHead,
      ...(replace ? { replace } : {}),
      message: [
        `cutover: ${product} ${release} revision ${manifest.revision}`,
        '',
        `Bundle ${assembly.digest} from ${input.tag} (${input.commit}) of ${slug(input.candidateRepo)}.`,
        `${holds} open hold(s).${manifest.supersedes ? ` Supersedes revision ${manifest.supersedes.revision}.` : ''}`,
        '',
        `Cutover-Revision: ${manifest.revision}`,
        `Cutover-Bundle-Digest: ${assembly.digest}`,
      ].join('\n'),
      files: Object.fromEntries(
        Object.entries(files).map(([key, text]) => [
          `${directory}/${BUNDLE_FILES[key as keyof typeof BUNDLE_FILES]}`,
          text,
        ]),
      ),
    });
    if (committed.kind === 'moved') {
      waitingOn = 'kept changing';
      ctx.log(`${CONCURRENT}: ${branch} moved while writing (attempt ${attempt}); re-reading and rebuilding`);
      continue;
    }
    const number = await openPullRequest(manifest);
    ctx.log(`wrote ${product} ${release} revision ${manifest.revision} as ${committed.sha} on ${branch} (#${number})`);
    return result(manifest, holds, number, directory, true, committed.sha);
  }
  throw new RefusalError(
    `${CONCURRENT}: branch ${branch} ${waitingOn} during ${MAX_ATTEMPTS} attempts; this run wrote nothing over another run's work. Re-run the job when the other runs have finished.`,
  );
}

/** Where a release branch stands, for a run about to write it. */
type BranchState =
  | { kind: 'absent' }
  /** Open pull request, or written by a run that has not opened its pull request yet: build on it. */
  | { kind: 'continues' }
  /** Left by a merged or closed pull request: its head is that pull request's head. */
  | { kind: 'stale'; pull: PullRequest }
  /** Another run has claimed the restart of a stale branch and is about to replace it. */
  | { kind: 'restarting'; marker: string };

async function branchState(ctx: ModeContext, branch: string, headSha: string): Promise<BranchState> {
  const pulls = (await ctx.github.findPullRequests(ctx.bundlesRepo, { head: branch, state: 'all' })).filter(
    (p) => p.headRef === branch,
  );
  if (pulls.some((p) => p.state === 'open')) return { kind: 'continues' };
  const stale = pulls.find((p) => p.headSha === headSha);
  if (stale) return { kind: 'stale', pull: stale };
  // No open pull request and not a closed one's head: either another run is between writing the branch and
  // opening its pull request, or it is restarting the branch (its marker), or a run died in between.
  const commit = await ctx.github.getCommit(ctx.bundlesRepo, headSha);
  const marker = new RegExp(`^${RESTART_TRAILER}: ([0-9a-f]{40,64})$`, 'm').exec(commit.message);
  if (!marker) return { kind: 'continues' };
  const age = ctx.now().getTime() - Date.parse(commit.committedAt);
  if (age < ABANDONED_MARKER_MS) return { kind: 'restarting', marker: headSha };
  // A marker this old belongs to a run that died after claiming: claim the restart again, on top of it.
  const claimed = pulls.find((p) => p.headSha === marker[1]);
  return claimed ? { kind: 'stale', pull: claimed } : { kind: 'continues' };
}

/** A jittered pause before re-reading, so competing runs do not retry in lockstep. */
function pause(attempt: number): Promise<void> {
  const ms = Math.round(RETRY_BASE_MS * Math.min(attempt, 5) * (0.5 + Math.random()));
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function result(
  manifest: ApprovalManifest,
  holds: number,
  pullRequest: number,
  directory: string,
  written: boolean,
  commit?: string,
): ModeResult {
  return {
    outputs: {
      'bundle-digest': manifest.bundleDigest,
      revision: String(manifest.revision),
      'pull-request-number': pullRequest ? String(pullRequest) : '',
      'holds-count': String(holds),
      'manifest-path': `${directory}/${BUNDLE_FILES.manifest}`,
      ...(commit ? { commit } : {}),
    },
    summary: [
      `### Cutover assemble: ${manifest.product} ${manifest.release} revision ${manifest.revision}`,
      '',
      `- ${written ? 'Written' : 'Unchanged, nothing written'}${pullRequest ? `; pull request #${pullRequest}` : ''}`,
      `- Bundle digest \`${manifest.bundleDigest}\``,
      `- ${holds} open hold(s)`,
    ].join('\n'),
  };
}

/** The candidate tag's signature status, read from GitHub's verification object, with its lineage. */
async function candidateSignature(
  ctx: ModeContext,
  input: AssembleInput,
  observedAt: string,
): Promise<SignatureRecord> {
  const ref = await ctx.github.getRef(input.candidateRepo, `tags/${input.tag}`);
  if (!ref)
    throw new InputError(`tag ${input.tag} does not exist in ${slug(input.candidateRepo)}`, {
      field: 'tag',
      expected: 'the release-candidate tag that triggered the workflow',
    });
  const locator = `${slug(input.candidateRepo)}@refs/tags/${input.tag}`;
  if (ref.objectType !== 'tag') {
    if (ref.sha !== input.commit)
      throw new RefusalError(`tag ${input.tag} points at ${ref.sha}, not at the checked-out commit ${input.commit}`);
    const lineage: Lineage = {
      system: 'github',
      locator,
      revision: ref.sha,
      digest: `gitobject:${ref.sha}`,
      observedAt,
    };
    return {
      type: 'signature',
      sourceId: 'candidate-tag',
      lineage,
      signature: { verified: false, reason: 'lightweight-tag' },
    };
  }
  const tag = await ctx.github.getTagObject(input.candidateRepo, ref.sha);
  if (tag.object.sha !== input.commit)
    throw new RefusalError(
      `tag ${input.tag} points at ${tag.object.sha}, not at the checked-out commit ${input.commit}`,
    );
  const lineage: Lineage = { system: 'github', locator, revision: tag.sha, digest: `gitobject:${tag.sha}`, observedAt };
  return {
    type: 'signature',
    sourceId: 'candidate-tag',
    lineage,
    signature: { verified: tag.verification.verified, reason: tag.verification.reason },
  };
}

/** The highest sealed revision of a release, with its bundle and manifest as tagged. */
async function latestSealed(
  ctx: ModeContext,
  product: string,
  release: string,
): Promise<{ tag: string; manifest: ApprovalManifest; bundle: Bundle } | undefined> {
  const refs = await ctx.github.listRefs(ctx.bundlesRepo, `tags/cutover/${product}/${release}/`);
  const tags = refs
    .map((r) => ({ ref: r, parsed: parseSealTagName(r.ref.replace(/^refs\/tags\//, '')) }))
    .filter(
      (t) => t.parsed && t.parsed.product === product && t.parsed.release === release && t.ref.objectType === 'tag',
    )
    .sort((a, b) => (b.parsed?.revision ?? 0) - (a.parsed?.revision ?? 0));
  const top = tags[0];
  if (!top) return undefined;
  const tagObject = await ctx.github.getTagObject(ctx.bundlesRepo, top.ref.sha);
  const directory = releaseDirectory(product, release);
  const paths = [`${directory}/${BUNDLE_FILES.bundle}`, `${directory}/${BUNDLE_FILES.manifest}`];
  const files = await ctx.github.readFiles(ctx.bundlesRepo, tagObject.object.sha, paths);
  const [bundlePath = '', manifestPath = ''] = paths;
  const bundleText = files[bundlePath];
  const manifestText = files[manifestPath];
  if (bundleText === undefined || manifestText === undefined)
    throw new RefusalError(`sealed tag ${tagObject.tag} points at a commit without ${directory}`);
  return {
    tag: tagObject.tag,
    bundle: validateDocument<Bundle>('bundle', parseDocument(bundleText, bundlePath, 'json'), bundlePath, bundleText),
    manifest: validateDocument<ApprovalManifest>(
      'manifest',
      parseDocument(manifestText, manifestPath, 'json'),
      manifestPath,
      manifestText,
    ),
  };
}
