/**
 * The built action (dist/index.js, as GitHub Actions runs it) behind a proxy, as on a self-hosted runner:
 * the GitHub-compatible test server is reached over https (a TLS front with a test certificate the child
 * trusts through NODE_EXTRA_CA_CERTS, as api.github.com is reached), so HTTPS_PROXY carries the API requests
 * in CONNECT tunnels, and HTTP_PROXY carries the http-json change-management source as plain proxied
 * requests. NO_PROXY sends both directly, and a proxy that cannot be reached fails the run (no silent
 * direct fallback). The proxy (test/helpers/proxy.ts) counts what it carried; everything is on 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { proxyFor } from '../../src/github/proxy.js';
import { ACTION_ENTRY, type ActionResult, REPO_ROOT, runAction } from '../e2e/runner.js';
import { checkout, expectSuccess } from '../e2e/steps.js';
import { BUNDLES, createWorld, PEOPLE, SERVICE, TAG, type World } from '../e2e/world.js';
import { selfSignedCertificate, startProxy, startTlsFront, type TestProxy } from '../helpers/proxy.js';

const built = existsSync(ACTION_ENTRY);
const bundlesSlug = `${BUNDLES.owner}/${BUNDLES.repo}`;

let server: GitHubServer;
let world: World;
let tls: ReturnType<typeof selfSignedCertificate>;
let front: Awaited<ReturnType<typeof startTlsFront>>;
let proxy: TestProxy;
let pullRequest = 0;

beforeAll(async () => {
  if (!built) return;
  server = await startGitHubServer();
  world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
  tls = selfSignedCertificate();
  front = await startTlsFront(Number(new URL(server.url).port), tls);
}, 60_000);
afterAll(async () => {
  if (!built) return;
  await front.close();
  tls.cleanup();
  await world.changeManagement.close();
  await server.close();
});
beforeEach(async () => {
  proxy = await startProxy();
});
afterEach(async () => {
  await proxy.close();
  if (!built) return;
  expect(server.contract.take(), 'OpenAPI contract violations').toEqual([]);
  expect(server.log.unimplemented.splice(0), 'requests to unimplemented routes').toEqual([]);
});

const apiUrl = () => `https://localhost:${front.port}/api/v3`;

/** assemble on the candidate tag's push, with `env` added to the runner's environment. */
async function assemble(env: Record<string, string>): Promise<ActionResult> {
  const { dir, sha } = await checkout(world, TAG);
  return runAction({
    command: 'assemble',
    token: world.botToken,
    apiUrl: apiUrl(),
    repository: `${SERVICE.owner}/${SERVICE.repo}`,
    inputs: { 'bundles-repository': bundlesSlug },
    eventName: 'push',
    event: await server.admin.eventPayload('push', {
      repo: `${SERVICE.owner}/${SERVICE.repo}`,
      ref: `refs/tags/${TAG}`,
      sender: PEOPLE.dave,
    }),
    ref: `refs/tags/${TAG}`,
    sha,
    workspace: dir,
    env: { NODE_EXTRA_CA_CERTS: tls.certFile, ...env },
  });
}

/** verify of the pull request assemble opened, as on its `synchronize`, with `env` added. */
async function verify(env: Record<string, string>): Promise<ActionResult> {
  const event = await server.admin.eventPayload('pull_request', {
    repo: bundlesSlug,
    number: pullRequest,
    action: 'synchronize',
  });
  const base = (event.pull_request as { base: { ref: string; sha: string } }).base;
  return runAction({
    command: 'verify',
    token: world.governorToken,
    apiUrl: apiUrl(),
    repository: bundlesSlug,
    eventName: 'pull_request_target',
    event,
    ref: `refs/heads/${base.ref}`,
    sha: base.sha,
    env: { NODE_EXTRA_CA_CERTS: tls.certFile, ...env },
  });
}

