import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { retry } from '@octokit/plugin-retry';
import { RequestError } from '@octokit/request-error';
import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { scenario } from '../index.js';
import { client } from '../src/scenario.js';
import { useGitHubServer } from '../vitest.js';
import { git } from './git.js';

const server = useGitHubServer();
const run = promisify(execFile);

async function failure(
  promise: Promise<unknown>,
): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) {
      return { status: error.status, data: error.response?.data, headers: error.response?.headers ?? {} };
    }
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('auth', () => {
  it('answers 401 Bad credentials for an unknown token', async () => {
    const s = await scenario(server());
    const res = await failure(client(server(), 'nope').rest.repos.get({ owner: s.owner, repo: s.repo }));
    expect(res).toMatchObject({
      status: 401,
      data: { message: 'Bad credentials', status: '401', documentation_url: expect.any(String) },
    });
  });

  it('accepts Bearer and token schemes and sends rate-limit headers', async () => {
    const s = await scenario(server());
    for (const scheme of ['token', 'Bearer']) {
      const res = await fetch(`${server().apiUrl}/repos/${s.owner}/${s.repo}`, {
        headers: { authorization: `${scheme} ${s.users.bob.token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe('5000');
      expect(res.headers.get('x-github-request-id')).toBeTruthy();
      const body = (await res.json()) as { permissions: { push: boolean } };
      expect(body.permissions.push).toBe(true);
    }
  });

  it('403 for an integration without write, 404 for a private repo without read', async () => {
    const s = await scenario(server());
    const { admin } = server();
    const readOnly = admin.createToken({ app: s.app.id, repos: { [`${s.owner}/${s.repo}`]: 'read' } });
    const res = await failure(
      client(server(), readOnly).rest.git.createBlob({ owner: s.owner, repo: s.repo, content: 'x' }),
    );
    expect(res).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } });
    await admin.createRepo({ owner: 'acme', name: 'secret', private: true, files: { a: 'b' } });
    const outsider = admin.createToken({ login: 'erin' });
    expect((await failure(client(server(), outsider).rest.repos.get({ owner: 'acme', repo: 'secret' }))).status).toBe(
      404,
    );
    expect((await failure(client(server()).rest.repos.get({ owner: 'acme', repo: 'secret' }))).status).toBe(404);
    const anonymous = await failure(
      client(server()).rest.git.createBlob({ owner: s.owner, repo: s.repo, content: 'x' }),
    );
    expect(anonymous.status).toBe(401);
  });

  it('only App identities may create check runs', async () => {
    const s = await scenario(server());
    const res = await failure(
      s.users.bob.octokit.rest.checks.create({ owner: s.owner, repo: s.repo, name: 'x', head_sha: s.base }),
    );
    expect(res).toMatchObject({ status: 403, data: { message: 'You must authenticate via a GitHub App.' } });
  });

  it('team membership needs org members:read', async () => {
    const s = await scenario(server());
    const ok = await s.app.octokit.rest.teams.getMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'operations',
      username: 'carol',
    });
    expect(ok.data).toMatchObject({ state: 'active', role: 'member' });
    expect(
      (
        await failure(
          s.app.octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'operations', username: 'bob' }),
        )
      ).status,
    ).toBe(404);
    server().admin.addTeamMember('acme', 'operations', 'erin', { state: 'pending' });
    const pending = await s.app.octokit.rest.teams.getMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'operations',
      username: 'erin',
    });
    expect(pending.data.state).toBe('pending');
    const noScope = server().admin.createToken({ app: s.app.id, repos: { [`${s.owner}/${s.repo}`]: 'write' } });
    const denied = await failure(
      client(server(), noScope).rest.teams.getMembershipForUserInOrg({
        org: 'acme',
        team_slug: 'operations',
        username: 'carol',
      }),
    );
    expect(denied).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } });
    expect(
      (
        await failure(
          s.users.bob.octokit.rest.teams.getMembershipForUserInOrg({
            org: 'acme',
            team_slug: 'operations',
            username: 'carol',
          }),
        )
      ).status,
    ).toBe(404);
  });
});

describe('fault injection and the request log', () => {
  it('octokit retry plugin recovers from a 502', async () => {
    const s = await scenario(server());
    const Retrying = Octokit.plugin(retry);
    const quiet = (): void => {};
    const o = new Retrying({
      baseUrl: server().apiUrl,
      auth: s.app.token,
      log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
      retry: { retryAfterBaseValue: 1 },
    });
    server().faults.add({ method: 'GET', path: 'repos/get', status: 502, times: 2 });
    server().log.reset();
    const res = await o.rest.repos.get({ owner: s.owner, repo: s.repo });
    expect(res.status).toBe(200);
    expect(server().log.count({ operationId: 'repos/get', status: 502 })).toBe(2);
    expect(server().log.count({ operationId: 'repos/get' })).toBe(3);
  });

  it('secondary rate limits answer 403/429 with retry-after', async () => {
    const s = await scenario(server());
    server().faults.secondaryRateLimit({ path: /\/git\/blobs$/, retryAfter: 7 });
    const res = await failure(s.app.octokit.rest.git.createBlob({ owner: s.owner, repo: s.repo, content: 'x' }));
    expect(res.status).toBe(403);
    expect(res.headers['retry-after']).toBe('7');
    expect((res.data as { message: string }).message).toMatch(/^You have exceeded a secondary rate limit/);
    server().faults.secondaryRateLimit({ status: 429, retryAfter: 2 });
    const tooMany = await failure(s.app.octokit.rest.repos.get({ owner: s.owner, repo: s.repo }));
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers['retry-after']).toBe('2');
    expect((await s.app.octokit.rest.repos.get({ owner: s.owner, repo: s.repo })).status).toBe(200);
  });

  it('latency delays matching requests', async () => {
    const s = await scenario(server());
    server().faults.latency({ path: 'repos/get', ms: 150, times: 1 });
    const started = Date.now();
    await s.app.octokit.rest.repos.get({ owner: s.owner, repo: s.repo });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers unimplemented routes with a loud 404 and records them', async () => {
    const res = await fetch(`${server().apiUrl}/repos/acme/x/deployments`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      message: 'Not Found (cutover test server: route not implemented: GET /repos/acme/x/deployments)',
    });
    expect(server().log.unimplemented.splice(0)).toEqual([{ method: 'GET', path: '/repos/acme/x/deployments' }]);
  });

  it('logs method, path, operationId, status and identity', async () => {
    const s = await scenario(server());
    server().log.reset();
    await s.users.bob.octokit.rest.git.getRef({ owner: s.owner, repo: s.repo, ref: 'heads/main' });
    expect(server().log.entries).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/repos/${s.owner}/${s.repo}/git/ref/heads/main`,
        operationId: 'git/get-ref',
        status: 200,
        identity: 'bob',
      }),
    ]);
    expect(server().log.count({ method: 'GET', path: /git\/ref/ })).toBe(1);
  });
});

