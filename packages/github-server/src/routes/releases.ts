/** Release routes: create, get by id/tag, list, assets (upload via upload_url, JSON or bytes download). */
import { createHash } from 'node:crypto';
import type { ServerContext } from '../context.js';
import {
  type ApiRequest,
  bodyObject,
  HttpError,
  intParam,
  json,
  notFound,
  type Route,
  requireStr,
  str,
  unprocessable,
} from '../http.js';
import { writeRef } from '../refs.js';
import { nodeId, repoApi, repoHtml, userJson } from '../shapes.js';
import { type Asset, isoNow, type Release, type Repository } from '../state.js';
import { actor, repoFor } from './common.js';

/** Browser download URL of an asset (served by this server). */
export function assetDownloadUrl(ctx: ServerContext, repo: Repository, release: Release, asset: Asset): string {
  return `${repoHtml(ctx, repo)}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`;
}

/** release-asset JSON. */
export function assetJson(
  ctx: ServerContext,
  repo: Repository,
  release: Release,
  asset: Asset,
): Record<string, unknown> {
  return {
    url: `${repoApi(ctx, repo)}/releases/assets/${asset.id}`,
    browser_download_url: assetDownloadUrl(ctx, repo, release, asset),
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.data.length,
    digest: asset.digest,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.createdAt,
    uploader: userJson(ctx, asset.uploader),
  };
}

/** release JSON. */
export function releaseJson(ctx: ServerContext, repo: Repository, release: Release): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  return {
    url: `${api}/releases/${release.id}`,
    html_url: `${repoHtml(ctx, repo)}/releases/tag/${release.tagName}`,
    assets_url: `${api}/releases/${release.id}/assets`,
    upload_url: `${ctx.uploadsUrl}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${release.tagName}`,
    zipball_url: `${api}/zipball/${release.tagName}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    author: userJson(ctx, release.author),
    assets: release.assets.map((a) => assetJson(ctx, repo, release, a)),
  };
}

/** Bytes of an asset for the browser download URL, if it exists. */
export function downloadAsset(
  ctx: ServerContext,
  owner: string,
  name: string,
  tag: string,
  file: string,
): Buffer | undefined {
  const repo = ctx.state.repo(owner, name);
  const release = repo?.releases.find((r) => r.tagName === tag);
  return release?.assets.find((a) => a.name === file)?.data;
}

function findRelease(repo: Repository, req: ApiRequest): Release {
  const release = repo.releases.find((r) => r.id === intParam(req, 'release_id'));
  if (!release) throw notFound();
  return release;
}

/** Release routes. */
export function releaseRoutes(ctx: ServerContext): Route[] {
  const base = '/repos/{owner}/{repo}/releases';
  return [
    {
      method: 'POST',
      template: base,
      operationId: 'repos/create-release',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const login = actor(req);
        const body = bodyObject(req);
        const tagName = requireStr(body, 'tag_name');
        if (repo.releases.some((r) => r.tagName === tagName)) {
          throw unprocessable('Validation Failed', [
            { resource: 'Release', code: 'already_exists', field: 'tag_name' },
          ]);
        }
        const target = str(body, 'target_commitish') ?? repo.defaultBranch;
        const draft = body.draft === true;
        if (!draft && !(await repo.git.resolve(`refs/tags/${tagName}`))) {
          const sha =
            (await repo.git.resolve(`refs/heads/${target}`)) ?? (await repo.git.resolve(`${target}^{commit}`));
          if (!sha)
            throw unprocessable('Validation Failed', [
              { resource: 'Release', code: 'invalid', field: 'target_commitish' },
            ]);
          try {
            await writeRef(ctx, repo, { ref: `refs/tags/${tagName}`, sha, actor: login, mode: 'create' });
          } catch (error) {
            if (error instanceof HttpError) {
              throw unprocessable('Validation Failed', [
                { resource: 'Release', code: 'custom', field: 'pre_receive', message: `pre_receive ${error.message}` },
                { resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' },
              ]);
            }
            throw error;
          }
        }
        const now = isoNow();
        const release: Release = {
          id: ctx.state.nextId('release', 200000),
          tagName,
          targetCommitish: target,
          name: str(body, 'name') ?? null,
          body: str(body, 'body') ?? null,
          draft,
          prerelease: body.prerelease === true,
          author: login,
          createdAt: now,
          publishedAt: draft ? null : now,
          assets: [],
        };
        repo.releases.push(release);
        return json(201, releaseJson(ctx, repo, release));
      },
    },
    {
      method: 'GET',
      template: base,
      operationId: 'repos/list-releases',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        return json(
          200,
          [...repo.releases].reverse().map((r) => releaseJson(ctx, repo, r)),
        );
      },
    },
    {
      method: 'GET',
      template: `${base}/tags/{tag}`,
      operationId: 'repos/get-release-by-tag',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const release = repo.releases.find((r) => r.tagName === req.params.tag && !r.draft);
        if (!release) throw notFound();
        return json(200, releaseJson(ctx, repo, release));
      },
    },
    {
      method: 'GET',
      template: `${base}/{release_id}`,
      operationId: 'repos/get-release',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        return json(200, releaseJson(ctx, repo, findRelease(repo, req)));
      },
    },
    {
      method: 'GET',
      template: `${base}/{release_id}/assets`,
      operationId: 'repos/list-release-assets',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const release = findRelease(repo, req);
        return json(
          200,
          release.assets.map((a) => assetJson(ctx, repo, release, a)),
        );
      },
    },
    {
      method: 'POST',
      template: `${base}/{release_id}/assets`,
      operationId: 'repos/upload-release-asset',
      rawBody: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const release = findRelease(repo, req);
        const name = req.query.name;
        if (!name)
          throw unprocessable('Validation Failed', [
            { resource: 'ReleaseAsset', code: 'missing_field', field: 'name' },
          ]);
        if (release.assets.some((a) => a.name === name)) {
          throw unprocessable('Validation Failed', [
            { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' },
          ]);
        }
        const contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
        const asset: Asset = {
          id: ctx.state.nextId('asset', 300000),
          name,
          label: req.query.label ?? null,
          contentType,
          data: req.raw,
          digest: `sha256:${createHash('sha256').update(req.raw).digest('hex')}`,
          uploader: actor(req),
          createdAt: isoNow(),
        };
        release.assets.push(asset);
        return json(201, assetJson(ctx, repo, release, asset));
      },
    },
    {
      method: 'GET',
      template: `${base}/assets/{asset_id}`,
      operationId: 'repos/get-release-asset',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const id = intParam(req, 'asset_id');
        for (const release of repo.releases) {
          const asset = release.assets.find((a) => a.id === id);
          if (!asset) continue;
          if (String(req.headers.accept ?? '').includes('application/octet-stream')) {
            return { status: 302, headers: { location: assetDownloadUrl(ctx, repo, release, asset) } };
          }
          return json(200, assetJson(ctx, repo, release, asset));
        }
        throw notFound();
      },
    },
  ];
}
