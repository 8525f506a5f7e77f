/**
 * The reader behind a proxy: it fetches a repository given as a URL with git, whose libcurl reads the standard
 * proxy variables itself (the reader passes the environment through: src/reader/git.ts). Shown against the
 * GitHub-compatible test server's smart HTTP, through a local proxy (test/helpers/proxy.ts): an http:// remote
 * through `http_proxy` (absolute-URL requests), an https:// remote (a TLS front with a test certificate, trusted
 * through GIT_SSL_CAINFO) through `HTTPS_PROXY` in a CONNECT tunnel, NO_PROXY going direct, and curl's one
 * difference from the action: upper-case HTTP_PROXY is ignored by git (lower-case http_proxy is honoured).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { listSealedRevisions } from '../../src/reader/list.js';
import { selfSignedCertificate, startProxy, startTlsFront, type TestProxy } from '../helpers/proxy.js';
import { sealedRepo } from './fixture.js';

const exec = promisify(execFile);
const VARIABLES = [
  'http_proxy',
  'HTTP_PROXY',
  'https_proxy',
  'HTTPS_PROXY',
  'all_proxy',
  'ALL_PROXY',
  'no_proxy',
  'NO_PROXY',
  'GIT_SSL_CAINFO',
] as const;

let server: GitHubServer;
let tls: ReturnType<typeof selfSignedCertificate>;
let front: Awaited<ReturnType<typeof startTlsFront>>;
let proxy: TestProxy;
let tag = '';
let httpUrl = '';
let httpsUrl = '';
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  const fixture = await sealedRepo();
  tag = fixture.tag;
  server = await startGitHubServer();
  server.admin.createOrg('acme');
  await server.admin.createRepo({ owner: 'acme', name: 'release-bundles' });
  // The sealed repository's branches and tags, copied into the server's bare repository (fetch: no hooks run).
  await exec('git', [
    '--git-dir',
    server.admin.repoPath('acme', 'release-bundles'),
    'fetch',
    '--quiet',
    fixture.dir,
    '+refs/heads/*:refs/heads/*',
    '+refs/tags/*:refs/tags/*',
  ]);
  httpUrl = server.admin.cloneUrl('acme', 'release-bundles');
  tls = selfSignedCertificate();
  front = await startTlsFront(Number(new URL(server.url).port), tls);
  httpsUrl = `https://localhost:${front.port}/acme/release-bundles.git`;
  for (const name of VARIABLES) saved[name] = process.env[name];
}, 60_000);
afterAll(async () => {
  await front.close();
  tls.cleanup();
  await server.close();
});
beforeEach(async () => {
  for (const name of VARIABLES) delete process.env[name];
  proxy = await startProxy();
});
afterEach(async () => {
  for (const name of VARIABLES) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await proxy.close();
});

async function sealTags(repository: string): Promise<string[]> {
  const list = await listSealedRevisions({ repository, timeoutMs: 30_000 });
  return list.revisions.map((r) => `${r.tag} ${r.sealed ? 'sealed' : 'not sealed'}`);
}

describe('reader (git) behind a proxy', () => {
  it('fetches an http:// remote through http_proxy', async () => {
    process.env.http_proxy = proxy.url;
    expect(await sealTags(httpUrl)).toEqual([`${tag} sealed`]);
    expect(proxy.requests).toContain(`GET ${httpUrl}/info/refs?service=git-upload-pack`);
    expect(proxy.requests).toContain(`POST ${httpUrl}/git-upload-pack`);
    expect(proxy.tunnels).toEqual([]);
  });

  it('fetches an https:// remote through HTTPS_PROXY in a CONNECT tunnel', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    process.env.GIT_SSL_CAINFO = tls.certFile;
    expect(await sealTags(httpsUrl)).toEqual([`${tag} sealed`]);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`localhost:${front.port}`]));
    expect(proxy.requests).toEqual([]);
  });

  it('goes direct for hosts NO_PROXY names (a name, or a CIDR subnet)', async () => {
    process.env.http_proxy = proxy.url;
    process.env.HTTPS_PROXY = proxy.url;
    process.env.GIT_SSL_CAINFO = tls.certFile;
    process.env.NO_PROXY = 'localhost,127.0.0.0/8';
    expect(await sealTags(httpUrl)).toEqual([`${tag} sealed`]);
    expect(await sealTags(httpsUrl)).toEqual([`${tag} sealed`]);
    expect(proxy.requests).toEqual([]);
    expect(proxy.tunnels).toEqual([]);
  });

  it('ignores upper-case HTTP_PROXY for an http:// remote, as curl does (the action honours it)', async () => {
    process.env.HTTP_PROXY = proxy.url;
    expect(await sealTags(httpUrl)).toEqual([`${tag} sealed`]);
    expect(proxy.requests).toEqual([]);
  });
});
