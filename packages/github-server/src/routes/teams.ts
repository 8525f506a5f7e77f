/** Team routes: membership lookups (need org members:read, like GitHub). */
import type { ServerContext } from '../context.js';
import { type ApiRequest, HttpError, json, notFound, type Route } from '../http.js';
import { userJson } from '../shapes.js';
import type { Team } from '../state.js';

function teamFor(ctx: ServerContext, req: ApiRequest): Team {
  const identity = req.identity;
  if (!identity) throw new HttpError(401, 'Requires authentication');
  if (!identity.token.orgMembersRead) {
    if (identity.token.appId !== undefined) throw new HttpError(403, 'Resource not accessible by integration');
    throw notFound();
  }
  const team = ctx.state.team(req.params.org ?? '', req.params.team_slug ?? '');
  if (!team) throw notFound();
  return team;
}

/** Team routes. */
export function teamRoutes(ctx: ServerContext): Route[] {
  return [
    {
      method: 'GET',
      template: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
      operationId: 'teams/get-membership-for-user-in-org',
      handler: async (req) => {
        const team = teamFor(ctx, req);
        const login = req.params.username ?? '';
        const member = team.members.get(login.toLowerCase());
        if (!member) throw notFound();
        return json(200, {
          url: `${ctx.apiUrl}/organizations/${team.id}/team/${team.id}/memberships/${encodeURIComponent(login)}`,
          role: member.role,
          state: member.state,
        });
      },
    },
    {
      method: 'GET',
      template: '/orgs/{org}/teams/{team_slug}/members',
      operationId: 'teams/list-members-in-org',
      handler: async (req) => {
        const team = teamFor(ctx, req);
        const members = [...team.members.entries()].filter(([, m]) => m.state === 'active');
        return json(
          200,
          members.map(([login]) => userJson(ctx, ctx.state.account(login)?.login ?? login)),
        );
      },
    },
  ];
}
