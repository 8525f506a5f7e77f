/**
 * GitHub's merge rules, evaluated when a pull request is merged: required status checks at the head SHA,
 * required approving reviews, code-owner reviews (CODEOWNERS from the base branch), last-push approval.
 */
import { CODEOWNERS_LOCATIONS, type CodeownersRule, ownersOf, parseCodeowners } from './codeowners.js';
import type { ServerContext } from './context.js';
import type { GitRepo } from './git.js';
import { type PullRequest, permissionRank, type Repository, type Review } from './state.js';

const PASSING = new Set(['success', 'neutral', 'skipped']);

/** Reads CODEOWNERS rules at a revision (first existing location wins). */
export async function codeownersAt(git: GitRepo, rev: string): Promise<{ path: string; text: string } | undefined> {
  if (/^[0-9a-f]{40}$/.test(rev)) return git.cached(`codeowners:${rev}`, () => findCodeowners(git, rev));
  return findCodeowners(git, rev);
}

async function findCodeowners(git: GitRepo, rev: string): Promise<{ path: string; text: string } | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const r = await git.run(['cat-file', 'blob', `${rev}:${path}`], { okCodes: [128] });
    if (r.code === 0) return { path, text: r.stdout.toString('utf8') };
  }
  return undefined;
}

/** Files a pull request changes (merge-base of base and head, to head), both sides of renames. */
export async function changedFiles(git: GitRepo, baseSha: string, headSha: string): Promise<string[]> {
  const base = await git.mergeBase(baseSha, headSha);
  return git.cached(`names:${base ?? baseSha}:${headSha}`, async () => {
    const out = await git.run(['diff', '--name-only', '-z', '--no-renames', base ?? baseSha, headSha]);
    return out.stdout.toString('utf8').split('\0').filter(Boolean);
  });
}

/** The latest non-comment review per reviewer (GitHub's "current" review state), excluding pending ones. */
export function currentReviews(repo: Repository, pr: PullRequest): Review[] {
  const latest = new Map<string, Review>();
  for (const review of repo.reviews) {
    if (review.pullNumber !== pr.number || review.state === 'PENDING' || review.state === 'COMMENTED') continue;
    const prev = latest.get(review.user.toLowerCase());
    if (!prev || review.seq > prev.seq) latest.set(review.user.toLowerCase(), review);
  }
  return [...latest.values()];
}

/** Approvals that count: APPROVED, not by the author, by someone with write access. */
export function countingApprovals(ctx: ServerContext, repo: Repository, pr: PullRequest): Review[] {
  return currentReviews(repo, pr).filter((r) => {
    if (r.state !== 'APPROVED' || r.user.toLowerCase() === pr.author.toLowerCase()) return false;
    const permission = ctx.state.permissionOf(r.user, repo);
    return permission !== undefined && permissionRank[permission] >= permissionRank.write;
  });
}

/** True when `login` is (or, for a team, is an active member of) the owner `owner` ("@user", "@org/team", email). */
export function satisfiesOwner(ctx: ServerContext, login: string, owner: string): boolean {
  const who = login.toLowerCase();
  if (owner.includes('@') && !owner.startsWith('@'))
    return ctx.state.account(login)?.email.toLowerCase() === owner.toLowerCase();
  const name = owner.replace(/^@/, '');
  const slash = name.indexOf('/');
  if (slash === -1) return name.toLowerCase() === who;
  const team = ctx.state.team(name.slice(0, slash), name.slice(slash + 1));
  return team?.members.get(who)?.state === 'active';
}

/** Owner sets of changed files not satisfied by any counting approval. */
export async function missingCodeOwners(
  ctx: ServerContext,
  repo: Repository,
  pr: PullRequest,
  approvers: string[],
): Promise<string[][]> {
  const baseSha = await repo.git.resolve(`refs/heads/${pr.baseRef}`);
  if (!baseSha) return [];
  const file = await codeownersAt(repo.git, baseSha);
  if (!file) return [];
  const rules: CodeownersRule[] = parseCodeowners(file.text).rules;
  const missing: string[][] = [];
  for (const path of await changedFiles(repo.git, baseSha, pr.headSha)) {
    const owners = ownersOf(rules, path);
    if (owners.length === 0) continue;
    if (approvers.some((login) => owners.some((owner) => satisfiesOwner(ctx, login, owner)))) continue;
    if (!missing.some((set) => set.join(' ') === owners.join(' '))) missing.push(owners);
  }
  return missing;
}

function joinOwners(sets: string[][]): string {
  const owners = [...new Set(sets.flat())];
  if (owners.length <= 1) return owners.join('');
  return `${owners.slice(0, -1).join(', ')} and ${owners[owners.length - 1]}`;
}

/** Evaluates the base branch's rules for a pull request; returns GitHub's 405 message for the first unmet rule. */
export async function mergeBlocker(ctx: ServerContext, repo: Repository, pr: PullRequest): Promise<string | undefined> {
  const rules = repo.branchRules.get(pr.baseRef);
  if (!rules) return undefined;
  for (const required of rules.requiredChecks ?? []) {
    const runs = repo.checkRuns
      .filter((r) => r.headSha === pr.headSha && r.name === required.context)
      .filter((r) => required.appId === undefined || r.appId === required.appId)
      .sort((a, b) => b.seq - a.seq);
    const latest = runs[0];
    const status = repo.statuses
      .filter((st) => st.sha === pr.headSha && st.context === required.context && required.appId === undefined)
      .sort((a, b) => b.seq - a.seq)[0];
    if (status && (!latest || status.seq > latest.seq)) {
      if (status.state === 'success') continue;
      if (status.state === 'pending') return `Required status check "${required.context}" is in progress.`;
      return `Required status check "${required.context}" is failing.`;
    }
    if (!latest) return `Required status check "${required.context}" is expected.`;
    if (latest.status !== 'completed') return `Required status check "${required.context}" is in progress.`;
    if (!PASSING.has(latest.conclusion ?? '')) return `Required status check "${required.context}" is failing.`;
  }
  const approvals = countingApprovals(ctx, repo, pr);
  const changesRequested = currentReviews(repo, pr).some((r) => r.state === 'CHANGES_REQUESTED');
  const requiredCount = rules.requiredApprovingReviewCount ?? 0;
  if (requiredCount > 0 && changesRequested) return 'Changes requested';
  if (approvals.length < requiredCount) {
    return requiredCount === 1
      ? 'At least 1 approving review is required by reviewers with write access.'
      : `At least ${requiredCount} approving reviews are required by reviewers with write access.`;
  }
  if (rules.requireCodeOwnerReview) {
    const missing = await missingCodeOwners(
      ctx,
      repo,
      pr,
      approvals.map((r) => r.user),
    );
    if (missing.length) return `Waiting on code owner review from ${joinOwners(missing)}.`;
  }
  if (rules.requireLastPushApproval && (requiredCount > 0 || rules.requireCodeOwnerReview)) {
    const lastPush = pr.pushes[pr.pushes.length - 1];
    const ok = approvals.some(
      (r) => !lastPush || (r.seq > lastPush.at && r.user.toLowerCase() !== lastPush.pusher.toLowerCase()),
    );
    if (!ok) return 'New changes require approval from someone other than the last pusher.';
  }
  return undefined;
}
