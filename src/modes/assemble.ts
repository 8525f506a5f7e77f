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
import type { Assembly } from '../domain/assemble.js';
import { canonicalJson } from '../domain/canonical.js';
import { renderReleaseFiles } from '../domain/files.js';
import { buildManifest } from '../domain/manifest.js';
import type { ApprovalManifest, Bundle, Lineage, RevisionRef } from '../domain/model.js';
import { BUNDLE_FILES, releaseBranch, releaseDirectory } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import type { SignatureRecord } from '../domain/records.js';
import { foreignCommits } from '../domain/writer.js';
import { InputError, RefusalError } from '../errors.js';
import {
  type CommitFilesInput,
  type CommitInfo,
  type PullRequest,
  type RefState,
  type RepoRef,
  slug,
  type TagObject,
} from '../github/port.js';
import { code, commitText, text } from '../render/markdown.js';
import { pullRequestBody, pullRequestTitle } from '../render/pull-request.js';
import type { SourcesConfig } from '../schema/documents.js';
import { parseDocument } from '../schema/parse.js';
import { parseRelease } from '../schema/release.js';
import { validateDocument } from '../schema/validate.js';
import type { SourceGitHub, Workspace } from '../sources/types.js';
import { assertReleaseNames, buildBundle, releaseNameOf } from './build.js';
import { readManifestAt, readReleaseAt } from './bundles-repo.js';
import { early, type ModeContext, type ModeResult } from './context.js';
import { latestSeal, readTrustedPolicy } from './trust.js';

export interface AssembleInput {
  config: SourcesConfig;
  configPath: string;
  /**
   * The candidate's files; or a function making them from the candidate commit's time, which assemble reads
   * anyway (the action: one read of the commit, sent with the others).
   */
  workspace: Workspace | ((committedAt: string) => Workspace);
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

/** Where the release goes in the bundles repository. */
interface Release {
  product: string;
  release: string;
  branch: string;
  directory: string;
}

/** The highest sealed revision of a release, with its bundle and manifest as tagged. */
interface Sealed {
  tag: string;
  manifest: ApprovalManifest;
  bundle: Bundle;
}

/** What the bundles repository says before anything is written: the default branch, policy, chain so far. */
interface BundlesState {
  defaultBranch: string;
  /** The default branch's head commit and its tree (the base of a new branch). */
  defaultHead: { sha: string; treeSha: string };
  policy: Policy;
  sealed: Sealed | undefined;
  /** The release's manifest merged on the default branch, if any. */
  merged: ApprovalManifest | undefined;
}

/** The bundle built for this run, and how to bind it to a revision. */
interface Built {
  assembly: Assembly;
  holds: number;
  manifestFor: (revision: number, supersedes: RevisionRef | null) => ApprovalManifest;
}

/** Runs assemble; returns outputs and a summary. */
export async function runAssemble(ctx: ModeContext, input: AssembleInput): Promise<ModeResult> {
  // The candidate's reads (its repository only) go out first; a problem with the candidate is reported before
  // one with the sources file's names, as it always was.
  const candidate = early(readCandidate(ctx, input));
  let release: Release;
  try {
    release = releaseOf(input);
  } catch (error) {
    await candidate;
    throw error;
  }
  // Then every read of the bundles repository at once, the release branch's included (the first attempt's).
  const stateRead = early(readBundlesState(ctx, release));
  let branchRead: Promise<BranchRead> = early(readBranch(ctx, release));
  const { commit, signature } = await candidate;
  const state = await stateRead;
  const built = await build(input, state, commit.committedAt, signature);

  let waitingOn = 'kept changing';
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (attempt > 1) {
      await pause(attempt);
      branchRead = readBranch(ctx, release);
    }
    const branch = await branchRead;
    if (branch.state.kind === 'restarting') {
      waitingOn = `is being restarted by another run (marker ${branch.state.marker.slice(0, 12)})`;
      ctx.log(`${CONCURRENT}: ${release.branch} ${waitingOn}; waiting (attempt ${attempt})`);
      continue;
    }
    if (branch.state.kind === 'continues' && branch.head)
      await assertWriterBranch(ctx, release, state, branch.head.sha);
    const done = await unchanged(ctx, release, state, built, branch);
    if (done) return done;
    const written = await writeRevision(ctx, input, release, state, built, branch, attempt);
    if (written) return written;
    waitingOn = 'kept changing';
  }
  throw new RefusalError(
    `${CONCURRENT}: branch ${release.branch} ${waitingOn} during ${MAX_ATTEMPTS} attempts; this run wrote nothing over another run's work. Re-run the job when the other runs have finished.`,
  );
}

