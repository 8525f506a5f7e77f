/** Pull request routes: create/list/get/update, files, merge (merge/squash/rebase) and reviews. */

import { commitsJson, signAsGitHub } from '../commits.js';
import type { ServerContext } from '../context.js';
import {
  bodyObject,
  HttpError,
  intParam,
  json,
  notFound,
  type Route,
  requireStr,
  str,
  unprocessable,
} from '../http.js';
import { commitTree, mergeTrees, readCommit, replayCommits } from '../objects.js';
import { refreshBaseSha, writeRef } from '../refs.js';
import { mergeBlocker } from '../rules.js';
import { nodeId, repoApi, repoHtml, repoJson, userJson } from '../shapes.js';
import { isoNow, type PullRequest, type Repository, type Review } from '../state.js';
import { actor, diffFiles, pageOf, personOf, repoFor } from './common.js';

const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };

/** pulls/list-commits "Lists a maximum of 250 commits for a pull request" (OpenAPI description). */
export const MAX_PULL_COMMITS = 250;
/** pulls/list-files: "Responses include a maximum of 3000 files". */
export const MAX_PULL_FILES = 3000;

/** GitHub's author_association for a login on a repository. */
export function association(ctx: ServerContext, repo: Repository, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  const permission = ctx.state.permissionOf(login, repo);
  if (!permission) return 'NONE';
  const owner = ctx.state.account(repo.owner);
  if (owner?.type === 'Organization') {
    for (const team of ctx.state.teams.values()) {
      if (team.org.toLowerCase() === repo.owner.toLowerCase() && team.members.has(login.toLowerCase())) return 'MEMBER';
    }
  }
  return 'COLLABORATOR';
}

function findPull(repo: Repository, number: number): PullRequest {
  const pr = repo.pulls.find((p) => p.number === number);
  if (!pr) throw notFound();
  return pr;
}

async function mergeBaseOf(repo: Repository, pr: PullRequest): Promise<string | undefined> {
  if (pr.mergeBase) return pr.mergeBase;
  const base = await repo.git.resolve(`refs/heads/${pr.baseRef}`);
  if (!base) return undefined;
  return repo.git.mergeBase(base, pr.headSha);
}

/** pull-request JSON (also valid as pull-request-simple), with mergeability computed like GitHub. */
export async function prJson(ctx: ServerContext, repo: Repository, pr: PullRequest): Promise<Record<string, unknown>> {
  const api = repoApi(ctx, repo);
  const html = `${repoHtml(ctx, repo)}/pull/${pr.number}`;
  const baseTip = (await repo.git.resolve(`refs/heads/${pr.baseRef}`)) ?? pr.headSha;
  const mergeBase = await mergeBaseOf(repo, pr);
  const files = mergeBase ? await diffFiles(repo.git, mergeBase, pr.headSha) : [];
  const commits = mergeBase
    ? await repo.git.cached(`count:${mergeBase}:${pr.headSha}`, async () =>
        Number(await repo.git.text(['rev-list', '--count', `${mergeBase}..${pr.headSha}`])),
      )
    : 0;
  let mergeable: boolean | null = null;
  let mergeableState = 'unknown';
  if (pr.state === 'open') {
    mergeable = (await mergeTrees(repo.git, baseTip, pr.headSha)) !== undefined;
    mergeableState = !mergeable
      ? 'dirty'
      : pr.draft
        ? 'draft'
        : (await mergeBlocker(ctx, repo, pr))
          ? 'blocked'
          : 'clean';
  }
  const side = (ref: string, sha: string): Record<string, unknown> => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userJson(ctx, repo.owner),
    repo: repoJson(ctx, repo),
  });
  const link = (href: string): { href: string } => ({ href });
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: nodeId('PullRequest', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userJson(ctx, pr.author),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.headRef, pr.headSha),
    // base.sha is the stored snapshot, not the live tip (see PullRequest.baseSha).
    base: side(pr.baseRef, pr.baseSha),
    _links: {
      self: link(`${api}/pulls/${pr.number}`),
      html: link(html),
      issue: link(`${api}/issues/${pr.number}`),
      comments: link(`${api}/issues/${pr.number}/comments`),
      review_comments: link(`${api}/pulls/${pr.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${pr.number}/commits`),
      statuses: link(`${api}/statuses/${pr.headSha}`),
    },
    author_association: association(ctx, repo, pr.author),
    auto_merge: null,
    draft: pr.draft,
    merged: pr.mergedAt !== null,
    mergeable,
    rebaseable: mergeable,
    mergeable_state: mergeableState,
    merged_by: pr.mergedBy ? userJson(ctx, pr.mergedBy) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** pull-request-review JSON. */
