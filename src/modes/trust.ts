/**
 * What the bundles-repository modes trust, and where they read it: the policy from the default branch (never a
 * base the pull request's author can choose), the two identities the policy names (writer bot, governor App),
 * a pull request's every commit, and a release's revision history (its seal tags and the default branch).
 */
import type { ChainAnchor, Link, ReleaseHistory } from '../domain/chain.js';
import type { RevisionRef } from '../domain/model.js';
import { parseSealTagName } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import { sealRecordText } from '../domain/seal.js';
import { InputError } from '../errors.js';
import type { CommitInfo, GitHubPort, PullRequest, RefState, RepoRef } from '../github/port.js';
import { parseDocument } from '../schema/parse.js';
import { type ReleaseDir, readManifestAt, readPolicyAt } from './bundles-repo.js';
import type { ModeContext } from './context.js';

/** The default branch and its head commit. */
export interface DefaultBranch {
  name: string;
  sha: string;
}

/**
 * The default branch's name and head. The name comes with a pull request GitHub served (its base repository's
 * `default_branch`), else from the repository.
 */
export async function readDefaultBranch(ctx: ModeContext, pull?: PullRequest): Promise<DefaultBranch> {
  const name = pull?.defaultBranch ?? (await ctx.github.getDefaultBranch(ctx.bundlesRepo));
  const head = await ctx.github.getRef(ctx.bundlesRepo, `heads/${name}`);
  if (!head) throw new InputError(`the bundles repository has no ${name} branch`, { field: 'default branch' });
  return { name, sha: head.sha };
}

/**
 * The policy as the default branch holds it now: read without a ref, which GitHub serves from the default
 * branch, so the read waits for no other (no name to resolve, which could also name a tag).
 */
export async function readTrustedPolicy(ctx: ModeContext): Promise<Policy> {
  return readPolicyAt(ctx.github, ctx.bundlesRepo, undefined, ctx.policyPath);
}

/** The identities the policy must name for Cutover to judge commits and check runs on GitHub. */
export interface Identities {
  bundleWriter: string;
  governorAppId: number;
}

/** The policy's identities, or the reason they cannot be used (naming the file and the missing fields). */
export function identitiesOf(policy: Policy, policyPath: string): Identities | { problem: string } {
  const missing = [
    ...(policy.bundleWriter ? [] : ['bundleWriter (the writer App bot login, e.g. cutover-release[bot])']),
    ...(policy.governorAppId ? [] : ['governorAppId (the id of the governor App that posts checks and seals)']),
  ];
  if (missing.length > 0 || !policy.bundleWriter || !policy.governorAppId)
    return {
      problem: `the policy ${policyPath} on the default branch does not name ${missing.join(' and ')}: without them no commit and no check run can be trusted`,
    };
  return { bundleWriter: policy.bundleWriter, governorAppId: policy.governorAppId };
}

/** Why a pull request cannot be judged from the default branch, or undefined when its base is the default branch. */
export function baseProblem(pull: PullRequest, branch: DefaultBranch): string | undefined {
  if (pull.baseRef === branch.name) return undefined;
  return `pull request #${pull.number} targets ${pull.baseRef}, which is not the default branch ${branch.name}: Cutover governs only what merges into the default branch`;
}

/**
 * Every commit a pull request brings (oldest first): those on its head that `onto` (a default-branch commit)
 * does not have. Fails when GitHub does not list them all.
 */
export async function commitsOfPullRequest(
  github: GitHubPort,
  repo: RepoRef,
  onto: string,
  headSha: string,
): Promise<CommitInfo[]> {
  return (await github.compare(repo, onto, headSha)).commits;
}

/**
 * The paths of the files that differ between two commits' trees (added, removed, or with another object or mode),
 * read from the trees themselves: what a commit changes, keyed by immutable shas, whatever a branch or a pull
 * request's file list says now and however many files it is (no 300- or 3,000-file cut). Two requests at once.
 */