describe('contract checker', () => {
  it('catches a malformed response', async () => {
    const s = await scenario(server());
    server().faults.mutateResponse({ path: 'git/get-ref' }, (body) => ({ ...(body as object), object: { sha: 42 } }));
    await s.app.octokit.rest.git.getRef({ owner: s.owner, repo: s.repo, ref: 'heads/main' });
    const violations = server().contract.take();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ kind: 'response', operationId: 'git/get-ref', status: 200 });
    expect(violations[0]?.errors.join('\n')).toMatch(/object/);
  });

  it('catches a malformed request and answers 422', async () => {
    const s = await scenario(server());
    const res = await fetch(`${server().apiUrl}/repos/${s.owner}/${s.repo}/git/refs`, {
      method: 'POST',
      headers: { authorization: `token ${s.app.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'refs/heads/x', sha: 12 }),
    });
    expect(res.status).toBe(422);
    const violations = server().contract.take();
    expect(violations).toEqual([expect.objectContaining({ kind: 'request', operationId: 'git/create-ref' })]);
  });

  it('rejects more than 50 annotations and over-long summaries (422)', async () => {
    const s = await scenario(server());
    const annotations = Array.from({ length: 51 }, () => ({
      path: 'a',
      start_line: 1,
      end_line: 1,
      annotation_level: 'notice' as const,
      message: 'm',
    }));
    const many = await failure(
      s.app.octokit.rest.checks.create({
        owner: s.owner,
        repo: s.repo,
        name: 'n',
        head_sha: s.base,
        output: { title: 't', summary: 's', annotations },
      }),
    );
    expect(many.status).toBe(422);
    const long = await failure(
      s.app.octokit.rest.checks.create({
        owner: s.owner,
        repo: s.repo,
        name: 'n',
        head_sha: s.base,
        output: { title: 't', summary: 'x'.repeat(65536) },
      }),
    );
    expect(long.status).toBe(422);
    // Both requests break the published schema too; take them so the suite's zero-violation check stays meaningful.
    expect(
      server()
        .contract.take()
        .every((v) => v.kind === 'request'),
    ).toBe(true);
  });
});

describe('repository routes', () => {
  it('serves contents, commits, compare and commit files', async () => {
    const s = await scenario(server());
    const o = s.users.bob.octokit;
    const file = await o.rest.repos.getContent({ owner: s.owner, repo: s.repo, path: 'deploy/prod.yaml', ref: 'main' });
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(file.data.content, 'base64').toString()).toBe('replicas: 1\n');
    const dir = await o.rest.repos.getContent({ owner: s.owner, repo: s.repo, path: '.github' });
    expect(Array.isArray(dir.data) && dir.data.map((e) => e.path)).toEqual(['.github/CODEOWNERS']);
    expect((await failure(o.rest.repos.getContent({ owner: s.owner, repo: s.repo, path: 'missing' }))).status).toBe(
      404,
    );
    const next = await server().admin.pushCommit({
      owner: s.owner,
      repo: s.repo,
      branch: 'feature',
      files: { 'new.txt': 'n\n' },
      as: 'bob',
    });
    const commit = await o.rest.repos.getCommit({ owner: s.owner, repo: s.repo, ref: next });
    expect(commit.data.author?.login).toBe('bob');
    expect(commit.data.files?.map((f) => f.filename)).toEqual(['new.txt']);
    const cmp = await o.rest.repos.compareCommitsWithBasehead({
      owner: s.owner,
      repo: s.repo,
      basehead: 'main...feature',
    });
    expect(cmp.data).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 });
  });

  it('records repository_dispatch events', async () => {
    const s = await scenario(server());
    const res = await s.app.octokit.rest.repos.createDispatchEvent({
      owner: s.owner,
      repo: s.repo,
      event_type: 'cutover-sealed',
      client_payload: { tag: 'cutover/r1' },
    });
    expect(res.status).toBe(204);
    expect(server().admin.dispatches(s.owner, s.repo)).toEqual([
      expect.objectContaining({
        event_type: 'cutover-sealed',
        client_payload: { tag: 'cutover/r1' },
        sender: 'cutover-app[bot]',
      }),
    ]);
  });

  it('reports CODEOWNERS errors', async () => {
    const s = await scenario(server(), { '.github/CODEOWNERS': '/services/ @acme/platform\n/x/ @ghost-user\n' });
    const res = await s.users.bob.octokit.rest.repos.codeownersErrors({ owner: s.owner, repo: s.repo });
    expect(res.data.errors).toEqual([
      expect.objectContaining({ line: 2, kind: 'Unknown owner', path: '.github/CODEOWNERS' }),
    ]);
  });

  it('serves attestations by subject digest', async () => {
    const s = await scenario(server());
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {},
      dsseEnvelope: {},
    };
    server().admin.addAttestation(s.owner, s.repo, { subjectDigest: 'sha256:abc', bundle });
    const res = await s.app.octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner: s.owner,
      repo: s.repo,
      subject_digest: 'sha256:abc',
    });
    expect(res.data.attestations?.[0]).toMatchObject({ bundle, bundle_url: expect.any(String) });
  });
});

describe('releases', () => {
  it('creates a release, uploads an asset through upload_url, and downloads it', async () => {
    const s = await scenario(server());
    const o = s.app.octokit;
    const release = await o.rest.repos.createRelease({ owner: s.owner, repo: s.repo, tag_name: 'v1.0.0', name: 'v1' });
    expect(release.data.upload_url.startsWith(server().uploadsUrl)).toBe(true);
    const bytes = Buffer.from('artifact bytes');
    const asset = await o.rest.repos.uploadReleaseAsset({
      owner: s.owner,
      repo: s.repo,
      release_id: release.data.id,
      name: 'bundle.tgz',
      url: release.data.upload_url,
      headers: { 'content-type': 'application/octet-stream' },
      data: bytes as unknown as string,
    });
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    expect(asset.data.digest).toBe(digest);
    const byTag = await o.rest.repos.getReleaseByTag({ owner: s.owner, repo: s.repo, tag: 'v1.0.0' });
    expect(byTag.data.assets.map((a) => a.name)).toEqual(['bundle.tgz']);
    const assets = await o.rest.repos.listReleaseAssets({ owner: s.owner, repo: s.repo, release_id: release.data.id });
    expect(assets.data).toHaveLength(1);
    const download = await o.rest.repos.getReleaseAsset({
      owner: s.owner,
      repo: s.repo,
      asset_id: asset.data.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer).toString()).toBe('artifact bytes');
    server().admin.setAssetDigest(s.owner, s.repo, asset.data.id, null);
    const old = await o.rest.repos.getReleaseAsset({ owner: s.owner, repo: s.repo, asset_id: asset.data.id });
    expect(old.data.digest).toBeNull();
    const bare = server().admin.repoPath(s.owner, s.repo);
    expect(await git(['--git-dir', bare, 'rev-parse', 'v1.0.0'])).toBe(s.base);
  });
});

describe('tags', () => {
  it('models signed, unsigned and invalid tags', async () => {
    const s = await scenario(server());
    const { admin } = server();
    const cases = [
      ['valid', true, 'valid'],
      ['unsigned', false, 'unsigned'],
      ['invalid', false, 'invalid'],
    ] as const;
    for (const [signature, verified, reason] of cases) {
      const sha = await admin.createTag({
        owner: s.owner,
        repo: s.repo,
        tag: `rc/${signature}`,
        target: 'main',
        signature,
      });
      const tag = await s.app.octokit.rest.git.getTag({ owner: s.owner, repo: s.repo, tag_sha: sha });
      expect(tag.data.verification).toMatchObject({ verified, reason });
      if (signature !== 'unsigned') expect(tag.data.verification?.signature).toMatch(/BEGIN PGP SIGNATURE/);
    }
  });

  it('enforces tag rules: only bypass identities create, move or delete protected tags', async () => {
    const s = await scenario(server());
    const { admin } = server();
    admin.addTagRule(s.owner, s.repo, { pattern: 'cutover/**', bypass: ['cutover-app[bot]'] });
    const human = s.users.bob.octokit.rest.git;
    const refused = await failure(
      human.createRef({ owner: s.owner, repo: s.repo, ref: 'refs/tags/cutover/a/b', sha: s.base }),
    );
    expect(refused).toMatchObject({
      status: 422,
      data: { message: 'Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n' },
    });
    await human.createRef({ owner: s.owner, repo: s.repo, ref: 'refs/tags/other', sha: s.base });
    await s.app.octokit.rest.git.createRef({ owner: s.owner, repo: s.repo, ref: 'refs/tags/cutover/a/b', sha: s.base });
    const next = await admin.pushCommit({ owner: s.owner, repo: s.repo, branch: 'main', files: { z: 'z' }, as: 'bob' });
    const moved = await failure(
      human.updateRef({ owner: s.owner, repo: s.repo, ref: 'tags/cutover/a/b', sha: next, force: true }),
    );
    expect((moved.data as { message: string }).message).toMatch(/Cannot update this protected ref/);
    const deleted = await failure(human.deleteRef({ owner: s.owner, repo: s.repo, ref: 'tags/cutover/a/b' }));
    expect((deleted.data as { message: string }).message).toMatch(/Cannot delete this protected ref/);
    await s.app.octokit.rest.git.deleteRef({ owner: s.owner, repo: s.repo, ref: 'tags/cutover/a/b' });
  });
});

describe('git over smart HTTP', () => {
  it('clones and fetches with real git', async () => {
    const s = await scenario(server());
    const dir = await mkdtemp(join(tmpdir(), 'clone-'));
    try {
      await git(['clone', '-q', server().admin.cloneUrl(s.owner, s.repo), join(dir, 'w')]);
      expect(await readFile(join(dir, 'w', 'deploy/prod.yaml'), 'utf8')).toBe('replicas: 1\n');
      const next = await server().admin.pushCommit({
        owner: s.owner,
        repo: s.repo,
        branch: 'main',
        files: { 'n.txt': 'n' },
        as: 'bob',
      });
      await git(['fetch', '-q', 'origin'], join(dir, 'w'));
      expect(await git(['rev-parse', 'origin/main'], join(dir, 'w'))).toBe(next);
      const { stdout } = await run('git', ['--git-dir', server().admin.repoPath(s.owner, s.repo), 'rev-parse', 'main']);
      expect(stdout.trim()).toBe(next);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('event payloads', () => {
  it('builds pull_request, pull_request_review and push payloads from REST JSON', async () => {
    const s = await scenario(server());
    const { admin } = server();
    await admin.pushCommit({
      owner: s.owner,
      repo: s.repo,
      branch: 'feat',
      files: { 'services/api.txt': 'v9' },
      as: 'alice',
    });
    const pr = await s.users.alice.octokit.rest.pulls.create({
      owner: s.owner,
      repo: s.repo,
      title: 't',
      head: 'feat',
      base: 'main',
    });
    await s.users.bob.octokit.rest.pulls.createReview({
      owner: s.owner,
      repo: s.repo,
      pull_number: pr.data.number,
      event: 'APPROVE',
    });
    const repo = `${s.owner}/${s.repo}`;
    const opened = await admin.eventPayload('pull_request', { repo, number: pr.data.number, action: 'opened' });
    expect(opened).toMatchObject({
      action: 'opened',
      number: pr.data.number,
      pull_request: { head: { sha: pr.data.head.sha } },
    });
    const review = await admin.eventPayload('pull_request_review', { repo, number: pr.data.number });
    expect(review).toMatchObject({ action: 'submitted', review: { state: 'APPROVED', user: { login: 'bob' } } });
    await admin.createTag({ owner: s.owner, repo: s.repo, tag: 'cutover/r1', target: 'main' });
    const push = await admin.eventPayload('push', { repo, ref: 'refs/tags/cutover/r1' });
    expect(push).toMatchObject({ ref: 'refs/tags/cutover/r1', created: true, repository: { full_name: repo } });
  });
});
