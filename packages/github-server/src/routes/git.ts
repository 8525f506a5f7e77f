/** Git Data API routes: blobs, trees, commits, refs and annotated tags, backed by the bare repository. */

import { signAsGitHub, withSignature } from '../commits.js';
import type { ServerContext } from '../context.js';
import { personEnv } from '../git.js';
import { type ApiRequest, bodyObject, HttpError, json, notFound, type Route, requireStr, str } from '../http.js';
import {
  buildTree,
  commitTree,
  gitCommitJson,
  gitTagJson,
  listTree,
  readCommit,
  readTag,
  type TreeChange,
} from '../objects.js';
import { deleteRef, writeRef } from '../refs.js';
import { refJson, repoApi } from '../shapes.js';
import { isoNow, type Repository } from '../state.js';
import { actor, base64Lines, personOf, repoFor } from './common.js';

const SHA = /^[0-9a-f]{40}$/;

function fullRef(ref: string): string {
  const clean = ref.replace(/^\/+/, '');
  return clean.startsWith('refs/') ? clean : `refs/${clean}`;
}

async function refBody(
  ctx: ServerContext,
  repo: Repository,
  ref: string,
): Promise<Record<string, unknown> | undefined> {
  const sha = await repo.git.resolve(ref);
  if (!sha) return undefined;
  const type = (await repo.git.objectType(sha)) ?? 'commit';
  return refJson(ctx, repo, { ref, sha, type });
}

async function treeJson(
  ctx: ServerContext,
  repo: Repository,
  treeish: string,
  recursive: boolean,
): Promise<Record<string, unknown>> {
  const entries = await listTree(repo.git, treeish, recursive);
  if (!entries) throw notFound();
  const sha = treeish.includes(':')
    ? await repo.git.text(['rev-parse', treeish])
    : await repo.git.text(['rev-parse', `${treeish}^{tree}`]);
  const api = repoApi(ctx, repo);
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
      url: `${api}/git/${e.type === 'tree' ? 'trees' : e.type === 'blob' ? 'blobs' : 'commits'}/${e.sha}`,
    })),
  };
}

function parsePersonInput(value: unknown): { name: string; email: string; date?: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const obj = value as Record<string, unknown>;
  const name = str(obj, 'name');
  const email = str(obj, 'email');
  if (name === undefined || email === undefined)
    throw new HttpError(422, 'Invalid request.\n\nauthor/committer requires name and email.');
  const date = str(obj, 'date');
  return date ? { name, email, date } : { name, email };
}

