/** Repository routes: repo, contents, commits, compare, commit->pulls, dispatches, CODEOWNERS errors, attestations. */
import { tokenPermission } from '../auth.js';
import { parseCodeowners } from '../codeowners.js';
import { accountForEmail, commitJson, commitsJson } from '../commits.js';
import type { ServerContext } from '../context.js';
import { bodyObject, HttpError, json, notFound, type Route, requireStr } from '../http.js';
import { listTree, readCommit } from '../objects.js';
import { codeownersAt } from '../rules.js';
import { repoApi, repoHtml, repoJson } from '../shapes.js';
import { isoNow, permissionRank, type Repository } from '../state.js';
import { actor, base64Lines, diffFiles, pageOf, repoFor } from './common.js';
import { prJson } from './pulls.js';

async function resolveCommitish(repo: Repository, ref: string): Promise<string | undefined> {
  for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const sha = await repo.git.resolve(`${candidate}^{commit}`);
    if (sha) return sha;
  }
  return undefined;
}

/** Compare without paging parameters lists at most this many commits (the most recent ones). */
export const MAX_COMPARE_COMMITS = 250;
/** Compare lists at most this many changed files. */
export const MAX_COMPARE_FILES = 300;
/** repos/get-commit pages a commit's files "up to a limit of 3000 files". */
export const MAX_COMMIT_FILES = 3000;