/** The sources file's candidate (when it names one) must be the triggering tag; the release's names and places. */
function releaseOf(input: AssembleInput): Release {
  const { candidate } = input.config;
  if (candidate && (candidate.tag !== input.tag || candidate.commit !== input.commit)) {
    throw new InputError(
      `the sources file names candidate ${candidate.tag} at ${candidate.commit}, but the workflow runs for ${input.tag} at ${input.commit}`,
      { file: input.configPath, field: '/candidate', expected: 'no candidate key, or the triggering tag and commit' },
    );
  }
  const product = input.config.product;
  const release = releaseNameOf(input.config, input.tag, input.configPath);
  // The names become a branch, a directory and tags: refused here, before anything is read from or written to the
  // bundles repository, when git would refuse them.
  assertReleaseNames({ product, release }, input.configPath);
  return { product, release, branch: releaseBranch(product, release), directory: releaseDirectory(product, release) };
}

/** The candidate commit and its tag's signature (the tag must point at the checked-out commit). */
async function readCandidate(
  ctx: ModeContext,
  input: AssembleInput,
): Promise<{ commit: CommitInfo; signature: SignatureRecord }> {
  const commitRead = early(ctx.github.getCommit(input.candidateRepo, input.commit));
  const tagRead = early(readCandidateTag(ctx, input));
  const commit = await commitRead;
  return { commit, signature: signatureOf(input, await tagRead, commit.committedAt) };
}

/** The default branch, its policy, the latest seal and the revision merged on the default branch, read at once. */
async function readBundlesState(ctx: ModeContext, release: Release): Promise<BundlesState> {
  const { github, bundlesRepo } = ctx;
  const headRead = early(
    github.getDefaultBranch(bundlesRepo).then(async (name) => {
      const ref = await github.getRef(bundlesRepo, `heads/${name}`);
      return { name, sha: ref?.sha };
    }),
  );
  const policyRead = early(readTrustedPolicy(ctx));
  const sealedRead = early(latestSealed(ctx, release));
  const { name, sha } = await headRead;
  if (!sha) throw new RefusalError(`the bundles repository ${slug(bundlesRepo)} has no ${name} branch`);
  // A revision merged on the default branch is a link of the chain even before (or without) its seal: the next
  // revision follows it (verify's binding rule judges the chain the same way).
  const mergedRead = early(readManifestAt(github, bundlesRepo, sha, release.directory));
  const headCommit = early(github.getCommit(bundlesRepo, sha));
  const policy = await policyRead;
  const sealed = await sealedRead;
  const merged = await mergedRead;
  return { defaultBranch: name, defaultHead: { sha, treeSha: (await headCommit).treeSha }, policy, sealed, merged };
}

/** Builds the bundle against the latest sealed revision's. */
async function build(
  input: AssembleInput,
  state: BundlesState,
  committedAt: string,
  signature: SignatureRecord,
): Promise<Built> {
  const assembly = await buildBundle({
    config: input.config,
    configPath: input.configPath,
    candidate: { tag: input.tag, commit: input.commit, repository: slug(input.candidateRepo), committedAt },
    candidateLineage: signature.lineage,
    policy: state.policy,
    workspace: typeof input.workspace === 'function' ? input.workspace(committedAt) : input.workspace,
    context: { github: input.sourceGitHub, env: input.env, maxFileBytes: input.maxFileBytes },
    extraRecords: [signature],
    previous: state.sealed ? { bundle: state.sealed.bundle } : undefined,
  });
  const manifestFor = (revision: number, supersedes: RevisionRef | null) =>
    buildManifest({
      bundle: assembly.files.bundle,
      digest: assembly.digest,
      revision,
      policy: state.policy,
      supersedes,
      queue: input.queue,
      window: input.window,
    });
  return { assembly, holds: assembly.files.holds.holds.length, manifestFor };
}

