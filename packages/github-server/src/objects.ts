/** Git object plumbing used by the Git Data routes and merges: parse commits/tags, build trees, replay commits. */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerContext } from './context.js';
import { type GitPerson, type GitRepo, personEnv } from './git.js';
import { HttpError } from './http.js';
import { nodeId, repoApi, repoHtml, unsignedVerification } from './shapes.js';
import type { Repository, Verification } from './state.js';

/** A parsed identity line (author/committer/tagger). */
export interface PersonLine {
  name: string;
  email: string;
  date: string;
}

/** A parsed commit object. */
export interface ParsedCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: PersonLine;
  committer: PersonLine;
  message: string;
  /** The `gpgsig` header (an armored signature) and the signed payload (the object without it), when present. */
  gpgsig?: { signature: string; payload: string };
}

/** A parsed annotated tag object. */
export interface ParsedTag {
  sha: string;
  object: string;
  type: string;
  tag: string;
  tagger: PersonLine;
  message: string;
}

function parsePerson(value: string): PersonLine {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!m) return { name: value, email: '', date: new Date(0).toISOString() };
  const seconds = Number(m[3]);
  return { name: m[1] ?? '', email: m[2] ?? '', date: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') };
}

function splitObject(raw: string): { headers: [string, string][]; message: string } {
  const end = raw.indexOf('\n\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const message = end === -1 ? '' : raw.slice(end + 2);
  const headers: [string, string][] = [];
  for (const line of head.split('\n')) {
    if (line.startsWith(' ')) {
      const last = headers[headers.length - 1];
      if (last) last[1] += `\n${line.slice(1)}`;
      continue;
    }
    const space = line.indexOf(' ');
    headers.push([line.slice(0, space), line.slice(space + 1)]);
  }
  return { headers, message };
}

/** Reads and parses a commit, or undefined when `sha` is not a commit. */
export async function readCommit(git: GitRepo, sha: string): Promise<ParsedCommit | undefined> {
  if (/^[0-9a-f]{40}$/.test(sha)) return git.cached(`commit:${sha}`, () => parseCommitObject(git, sha));
  return parseCommitObject(git, sha);
}

async function parseCommitObject(git: GitRepo, sha: string): Promise<ParsedCommit | undefined> {
  if ((await git.objectType(sha)) !== 'commit') return undefined;
  const full = await git.text(['rev-parse', sha]);
  return parseCommitText(full, (await git.catFile('commit', full)).toString('utf8'));
}

function parseCommitText(sha: string, raw: string): ParsedCommit {
  const { headers, message } = splitObject(raw);
  const get = (k: string): string => headers.find(([key]) => key === k)?.[1] ?? '';
  const commit: ParsedCommit = {
    sha,
    tree: get('tree'),
    parents: headers.filter(([k]) => k === 'parent').map(([, v]) => v),
    author: parsePerson(get('author')),
    committer: parsePerson(get('committer')),
    message,
  };
  const signature = headers.find(([key]) => key === 'gpgsig')?.[1];
  if (signature !== undefined) commit.gpgsig = { signature: `${signature}\n`, payload: stripGpgsig(raw) };
  return commit;
}

/** The commit text without its gpgsig header (and the header's continuation lines): what the signature signs. */
export function stripGpgsig(raw: string): string {
  const end = raw.indexOf('\n\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const kept: string[] = [];
  let inSig = false;
  for (const line of head.split('\n')) {
    if (line.startsWith('gpgsig ')) inSig = true;
    else if (!(inSig && line.startsWith(' '))) {
      inSig = false;
      kept.push(line);
    }
  }
  return `${kept.join('\n')}${end === -1 ? '' : raw.slice(end)}`;
}

/**
 * GitHub's `verification` of a commit: what the server recorded when GitHub signed it; otherwise a signature
 * GitHub does not know (a gpgsig that arrived by push: GitHub has no key for it) is `unknown_key`; no signature
 * is `unsigned`.
 */
export function commitVerification(repo: Repository, c: ParsedCommit): Verification {
  const recorded = repo.verifications.get(c.sha);
  if (recorded) return recorded;
  if (c.gpgsig) return { verified: false, reason: 'unknown_key', ...c.gpgsig, verified_at: null };
  return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

/**
 * Reads many commits (full shas) with one `git cat-file --batch`, oldest-first order kept; non-commits are left
 * out. Seeds readCommit's cache, so long commit lists (compare, pulls/list-commits) cost one git process.
 */
export async function readCommits(git: GitRepo, shas: string[]): Promise<ParsedCommit[]> {
  const missing = shas.filter((sha) => !git.has(`commit:${sha}`));
  if (missing.length) {
    const out = (await git.run(['cat-file', '--batch'], { input: `${missing.join('\n')}\n` })).stdout;
    let at = 0;
    for (const sha of missing) {
      const eol = out.indexOf(0x0a, at);
      const header = out.subarray(at, eol).toString('utf8').split(' ');
      at = eol + 1;
      if (header[1] === 'missing' || header.length < 3) continue;
      const size = Number(header[2]);
      const body = out.subarray(at, at + size).toString('utf8');
      at += size + 1;
      if (header[1] !== 'commit') continue;
      git.cached(`commit:${sha}`, async () => parseCommitText(sha, body));
    }
  }
  const commits: ParsedCommit[] = [];
  for (const sha of shas) {
    const commit = await readCommit(git, sha);
    if (commit) commits.push(commit);
  }
  return commits;
}

/** Reads and parses an annotated tag, or undefined when `sha` is not a tag object. */
export async function readTag(git: GitRepo, sha: string): Promise<ParsedTag | undefined> {
  if ((await git.objectType(sha)) !== 'tag') return undefined;
  const { headers, message } = splitObject((await git.catFile('tag', sha)).toString('utf8'));
  const get = (k: string): string => headers.find(([key]) => key === k)?.[1] ?? '';
  return {
    sha,
    object: get('object'),
    type: get('type'),
    tag: get('tag'),
    tagger: parsePerson(get('tagger')),
    message,
  };
}

/** git-commit JSON (Git Data API). */
export function gitCommitJson(ctx: ServerContext, repo: Repository, c: ParsedCommit): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${repoHtml(ctx, repo)}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${repoHtml(ctx, repo)}/commit/${p}`,
    })),
    verification: commitVerification(repo, c),
  };
}

/** git-tag JSON (with verification). */
export function gitTagJson(ctx: ServerContext, repo: Repository, t: ParsedTag): Record<string, unknown> {
  const api = repoApi(ctx, repo);
  const plural = t.type === 'tag' ? 'tags' : `${t.type}s`;
  return {
    node_id: nodeId('Tag', t.sha),
    tag: t.tag,
    sha: t.sha,
    url: `${api}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { type: t.type, sha: t.object, url: `${api}/git/${plural}/${t.object}` },
    verification: repo.verifications.get(t.sha) ?? unsignedVerification(),
  };
}

/** One entry of a tree as git reports it. */
export interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  size: number | undefined;
  path: string;
}

