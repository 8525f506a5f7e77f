/** Issue comment routes (PR conversation comments) and the commit Statuses API. */
import type { ServerContext } from '../context.js';
import { bodyObject, HttpError, intParam, json, notFound, type Route, requireStr, str } from '../http.js';
import { nodeId, repoApi, repoHtml, repoJson, userJson } from '../shapes.js';
import { isoNow, type Repository } from '../state.js';
import { actor, pageOf, repoFor } from './common.js';
import { association } from './pulls.js';

type Comment = Repository['comments'][number];
type Status = Repository['statuses'][number];

function commentJson(ctx: ServerContext, repo: Repository, c: Comment): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${repoHtml(ctx, repo)}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: association(ctx, repo, c.user),
  };
}

function statusJson(ctx: ServerContext, repo: Repository, st: Status): Record<string, unknown> {
  const creator = userJson(ctx, st.creator);
  return {
    url: `${repoApi(ctx, repo)}/statuses/${st.sha}`,
    avatar_url: creator.avatar_url,
    id: st.id,
    node_id: nodeId('StatusContext', st.id),
    state: st.state,
    description: st.description,
    target_url: st.targetUrl,
    context: st.context,
    created_at: st.createdAt,
    updated_at: st.createdAt,
    creator,
  };
}

const STATES = new Set(['error', 'failure', 'pending', 'success']);

/** Issue comment and status routes. */
export function issueRoutes(ctx: ServerContext): Route[] {
  const base = '/repos/{owner}/{repo}';
  return [
    {
      method: 'POST',
      template: `${base}/issues/{issue_number}/comments`,
      operationId: 'issues/create-comment',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const number = intParam(req, 'issue_number');
        if (!repo.pulls.some((p) => p.number === number)) throw notFound();
        const now = isoNow();
        const comment: Comment = {
          id: ctx.state.nextId('comment', 1_000_000),
          issueNumber: number,
          user: actor(req),
          body: requireStr(bodyObject(req), 'body'),
          createdAt: now,
          updatedAt: now,
        };
        repo.comments.push(comment);
        return json(201, commentJson(ctx, repo, comment));
      },
    },
    {
      method: 'GET',
      template: `${base}/issues/{issue_number}/comments`,
      operationId: 'issues/list-comments',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const number = intParam(req, 'issue_number');
        const comments = repo.comments.filter((c) => c.issueNumber === number);
        return pageOf(ctx, req, comments, (c) => commentJson(ctx, repo, c));
      },
    },
    {
      method: 'PATCH',
      template: `${base}/issues/comments/{comment_id}`,
      operationId: 'issues/update-comment',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const comment = repo.comments.find((c) => c.id === intParam(req, 'comment_id'));
        if (!comment) throw notFound();
        if (comment.user.toLowerCase() !== actor(req).toLowerCase()) repoFor(ctx, req, 'write');
        comment.body = requireStr(bodyObject(req), 'body');
        comment.updatedAt = isoNow();
        return json(200, commentJson(ctx, repo, comment));
      },
    },
    {
      method: 'POST',
      template: `${base}/statuses/{sha}`,
      operationId: 'repos/create-commit-status',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const state = requireStr(body, 'state');
        if (!STATES.has(state)) throw new HttpError(422, `Invalid request.\n\n${state} is not a valid state.`);
        const sha = req.params.sha ?? '';
        if ((await repo.git.objectType(sha)) !== 'commit') throw new HttpError(422, `No commit found for SHA: ${sha}`);
        const status: Status = {
          id: ctx.state.nextId('status', 9_000_000),
          sha: await repo.git.text(['rev-parse', sha]),
          state,
          context: str(body, 'context') ?? 'default',
          description: str(body, 'description') ?? null,
          targetUrl: str(body, 'target_url') ?? null,
          creator: actor(req),
          createdAt: isoNow(),
          seq: ctx.state.seq(),
        };
        repo.statuses.push(status);
        return json(201, statusJson(ctx, repo, status));
      },
    },
    {
      method: 'GET',
      template: `${base}/commits/{ref}/status`,
      operationId: 'repos/get-combined-status-for-ref',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const ref = req.params.ref ?? '';
        const sha =
          (await repo.git.resolve(`refs/heads/${ref}^{commit}`)) ?? (await repo.git.resolve(`${ref}^{commit}`));
        if (!sha) throw notFound();
        const latest = new Map<string, Status>();
        for (const st of [...repo.statuses].sort((a, b) => a.seq - b.seq))
          if (st.sha === sha) latest.set(st.context, st);
        const statuses = [...latest.values()];
        const state = statuses.some((s) => s.state === 'error' || s.state === 'failure')
          ? 'failure'
          : statuses.length && statuses.every((s) => s.state === 'success')
            ? 'success'
            : 'pending';
        return json(200, {
          state,
          statuses: statuses.map((s) => statusJson(ctx, repo, s)),
          sha,
          total_count: statuses.length,
          repository: repoJson(ctx, repo),
          commit_url: `${repoApi(ctx, repo)}/commits/${sha}`,
          url: `${repoApi(ctx, repo)}/commits/${sha}/status`,
        });
      },
    },
  ];
}
