/** Checks API routes: create/update/get check runs, list them for a ref, and list annotations. */
import type { ServerContext } from '../context.js';
import {
  type ApiRequest,
  bodyObject,
  HttpError,
  intParam,
  json,
  notFound,
  type Route,
  requireStr,
  str,
} from '../http.js';
import { appJson, nodeId, repoApi, repoHtml } from '../shapes.js';
import { type Annotation, type CheckRun, isoNow, type Repository } from '../state.js';
import { pageOf, repoFor } from './common.js';

const MAX_TEXT = 65535;
const MAX_ANNOTATIONS = 50;
const LEVELS = new Set(['notice', 'warning', 'failure']);

function appOf(ctx: ServerContext, req: ApiRequest): number {
  const appId = req.identity?.token.appId;
  if (appId === undefined) throw new HttpError(403, 'You must authenticate via a GitHub App.');
  if (!ctx.state.apps.has(appId)) throw new HttpError(403, 'You must authenticate via a GitHub App.');
  return appId;
}

function checkText(field: string, value: string | undefined): void {
  if (value !== undefined && value.length > MAX_TEXT) {
    throw new HttpError(
      422,
      `Invalid request.\n\nOnly ${MAX_TEXT} characters are allowed; ${value.length} were supplied (${field}).`,
    );
  }
}

function parseAnnotations(repo: Repository, ctx: ServerContext, headSha: string, raw: unknown): Annotation[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new HttpError(422, "Invalid request.\n\nFor 'properties/annotations', not an array.");
  if (raw.length > MAX_ANNOTATIONS) {
    throw new HttpError(
      422,
      `Invalid request.\n\nFor 'properties/annotations', ${raw.length} items were supplied; at most ${MAX_ANNOTATIONS} are allowed.`,
    );
  }
  return raw.map((item) => {
    const a = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const path = requireStr(a, 'path');
    const level = requireStr(a, 'annotation_level');
    if (!LEVELS.has(level)) throw new HttpError(422, `Invalid request.\n\n${level} is not a valid annotation_level.`);
    const num = (k: string): number | null => (typeof a[k] === 'number' ? (a[k] as number) : null);
    const start = num('start_line');
    const end = num('end_line');
    if (start === null || end === null)
      throw new HttpError(422, 'Invalid request.\n\n"start_line" and "end_line" are required.');
    return {
      path,
      start_line: start,
      end_line: end,
      start_column: num('start_column'),
      end_column: num('end_column'),
      annotation_level: level as Annotation['annotation_level'],
      title: str(a, 'title') ?? null,
      message: requireStr(a, 'message'),
      raw_details: str(a, 'raw_details') ?? null,
      blob_href: `${repoHtml(ctx, repo)}/blob/${headSha}/${encodeURI(path)}`,
    };
  });
}

function applyOutput(ctx: ServerContext, repo: Repository, run: CheckRun, raw: unknown): void {
  if (raw === undefined) return;
  const output = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const title = requireStr(output, 'title');
  const summary = requireStr(output, 'summary');
  const text = str(output, 'text');
  checkText('title', title);
  checkText('summary', summary);
  checkText('text', text);
  const annotations = parseAnnotations(repo, ctx, run.headSha, output.annotations);
  run.output = { title, summary, text: text ?? run.output.text };
  run.annotations.push(...annotations);
}

