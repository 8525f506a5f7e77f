/**
 * github-release through the action's own GitHub client (createGitHubClient, OctokitSourceGitHub) against the
 * GitHub-compatible test server, for an asset GitHub states no digest for: Cutover downloads and hashes it.
 *
 * GitHub answers GET /repos/{owner}/{repo}/releases/assets/{id} with `Accept: application/octet-stream` by a 302 to
 * another origin (a pre-signed URL on objects.githubusercontent.com or release-assets.githubusercontent.com, which
 * rejects a request carrying both its signature and an Authorization header). The token must therefore stay with
 * the API: here the client reaches the server as `localhost` while the server's redirect names `127.0.0.1`, so the
 * download is another origin, as on GitHub. A recording forward proxy (HTTP_PROXY) sees every hop with its
 * headers. Also: an asset over the download limit is refused from its listed size, before any download.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/src/server.js';
import type { ArtifactRecord, SuspicionRecord } from '../../src/domain/records.js';
import { messageOf } from '../../src/errors.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { OctokitSourceGitHub } from '../../src/github/octokit-adapter.js';
import { readSources } from '../../src/sources/index.js';
import { contextFor, inputErrorOf } from './helpers.js';

const OWNER = 'acme';
const REPO = 'payments';
const TAG = 'v2.4.0-rc.1';
const BYTES = 'payments-api linux-arm64 build, uploaded before GitHub computed digests\n';
const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'] as const;

interface Hop {
  url: string;
  authorization: string | undefined;
}

/** A forward proxy for plain-HTTP targets that records each request's absolute URL and Authorization. */
async function recordingProxy(): Promise<{ server: Server; url: string; hops: Hop[] }> {
  const hops: Hop[] = [];
  const server = createServer((req, res) => {
    hops.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const target = new URL(req.url ?? '');
    const headers: IncomingHttpHeaders = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hops };
}

let github: GitHubServer;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;
let token: string;
let assetId: number;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  github = await startGitHubServer();
  const { admin } = github;
  admin.createOrg(OWNER);
  admin.createUser({ login: 'dave', name: 'dave', email: 'dave@acme.example' });
  await admin.createRepo({ owner: OWNER, name: REPO, files: { 'README.md': 'payments\n' }, as: 'dave' });
  await admin.createTag({ owner: OWNER, repo: REPO, tag: TAG, target: 'main', as: 'dave', signature: 'valid' });
  token = admin.createToken({ login: 'dave', repos: { [`${OWNER}/${REPO}`]: 'write' } });
  const client = createGitHubClient({ token, baseUrl: github.apiUrl, writeIntervalMs: 0 });
  const release = await client.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: TAG, prerelease: true });
  const asset = await client.rest.repos.uploadReleaseAsset({
    owner: OWNER,
    repo: REPO,
    release_id: release.data.id,
    url: release.data.upload_url,
    name: 'payments-api-linux-arm64.tar.gz',
    data: BYTES,
    headers: { 'content-type': 'application/gzip' },
  });
  assetId = asset.data.id;
  admin.setAssetDigest(OWNER, REPO, assetId, null);
  proxy = await recordingProxy();
  for (const name of PROXY_VARIABLES) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  process.env.HTTP_PROXY = proxy.url;
});
afterAll(async () => {
  for (const name of PROXY_VARIABLES) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  proxy.server.closeAllConnections();
  await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
  await github.close();
});

afterEach(() => {
  expect(github.contract.take(), 'OpenAPI contract violations').toEqual([]);
});

function readRelease(extra: Record<string, unknown> = {}) {
  // The server as `localhost`: its redirect to the download names `127.0.0.1`, another origin.
  const apiUrl = github.apiUrl.replace('//127.0.0.1:', '//localhost:');
  const client = createGitHubClient({ token, baseUrl: apiUrl, writeIntervalMs: 0 });
  return readSources(
    [{ id: 'gh', kind: 'github-release', component: 'payments-api', ...extra }],
    contextFor('.', { github: new OctokitSourceGitHub(client, { owner: OWNER, repo: REPO }) }),
  );
}

describe('github-release: an asset without a stated digest, over the real client and server', () => {
  it('downloads and hashes it, with the token sent to the API but not to the download origin', async () => {
    proxy.hops.length = 0;
    const records = await readRelease();
    const digest = `sha256:${createHash('sha256').update(BYTES).digest('hex')}`;
    const artifacts = records.filter((r): r is ArtifactRecord => r.type === 'artifact');
    expect(artifacts.map((r) => [r.artifact.name, r.artifact.digest, r.digestComputed])).toEqual([
      ['payments-api-linux-arm64.tar.gz', digest, true],
    ]);
    const suspicions = records.filter((r): r is SuspicionRecord => r.type === 'suspicion');
    expect(suspicions.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^GitHub states no digest for release asset/),
    ]);
    const asset = proxy.hops.find((hop) => hop.url.endsWith(`/releases/assets/${assetId}`));
    const download = proxy.hops.find((hop) => hop.url.includes('/releases/download/'));
    expect(asset?.url.startsWith('http://localhost:')).toBe(true);
    expect(asset?.authorization).toMatch(new RegExp(`${token}$`));
    expect(download?.url).toBe(
      `${github.url}/${OWNER}/${REPO}/releases/download/${TAG}/payments-api-linux-arm64.tar.gz`,
    );
    expect(download?.authorization).toBeUndefined();
  });

  it('refuses an asset over the download limit from its listed size, without downloading it', async () => {
    proxy.hops.length = 0;
    const error = await inputErrorOf(readRelease({ maxBytes: 16 }));
    expect(error.message).toContain(
      `asset 'payments-api-linux-arm64.tar.gz' has no digest and is ${BYTES.length} bytes, over the download limit of 16 bytes`,
    );
    expect(proxy.hops.filter((hop) => hop.url.includes('/releases/assets/') || hop.url.includes('/download/'))).toEqual(
      [],
    );
    expect(messageOf(error)).not.toContain(token);
  });
});
