/**
 * A standard scenario for tests: an org with two teams, an App, tokens and a fresh repository with CODEOWNERS
 * (exported as `scenario`), and an Octokit client for the server (used by the package's own tests).
 */
import { Octokit } from '@octokit/rest';
import type { GitHubServer } from './server.js';

/** Identities and clients of a standard scenario. */
export interface Scenario {
  owner: string;
  repo: string;
  app: { id: number; slug: string; token: string; octokit: Octokit };
  users: Record<'alice' | 'bob' | 'carol' | 'dave' | 'erin', { token: string; octokit: Octokit }>;
  base: string;
}

let counter = 0;

/** An Octokit client for the server. */
export function client(server: GitHubServer, token?: string): Octokit {
  const quiet = (): void => {};
  return new Octokit({
    baseUrl: server.apiUrl,
    ...(token ? { auth: token } : {}),
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
}

/**
 * Creates org `acme` (once), users alice (author), bob (platform), carol (operations), dave (both teams),
 * erin (no team), app `cutover-app`, and a fresh repository whose CODEOWNERS assigns services/ to
 * @acme/platform and deploy/ to @acme/operations.
 */
export async function scenario(server: GitHubServer, files: Record<string, string> = {}): Promise<Scenario> {
  const { admin } = server;
  counter += 1;
  const owner = 'acme';
  const repo = `service-${counter}`;
  for (const login of ['alice', 'bob', 'carol', 'dave', 'erin']) {
    if (!admin.account(login)) admin.createUser({ login, name: login.toUpperCase(), email: `${login}@acme.test` });
  }
  const head = await admin.createRepo({
    owner,
    name: repo,
    files: {
      '.github/CODEOWNERS': '/services/ @acme/platform\n/deploy/ @acme/operations\n',
      'services/api.txt': 'v1\n',
      'deploy/prod.yaml': 'replicas: 1\n',
      'README.md': '# demo\n',
      ...files,
    },
  });
  const teams = { platform: ['bob', 'dave'], operations: ['carol', 'dave'] };
  for (const [slug, members] of Object.entries(teams)) {
    if (admin.team(owner, slug)) admin.grantTeam(owner, slug, `${owner}/${repo}`, 'write');
    else admin.createTeam({ org: owner, slug, members, repos: { [`${owner}/${repo}`]: 'write' } });
  }
  const app = admin.app('cutover-app') ?? admin.createApp({ slug: 'cutover-app', id: 4242 });
  const appToken = admin.createToken({ app: app.id, repos: { [`${owner}/${repo}`]: 'write' }, orgMembersRead: true });
  const users = {} as Scenario['users'];
  for (const login of ['alice', 'bob', 'carol', 'dave', 'erin'] as const) {
    const token = admin.createToken({ login, repos: { [`${owner}/${repo}`]: 'write' } });
    users[login] = { token, octokit: client(server, token) };
  }
  return {
    owner,
    repo,
    app: { id: app.id, slug: app.slug, token: appToken, octokit: client(server, appToken) },
    users,
    base: head.headSha ?? '',
  };
}