export async function changedFilesBetween(
  github: GitHubPort,
  repo: RepoRef,
  from: string,
  to: string,
): Promise<string[]> {
  const [before, after] = await Promise.all([github.listTreeFiles(repo, from), github.listTreeFiles(repo, to)]);
  const was = new Map(before.map((f) => [f.path, `${f.type} ${f.mode} ${f.sha}`]));
  const changed = new Set(before.map((f) => f.path));
  for (const f of after) {
    if (was.get(f.path) === `${f.type} ${f.mode} ${f.sha}`) changed.delete(f.path);
    else changed.add(f.path);
  }
  return [...changed].sort();
}

/**
 * The files a judged head changes, for the gate and verify: GitHub's pull request list (which follows the current
 * head) with the head's own comparison, or, when that comparison is cut at 300 files, the files that differ
 * between the trees of the head and of the comparison's merge base. A list from GitHub may then be another head's:
 * even a head that is back at `headSha` when looked at again may have moved away while the list's pages were read;
 * the trees are keyed by shas that cannot move. (The caller awaits the list all the same: one at GitHub's
 * 3,000-file cap still fails it closed.)
 */
export async function filesOfJudgedHead(
  github: GitHubPort,
  repo: RepoRef,
  headSha: string,
  listed: readonly string[],
  atHead: { files: string[]; filesCut?: boolean; mergeBase: string } | undefined,
): Promise<string[]> {
  if (atHead?.filesCut) return changedFilesBetween(github, repo, atHead.mergeBase, headSha);
  return [...new Set([...listed, ...(atHead?.files ?? [])])];
}

/** Whether `commit` is on the default branch: its head `defaultHead` is that commit or descends from it. */
export async function isOnDefaultBranch(
  github: GitHubPort,
  repo: RepoRef,
  commit: string,
  defaultHead: string,
): Promise<boolean> {
  if (commit === defaultHead) return true;
  const position = await github.compareStatus(repo, commit, defaultHead);
  return position === 'ahead' || position === 'identical';
}

/**
 * Why a tag object's message is not the seal of `revision` on `target`, or undefined when it is: its seal record
 * must name this revision, its digest and the tagged commit as the merge commit. A tag in the seal namespace
 * without such a record is a squat (rulesets should stop one; this does not rely on them).
 */
export function sealRecordProblem(message: string, target: string, revision: RevisionRef): string | undefined {
  const record = sealRecordIn(message);
  const fields = record && typeof record === 'object' ? (record as Record<string, unknown>) : undefined;
  if (
    fields?.revision === revision.revision &&
    fields.bundleDigest === revision.bundleDigest &&
    fields.mergeCommit === target
  )
    return undefined;
  return `the tag points at ${target} without a seal record of revision ${revision.revision} (${revision.bundleDigest}) merged as that commit`;
}

/**
 * The seal record a tag message carries, parsed as the reader parses it (a repeated key refused, not the last one
 * kept), so no mode takes a tag for a seal that the reader refuses. Undefined when there is none or it is refused.
 */
