/**
 * How `read` reaches the bundles repository's git. The sealed-bundle reader runs the git CLI and reads the
 * repository over HTTPS at `<GITHUB_SERVER_URL>/<owner>/<repo>.git`. The token reaches git the way
 * actions/checkout passes it: an `http.<url>.extraheader` (`AUTHORIZATION: basic base64(x-access-token:token)`)
 * in a private git config file (mode 0600) that GIT_CONFIG_GLOBAL names for the duration of the read, scoped to
 * that one repository's URL, and removed afterwards. The token is never in a URL, a command argument or a
 * message; the header value is masked before anything is written.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { RepoRef } from '../github/port.js';

/** The git URL of a repository on a GitHub server (github.com, GHES, or the test server). */
export function repositoryGitUrl(serverUrl: string, repo: RepoRef): string {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch (cause) {
    throw new InputError(
      `Invalid server URL '${serverUrl}'`,
      { field: 'GITHUB_SERVER_URL', expected: 'an http(s) URL' },
      { cause },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(`Invalid server URL '${serverUrl}'`, {
      field: 'GITHUB_SERVER_URL',
      expected: 'an http(s) URL',
    });
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return `${base}/${repo.owner}/${repo.repo}.git`;
}

/** The header value git sends: what GitHub accepts for an installation token over HTTPS. */
export function authorizationHeader(token: string): string {
  return `basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
}

/** The git config text: the extraheader for `gitUrl`, after the user's own global config (when there is one). */
function credentialConfig(gitUrl: string, header: string, include: string | undefined): string {
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return [
    ...(include ? ['[include]', `\tpath = ${quote(include)}`] : []),
    `[http ${quote(gitUrl)}]`,
    `\textraheader = ${quote(`AUTHORIZATION: ${header}`)}`,
    '',
  ].join('\n');
}

/**
 * Runs `read` with git authorized for `gitUrl` only. `env` is the process environment git inherits (the
 * reader copies it for every git process), restored afterwards; `mask` hides the header value in the log.
 */
export async function withGitToken<T>(
  options: { gitUrl: string; token: string; tempDir: string | undefined; env: NodeJS.ProcessEnv },
  mask: (secret: string) => void,
  read: () => Promise<T>,
): Promise<T> {
  const header = authorizationHeader(options.token);
  mask(header);
  mask(header.slice('basic '.length));
  const { env } = options;
  const previous = env.GIT_CONFIG_GLOBAL;
  const include = previous ?? path.join(env.HOME || homedir(), '.gitconfig');
  const dir = await mkdtemp(path.join(options.tempDir ?? tmpdir(), 'cutover-git-'));
  try {
    const file = path.join(dir, 'gitconfig');
    await writeFile(file, credentialConfig(options.gitUrl, header, previous === '/dev/null' ? undefined : include), {
      mode: 0o600,
    });
    env.GIT_CONFIG_GLOBAL = file;
    return await read();
  } finally {
    if (previous === undefined) delete env.GIT_CONFIG_GLOBAL;
    else env.GIT_CONFIG_GLOBAL = previous;
    await rm(dir, { recursive: true, force: true });
  }
}