function applyStatus(run: CheckRun, body: Record<string, unknown>): void {
  const status = str(body, 'status');
  const conclusion = str(body, 'conclusion');
  if (status !== undefined) run.status = status as CheckRun['status'];
  if (conclusion !== undefined) {
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.conclusion === null) {
    throw new HttpError(422, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
  }
  if (run.status === 'completed') run.completedAt = str(body, 'completed_at') ?? run.completedAt ?? isoNow();
  const started = str(body, 'started_at');
  if (started !== undefined) run.startedAt = started;
  const details = str(body, 'details_url');
  if (details !== undefined) run.detailsUrl = details;
  const external = str(body, 'external_id');
  if (external !== undefined) run.externalId = external;
}

/** check-run JSON. */
export function checkRunJson(ctx: ServerContext, repo: Repository, run: CheckRun): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  const app = ctx.state.apps.get(run.appId);
  const pulls = repo.pulls.filter((p) => p.state === 'open' && p.headSha === run.headSha);
  const repoRef = { id: repo.id, url: api, name: repo.name };
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CheckRun', run.id),
    external_id: run.externalId,
    url: `${api}/check-runs/${run.id}`,
    html_url: `${repoHtml(ctx, repo)}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.appId * 1000 + 1 },
    app: app ? appJson(ctx, app) : null,
    pull_requests: pulls.map((p) => ({
      id: p.id,
      number: p.number,
      url: `${api}/pulls/${p.number}`,
      head: { ref: p.headRef, sha: p.headSha, repo: repoRef },
      base: { ref: p.baseRef, sha: p.baseSha, repo: repoRef },
    })),
  };
}

function findRun(repo: Repository, req: ApiRequest): CheckRun {
  const run = repo.checkRuns.find((r) => r.id === intParam(req, 'check_run_id'));
  if (!run) throw notFound();
  return run;
}

/** Check run routes. */
export function checkRoutes(ctx: ServerContext): Route[] {
  const base = '/repos/{owner}/{repo}';
  return [
    {
      method: 'POST',
      template: `${base}/check-runs`,
      operationId: 'checks/create',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const appId = appOf(ctx, req);
        repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const name = requireStr(body, 'name');
        const headSha = requireStr(body, 'head_sha');
        if ((await repo.git.objectType(headSha)) !== 'commit')
          throw new HttpError(422, `No commit found for SHA: ${headSha}`);
        const run: CheckRun = {
          id: ctx.state.nextId('check-run', 5000000),
          name,
          headSha: await repo.git.text(['rev-parse', headSha]),
          status: 'queued',
          conclusion: null,
          startedAt: isoNow(),
          completedAt: null,
          externalId: null,
          detailsUrl: null,
          output: { title: null, summary: null, text: null },
          annotations: [],
          appId,
          seq: ctx.state.seq(),
        };
        applyStatus(run, body);
        applyOutput(ctx, repo, run, body.output);
        repo.checkRuns.push(run);
        return json(201, checkRunJson(ctx, repo, run));
      },
    },
    {
      method: 'PATCH',
      template: `${base}/check-runs/{check_run_id}`,
      operationId: 'checks/update',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const appId = appOf(ctx, req);
        repoFor(ctx, req, 'write');
        const run = findRun(repo, req);
        if (run.appId !== appId) throw new HttpError(403, 'Resource not accessible by integration');
        const body = bodyObject(req);
        const name = str(body, 'name');
        if (name !== undefined) run.name = name;
        applyStatus(run, body);
        applyOutput(ctx, repo, run, body.output);
        return json(200, checkRunJson(ctx, repo, run));
      },
    },
    {
      method: 'GET',
      template: `${base}/check-runs/{check_run_id}`,
      operationId: 'checks/get',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        return json(200, checkRunJson(ctx, repo, findRun(repo, req)));
      },
    },
    {
      method: 'GET',
      template: `${base}/check-runs/{check_run_id}/annotations`,
      operationId: 'checks/list-annotations',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        return pageOf(ctx, req, findRun(repo, req).annotations);
      },
    },
    {
      method: 'GET',
      template: `${base}/commits/{ref}/check-runs`,
      operationId: 'checks/list-for-ref',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const ref = req.params.ref ?? '';
        const sha =
          (await repo.git.resolve(`${ref}^{commit}`)) ?? (await repo.git.resolve(`refs/heads/${ref}^{commit}`));
        if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
        let runs = repo.checkRuns.filter((r) => r.headSha === sha);
        if (req.query.check_name !== undefined) runs = runs.filter((r) => r.name === req.query.check_name);
        if (req.query.status !== undefined) runs = runs.filter((r) => r.status === req.query.status);
        if (req.query.app_id !== undefined) runs = runs.filter((r) => String(r.appId) === req.query.app_id);
        runs = [...runs].sort((a, b) => b.seq - a.seq);
        if ((req.query.filter ?? 'latest') === 'latest') {
          const seen = new Set<string>();
          runs = runs.filter((r) => {
            const key = `${r.appId}:${r.name}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
        }
        return json(200, { total_count: runs.length, check_runs: runs.map((r) => checkRunJson(ctx, repo, r)) });
      },
    },
  ];
}