/** The release branch as this attempt finds it: its head, where it stands, and the revision it carries. */
interface BranchRead {
  head: RefState | null;
  state: BranchState;
  /**
   * The branch's own revision, while it counts: it continues (open pull request, or written by a run that has not
   * opened one yet), or it was left by a merged pull request, which lends its revision number. A pull request
   * closed without merging approved nothing: its revision is no link of the chain (verify's binding rule would
   * refuse a revision superseding it), so the next one follows the last approved revision.
   */
  onBranch: ApprovalManifest | undefined;
}

async function readBranch(ctx: ModeContext, release: Release): Promise<BranchRead> {
  const head = await ctx.github.getRef(ctx.bundlesRepo, `heads/${release.branch}`);
  if (!head) return { head, state: { kind: 'absent' }, onBranch: undefined };
  // Read with the state, and used only when the branch's revision counts.
  const manifest = early(readManifestAt(ctx.github, ctx.bundlesRepo, head.sha, release.directory));
  const state = await branchState(ctx, release.branch, head.sha);
  const counts = state.kind === 'continues' || (state.kind === 'stale' && state.pull.merged);
  return { head, state, onBranch: counts ? await manifest : undefined };
}

/** The highest revision of the chain so far: the branch's own, the latest seal's or the merged one's. */
function latestOf(state: BundlesState, branch: BranchRead): ApprovalManifest | undefined {
  return [branch.onBranch, state.sealed?.manifest, state.merged]
    .filter((m): m is ApprovalManifest => m !== undefined)
    .sort((a, b) => b.revision - a.revision)[0];
}

/** The result when this bundle is already where it would be written (nothing to write), else undefined. */
async function unchanged(
  ctx: ModeContext,
  release: Release,
  state: BundlesState,
  built: Built,
  branch: BranchRead,
): Promise<ModeResult | undefined> {
  const { product, release: name, directory } = release;
  const { head, onBranch, state: standing } = branch;
  const latest = latestOf(state, branch);
  const same = (m: ApprovalManifest) => canonicalJson(built.manifestFor(m.revision, m.supersedes)) === canonicalJson(m);
  if (head && onBranch && latest === onBranch && same(onBranch)) {
    if (standing.kind === 'continues') {
      // Same bundle and same binding as the revision already on the branch: nothing to write.
      const number = await openPullRequest(ctx, release, state, built, onBranch, head.sha);
      ctx.log(
        `unchanged: ${product} ${name} revision ${onBranch.revision} is already on ${release.branch} (#${number})`,
      );
      return result(onBranch, built.holds, number, directory, false, head.sha);
    }
    if (standing.kind === 'stale' && standing.pull.merged) {
      ctx.log(
        `unchanged: ${product} ${name} revision ${onBranch.revision} was merged in #${standing.pull.number}; it awaits its seal`,
      );
      return result(onBranch, built.holds, standing.pull.number, directory, false, head.sha);
    }
  }
  const { sealed, merged } = state;
  if (standing.kind !== 'continues' && sealed && sealed.manifest.bundleDigest === built.assembly.digest) {
    ctx.log(
      `unchanged: ${product} ${name} revision ${sealed.manifest.revision} with this digest is already sealed as ${sealed.tag}`,
    );
    return result(sealed.manifest, built.holds, 0, directory, false);
  }
  if (standing.kind !== 'continues' && merged && latest === merged && same(merged)) {
    ctx.log(
      `unchanged: ${product} ${name} revision ${merged.revision} with this digest is merged on ${state.defaultBranch}; it awaits its seal`,
    );
    return result(merged, built.holds, 0, directory, false);
  }
  return undefined;
}

/**
 * Writes the next revision as one commit on the release branch and opens or updates its pull request; undefined
 * when another run moved the branch meanwhile (the caller re-reads and tries again).
 */
