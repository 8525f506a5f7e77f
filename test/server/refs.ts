/**
 * Ref updates shared by the REST routes, merges and the admin API: tag rulesets, fast-forward checks, and the
 * side effects GitHub applies on a push (pull request head sync, stale approval dismissal).
 */
import type { ServerContext } from './context.js';
import { HttpError } from './http.js';
import { isoNow, type Repository } from './state.js';

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

/** Throws GitHub's ruleset violation when `actor` may not change tag `ref` (create/update/delete). */
export function checkTagRules(
  repo: Repository,
  ref: string,
  actor: string,
  change: 'create' | 'update' | 'delete',
): void {
  if (!ref.startsWith('refs/tags/')) return;
  const name = ref.slice('refs/tags/'.length);
  for (const rule of repo.tagRules) {
    const pattern = rule.pattern.replace(/^refs\/tags\//, '');
    if (!refPatternRegExp(pattern).test(name)) continue;
    if (rule.bypass.some((b) => b.toLowerCase() === actor.toLowerCase())) continue;
    const reason =
      change === 'create'
        ? 'Cannot create ref due to creations being restricted.'
        : change === 'update'
          ? 'Cannot update this protected ref.'
          : 'Cannot delete this protected ref.';
    throw new HttpError(422, `Repository rule violations found\n\n${reason}\n\n`);
  }
}

/** Options for a ref write. */
export interface RefWrite {
  ref: string;
  sha: string;
  actor: string;
  force?: boolean;
  /** 'create' fails when the ref exists; 'update' fails when it does not. */
  mode: 'create' | 'update' | 'upsert';
  /** Skip tag rules (admin setup). */
  bypassRules?: boolean;
}

/** Creates or moves a ref with GitHub's checks and side effects; returns the previous sha (or undefined). */
export async function writeRef(ctx: ServerContext, repo: Repository, w: RefWrite): Promise<string | undefined> {
  const git = repo.git;
  const old = await git.resolve(w.ref);
  if (w.mode === 'create' && old) throw new HttpError(422, 'Reference already exists');
  if (w.mode === 'update' && !old) throw new HttpError(422, 'Reference does not exist');
  if (!(await git.objectType(w.sha))) throw new HttpError(422, 'Object does not exist');
  if (!w.bypassRules) checkTagRules(repo, w.ref, w.actor, old ? 'update' : 'create');
  if (old && w.ref.startsWith('refs/heads/') && !w.force && !(await git.isAncestor(old, w.sha))) {
    throw new HttpError(422, 'Update is not a fast forward');
  }
  // Compare-and-swap: a competing writer between our read and this write loses the race the way GitHub's does.
  if (!(await git.updateRef(w.ref, w.sha, old ?? ''))) {
    throw new HttpError(422, w.mode === 'create' ? 'Reference already exists' : 'Update is not a fast forward');
  }
  if (w.ref.startsWith('refs/heads/') && old !== w.sha)
    onBranchPush(ctx, repo, w.ref.slice('refs/heads/'.length), w.sha, w.actor);
  return old;
}

/** Deletes a ref with tag rules applied. */
export async function deleteRef(repo: Repository, ref: string, actor: string): Promise<void> {
  const old = await repo.git.resolve(ref);
  if (!old) throw new HttpError(422, 'Reference does not exist');
  checkTagRules(repo, ref, actor, 'delete');
  await repo.git.deleteRef(ref);
}

/** GitHub's reaction to a push on a branch: open PRs with that head synchronize; stale approvals may be dismissed. */
export function onBranchPush(ctx: ServerContext, repo: Repository, branch: string, sha: string, pusher: string): void {
  repo.lastPush.set(branch, { sha, pusher, at: ctx.state.seq() });
  for (const pr of repo.pulls) {
    if (pr.state !== 'open' || pr.headRef !== branch || pr.headSha === sha) continue;
    pr.headSha = sha;
    pr.updatedAt = isoNow();
    pr.pushes.push({ sha, pusher, at: ctx.state.seq() });
    const rules = repo.branchRules.get(pr.baseRef);
    if (rules?.dismissStaleReviewsOnPush) {
      for (const review of repo.reviews) {
        if (review.pullNumber === pr.number && review.state === 'APPROVED') review.state = 'DISMISSED';
      }
    }
  }
}
