/** Builders for GitHub-shaped JSON (users, repositories, refs, commits...), shared by routes and event payloads. */
import type { ServerContext } from './context.js';
import type { Account, App, Repository } from './state.js';

/** A node_id in GitHub's opaque style. */
export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

/** simple-user JSON for a login (unknown logins become a placeholder ghost user). */
export function userJson(ctx: ServerContext, login: string): Record<string, unknown> {
  const account: Account = ctx.state.account(login) ?? {
    login,
    id: 10137,
    type: 'User',
    name: login,
    email: `${login}@users.noreply.github.com`,
  };
  // GitHub percent-encodes bot logins in URLs (…/users/app%5Bbot%5D).
  const escaped = encodeURIComponent(account.login);
  const api = `${ctx.apiUrl}/users/${escaped}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: `${ctx.url}/avatars/${account.id}`,
    gravatar_id: '',
    url: api,
    html_url: `${ctx.url}/${escaped}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** Base API URL of a repository. */
export function repoApi(ctx: ServerContext, repo: Repository): string {
  return `${ctx.apiUrl}/repos/${repo.owner}/${repo.name}`;
}

/** Browser URL of a repository. */
export function repoHtml(ctx: ServerContext, repo: Repository): string {
  return `${ctx.url}/${repo.owner}/${repo.name}`;
}

/** full-repository JSON (also valid as repository / minimal-repository). */
export function repoJson(ctx: ServerContext, repo: Repository): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  const html = repoHtml(ctx, repo);
  const openPulls = repo.pulls.filter((p) => p.state === 'open').length;
  const urls: Record<string, string> = {};
  const templated: [string, string][] = [
    ['archive_url', '/{archive_format}{/ref}'],
    ['assignees_url', '/assignees{/user}'],
    ['blobs_url', '/git/blobs{/sha}'],
    ['branches_url', '/branches{/branch}'],
    ['collaborators_url', '/collaborators{/collaborator}'],
    ['comments_url', '/comments{/number}'],
    ['commits_url', '/commits{/sha}'],
    ['compare_url', '/compare/{base}...{head}'],
    ['contents_url', '/contents/{+path}'],
    ['contributors_url', '/contributors'],
    ['deployments_url', '/deployments'],
    ['downloads_url', '/downloads'],
    ['events_url', '/events'],
    ['forks_url', '/forks'],
    ['git_commits_url', '/git/commits{/sha}'],
    ['git_refs_url', '/git/refs{/sha}'],
    ['git_tags_url', '/git/tags{/sha}'],
    ['hooks_url', '/hooks'],
    ['issue_comment_url', '/issues/comments{/number}'],
    ['issue_events_url', '/issues/events{/number}'],
    ['issues_url', '/issues{/number}'],
    ['keys_url', '/keys{/key_id}'],
    ['labels_url', '/labels{/name}'],
    ['languages_url', '/languages'],
    ['merges_url', '/merges'],
    ['milestones_url', '/milestones{/number}'],
    ['notifications_url', '/notifications{?since,all,participating}'],
    ['pulls_url', '/pulls{/number}'],
    ['releases_url', '/releases{/id}'],
    ['stargazers_url', '/stargazers'],
    ['statuses_url', '/statuses/{sha}'],
    ['subscribers_url', '/subscribers'],
    ['subscription_url', '/subscription'],
    ['tags_url', '/tags'],
    ['teams_url', '/teams'],
    ['trees_url', '/git/trees{/sha}'],
  ];
  for (const [key, suffix] of templated) urls[key] = `${api}${suffix}`;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: userJson(ctx, repo.owner),
    html_url: html,
    description: repo.description,
    fork: false,
    url: api,
    ...urls,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    git_url: `${ctx.url}/${repo.owner}/${repo.name}.git`,
    ssh_url: `git@127.0.0.1:${repo.owner}/${repo.name}.git`,
    clone_url: `${ctx.url}/${repo.owner}/${repo.name}.git`,
    svn_url: html,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: false,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: openPulls,
    license: null,
    allow_forking: true,
    is_template: false,
    topics: [],
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: openPulls,
    watchers: 0,
    default_branch: repo.defaultBranch,
    network_count: 0,
    subscribers_count: 0,
  };
}

/** integration JSON for an App. */
export function appJson(ctx: ServerContext, app: App): Record<string, unknown> {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId('Integration', app.id),
    client_id: `Iv1.${app.id}`,
    owner: userJson(ctx, app.owner),
    name: app.name,
    description: null,
    external_url: `${ctx.url}/apps/${app.slug}`,
    html_url: `${ctx.url}/apps/${app.slug}`,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    permissions: { checks: 'write', contents: 'write', pull_requests: 'write', metadata: 'read' },
    events: [],
  };
}

/** git-ref JSON. */
export function refJson(
  ctx: ServerContext,
  repo: Repository,
  ref: { ref: string; sha: string; type: string },
): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  const objectPath =
    ref.type === 'tag' ? 'tags' : ref.type === 'tree' ? 'trees' : ref.type === 'blob' ? 'blobs' : 'commits';
  return {
    ref: ref.ref,
    node_id: nodeId('Ref', `${repo.id}:${ref.ref}`),
    url: `${api}/git/${ref.ref}`,
    object: { type: ref.type, sha: ref.sha, url: `${api}/git/${objectPath}/${ref.sha}` },
  };
}

/** GitHub's unsigned verification object. */
export function unsignedVerification(): Record<string, unknown> {
  return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}
