/** Helpers shared by route modules: who is acting, repository lookup, and person/diff JSON. */
import { authorizeRepo } from '../auth.js';
import type { ServerContext } from '../context.js';
import type { GitPerson, GitRepo } from '../git.js';
import { type ApiRequest, type ApiResponse, HttpError } from '../http.js';
import type { Permission, Repository } from '../state.js';

/** The acting login, or 401 when anonymous. */
export function actor(req: ApiRequest): string {
  if (!req.identity) throw new HttpError(401, 'Requires authentication');
  return req.identity.account.login;
}

/** The repository named by {owner}/{repo}, authorized at `level`. */
export function repoFor(ctx: ServerContext, req: ApiRequest, level: Permission): Repository {
  return authorizeRepo(ctx, req.identity, req.params.owner ?? '', req.params.repo ?? '', level);
}

/** The git identity of a login (bots use GitHub's noreply address). */
export function personOf(ctx: ServerContext, login: string): GitPerson {
  const account = ctx.state.account(login);
  if (!account) return { name: login, email: `${login}@users.noreply.github.com` };
  return { name: account.name, email: account.email };
}

/** The empty tree's id (diffs of root commits). */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** One changed file between two trees. */
export interface DiffFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  sha: string;
  additions: number;
  deletions: number;
  changes: number;
}

const STATUS: Record<string, DiffFile['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** Changed files between two revisions (no rename detection). */
export async function diffFiles(git: GitRepo, from: string, to: string): Promise<DiffFile[]> {
  const files = await git.cached(`diff:${from}:${to}`, () => computeDiff(git, from, to));
  return files.map((f) => ({ ...f }));
}

async function computeDiff(git: GitRepo, from: string, to: string): Promise<DiffFile[]> {
  const raw = (await git.run(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', from, to])).stdout.toString('utf8');
  const parts = raw.split('\0');
  const files: DiffFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = (parts[i] ?? '').split(' ');
    const filename = parts[i + 1] ?? '';
    if (!filename) continue;
    const letter = (meta[4] ?? 'M').charAt(0);
    const newSha = meta[3] ?? '';
    files.push({
      filename,
      status: STATUS[letter] ?? 'modified',
      sha: /^0+$/.test(newSha) ? (meta[2] ?? newSha) : newSha,
      additions: 0,
      deletions: 0,
      changes: 0,
    });
  }
  const numstat = (await git.run(['diff', '--numstat', '-z', '--no-renames', from, to])).stdout.toString('utf8');
  const byName = new Map(files.map((f) => [f.filename, f]));
  for (const record of numstat.split('\0')) {
    const [added = '0', deleted = '0', name = ''] = record.split('\t');
    const file = byName.get(name);
    if (!file) continue;
    file.additions = added === '-' ? 0 : Number(added);
    file.deletions = deleted === '-' ? 0 : Number(deleted);
    file.changes = file.additions + file.deletions;
  }
  return files;
}

/** Splits base64 into 60-char lines like GitHub's blob/content responses. */
export function base64Lines(data: Buffer): string {
  const b64 = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 60) lines.push(b64.slice(i, i + 60));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** One page of a list (per_page <= 100, default 30) with GitHub's Link header so octokit.paginate follows it. */
export function pageOf<T>(
  ctx: ServerContext,
  req: ApiRequest,
  items: T[],
  map: (item: T) => unknown = (i) => i,
): ApiResponse {
  const perPage = Math.min(100, Math.max(1, Number(req.query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(req.query.page ?? 1) || 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  const last = Math.max(1, Math.ceil(items.length / perPage));
  if (page < last) {
    const link = (n: number): string => {
      const query = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(n) });
      return `${ctx.apiUrl}${encodeURI(req.path)}?${query.toString()}`;
    };
    headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
  }
  return { status: 200, body: slice.map(map), headers };
}