export function reviewJson(ctx: ServerContext, repo: Repository, review: Review): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  const html = `${repoHtml(ctx, repo)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: userJson(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: `${api}/pulls/${review.pullNumber}`,
    _links: { html: { href: html }, pull_request: { href: `${api}/pulls/${review.pullNumber}` } },
    ...(review.submittedAt ? { submitted_at: review.submittedAt } : {}),
    commit_id: review.commitId,
    author_association: association(ctx, repo, review.user),
  };
}

function reviewState(event: string | undefined): Review['state'] {
  switch (event) {
    case 'APPROVE':
      return 'APPROVED';
    case 'REQUEST_CHANGES':
      return 'CHANGES_REQUESTED';
    case 'COMMENT':
      return 'COMMENTED';
    case undefined:
    case '':
      return 'PENDING';
    default:
      throw unprocessable('Unprocessable Entity', [`Invalid event ${event}`]);
  }
}

function checkSelfReview(pr: PullRequest, login: string, state: Review['state']): void {
  if (login.toLowerCase() !== pr.author.toLowerCase()) return;
  if (state === 'APPROVED') throw unprocessable('Unprocessable Entity', ['Can not approve your own pull request']);
  if (state === 'CHANGES_REQUESTED') {
    throw unprocessable('Unprocessable Entity', ['Can not request changes on your own pull request']);
  }
}

/** Merges a pull request the way GitHub does; returns the new base tip. */
async function mergePull(
  ctx: ServerContext,
  repo: Repository,
  pr: PullRequest,
  merger: string,
  options: { method: string; title: string | undefined; message: string | undefined },
): Promise<string> {
  const baseSha = await repo.git.resolve(`refs/heads/${pr.baseRef}`);
  if (!baseSha) throw new HttpError(405, 'Base branch was modified. Review and try the merge again.');
  const mergeBase = await mergeBaseOf(repo, pr);
  const range = mergeBase ? `${mergeBase}..${pr.headSha}` : pr.headSha;
  const commits = (await repo.git.text(['rev-list', '--reverse', '--no-merges', range])).split('\n').filter(Boolean);
  const author = { ...personOf(ctx, merger), date: isoNow() };
  let newSha: string | undefined;
  if (options.method === 'rebase') {
    newSha = await replayCommits(ctx, repo.git, baseSha, commits, { ...GITHUB_COMMITTER, date: isoNow() });
  } else {
    const tree = await mergeTrees(repo.git, baseSha, pr.headSha);
    if (tree) {
      if (options.method === 'squash') {
        const messages: string[] = [];
        for (const sha of commits) messages.push(`* ${(await readCommit(repo.git, sha))?.message.trim() ?? sha}`);
        const title = options.title ?? `${pr.title} (#${pr.number})`;
        const body = options.message ?? messages.join('\n\n');
        const prAuthor = { ...personOf(ctx, pr.author), date: isoNow() };
        newSha = await commitTree(repo.git, tree, [baseSha], `${title}\n\n${body}\n`, prAuthor, GITHUB_COMMITTER);
      } else {
        const title = options.title ?? `Merge pull request #${pr.number} from ${repo.owner}/${pr.headRef}`;
        const body = options.message ?? pr.title;
        newSha = await commitTree(
          repo.git,
          tree,
          [baseSha, pr.headSha],
          `${title}\n\n${body}\n`,
          author,
          GITHUB_COMMITTER,
        );
      }
    }
  }
  if (!newSha) throw new HttpError(405, 'Pull Request is not mergeable');
  // GitHub signs the merge and squash commits it creates (web-flow); rebased commits are not signed ("Signature
  // verification for rebase and merge" in GitHub's docs).
  if (options.method !== 'rebase') newSha = await signAsGitHub(repo, newSha);
  await writeRef(ctx, repo, {
    ref: `refs/heads/${pr.baseRef}`,
    sha: newSha,
    actor: merger,
    mode: 'update',
    force: true,
    bypassRules: true,
    activity: 'pr_merge',
  });
  const now = isoNow();
  pr.state = 'closed';
  pr.mergedAt = now;
  pr.closedAt = now;
  pr.updatedAt = now;
  pr.mergedBy = merger;
  pr.mergeCommitSha = newSha;
  pr.commitShas = commits;
  pr.mergeBase = mergeBase ?? null;
  return newSha;
}

