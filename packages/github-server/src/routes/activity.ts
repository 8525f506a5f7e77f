/**
 * GET /repos/{owner}/{repo}/activity (repos/list-activities): GitHub's record of who moved which branch from which
 * sha to which. The server records an activity for every branch update it performs (src/refs.ts: API ref writes
 * and deletions, merges as `pr_merge`, admin pushes; src/push.ts: `git push`), with the acting login. Filters:
 * `ref` (`refs/heads/x` or `x`), `actor`, `activity_type`, `time_period`; newest first unless `direction=asc`;
 * cursor pagination (`before`/`after`, given in the Link header) as GitHub pages this endpoint.
 */
import type { ServerContext } from '../context.js';
import { type ApiRequest, type ApiResponse, type Route, unprocessable } from '../http.js';
import { nodeId, userJson } from '../shapes.js';
import type { Activity, ActivityType } from '../state.js';
import { repoFor } from './common.js';

const TYPES: readonly ActivityType[] = [
  'push',
  'force_push',
  'branch_creation',
  'branch_deletion',
  'pr_merge',
  'merge_queue_merge',
];

/** `time_period` in hours, as GitHub's description puts it ("week" is 168 hours). */
const PERIOD_HOURS: Record<string, number> = { day: 24, week: 168, month: 720, quarter: 2160, year: 8760 };

/** An opaque cursor naming one activity (GitHub's cursors are opaque strings too). */
function cursorOf(activity: Activity): string {
  return Buffer.from(`activity:${activity.seq}`).toString('base64url');
}

function seqOfCursor(cursor: string, name: string): number {
  const match = /^activity:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw unprocessable(`Invalid ${name} cursor`);
  return Number(match[1]);
}

/** The activity JSON GitHub serves (components/schemas/activity). */
function activityJson(ctx: ServerContext, activity: Activity): Record<string, unknown> {
  return {
    id: activity.id,
    node_id: nodeId('PushActivity', activity.id),
    before: activity.before,
    after: activity.after,
    ref: activity.ref,
    timestamp: activity.timestamp,
    activity_type: activity.type,
    actor: ctx.state.account(activity.actor) ? userJson(ctx, activity.actor) : null,
  };
}

function listActivities(ctx: ServerContext, req: ApiRequest): ApiResponse {
  const repo = repoFor(ctx, req, 'read');
  const q = req.query;
  const type = q.activity_type;
  if (type !== undefined && !TYPES.includes(type as ActivityType))
    throw unprocessable(`Invalid activity_type ${type}: expected one of ${TYPES.join(', ')}`);
  const period = q.time_period;
  if (period !== undefined && !(period in PERIOD_HOURS))
    throw unprocessable(`Invalid time_period ${period}: expected one of ${Object.keys(PERIOD_HOURS).join(', ')}`);
  const direction = q.direction ?? 'desc';
  if (direction !== 'asc' && direction !== 'desc') throw unprocessable(`Invalid direction ${direction}`);
  const ref = q.ref === undefined ? undefined : q.ref.startsWith('refs/') ? q.ref : `refs/heads/${q.ref}`;
  const since = period ? Date.now() - (PERIOD_HOURS[period] ?? 0) * 3_600_000 : undefined;
  const perPage = Math.min(100, Math.max(1, Number(q.per_page ?? 30) || 30));
  let items = repo.activities.filter(
    (a) =>
      (ref === undefined || a.ref === ref) &&
      (type === undefined || a.type === type) &&
      (q.actor === undefined || a.actor.toLowerCase() === q.actor.toLowerCase()) &&
      (since === undefined || Date.parse(a.timestamp) >= since),
  );
  items = direction === 'desc' ? [...items].reverse() : [...items];
  // `after`: the items that follow the cursor in this order; `before`: the items that precede it.
  let start = 0;
  let end = items.length;
  if (q.after !== undefined) {
    const seq = seqOfCursor(q.after, 'after');
    start = items.findIndex((a) => (direction === 'desc' ? a.seq < seq : a.seq > seq));
    if (start < 0) start = items.length;
  } else if (q.before !== undefined) {
    const seq = seqOfCursor(q.before, 'before');
    const at = items.findIndex((a) => (direction === 'desc' ? a.seq <= seq : a.seq >= seq));
    end = at < 0 ? items.length : at;
    start = Math.max(0, end - perPage);
  }
  const page = items.slice(start, Math.min(end, start + perPage));
  const link = (cursor: Record<string, string>): string => {
    const { after: _after, before: _before, ...rest } = q;
    const query = new URLSearchParams({ ...rest, per_page: String(perPage), ...cursor });
    return `${ctx.apiUrl}${encodeURI(req.path)}?${query.toString()}`;
  };
  const links: string[] = [];
  const first = page[0];
  const last = page.at(-1);
  if (last && start + page.length < items.length) links.push(`<${link({ after: cursorOf(last) })}>; rel="next"`);
  if (first && start > 0) links.push(`<${link({ before: cursorOf(first) })}>; rel="prev"`);
  return {
    status: 200,
    body: page.map((a) => activityJson(ctx, a)),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** The repository activity route. */
export function activityRoutes(ctx: ServerContext): Route[] {
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/activity',
      operationId: 'repos/list-activities',
      handler: async (req) => listActivities(ctx, req),
    },
  ];
}