async function writeRevision(
  ctx: ModeContext,
  input: AssembleInput,
  release: Release,
  state: BundlesState,
  built: Built,
  branch: BranchRead,
  attempt: number,
): Promise<ModeResult | undefined> {
  const latest = latestOf(state, branch);
  const manifest = built.manifestFor(
    (latest?.revision ?? 0) + 1,
    latest ? { revision: latest.revision, bundleDigest: latest.bundleDigest } : null,
  );
  const base = await baseOfWrite(ctx, release, state, branch, attempt);
  if (!base) return undefined;
  const { assembly, holds } = built;
  const files = renderReleaseFiles(assembly.files, manifest);
  const committed = await ctx.github.commitFiles(ctx.bundlesRepo, {
    ...base,
    branch: release.branch,
    message: [
      // The names come from the service repository (the tag, the sources file): GitHub must not read an issue
      // reference or a mention in them (a tag `rc-#7`, a product `GH-7`).
      `cutover: ${commitText(release.product)} ${commitText(release.release)} revision ${manifest.revision}`,
      '',
      `Bundle ${assembly.digest} from ${commitText(input.tag)} (${input.commit}) of ${commitText(slug(input.candidateRepo))}.`,
      `${holds} open hold(s).${manifest.supersedes ? ` Supersedes revision ${manifest.supersedes.revision}.` : ''}`,
      '',
      `Cutover-Revision: ${manifest.revision}`,
      `Cutover-Bundle-Digest: ${assembly.digest}`,
    ].join('\n'),
    files: Object.fromEntries(
      Object.entries(files).map(([key, text]) => [
        `${release.directory}/${BUNDLE_FILES[key as keyof typeof BUNDLE_FILES]}`,
        text,
      ]),
    ),
  });
  if (committed.kind === 'moved') {
    ctx.log(`${CONCURRENT}: ${release.branch} moved while writing (attempt ${attempt}); re-reading and rebuilding`);
    return undefined;
  }
  // A branch this run created had no pull request: open one (adopting one another run opened meanwhile).
  const created = base.expectedHead === null;
  const number = await openPullRequest(ctx, release, state, built, manifest, committed.sha, created);
  ctx.log(
    `wrote ${release.product} ${release.release} revision ${manifest.revision} as ${committed.sha} on ${release.branch} (#${number})`,
  );
  return result(manifest, holds, number, release.directory, true, committed.sha);
}

/**
 * What the commit builds on: the branch's head while it continues, else the default branch's head (a new branch,
 * or a stale one replaced). A stale branch (left by a merged or closed pull request: its head is that pull
 * request's head) is first claimed with a marker commit on top, a fast-forward only one run can make; then only
 * the claimant moves the branch off its own marker. Nothing is deleted, and no run rewinds a branch another run
 * wrote. Undefined when another run claimed it first.
 */
async function baseOfWrite(
  ctx: ModeContext,
  release: Release,
  state: BundlesState,
  branch: BranchRead,
  attempt: number,
): Promise<Pick<CommitFilesInput, 'parent' | 'parentTree' | 'expectedHead' | 'replace'> | undefined> {
  const { head, state: standing } = branch;
  const fromDefault = { parent: state.defaultHead.sha, parentTree: state.defaultHead.treeSha };
  if (!head || standing.kind === 'absent') return { ...fromDefault, expectedHead: null };
  if (standing.kind === 'continues') return { parent: head.sha, expectedHead: head.sha };
  if (standing.kind !== 'stale') return undefined;
  const claim = await ctx.github.commitFiles(ctx.bundlesRepo, {
    branch: release.branch,
    parent: head.sha,
    expectedHead: head.sha,
    files: {},
    message: [
      `cutover: restarting ${commitText(release.branch)} after #${standing.pull.number}`,
      '',
      `${RESTART_TRAILER}: ${head.sha}`,
      // Unique to this run: two runs' markers are never the same commit, so exactly one claim succeeds.
      `Cutover-Restart-Claim: ${randomUUID()}`,
    ].join('\n'),
  });
  if (claim.kind === 'moved') {
    ctx.log(`${CONCURRENT}: ${release.branch} changed while claiming its restart (attempt ${attempt}); re-reading`);
    return undefined;
  }
  return { ...fromDefault, expectedHead: claim.sha, replace: true };
}