/** Git Data routes. */
export function gitRoutes(ctx: ServerContext): Route[] {
  const base = '/repos/{owner}/{repo}/git';
  return [
    {
      method: 'POST',
      template: `${base}/blobs`,
      operationId: 'git/create-blob',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const content = requireStr(body, 'content');
        const encoding = str(body, 'encoding') ?? 'utf-8';
        if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
          throw new HttpError(422, `encoding must be either utf-8 or base64`);
        }
        const sha = await repo.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
        return json(201, { sha, url: `${repoApi(ctx, repo)}/git/blobs/${sha}` });
      },
    },
    {
      method: 'GET',
      template: `${base}/blobs/{file_sha}`,
      operationId: 'git/get-blob',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const sha = req.params.file_sha ?? '';
        if ((await repo.git.objectType(sha)) !== 'blob') throw notFound();
        const data = await repo.git.catFile('blob', sha);
        const full = await repo.git.text(['rev-parse', sha]);
        return json(200, {
          sha: full,
          node_id: Buffer.from(`Blob:${full}`).toString('base64'),
          size: data.length,
          url: `${repoApi(ctx, repo)}/git/blobs/${full}`,
          content: base64Lines(data),
          encoding: 'base64',
        });
      },
    },
    {
      method: 'POST',
      template: `${base}/trees`,
      operationId: 'git/create-tree',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const baseTree = str(body, 'base_tree');
        if (baseTree !== undefined) {
          const type = await repo.git.objectType(baseTree);
          if (type !== 'tree' && type !== 'commit') throw new HttpError(422, 'base_tree is not a valid tree oid');
        }
        const entries = Array.isArray(body.tree) ? body.tree : [];
        const changes: TreeChange[] = [];
        const inline: { index: number; content: Buffer }[] = [];
        for (const raw of entries) {
          const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
          const path = str(entry, 'path') ?? '';
          const mode = str(entry, 'mode') ?? '100644';
          const type = (str(entry, 'type') ?? 'blob') as TreeChange['type'];
          const content = str(entry, 'content');
          let sha: string | null;
          if (content !== undefined) {
            inline.push({ index: changes.length, content: Buffer.from(content, 'utf8') });
            sha = '';
          } else if (entry.sha === null) sha = null;
          else {
            sha = str(entry, 'sha') ?? '';
            if (!SHA.test(sha) || !(await repo.git.objectType(sha))) {
              throw new HttpError(422, `tree.sha ${sha} is not a valid ${type}`);
            }
          }
          changes.push({ path, mode, type, sha });
        }
        const written = await repo.git.writeBlobs(inline.map((i) => i.content));
        inline.forEach((item, i) => {
          const change = changes[item.index];
          if (change) change.sha = written[i] ?? null;
        });
        const sha = await buildTree(ctx, repo.git, baseTree, changes);
        return json(201, await treeJson(ctx, repo, sha, false));
      },
    },
    {
      method: 'GET',
      template: `${base}/trees/{tree_sha}`,
      operationId: 'git/get-tree',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const recursive =
          req.query.recursive !== undefined && req.query.recursive !== '' && req.query.recursive !== '0';
        const treeish = req.params.tree_sha ?? '';
        // `{sha}:{path}` names a subtree; `^{tree}` would be read as part of the path there.
        const candidate = await repo.git.resolve(treeish.includes(':') ? treeish : `${treeish}^{tree}`);
        const resolved = candidate && (await repo.git.objectType(candidate)) === 'tree' ? candidate : undefined;
        if (!resolved) throw notFound();
        return json(200, await treeJson(ctx, repo, resolved, recursive));
      },
    },
    {
      method: 'POST',
      template: `${base}/commits`,
      operationId: 'git/create-commit',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const login = actor(req);
        const body = bodyObject(req);
        const message = requireStr(body, 'message');
        const tree = requireStr(body, 'tree');
        if ((await repo.git.objectType(tree)) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
        const parents = Array.isArray(body.parents)
          ? body.parents.filter((p): p is string => typeof p === 'string')
          : [];
        for (const parent of parents) {
          if ((await repo.git.objectType(parent)) !== 'commit')
            throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
        }
        const customAuthor = parsePersonInput(body.author);
        const customCommitter = parsePersonInput(body.committer);
        const author = customAuthor ?? { ...personOf(ctx, login), date: isoNow() };
        // GitHub: the committer defaults to the author (the custom one when given, else the caller).
        const committer = customCommitter ?? (customAuthor ? author : personOf(ctx, login));
        const unsigned = await commitTree(repo.git, tree, parents, message, author, committer);
        // GitHub signs what an App's installation token creates through the API with NEITHER a custom author NOR a
        // custom committer ("Signature verification for bots"); anything else, and user tokens, stay unsigned.
        // A caller's own `signature` goes into the commit as is (GitHub then verifies it against the signer's
        // registered keys; the server knows none, so it is served as unknown_key) and GitHub does not sign.
        const custom = str(body, 'signature');
        const signs = req.identity?.token.appId !== undefined && !customAuthor && !customCommitter && !custom;
        const sha = custom
          ? await withSignature(repo, unsigned, custom)
          : signs
            ? await signAsGitHub(repo, unsigned)
            : unsigned;
        const commit = await readCommit(repo.git, sha);
        if (!commit) throw new HttpError(500, 'commit vanished');
        return json(201, gitCommitJson(ctx, repo, commit));
      },
    },
    {
      method: 'GET',
      template: `${base}/commits/{commit_sha}`,
      operationId: 'git/get-commit',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const commit = await readCommit(repo.git, req.params.commit_sha ?? '');
        if (!commit) throw notFound();
        return json(200, gitCommitJson(ctx, repo, commit));
      },
    },
    {
      method: 'GET',
      template: `${base}/ref/{ref}`,
      operationId: 'git/get-ref',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const body = await refBody(ctx, repo, fullRef(req.params.ref ?? ''));
        if (!body) throw notFound();
        return json(200, body);
      },
    },
    {
      method: 'GET',
      template: `${base}/matching-refs/{ref}`,
      operationId: 'git/list-matching-refs',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const prefix = fullRef(req.params.ref ?? '');
        const refs = (await repo.git.listRefs('refs/')).filter((r) => r.ref.startsWith(prefix));
        return json(
          200,
          refs.map((r) => refJson(ctx, repo, r)),
        );
      },
    },
    {
      method: 'POST',
      template: `${base}/refs`,
      operationId: 'git/create-ref',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const ref = requireStr(body, 'ref');
        const sha = requireStr(body, 'sha');
        if (!/^refs\/[^/]+\/.+/.test(ref)) throw new HttpError(422, 'Reference name is invalid');
        await writeRef(ctx, repo, { ref, sha, actor: actor(req), mode: 'create' });
        return json(201, await refBody(ctx, repo, ref));
      },
    },
    {
      method: 'PATCH',
      template: `${base}/refs/{ref}`,
      operationId: 'git/update-ref',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const ref = fullRef(req.params.ref ?? '');
        const sha = requireStr(body, 'sha');
        await writeRef(ctx, repo, { ref, sha, actor: actor(req), mode: 'update', force: body.force === true });
        return json(200, await refBody(ctx, repo, ref));
      },
    },
    {
      method: 'DELETE',
      template: `${base}/refs/{ref}`,
      operationId: 'git/delete-ref',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        await deleteRef(ctx, repo, fullRef(req.params.ref ?? ''), actor(req));
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      template: `${base}/tags`,
      operationId: 'git/create-tag',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const sha = await createTagObject(repo, {
          tag: requireStr(body, 'tag'),
          message: requireStr(body, 'message'),
          object: requireStr(body, 'object'),
          type: requireStr(body, 'type'),
          tagger: parsePersonInput(body.tagger) ?? { ...personOf(ctx, actor(req)), date: isoNow() },
        });
        const tag = await readTag(repo.git, sha);
        if (!tag) throw new HttpError(500, 'tag vanished');
        return json(201, gitTagJson(ctx, repo, tag));
      },
    },
    {
      method: 'GET',
      template: `${base}/tags/{tag_sha}`,
      operationId: 'git/get-tag',
      handler: async (req: ApiRequest) => {
        const repo = repoFor(ctx, req, 'read');
        const tag = await readTag(repo.git, req.params.tag_sha ?? '');
        if (!tag) throw notFound();
        return json(200, gitTagJson(ctx, repo, tag));
      },
    },
  ];
}

/** Writes an annotated tag object (optionally with a signature block appended to the message). */
export async function createTagObject(
  repo: Repository,
  input: {
    tag: string;
    message: string;
    object: string;
    type: string;
    tagger: { name: string; email: string; date?: string };
    signature?: string;
  },
): Promise<string> {
  const actual = await repo.git.objectType(input.object);
  if (!actual) throw new HttpError(422, 'Object does not exist');
  if (actual !== input.type) throw new HttpError(422, `Object is a ${actual}, not a ${input.type}`);
  const object = await repo.git.text(['rev-parse', input.object]);
  const when = Math.floor((input.tagger.date ? Date.parse(input.tagger.date) : Date.now()) / 1000);
  const message = input.message.endsWith('\n') ? input.message : `${input.message}\n`;
  const content = `object ${object}\ntype ${input.type}\ntag ${input.tag}\ntagger ${input.tagger.name} <${input.tagger.email}> ${when} +0000\n\n${message}${input.signature ?? ''}`;
  return repo.git.text(['mktag'], { input: content, env: personEnv(input.tagger) });
}