/** Repository routes. */
export function repoRoutes(ctx: ServerContext): Route[] {
  const base = '/repos/{owner}/{repo}';
  return [
    {
      method: 'GET',
      template: base,
      operationId: 'repos/get',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const permission = req.identity ? tokenPermission(ctx, req.identity, repo) : undefined;
        const rank = permission ? permissionRank[permission] : 0;
        return json(200, {
          ...repoJson(ctx, repo),
          permissions: {
            admin: rank >= 3,
            maintain: rank >= 3,
            push: rank >= 2,
            triage: rank >= 2,
            pull: rank >= 1 || !repo.private,
          },
        });
      },
    },
    {
      method: 'GET',
      template: `${base}/branches/{branch}`,
      operationId: 'repos/get-branch',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const name = req.params.branch ?? '';
        const sha = await repo.git.resolve(`refs/heads/${name}`);
        const commit = sha ? await readCommit(repo.git, sha) : undefined;
        if (!commit) throw new HttpError(404, 'Branch not found');
        const api = repoApi(ctx, repo);
        const rules = repo.branchRules.get(name);
        return json(200, {
          name,
          commit: await commitJson(ctx, repo, commit, false),
          _links: { self: `${api}/branches/${name}`, html: `${repoHtml(ctx, repo)}/tree/${name}` },
          protected: rules !== undefined,
          protection: {
            enabled: rules !== undefined,
            required_status_checks: {
              enforcement_level: rules?.requiredChecks?.length ? 'everyone' : 'off',
              contexts: (rules?.requiredChecks ?? []).map((c) => c.context),
              checks: (rules?.requiredChecks ?? []).map((c) => ({ context: c.context, app_id: c.appId ?? null })),
            },
          },
          protection_url: `${api}/branches/${name}/protection`,
        });
      },
    },
    {
      method: 'GET',
      template: `${base}/contents/{path}`,
      operationId: 'repos/get-content',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const ref = req.query.ref ?? repo.defaultBranch;
        const commit = await resolveCommitish(repo, ref);
        if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
        const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
        const api = repoApi(ctx, repo);
        const html = repoHtml(ctx, repo);
        const entryJson = (e: {
          type: string;
          sha: string;
          size: number | undefined;
          path: string;
        }): Record<string, unknown> => {
          const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file';
          const self = `${api}/contents/${encodeURI(e.path)}?ref=${encodeURIComponent(ref)}`;
          const gitUrl = `${api}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`;
          const htmlUrl = `${html}/${type === 'dir' ? 'tree' : 'blob'}/${encodeURI(ref)}/${encodeURI(e.path)}`;
          return {
            type,
            size: e.size ?? 0,
            name: e.path.split('/').pop() ?? e.path,
            path: e.path,
            sha: e.sha,
            url: self,
            git_url: gitUrl,
            html_url: htmlUrl,
            download_url: type === 'file' ? `${html}/raw/${encodeURI(ref)}/${encodeURI(e.path)}` : null,
            _links: { self, git: gitUrl, html: htmlUrl },
          };
        };
        const entries = await listTree(repo.git, commit, false);
        const found = (await repo.git.run(['ls-tree', '-l', commit, '--', path])).stdout.toString('utf8').trim();
        const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(\S+)\t(.*)$/.exec(found);
        if (!m || !entries) throw notFound();
        const entry = {
          type: m[2] ?? 'blob',
          sha: m[3] ?? '',
          size: m[4] === '-' ? undefined : Number(m[4]),
          path: m[5] ?? path,
        };
        if (entry.type === 'tree') {
          const children = (await listTree(repo.git, entry.sha, false)) ?? [];
          return json(
            200,
            children.map((c) => entryJson({ ...c, path: `${path}/${c.path}` })),
          );
        }
        const data = await repo.git.catFile('blob', entry.sha);
        // As GitHub: the raw media type serves files up to 100 MB as they are; JSON carries content up to 1 MB.
        if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept ?? ''))) {
          if (data.length > 100 * 1024 * 1024)
            throw new HttpError(403, 'This API returns blobs up to 100 MB in size.', {
              errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
            });
          return { status: 200, raw: data, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
        }
        if (data.length > 1024 * 1024) {
          throw new HttpError(
            403,
            'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
            { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] },
          );
        }
        return json(200, { ...entryJson(entry), content: base64Lines(data), encoding: 'base64' });
      },
    },
    {
      method: 'GET',
      template: `${base}/commits`,
      operationId: 'repos/list-commits',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const start = req.query.sha ?? repo.defaultBranch;
        const tip = await resolveCommitish(repo, start);
        if (!tip) throw notFound();
        // Newest first, like `git log`; path, since and until filter as GitHub's parameters do.
        const args = ['rev-list', '--topo-order', tip];
        if (req.query.since) args.push(`--since=${req.query.since}`);
        if (req.query.until) args.push(`--until=${req.query.until}`);
        if (req.query.path) args.push('--', req.query.path);
        let shas = (await repo.git.text(args)).split('\n').filter(Boolean);
        const who = req.query.author;
        if (who !== undefined) {
          const kept: string[] = [];
          for (const sha of shas) {
            const c = await readCommit(repo.git, sha);
            const email = c?.author.email.toLowerCase() ?? '';
            if (email === who.toLowerCase() || accountForEmail(ctx, email)?.toLowerCase() === who.toLowerCase())
              kept.push(sha);
          }
          shas = kept;
        }
        const page = pageOf(ctx, req, shas);
        return { ...page, body: await commitsJson(ctx, repo, page.body as string[]) };
      },
    },
    {
      method: 'GET',
      template: `${base}/commits/{ref}`,
      operationId: 'repos/get-commit',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const sha = await resolveCommitish(repo, req.params.ref ?? '');
        const commit = sha ? await readCommit(repo.git, sha) : undefined;
        if (!commit) throw new HttpError(422, `No commit found for SHA: ${req.params.ref ?? ''}`);
        // GitHub: over 300 changed files, the file list is paged (Link headers) up to 3000 files; each page repeats
        // the commit. per_page/page page the files.
        const body = await commitJson(ctx, repo, commit, true);
        const files = (Array.isArray(body.files) ? body.files : []).slice(0, MAX_COMMIT_FILES);
        const paged = req.query.per_page !== undefined || req.query.page !== undefined;
        const perPage = paged ? Math.min(100, Math.max(1, Number(req.query.per_page ?? 30) || 30)) : 300;
        const page = Math.max(1, Number(req.query.page ?? 1) || 1);
        body.files = files.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(files.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const link = (n: number): string => {
            const query = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(n) });
            return `${ctx.apiUrl}${encodeURI(req.path)}?${query.toString()}`;
          };
          headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
        }
        return { status: 200, body, headers };
      },
    },
    {
      method: 'GET',
      template: `${base}/commits/{commit_sha}/pulls`,
      operationId: 'repos/list-pull-requests-associated-with-commit',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const sha = await resolveCommitish(repo, req.params.commit_sha ?? '');
        if (!sha) throw new HttpError(422, `No commit found for SHA: ${req.params.commit_sha ?? ''}`);
        const pulls = repo.pulls.filter(
          (p) => p.mergeCommitSha === sha || p.headSha === sha || p.commitShas.includes(sha),
        );
        return json(200, await Promise.all(pulls.map((p) => prJson(ctx, repo, p))));
      },
    },
    {
      method: 'GET',
      template: `${base}/compare/{basehead}`,
      operationId: 'repos/compare-commits-with-basehead',
      greedy: true,
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const [left = '', right = ''] = (req.params.basehead ?? '').split('...');
        const baseSha = await resolveCommitish(repo, left);
        const headSha = await resolveCommitish(repo, right);
        if (!baseSha || !headSha) throw notFound();
        const mergeBase = (await repo.git.run(['merge-base', baseSha, headSha], { okCodes: [1] })).stdout
          .toString('utf8')
          .trim();
        const counts = (await repo.git.text(['rev-list', '--left-right', '--count', `${baseSha}...${headSha}`])).split(
          /\s+/,
        );
        const behind = Number(counts[0] ?? 0);
        const ahead = Number(counts[1] ?? 0);
        const shas = (await repo.git.text(['rev-list', '--reverse', '--topo-order', `${baseSha}..${headSha}`]))
          .split('\n')
          .filter(Boolean);
        // GitHub: without per_page/page at most 250 commits, the last being the most recent of the comparison;
        // with either, one page (oldest first) and a Link header; files only on page 1, at most 300.
        const paged = req.query.per_page !== undefined || req.query.page !== undefined;
        const page = paged ? pageOf(ctx, req, shas) : undefined;
        const pageNumber = Math.max(1, Number(req.query.page ?? 1) || 1);
        const listed = page ? (page.body as string[]) : shas.slice(-MAX_COMPARE_COMMITS);
        const commits = await commitsJson(ctx, repo, listed);
        const baseCommit = await readCommit(repo.git, baseSha);
        const mbCommit = mergeBase ? await readCommit(repo.git, mergeBase) : undefined;
        if (!baseCommit) throw notFound();
        const files = (await diffFiles(repo.git, mergeBase || baseSha, headSha)).slice(0, MAX_COMPARE_FILES);
        const html = repoHtml(ctx, repo);
        const status =
          ahead === 0 && behind === 0 ? 'identical' : behind === 0 ? 'ahead' : ahead === 0 ? 'behind' : 'diverged';
        const body: Record<string, unknown> = {
          url: `${repoApi(ctx, repo)}/compare/${left}...${right}`,
          html_url: `${html}/compare/${left}...${right}`,
          permalink_url: `${html}/compare/${baseSha}...${headSha}`,
          diff_url: `${html}/compare/${left}...${right}.diff`,
          patch_url: `${html}/compare/${left}...${right}.patch`,
          base_commit: await commitJson(ctx, repo, baseCommit, false),
          merge_base_commit: await commitJson(ctx, repo, mbCommit ?? baseCommit, false),
          status,
          ahead_by: ahead,
          behind_by: behind,
          total_commits: shas.length,
          commits,
        };
        if (pageNumber === 1 || !paged) {
          body.files = files.map((f) => ({
            ...f,
            blob_url: `${html}/blob/${headSha}/${encodeURI(f.filename)}`,
            raw_url: `${html}/raw/${headSha}/${encodeURI(f.filename)}`,
            contents_url: `${repoApi(ctx, repo)}/contents/${encodeURI(f.filename)}?ref=${headSha}`,
          }));
        }
        return { status: 200, body, headers: page?.headers ?? {} };
      },
    },
    {
      method: 'POST',
      template: `${base}/dispatches`,
      operationId: 'repos/create-dispatch-event',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'write');
        const body = bodyObject(req);
        const payload = body.client_payload;
        repo.dispatches.push({
          event_type: requireStr(body, 'event_type'),
          client_payload: typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {},
          sender: actor(req),
          at: isoNow(),
        });
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      template: `${base}/codeowners/errors`,
      operationId: 'repos/codeowners-errors',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const sha = await resolveCommitish(repo, req.query.ref ?? repo.defaultBranch);
        const file = sha ? await codeownersAt(repo.git, sha) : undefined;
        if (!file) throw notFound();
        const parsed = parseCodeowners(file.text);
        const errors: Record<string, unknown>[] = parsed.errors.map((e) => ({ ...e, path: file.path }));
        for (const rule of parsed.rules) {
          for (const owner of rule.owners) {
            if (!owner.startsWith('@')) continue;
            const name = owner.slice(1);
            const slash = name.indexOf('/');
            const known =
              slash === -1 ? ctx.state.account(name) : ctx.state.team(name.slice(0, slash), name.slice(slash + 1));
            if (known) continue;
            const source = file.text.split(/\r?\n/)[rule.line - 1] ?? '';
            errors.push({
              line: rule.line,
              column: source.indexOf(owner) + 1,
              kind: 'Unknown owner',
              source,
              suggestion: null,
              message: `Unknown owner on line ${rule.line}: make sure ${owner} exists and has write access to the repository`,
              path: file.path,
            });
          }
        }
        return json(200, { errors });
      },
    },
    {
      method: 'GET',
      template: `${base}/attestations/{subject_digest}`,
      operationId: 'repos/list-attestations',
      handler: async (req) => {
        const repo = repoFor(ctx, req, 'read');
        const digest = req.params.subject_digest ?? '';
        const found = repo.attestations.filter((a) => a.subjectDigest === digest);
        if (!found.length) throw notFound();
        return json(200, {
          attestations: found.map((a) => ({
            bundle: a.bundle,
            repository_id: repo.id,
            bundle_url: `${repoApi(ctx, repo)}/attestations/bundles/${a.id}`,
          })),
        });
      },
    },
  ];
}