/**
 * The open pull request of the branch, updated, or a new one (adopting one another run opened meanwhile). A
 * branch this run has just created has no pull request yet: it is opened without looking for one first.
 * `commit` is the branch head the description is of.
 */
async function openPullRequest(
  ctx: ModeContext,
  release: Release,
  state: BundlesState,
  built: Built,
  manifest: ApprovalManifest,
  commit: string,
  created = false,
): Promise<number> {
  const { github, bundlesRepo } = ctx;
  const view = { files: built.assembly.files, manifest, directory: release.directory, sealed: sealedView(state) };
  const title = pullRequestTitle(view);
  const body = pullRequestBody(view);
  const current = created
    ? undefined
    : (await github.findPullRequests(bundlesRepo, { head: release.branch, state: 'open' })).find(
        (p) => p.headRef === release.branch,
      );
  if (current) {
    await github.updatePullRequest(bundlesRepo, current.number, { title, body });
    await describeHead(ctx, release, state, current.number, commit);
    return current.number;
  }
  const base = state.defaultBranch;
  return (await github.createPullRequest(bundlesRepo, { head: release.branch, base, title, body })).number;
}

function sealedView(state: BundlesState) {
  const { sealed } = state;
  return sealed && { revision: sealed.manifest.revision, bundle: sealed.bundle, tag: sealed.tag };
}

/** Re-descriptions of a pull request whose branch other runs keep moving, before leaving it to them. */
const MAX_REDESCRIBE = 3;

/**
 * After updating the pull request's description of `described`: when the branch still stands there, any later
 * run's update comes after this one. When another run has moved the branch meanwhile, its update may have landed
 * first and this one over it (GitHub's update takes no expected value): the pull request is described again from
 * the release files at the branch head, until the head stays put.
 */
async function describeHead(
  ctx: ModeContext,
  release: Release,
  state: BundlesState,
  number: number,
  described: string,
): Promise<void> {
  const { github, bundlesRepo } = ctx;
  let last = described;
  for (let i = 0; i <= MAX_REDESCRIBE; i++) {
    const head = (await github.getRef(bundlesRepo, `heads/${release.branch}`))?.sha;
    if (!head || head === last) return;
    if (i === MAX_REDESCRIBE) break;
    const { documents } = parseRelease(await readReleaseAt(github, bundlesRepo, head, release.directory));
    const { bundle, holds, lineage, manifest } = documents;
    if (!bundle || !holds || !lineage || !manifest) {
      ctx.log(
        `#${number}: ${release.branch} moved to ${head}, whose ${release.directory} does not parse; not describing it`,
      );
      return;
    }
    const view = {
      files: { bundle, holds, lineage },
      manifest,
      directory: release.directory,
      sealed: sealedView(state),
    };
    ctx.log(
      `#${number}: another run moved ${release.branch} to ${head} meanwhile; describing revision ${manifest.revision}`,
    );
    await github.updatePullRequest(bundlesRepo, number, { title: pullRequestTitle(view), body: pullRequestBody(view) });
    last = head;
  }
  ctx.log(`#${number}: ${release.branch} kept moving; its description is left to the run that moved it last`);
}

/**
 * A branch assemble continues must hold only the writer's own commits since the default branch: anyone with
 * write access can create `cutover/<product>/<release>` first, or push to it, and a revision written on top of
 * their commits would carry them into the writer's pull request (and take their manifest as a link of the
 * chain). Refused, naming each such commit: a person must remove them (delete the branch, or close its pull
 * request); assemble never rewrites a branch someone else wrote to.
 */
