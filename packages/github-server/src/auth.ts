/** Authentication and authorization as GitHub does it: tokens, 401/403/404 semantics. */
import type { ServerContext } from './context.js';
import { HttpError, type Identity, notFound } from './http.js';
import { type Permission, permissionRank, type Repository } from './state.js';

/** Resolves the Authorization header to an identity; unknown tokens answer 401 Bad credentials. */
export function authenticate(ctx: ServerContext, header: string | undefined): Identity | undefined {
  if (!header) return undefined;
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(header.trim());
  const tokenValue = match?.[1]?.trim();
  const token = tokenValue ? ctx.state.tokens.get(tokenValue) : undefined;
  const account = token ? ctx.state.account(token.login) : undefined;
  if (!token || !account) throw new HttpError(401, 'Bad credentials');
  return { token, account };
}

/** The permission a token grants on a repository (installation tokens: their grant; users: grant or role). */
export function tokenPermission(ctx: ServerContext, identity: Identity, repo: Repository): Permission | undefined {
  const key = `${repo.owner}/${repo.name}`.toLowerCase();
  const grants = identity.token.repos;
  const granted = grants[key] ?? grants[`${repo.owner}/${repo.name}`] ?? grants['*'];
  if (identity.token.appId !== undefined) return granted;
  return granted ?? ctx.state.permissionOf(identity.account.login, repo);
}

/**
 * Finds a repository and checks the caller may act on it at `level`. Missing or invisible repositories answer 404;
 * anonymous writes 401; insufficient permission 403 ("Resource not accessible by integration" for apps).
 */
export function authorizeRepo(
  ctx: ServerContext,
  identity: Identity | undefined,
  owner: string,
  name: string,
  level: Permission,
): Repository {
  const repo = ctx.state.repo(owner, name);
  if (!repo) throw notFound();
  const permission = identity ? tokenPermission(ctx, identity, repo) : undefined;
  const canRead = !repo.private || permission !== undefined;
  if (!canRead) throw notFound();
  if (level === 'read') return repo;
  if (!identity) throw new HttpError(401, 'Requires authentication');
  if (!permission || permissionRank[permission] < permissionRank[level]) throw forbidden(identity);
  return repo;
}

/** GitHub's 403 for a token lacking a permission. */
export function forbidden(identity: Identity): HttpError {
  return new HttpError(
    403,
    identity.token.appId !== undefined
      ? 'Resource not accessible by integration'
      : 'Resource not accessible by personal access token',
  );
}