describe.skipIf(!built)('dist/index.js behind a proxy', () => {
  it('assemble: API requests tunnel through HTTPS_PROXY, the http-json source goes through HTTP_PROXY', async () => {
    const changeRequests = world.changeManagement.requests;
    const result = expectSuccess(await assemble({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url }));
    pullRequest = Number(result.outputs['pull-request-number']);
    expect(pullRequest).toBeGreaterThan(0);
    // Every tunnel goes to the API's host:port; keep-alive carries many requests in few tunnels.
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`localhost:${front.port}`]));
    expect(proxy.requests).toContain(`GET ${world.changeManagement.url}`);
    expect(world.changeManagement.requests).toBe(changeRequests + 1);
    // The token travels inside TLS: the proxy saw no Authorization header of any plain request.
    expect(proxy.requests.every((r) => !r.includes('/api/v3'))).toBe(true);
  });

  it('verify: the head-start read and the full client both go through the tunnel', async () => {
    expect(pullRequest).toBeGreaterThan(0);
    const result = await verify({ https_proxy: proxy.url });
    expectSuccess(result);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`localhost:${front.port}`]));
    expect(proxy.requests).toEqual([]);
  });

  it('proxy credentials go as Proxy-Authorization and are never printed, even with DEBUG on for the agents', async () => {
    expect(pullRequest).toBeGreaterThan(0);
    const password = 'pr0xy-s3cret-Pa55';
    const result = await verify({
      HTTPS_PROXY: proxy.url.replace('http://', `http://ci%40acme:${password}@`),
      // The agents' own debug logging (the `debug` package) prints their proxy URL.
      DEBUG: 'https-proxy-agent,http-proxy-agent,agent-base',
    });
    expectSuccess(result);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    const expected = `Basic ${Buffer.from(`ci@acme:${password}`).toString('base64')}`;
    expect(new Set(proxy.authorizations)).toEqual(new Set([expected]));
    // The debug output is there (so the check below means something), without the password.
    expect(result.stderr).toContain('https-proxy-agent');
    expect(`${result.stdout}\n${result.stderr}`).not.toContain(password);
  });

  it('NO_PROXY naming the hosts sends every request directly', async () => {
    const result = expectSuccess(
      await assemble({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }),
    );
    expect(result.outputs['pull-request-number']).toBe(String(pullRequest));
    expect(proxy.tunnels).toEqual([]);
    expect(proxy.requests).toEqual([]);
  });

  it('a proxy that cannot be reached fails the run instead of going around it', async () => {
    const result = await assemble({ HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' });
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toContain('connect ECONNREFUSED 127.0.0.1:9');
    const unmasked = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(unmasked.join('\n')).not.toContain(world.botToken);
  });
});

describe('proxyFor: which proxy a URL goes through (src/github/proxy.ts)', () => {
  const via = (url: string, env: Record<string, string>) => proxyFor(new URL(url), env)?.url.href ?? 'direct';
  const P = 'http://proxy.corp:3128/';

  it('takes the variable of the target scheme, lower case first, http:// when no scheme is given', () => {
    expect(via('https://api.github.com/x', { HTTPS_PROXY: P, HTTP_PROXY: 'http://other:1' })).toBe(P);
    expect(via('http://ghe.corp/x', { HTTPS_PROXY: P })).toBe('direct');
    expect(via('http://ghe.corp/x', { HTTP_PROXY: 'proxy.corp:3128' })).toBe(P);
    expect(via('https://api.github.com/x', { https_proxy: P, HTTPS_PROXY: 'http://other:1' })).toBe(P);
    expect(via('https://api.github.com/x', { https_proxy: ' ', HTTPS_PROXY: P })).toBe(P);
    expect(via('https://api.github.com/x', {})).toBe('direct');
  });

  it.each([
    ['*', 'https://api.github.com/', 'direct'],
    ['github.com', 'https://api.github.com/', 'direct'],
    ['github.com', 'https://github.com/', 'direct'],
    ['github.com', 'https://notgithub.com/', P],
    ['.github.com', 'https://github.com/', 'direct'],
    ['*.github.com', 'https://api.github.com/', 'direct'],
    ['other.example, github.com', 'https://api.github.com/', 'direct'],
    ['ghe.corp:8443', 'https://ghe.corp:8443/', 'direct'],
    ['ghe.corp:8443', 'https://ghe.corp/', P],
    ['ghe.corp:443', 'https://ghe.corp/', 'direct'],
    ['10.0.0.0/8', 'http://10.1.2.3/', 'direct'],
    ['10.0.0.0/8', 'http://11.0.0.1/', P],
    ['::1', 'http://[::1]:8080/', 'direct'],
    ['[::1]:8080', 'http://[::1]:8080/', 'direct'],
    ['0.0.1', 'http://127.0.0.1/', P],
    ['127.0.0.1', 'http://localhost/', P],
    ['', 'http://127.0.0.1/', P],
    ['', 'http://localhost/', P],
  ])('NO_PROXY=%j: %s -> %s', (noProxy, url, expected) => {
    expect(via(url, { https_proxy: P, http_proxy: P, NO_PROXY: noProxy })).toBe(expected);
  });

  it('takes no_proxy before NO_PROXY', () => {
    expect(via('https://api.github.com/', { https_proxy: P, no_proxy: 'example.com', NO_PROXY: '*' })).toBe(P);
  });
});
