/**
 * Ref updates shared by the REST routes, merges and the admin API: tag rulesets, fast-forward checks, and the
 * side effects GitHub applies on a push (pull request head sync, stale approval dismissal).
 */
import type { ServerContext } from './context.js';
import { HttpError } from './http.js';
import { type ActivityType, isoNow, type PullRequest, type Repository, type TagOperation } from './state.js';

/** The sha GitHub's activity names for a branch that did not exist (before a creation, after a deletion). */
export const ZERO_SHA = '0'.repeat(40);

/** Records one branch update in the repository activity (tags and other refs are not recorded, as on GitHub). */
export function recordActivity(
  ctx: ServerContext,
  repo: Repository,
  update: { ref: string; before: string; after: string; actor: string; type: ActivityType },
): void {
  if (!update.ref.startsWith('refs/heads/')) return;
  repo.activities.push({
    id: ctx.state.nextId('activity', 3_000_000_000),
    ref: update.ref,
    before: update.before,
    after: update.after,
    type: update.type,
    actor: update.actor,
    timestamp: isoNow(),
    seq: ctx.state.seq(),
  });
}

/** The activity type of a branch moving from `old` to `sha` (a creation, a fast-forward or a forced update). */
export async function pushType(repo: Repository, old: string | undefined, sha: string): Promise<ActivityType> {
  if (!old || /^0{40}$/.test(old)) return 'branch_creation';
  return (await repo.git.isAncestor(old, sha)) ? 'push' : 'force_push';
}

/** Translates a ruleset fnmatch pattern (`*` within a segment, `**` across) into a RegExp. */
export function refPatternRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** A ref change as rules see it. */
export type RefChange = 'create' | 'update' | 'delete';

const TAG_OPERATION: Record<RefChange, TagOperation> = { create: 'creation', update: 'update', delete: 'deletion' };

const TAG_REASON: Record<RefChange, string> = {
  create: 'Cannot create ref due to creations being restricted.',
  update: 'Cannot update this protected ref.',
  delete: 'Cannot delete this protected ref.',
};

/**
 * The reason a tag ruleset refuses `actor` the change of `ref`, or undefined. Every matching ruleset that restricts
 * the operation and does not list `actor` as a bypass actor refuses it (a bypass covers only its own ruleset).
 */