function sealRecordIn(message: string): unknown {
  const text = sealRecordText(message);
  if (text === undefined) return undefined;
  try {
    return parseDocument(text, 'seal record', 'json');
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** Every tag under a release's seal-tag prefix (`tags/cutover/<product>/<release>/`). */
export function releaseTags(ctx: ModeContext, release: { product: string; release: string }): Promise<RefState[]> {
  return ctx.github.listRefs(ctx.bundlesRepo, `tags/cutover/${release.product}/${release.release}/`);
}

/** A release's seal: its annotated tag, the revision its name gives, the digest its seal record names. */
export interface Seal {
  tag: string;
  revision: number;
  bundleDigest: string;
  /** The commit the tag object points at. */
  commit: string;
}

/**
 * The highest seal of a release (other than the tag `except`). A lightweight tag, or an annotated one without a
 * seal record naming a bundle digest, is no seal: the search continues below it.
 */
export async function latestSeal(
  ctx: ModeContext,
  release: { product: string; release: string },
  exceptTag?: string | Promise<string | undefined>,
  listed?: Promise<RefState[]>,
): Promise<Seal | null> {
  const refs = await (listed ?? releaseTags(ctx, release));
  const except = await exceptTag;
  const tags = refs
    .map((r) => ({ ref: r, name: r.ref.replace(/^refs\/tags\//, '') }))
    .map((t) => ({ ...t, parsed: parseSealTagName(t.name) }))
    .filter((t) => t.parsed?.product === release.product && t.parsed.release === release.release && t.name !== except)
    .sort((a, b) => (b.parsed?.revision ?? 0) - (a.parsed?.revision ?? 0));
  for (const top of tags) {
    if (top.ref.objectType !== 'tag') continue;
    const tag = await ctx.github.getTagObject(ctx.bundlesRepo, top.ref.sha);
    const record = sealRecordIn(tag.message);
    if (!record || typeof record !== 'object') continue;
    const digest = (record as { bundleDigest?: unknown }).bundleDigest;
    if (typeof digest !== 'string') continue;
    return { tag: top.name, revision: top.parsed?.revision ?? 0, bundleDigest: digest, commit: tag.object.sha };
  }
  return null;
}

/**
 * A release's history where a new revision is judged: the anchor is the newer of its latest seal (other than
 * `exceptTag`, the tag the revision itself would get) and the manifest at `defaultSha`; earlier links are the
 * manifests the pull request's own commits wrote.
 */
export async function releaseHistory(
  ctx: ModeContext,
  release: ReleaseDir,
  input: {
    defaultSha: string;
    defaultLabel: string;
    /** The pull request's commits (oldest first); awaited only when the walk back needs them. */
    commits: readonly CommitInfo[] | Promise<readonly CommitInfo[]>;
    /** May be a promise: the name is awaited only once the tags are listed. */
    exceptTag?: string | undefined | Promise<string | undefined>;
    /** The judged manifest, when it could be read: the walk back is not needed when it follows the anchor. */
    head?: { supersedes: RevisionRef | null } | undefined | Promise<{ supersedes: RevisionRef | null } | undefined>;
    /** The release's tags, when the caller has listed them already. */
    tags?: Promise<RefState[]>;
  },
): Promise<ReleaseHistory> {
  const [seal, onDefault, head] = await Promise.all([
    latestSeal(ctx, release, input.exceptTag, input.tags),
    readManifestAt(ctx.github, ctx.bundlesRepo, input.defaultSha, release.path).catch(() => undefined),
    input.head,
  ]);
  const sealed: ChainAnchor | null = seal
    ? { revision: seal.revision, bundleDigest: seal.bundleDigest, source: `seal tag ${seal.tag}` }
    : null;
  const fromDefault: ChainAnchor | null = onDefault
    ? {
        revision: onDefault.revision,
        bundleDigest: onDefault.bundleDigest,
        source: `${input.defaultLabel} at ${input.defaultSha.slice(0, 12)}`,
      }
    : null;
  const anchor = [sealed, fromDefault]
    .filter((a): a is ChainAnchor => a !== null)
    .sort((a, b) => b.revision - a.revision)[0];
  const earlier: Link[] = [];
  // Newest first, the head itself excluded: each earlier commit's manifest is a link the head may supersede.
  // The walk ends at the chain's first link (the one superseding the anchor, or nothing when there is none).
  const seen = new Set<string>();
  const start = (m: { supersedes: RevisionRef | null }) =>
    anchor
      ? m.supersedes?.revision === anchor.revision && m.supersedes.bundleDigest === anchor.bundleDigest
      : m.supersedes === null;
  if (head && start(head)) return { anchor: anchor ?? null, earlier };
  for (const commit of [...(await input.commits)].reverse().slice(1)) {
    const manifest = await readManifestAt(ctx.github, ctx.bundlesRepo, commit.sha, release.path).catch(() => undefined);
    if (!manifest) continue;
    const key = `${manifest.revision}:${manifest.bundleDigest}`;
    if (seen.has(key)) continue;
    seen.add(key);
    earlier.push({
      revision: manifest.revision,
      bundleDigest: manifest.bundleDigest,
      supersedes: manifest.supersedes,
    });
    if (start(manifest) || (anchor && manifest.revision <= anchor.revision)) break;
  }
  return { anchor: anchor ?? null, earlier };
}