async function assertWriterBranch(ctx: ModeContext, release: Release, state: BundlesState, head: string) {
  const writer = state.policy.bundleWriter;
  if (!writer)
    throw new RefusalError(
      `the policy ${ctx.policyPath} on ${state.defaultBranch} names no bundleWriter, so assemble cannot tell its own commits on ${release.branch} from anyone else's; name the writer App's bot login there`,
    );
  const { commits } = await ctx.github.compare(ctx.bundlesRepo, state.defaultHead.sha, head);
  const foreign = foreignCommits(commits, writer);
  if (foreign.length > 0)
    throw new RefusalError(
      `branch ${release.branch} holds commits assemble did not write, and it builds on no one else's: ${foreign
        .map((c) => c.message)
        .join('; ')}. Delete the branch (or close its pull request) and re-run.`,
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
      `### Cutover assemble: ${text(manifest.product)} ${text(manifest.release)} revision ${manifest.revision}`,
      '',
      `- ${written ? 'Written' : 'Unchanged, nothing written'}${pullRequest ? `; pull request #${pullRequest}` : ''}`,
      `- Bundle digest ${code(manifest.bundleDigest)}`,
      `- ${holds} open hold(s)`,
    ].join('\n'),
  };
}

/** The candidate tag as GitHub holds it: its ref, and its tag object unless it is lightweight. */
interface CandidateTag {
  ref: RefState;
  object: TagObject | undefined;
}

/** Reads the candidate tag; it must exist and point at the checked-out commit. */
async function readCandidateTag(ctx: ModeContext, input: AssembleInput): Promise<CandidateTag> {
  const ref = await ctx.github.getRef(input.candidateRepo, `tags/${input.tag}`);
  if (!ref)
    throw new InputError(`tag ${input.tag} does not exist in ${slug(input.candidateRepo)}`, {
      field: 'tag',
      expected: 'the release-candidate tag that triggered the workflow',
    });
  if (ref.objectType !== 'tag') {
    if (ref.sha !== input.commit)
      throw new RefusalError(`tag ${input.tag} points at ${ref.sha}, not at the checked-out commit ${input.commit}`);
    return { ref, object: undefined };
  }
  const object = await ctx.github.getTagObject(input.candidateRepo, ref.sha);
  if (object.object.sha !== input.commit)
    throw new RefusalError(
      `tag ${input.tag} points at ${object.object.sha}, not at the checked-out commit ${input.commit}`,
    );
  return { ref, object };
}

/** The candidate tag's signature status, from GitHub's verification object, with its lineage. */
function signatureOf(input: AssembleInput, tag: CandidateTag, observedAt: string): SignatureRecord {
  const locator = `${slug(input.candidateRepo)}@refs/tags/${input.tag}`;
  const revision = tag.object?.sha ?? tag.ref.sha;
  const lineage: Lineage = { system: 'github', locator, revision, digest: `gitobject:${revision}`, observedAt };
  return {
    type: 'signature',
    sourceId: 'candidate-tag',
    lineage,
    signature: tag.object
      ? { verified: tag.object.verification.verified, reason: tag.object.verification.reason }
      : { verified: false, reason: 'lightweight-tag' },
  };
}

/**
 * The highest sealed revision of a release, with its bundle and manifest as tagged. Only a seal counts (the
 * trusted reading of the tags, shared with verify and seal): a lightweight tag, or an annotated one without a
 * seal record, is no seal, so the numbering follows the revision verify's binding rule will anchor on.
 */
async function latestSealed(ctx: ModeContext, release: Release): Promise<Sealed | undefined> {
  const seal = await latestSeal(ctx, release);
  if (!seal) return undefined;
  const { directory } = release;
  const [bundlePath, manifestPath] = [`${directory}/${BUNDLE_FILES.bundle}`, `${directory}/${BUNDLE_FILES.manifest}`];
  const files = await ctx.github.readFiles(ctx.bundlesRepo, seal.commit, [bundlePath, manifestPath]);
  const bundleText = files[bundlePath];
  const manifestText = files[manifestPath];
  if (bundleText === undefined || manifestText === undefined)
    throw new RefusalError(`sealed tag ${seal.tag} points at a commit without ${directory}`);
  return {
    tag: seal.tag,
    bundle: validateDocument<Bundle>('bundle', parseDocument(bundleText, bundlePath, 'json'), bundlePath, bundleText),
    manifest: validateDocument<ApprovalManifest>(
      'manifest',
      parseDocument(manifestText, manifestPath, 'json'),
      manifestPath,
      manifestText,
    ),
  };
}