export function tagRuleViolation(repo: Repository, ref: string, actor: string, change: RefChange): string | undefined {
  if (!ref.startsWith('refs/tags/')) return undefined;
  const name = ref.slice('refs/tags/'.length);
  for (const rule of repo.tagRules) {
    const pattern = rule.pattern.replace(/^refs\/tags\//, '');
    if (!refPatternRegExp(pattern).test(name)) continue;
    if (!rule.operations.includes(TAG_OPERATION[change])) continue;
    if (rule.bypass.some((b) => b.toLowerCase() === actor.toLowerCase())) continue;
    return TAG_REASON[change];
  }
  return undefined;
}

/** Throws GitHub's ruleset violation (422) when `actor` may not change tag `ref`. */
export function checkTagRules(repo: Repository, ref: string, actor: string, change: RefChange): void {
  const reason = tagRuleViolation(repo, ref, actor, change);
  if (reason) throw new HttpError(422, `Repository rule violations found\n\n${reason}\n\n`);
}

/** Classic protection's refusal text when a branch requires pull requests, or undefined. */
export function branchRuleViolation(repo: Repository, ref: string): string | undefined {
  if (!ref.startsWith('refs/heads/')) return undefined;
  const rules = repo.branchRules.get(ref.slice('refs/heads/'.length));
  return rules?.requirePullRequest ? 'Changes must be made through a pull request.' : undefined;
}

/** Throws GitHub's 422 for a direct API update of a branch whose protection requires pull requests. */
export function checkBranchRules(repo: Repository, ref: string): void {
  const reason = branchRuleViolation(repo, ref);
  if (reason) throw new HttpError(422, reason);
}

/**
 * What `git push` prints (through `remote:` lines) when rules refuse a ref update, GitHub's wording: GH006 for
 * protected branches, GH013 for rulesets. Undefined when the update is allowed.
 */
export function pushViolation(repo: Repository, ref: string, actor: string, change: RefChange): string | undefined {
  const branch = branchRuleViolation(repo, ref);
  if (branch) return `error: GH006: Protected branch update failed for ${ref}.\n\n- ${branch}\n`;
  const tag = tagRuleViolation(repo, ref, actor, change);
  if (tag) return `error: GH013: Repository rule violations found for ${ref}.\n\n- ${tag}\n`;
  return undefined;
}

/** Options for a ref write. */
export interface RefWrite {
  ref: string;
  sha: string;
  actor: string;
  force?: boolean;
  /** 'create' fails when the ref exists; 'update' fails when it does not. */
  mode: 'create' | 'update' | 'upsert';
  /** Skip tag and branch rules (admin setup, pull request merges). */
  bypassRules?: boolean;
  /** How the repository activity records the update of a branch (default: push, force_push or branch_creation). */
  activity?: ActivityType;
}

/** Creates or moves a ref with GitHub's checks and side effects; returns the previous sha (or undefined). */
export async function writeRef(ctx: ServerContext, repo: Repository, w: RefWrite): Promise<string | undefined> {
  const git = repo.git;
  const old = await git.resolve(w.ref);
  if (w.mode === 'create' && old) throw new HttpError(422, 'Reference already exists');
  if (w.mode === 'update' && !old) throw new HttpError(422, 'Reference does not exist');
  if (!(await git.objectType(w.sha))) throw new HttpError(422, 'Object does not exist');
  if (!w.bypassRules) {
    checkBranchRules(repo, w.ref);
    checkTagRules(repo, w.ref, w.actor, old ? 'update' : 'create');
  }
  const type = w.ref.startsWith('refs/heads/') ? (w.activity ?? (await pushType(repo, old, w.sha))) : undefined;
  if (type === 'force_push' && !w.force) throw new HttpError(422, 'Update is not a fast forward');
  // Compare-and-swap: a competing writer between our read and this write loses the race the way GitHub's does.
  if (!(await git.updateRef(w.ref, w.sha, old ?? ''))) {
    throw new HttpError(422, w.mode === 'create' ? 'Reference already exists' : 'Update is not a fast forward');
  }
  if (type && old !== w.sha)
    recordActivity(ctx, repo, { ref: w.ref, before: old ?? ZERO_SHA, after: w.sha, actor: w.actor, type });
  if (w.ref.startsWith('refs/heads/') && old !== w.sha)
    await onBranchPush(ctx, repo, w.ref.slice('refs/heads/'.length), w.sha, w.actor);
  return old;
}

/** Deletes a ref with branch and tag rules applied (unless `bypassRules`); a branch's deletion is recorded. */
export async function deleteRef(
  ctx: ServerContext,
  repo: Repository,
  ref: string,
  actor: string,
  bypassRules = false,
): Promise<void> {
  const old = await repo.git.resolve(ref);
  if (!old) throw new HttpError(422, 'Reference does not exist');
  if (!bypassRules) {
    checkBranchRules(repo, ref);
    checkTagRules(repo, ref, actor, 'delete');
  }
  await repo.git.deleteRef(ref);
  recordActivity(ctx, repo, { ref, before: old, after: ZERO_SHA, actor, type: 'branch_deletion' });
}

/** GitHub's reaction to a push on a branch: open PRs with that head synchronize; stale approvals may be dismissed. */
export async function onBranchPush(
  ctx: ServerContext,
  repo: Repository,
  branch: string,
  sha: string,
  pusher: string,
): Promise<void> {
  repo.lastPush.set(branch, { sha, pusher, at: ctx.state.seq() });
  for (const pr of repo.pulls) {
    if (pr.state !== 'open' || pr.headRef !== branch || pr.headSha === sha) continue;
    pr.headSha = sha;
    pr.updatedAt = isoNow();
    await refreshBaseSha(repo, pr);
    pr.pushes.push({ sha, pusher, at: ctx.state.seq() });
    const rules = repo.branchRules.get(pr.baseRef);
    if (rules?.dismissStaleReviewsOnPush) {
      for (const review of repo.reviews) {
        if (review.pullNumber === pr.number && review.state === 'APPROVED') review.state = 'DISMISSED';
      }
    }
  }
}

/** Takes a new `base.sha` snapshot (the base branch tip now), as GitHub does on open, synchronize and base change. */
export async function refreshBaseSha(repo: Repository, pr: PullRequest): Promise<void> {
  pr.baseSha = (await repo.git.resolve(`refs/heads/${pr.baseRef}`)) ?? pr.baseSha;
}
