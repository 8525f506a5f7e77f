/**
 * What the bundles-repository modes trust, and where they read it: the policy from the default branch (never a
 * base the pull request's author can choose), the two identities the policy names (writer bot, governor App),
 * a pull request's every commit, and a release's revision history (its seal tags and the default branch).
 */
import type { ChainAnchor, Link, ReleaseHistory } from '../domain/chain.js';
import type { RevisionRef } from '../domain/model.js';
import { parseSealTagName } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import { extractSealRecord } from '../domain/seal.js';
import { InputError } from '../errors.js';
import type { CommitInfo, GitHubPort, PullRequest, RepoRef } from '../github/port.js';
import { type ReleaseDir, readManifestAt, readPolicyAt } from './bundles-repo.js';
import type { ModeContext } from './context.js';

/** The default branch and its head commit. */
export interface DefaultBranch {
  name: string;
  sha: string;
}

export async function readDefaultBranch(ctx: ModeContext): Promise<DefaultBranch> {
  const name = await ctx.github.getDefaultBranch(ctx.bundlesRepo);
  const head = await ctx.github.getRef(ctx.bundlesRepo, `heads/${name}`);
  if (!head) throw new InputError(`the bundles repository has no ${name} branch`, { field: 'default branch' });
  return { name, sha: head.sha };
}

/** The policy as the default branch holds it now. */
export async function readTrustedPolicy(ctx: ModeContext, branch: DefaultBranch): Promise<Policy> {
  return readPolicyAt(ctx.github, ctx.bundlesRepo, branch.sha, ctx.policyPath);
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

/** The highest annotated seal tag of a release (other than `except`), with the digest its seal record names. */
async function latestSeal(ctx: ModeContext, release: ReleaseDir, except?: string): Promise<ChainAnchor | null> {
  const refs = await ctx.github.listRefs(ctx.bundlesRepo, `tags/cutover/${release.product}/${release.release}/`);
  const tags = refs
    .map((r) => ({ ref: r, name: r.ref.replace(/^refs\/tags\//, '') }))
    .map((t) => ({ ...t, parsed: parseSealTagName(t.name) }))
    .filter((t) => t.parsed?.product === release.product && t.parsed.release === release.release && t.name !== except)
    .sort((a, b) => (b.parsed?.revision ?? 0) - (a.parsed?.revision ?? 0));
  for (const top of tags) {
    // A lightweight tag or one without a seal record is no seal: the chain continues below it.
    if (top.ref.objectType !== 'tag') continue;
    const record = extractSealRecord((await ctx.github.getTagObject(ctx.bundlesRepo, top.ref.sha)).message);
    if (!record || typeof record !== 'object') continue;
    const digest = (record as { bundleDigest?: unknown }).bundleDigest;
    if (typeof digest !== 'string') continue;
    return { revision: top.parsed?.revision ?? 0, bundleDigest: digest, source: `seal tag ${top.name}` };
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
    commits: readonly CommitInfo[];
    exceptTag?: string | undefined;
    /** The judged manifest, when it could be read: the walk back is not needed when it follows the anchor. */
    head?: { supersedes: RevisionRef | null } | undefined;
  },
): Promise<ReleaseHistory> {
  const [sealed, onDefault] = await Promise.all([
    latestSeal(ctx, release, input.exceptTag),
    readManifestAt(ctx.github, ctx.bundlesRepo, input.defaultSha, release.path).catch(() => undefined),
  ]);
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
  if (input.head && start(input.head)) return { anchor: anchor ?? null, earlier };
  for (const commit of [...input.commits].reverse().slice(1)) {
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