/** Lists a tree-ish (optionally recursive, trees included like GitHub). Undefined when it is not a tree-ish. */
export async function listTree(git: GitRepo, treeish: string, recursive: boolean): Promise<TreeEntry[] | undefined> {
  const type = await git.objectType(treeish);
  if (type !== 'tree' && type !== 'commit' && type !== 'tag') return undefined;
  const args = ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), treeish];
  const out = (await git.run(args)).stdout.toString('utf8');
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', kind = '', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
      return { mode, type: kind, sha, size: size === '-' ? undefined : Number(size), path: line.slice(tab + 1) };
    });
}

/** A change to apply to a tree: a file (blob sha), a subtree, a submodule commit, or a deletion (sha null). */
export interface TreeChange {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string | null;
}

/** Builds a tree from an optional base tree plus changes, using a throwaway index file. */
export async function buildTree(
  ctx: ServerContext,
  git: GitRepo,
  baseTree: string | undefined,
  changes: TreeChange[],
): Promise<string> {
  const index = join(ctx.root, `index-${randomUUID()}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    if (baseTree) await git.run(['read-tree', baseTree], { env });
    else await git.run(['read-tree', '--empty'], { env });
    const existing = new Set(
      (await git.run(['ls-files', '-z'], { env })).stdout.toString('utf8').split('\0').filter(Boolean),
    );
    // Directories that hold (or held) entries, so only a change naming a directory scans the entries.
    const dirs = new Set<string>();
    const addDirs = (path: string): void => {
      for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) dirs.add(path.slice(0, i));
    };
    for (const path of existing) addDirs(path);
    // One --index-info batch: mode-0 lines remove (a file may replace a directory, a deletion may remove one),
    // then the new entries. Subtrees (type "tree") need read-tree --prefix and are applied after the batch.
    const lines: string[] = [];
    const subtrees: TreeChange[] = [];
    for (const change of changes) {
      const path = change.path.replace(/^\/+|\/+$/g, '');
      const under = existing.has(path) ? [path] : [];
      if (dirs.has(path)) {
        const prefix = `${path}/`;
        for (const p of existing) if (p.startsWith(prefix)) under.push(p);
      }
      for (const p of under) {
        lines.push(`0 ${'0'.repeat(40)}\t${p}`);
        existing.delete(p);
      }
      if (change.sha === null) continue;
      if (change.type === 'tree') subtrees.push({ ...change, path });
      else {
        lines.push(`${change.mode} ${change.sha}\t${path}`);
        existing.add(path);
        addDirs(path);
      }
    }
    if (lines.length) await git.run(['update-index', '-z', '--index-info'], { env, input: `${lines.join('\0')}\0` });
    for (const tree of subtrees) await git.run(['read-tree', `--prefix=${tree.path}/`, tree.sha ?? ''], { env });
    return await git.text(['write-tree'], { env });
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(422, `GitRPC::BadObjectState (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await rm(index, { force: true });
  }
}

/** Creates a commit object. */
export async function commitTree(
  git: GitRepo,
  tree: string,
  parents: string[],
  message: string,
  author: GitPerson,
  committer: GitPerson = author,
): Promise<string> {
  const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
  return git.text(args, { input: message, env: personEnv(author, committer) });
}

/** Three-way merges two commits; returns the tree or undefined on conflict. */
export function mergeTrees(git: GitRepo, ours: string, theirs: string): Promise<string | undefined> {
  return git.cached(`merge-tree:${ours}:${theirs}`, async () => {
    const r = await git.run(['merge-tree', '--write-tree', '--no-messages', ours, theirs], { okCodes: [1] });
    if (r.code !== 0) return undefined;
    return r.stdout.toString('utf8').split('\n')[0]?.trim();
  });
}

/** Replays `commits` (oldest first) onto `onto`; returns the new tip or undefined on conflict. */
export async function replayCommits(
  ctx: ServerContext,
  git: GitRepo,
  onto: string,
  commits: string[],
  committer: GitPerson,
): Promise<string | undefined> {
  let tip = onto;
  for (const sha of commits) {
    const commit = await readCommit(git, sha);
    if (!commit) return undefined;
    const parent = commit.parents[0];
    const patch = (await git.run(['diff-tree', '-p', '--binary', '--full-index', parent ?? '--root', sha])).stdout;
    const index = join(ctx.root, `index-${randomUUID()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      await git.run(['read-tree', tip], { env });
      if (patch.length) {
        const applied = await git.run(['apply', '--cached', '-3', '--allow-empty'], {
          env,
          input: patch,
          okCodes: [1],
        });
        if (applied.code !== 0) return undefined;
      }
      const tree = await git.text(['write-tree'], { env });
      tip = await commitTree(
        git,
        tree,
        [tip],
        commit.message,
        { ...commit.author, date: commit.author.date },
        committer,
      );
    } finally {
      await rm(index, { force: true });
    }
  }
  return tip;
}