/** Pull request and review routes. */
export function pullRoutes(ctx: ServerContext): Route[] {
  const base = '/repos/{owner}/{repo}/pulls';
  return [
    {
      method: 'POST',
      template: base,
      operationId: 'pulls/create',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const title = requireStr(body, 'title');
        const headInput = requireStr(body, 'head');
        const baseRef = requireStr(body, 'base');
        const headRef = headInput.includes(':') ? headInput.slice(headInput.indexOf(':') + 1) : headInput;
        const headSha = await repo.git.resolve(`refs/heads/${headRef}`);
        const baseSha = await repo.git.resolve(`refs/heads/${baseRef}`);
        if (!headSha)
          throw unprocessable('Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
        if (!baseSha)
          throw unprocessable('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
        if (await repo.git.isAncestor(headSha, baseSha)) {
          throw unprocessable('Validation Failed', [
            { resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${headRef}` },
          ]);
        }
        if (repo.pulls.some((p) => p.state === 'open' && p.headRef === headRef && p.baseRef === baseRef)) {
          throw unprocessable('Validation Failed', [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${repo.owner}:${headRef}.`,
            },
          ]);
        }
        const login = actor(req);
        const now = isoNow();
        const push = repo.lastPush.get(headRef) ?? { sha: headSha, pusher: login, at: ctx.state.seq() };
        const pr: PullRequest = {
          id: ctx.state.nextId('pull', 100000),
          number: repo.pulls.length + 1,
          title,
          body: str(body, 'body') ?? null,
          state: 'open',
          draft: body.draft === true,
          author: login,
          headRef,
          headSha,
          baseRef,
          baseSha,
          createdAt: now,
          updatedAt: now,
          closedAt: null,
          mergedAt: null,
          mergedBy: null,
          mergeCommitSha: null,
          pushes: [push],
          commitShas: [],
          mergeBase: null,
        };
        repo.pulls.push(pr);
        return json(201, await prJson(ctx, repo, pr));
      },
    },
    {
      method: 'GET',
      template: base,
      operationId: 'pulls/list',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const state = req.query.state ?? 'open';
        const head = req.query.head;
        const pulls = repo.pulls.filter(
          (p) =>
            (state === 'all' || p.state === state) &&
            (head === undefined ||
              `${repo.owner}:${p.headRef}`.toLowerCase() === head.toLowerCase() ||
              p.headRef === head) &&
            (req.query.base === undefined || p.baseRef === req.query.base),
        );
        const sorted = [...pulls].sort((a, b) =>
          req.query.direction === 'asc' ? a.number - b.number : b.number - a.number,
        );
        const page = pageOf(ctx, req, sorted);
        const items = page.body as PullRequest[];
        return { ...page, body: await Promise.all(items.map((p) => prJson(ctx, repo, p))) };
      },
    },
    {
      method: 'GET',
      template: `${base}/{pull_number}`,
      operationId: 'pulls/get',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        return json(200, await prJson(ctx, repo, findPull(repo, intParam(req, 'pull_number'))));
      },
    },
    {
      method: 'PATCH',
      template: `${base}/{pull_number}`,
      operationId: 'pulls/update',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const pr = findPull(repo, intParam(req, 'pull_number'));
        const body = bodyObject(req);
        const title = str(body, 'title');
        if (title !== undefined) pr.title = title;
        if ('body' in body) pr.body = str(body, 'body') ?? null;
        const baseRef = str(body, 'base');
        if (baseRef !== undefined) {
          if (!(await repo.git.resolve(`refs/heads/${baseRef}`))) {
            throw unprocessable('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
          }
          pr.baseRef = baseRef;
          await refreshBaseSha(repo, pr);
        }
        const state = str(body, 'state');
        if (state === 'closed' && pr.state === 'open') {
          pr.state = 'closed';
          pr.closedAt = isoNow();
        } else if (state === 'open' && pr.state === 'closed' && !pr.mergedAt) {
          pr.state = 'open';
          pr.closedAt = null;
          pr.headSha = (await repo.git.resolve(`refs/heads/${pr.headRef}`)) ?? pr.headSha;
          await refreshBaseSha(repo, pr);
        }
        pr.updatedAt = isoNow();
        return json(200, await prJson(ctx, repo, pr));
      },
    },
    {
      method: 'GET',
      template: `${base}/{pull_number}/files`,
      operationId: 'pulls/list-files',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const pr = findPull(repo, intParam(req, 'pull_number'));
        const mergeBase = await mergeBaseOf(repo, pr);
        // "Responses include a maximum of 3000 files" (OpenAPI description of pulls/list-files).
        const files = (mergeBase ? await diffFiles(repo.git, mergeBase, pr.headSha) : []).slice(0, MAX_PULL_FILES);
        const html = repoHtml(ctx, repo);
        return pageOf(ctx, req, files, (f) => ({
          ...f,
          blob_url: `${html}/blob/${pr.headSha}/${encodeURI(f.filename)}`,
          raw_url: `${html}/raw/${pr.headSha}/${encodeURI(f.filename)}`,
          contents_url: `${repoApi(ctx, repo)}/contents/${encodeURI(f.filename)}?ref=${pr.headSha}`,
        }));
      },
    },
    {
      method: 'GET',
      template: `${base}/{pull_number}/commits`,
      operationId: 'pulls/list-commits',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const pr = findPull(repo, intParam(req, 'pull_number'));
        const mergeBase = await mergeBaseOf(repo, pr);
        const range = mergeBase ? `${mergeBase}..${pr.headSha}` : pr.headSha;
        // Oldest first, and at most the first 250 commits (GitHub's documented cap for this endpoint).
        const shas = (await repo.git.text(['rev-list', '--reverse', '--topo-order', range]))
          .split('\n')
          .filter(Boolean);
        const page = pageOf(ctx, req, shas.slice(0, MAX_PULL_COMMITS));
        return { ...page, body: await commitsJson(ctx, repo, page.body as string[]) };
      },
    },
    {
      method: 'PUT',
      template: `${base}/{pull_number}/merge`,
      operationId: 'pulls/merge',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const pr = findPull(repo, intParam(req, 'pull_number'));
        const body = bodyObject(req);
        const method = str(body, 'merge_method') ?? 'merge';
        if (pr.mergedAt) throw new HttpError(405, 'Pull Request is not mergeable');
        if (pr.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
        const expected = str(body, 'sha');
        if (expected !== undefined && expected !== pr.headSha) {
          throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
        }
        if (pr.draft) throw new HttpError(405, 'Pull Request is still a draft');
        const blocker = await mergeBlocker(ctx, repo, pr);
        if (blocker) throw new HttpError(405, blocker);
        const sha = await mergePull(ctx, repo, pr, actor(req), {
          method,
          title: str(body, 'commit_title'),
          message: str(body, 'commit_message'),
        });
        return json(200, { sha, merged: true, message: 'Pull Request successfully merged' });
      },
    },
    {
      method: 'GET',
      template: `${base}/{pull_number}/reviews`,
      operationId: 'pulls/list-reviews',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const pr = findPull(repo, intParam(req, 'pull_number'));
        const me = req.identity?.account.login.toLowerCase();
        const reviews = repo.reviews.filter(
          (r) => r.pullNumber === pr.number && (r.state !== 'PENDING' || r.user.toLowerCase() === me),
        );
        return pageOf(ctx, req, reviews, (r) => reviewJson(ctx, repo, r));
      },
    },
    {
      method: 'POST',
      template: `${base}/{pull_number}/reviews`,
      operationId: 'pulls/create-review',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const pr = findPull(repo, intParam(req, 'pull_number'));
        const login = actor(req);
        const body = bodyObject(req);
        const state = reviewState(str(body, 'event'));
        checkSelfReview(pr, login, state);
        if (
          state === 'PENDING' &&
          repo.reviews.some((r) => r.pullNumber === pr.number && r.state === 'PENDING' && r.user === login)
        ) {
          throw unprocessable('Unprocessable Entity', ['User can only have one pending review per pull request']);
        }
        const review: Review = {
          id: ctx.state.nextId('review', 80000000),
          pullNumber: pr.number,
          user: login,
          body: str(body, 'body') ?? '',
          state,
          commitId: str(body, 'commit_id') ?? pr.headSha,
          submittedAt: state === 'PENDING' ? null : isoNow(),
          seq: ctx.state.seq(),
        };
        repo.reviews.push(review);
        return json(200, reviewJson(ctx, repo, review));
      },
    },
    {
      method: 'GET',
      template: `${base}/{pull_number}/reviews/{review_id}`,
      operationId: 'pulls/get-review',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const review = repo.reviews.find(
          (r) => r.pullNumber === intParam(req, 'pull_number') && r.id === intParam(req, 'review_id'),
        );
        if (!review) throw notFound();
        return json(200, reviewJson(ctx, repo, review));
      },
    },
    {
      method: 'POST',
      template: `${base}/{pull_number}/reviews/{review_id}/events`,
      operationId: 'pulls/submit-review',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const pr = findPull(repo, intParam(req, 'pull_number'));
        const login = actor(req);
        const review = repo.reviews.find((r) => r.pullNumber === pr.number && r.id === intParam(req, 'review_id'));
        if (!review || review.user.toLowerCase() !== login.toLowerCase()) throw notFound();
        if (review.state !== 'PENDING')
          throw unprocessable('Unprocessable Entity', ['Can not submit a non-pending review']);
        const body = bodyObject(req);
        const state = reviewState(requireStr(body, 'event'));
        checkSelfReview(pr, login, state);
        review.state = state;
        const text = str(body, 'body');
        if (text !== undefined) review.body = text;
        review.submittedAt = isoNow();
        review.seq = ctx.state.seq();
        return json(200, reviewJson(ctx, repo, review));
      },
    },
    {
      method: 'PUT',
      template: `${base}/{pull_number}/reviews/{review_id}/dismissals`,
      operationId: 'pulls/dismiss-review',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const review = repo.reviews.find(
          (r) => r.pullNumber === intParam(req, 'pull_number') && r.id === intParam(req, 'review_id'),
        );
        if (!review) throw notFound();
        if (review.state === 'PENDING')
          throw unprocessable('Unprocessable Entity', ['Can not dismiss a pending review']);
        review.state = 'DISMISSED';
        return json(200, reviewJson(ctx, repo, review));
      },
    },
  ];
}
