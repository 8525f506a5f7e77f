/**
 * In-process admin API for test setup (not HTTP): identities, tokens, teams, repositories, pushes as a user,
 * branch and tag rules, signed/unsigned tags, attestations, and GitHub-shaped webhook payloads.
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ServerContext } from './context.js';
import { GitRepo } from './git.js';
import { HttpError } from './http.js';
import { buildTree, commitTree, gitTagJson, readTag, type TreeChange } from './objects.js';
import { deleteRef, writeRef } from './refs.js';
import { personOf } from './routes/common.js';
import { createTagObject } from './routes/git.js';
import { prJson, reviewJson } from './routes/pulls.js';
import { repoJson, userJson } from './shapes.js';
import {
  type Account,
  type App,
  type BranchRules,
  isoNow,
  type Permission,
  type PullRequest,
  type Repository,
  type TagOperation,
  type Team,
  type Verification,
} from './state.js';

/** File map for commits: path -> content (string or bytes); null deletes the path. */
export type FileMap = Record<string, string | Buffer | null>;

/** Options of createUser. */
export interface UserSpec {
  login: string;
  id?: number;
  type?: 'User' | 'Bot';
  name?: string;
  email?: string;
}

/** Options of createToken. Either a user login or an app (slug or id) for an installation token. */
export interface TokenSpec {
  login?: string;
  app?: string | number;
  /** Explicit token value (default random `ghs_...`/`ghp_...`). */
  token?: string;
  /** Permission per 'owner/repo' (or '*'). User tokens also make the user a collaborator at that level. */
  repos?: Record<string, Permission>;
  /** Organization members:read (team membership lookups). */
  orgMembersRead?: boolean;
}

/** Options of createRepo. */
export interface RepoSpec {
  owner: string;
  name: string;
  defaultBranch?: string;
  private?: boolean;
  description?: string;
  /** Files of the initial commit (omit for an empty repository without commits). */
  files?: FileMap;
  message?: string;
  /** Who authors the initial commit (default the owner). */
  as?: string;
  collaborators?: Record<string, Permission>;
}

/** Options of pushCommit. */
export interface PushSpec {
  owner: string;
  repo: string;
  branch: string;
  files: FileMap;
  /** The pusher/author (a login). */
  as: string;
  message?: string;
  /** Parent commit (default: branch tip, or the default branch tip when the branch is new). */
  parent?: string;
  /** Allow a non-fast-forward move. */
  force?: boolean;
}

/** Options of createTag. `signature` models GitHub's verification of the tag. */
export interface TagSpec {
  owner: string;
  repo: string;
  tag: string;
  /** Commit sha or branch name. */
  target: string;
  message?: string;
  as?: string;
  /** 'valid' = signed and verified, 'unsigned', 'invalid' = signed with a bad signature. Default 'unsigned'. */
  signature?: 'valid' | 'unsigned' | 'invalid';
  /** Create a lightweight tag (ref to the commit) instead of an annotated tag. */
  lightweight?: boolean;
  /** Apply tag rules as `as` would meet them (default false: setup bypasses rules). */
  enforceRules?: boolean;
}

/** The admin API of one server. */
export class Admin {
  constructor(private readonly ctx: ServerContext) {}

  private get state() {
    return this.ctx.state;
  }

  private requireRepo(owner: string, name: string): Repository {
    const repo = this.state.repo(owner, name);
    if (!repo) throw new Error(`unknown repository ${owner}/${name}`);
    return repo;
  }

  /** An account by login, if it exists. */
  account(login: string): Account | undefined {
    return this.state.account(login);
  }

  /** A team by org/slug, if it exists. */
  team(org: string, slug: string): Team | undefined {
    return this.state.team(org, slug);
  }

  /** An app by id or slug, if it exists. */
  app(idOrSlug: number | string): App | undefined {
    return [...this.state.apps.values()].find((a) => a.id === idOrSlug || a.slug === idOrSlug);
  }

  /** Grants a team a permission on a repository. */
  grantTeam(org: string, slug: string, repo: string, permission: Permission): void {
    const team = this.state.team(org, slug);
    if (!team) throw new Error(`unknown team ${org}/${slug}`);
    team.repos.set(repo.toLowerCase(), permission);
  }

  /** Creates an organization account. */
  createOrg(login: string, options: { id?: number; name?: string } = {}): Account {
    const account: Account = {
      login,
      id: options.id ?? this.state.nextId('account', 9000),
      type: 'Organization',
      name: options.name ?? login,
      email: `${login}@users.noreply.github.com`,
    };
    this.state.accounts.set(login.toLowerCase(), account);
    return account;
  }

  /** Creates a user (or bot) account. */
  createUser(spec: UserSpec): Account {
    const id = spec.id ?? this.state.nextId('account', 9000);
    const account: Account = {
      login: spec.login,
      id,
      type: spec.type ?? 'User',
      name: spec.name ?? spec.login,
      email: spec.email ?? `${id}+${spec.login}@users.noreply.github.com`,
    };
    this.state.accounts.set(spec.login.toLowerCase(), account);
    return account;
  }

  /** Creates a GitHub App and its installation bot `<slug>[bot]`. */
  createApp(spec: { slug: string; id?: number; name?: string; owner?: string }): App {
    const id = spec.id ?? this.state.nextId('app', 100000);
    const botLogin = `${spec.slug}[bot]`;
    const app: App = { id, slug: spec.slug, name: spec.name ?? spec.slug, owner: spec.owner ?? spec.slug, botLogin };
    this.state.apps.set(id, app);
    if (!this.state.account(app.owner)) this.createOrg(app.owner);
    this.createUser({ login: botLogin, type: 'Bot', name: botLogin });
    return app;
  }

  /** Issues a token; returns its value. */
  createToken(spec: TokenSpec): string {
    let login = spec.login;
    let appId: number | undefined;
    if (spec.app !== undefined) {
      const app = [...this.state.apps.values()].find((a) => a.id === spec.app || a.slug === spec.app);
      if (!app) throw new Error(`unknown app ${String(spec.app)}`);
      login = app.botLogin;
      appId = app.id;
    }
    if (!login || !this.state.account(login)) throw new Error(`unknown account ${String(login)}`);
    const token = spec.token ?? `${appId !== undefined ? 'ghs' : 'ghp'}_${randomBytes(18).toString('hex')}`;
    const repos = spec.repos ?? {};
    this.state.tokens.set(token, {
      token,
      login,
      ...(appId !== undefined ? { appId } : {}),
      repos: Object.fromEntries(Object.entries(repos).map(([k, v]) => [k.toLowerCase(), v])),
      orgMembersRead: spec.orgMembersRead === true,
    });
    if (appId === undefined) {
      for (const [key, permission] of Object.entries(repos)) {
        const [owner = '', name = ''] = key.split('/');
        const repo = this.state.repo(owner, name);
        if (repo && !repo.collaborators.has(login.toLowerCase()))
          repo.collaborators.set(login.toLowerCase(), permission);
      }
    }
    return token;
  }

  /** Creates a team in an organization with members (active unless listed in `pending`). */
  createTeam(spec: {
    org: string;
    slug: string;
    name?: string;
    members?: string[];
    maintainers?: string[];
    pending?: string[];
    repos?: Record<string, Permission>;
  }): Team {
    if (!this.state.account(spec.org)) this.createOrg(spec.org);
    const team: Team = {
      id: this.state.nextId('team', 700),
      org: spec.org,
      slug: spec.slug,
      name: spec.name ?? spec.slug,
      members: new Map(),
      repos: new Map(Object.entries(spec.repos ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    for (const login of spec.members ?? []) team.members.set(login.toLowerCase(), { role: 'member', state: 'active' });
    for (const login of spec.maintainers ?? [])
      team.members.set(login.toLowerCase(), { role: 'maintainer', state: 'active' });
    for (const login of spec.pending ?? []) team.members.set(login.toLowerCase(), { role: 'member', state: 'pending' });
    this.state.teams.set(`${spec.org}/${spec.slug}`.toLowerCase(), team);
    return team;
  }

  /** Adds (or updates) a team member. */
  addTeamMember(
    org: string,
    slug: string,
    login: string,
    options: { role?: 'member' | 'maintainer'; state?: 'active' | 'pending' } = {},
  ): void {
    const team = this.state.team(org, slug);
    if (!team) throw new Error(`unknown team ${org}/${slug}`);
    team.members.set(login.toLowerCase(), { role: options.role ?? 'member', state: options.state ?? 'active' });
  }

  /** Grants a user a permission on a repository. */
  addCollaborator(owner: string, name: string, login: string, permission: Permission): void {
    this.requireRepo(owner, name).collaborators.set(login.toLowerCase(), permission);
  }

  /** Creates a repository (a real bare git repo), optionally with an initial commit. Returns the head sha if any. */
  async createRepo(spec: RepoSpec): Promise<{ id: number; headSha: string | undefined }> {
    if (!this.state.account(spec.owner)) this.createOrg(spec.owner);
    const defaultBranch = spec.defaultBranch ?? 'main';
    const path = join(this.ctx.root, 'repos', spec.owner, `${spec.name}.git`);
    await mkdir(dirname(path), { recursive: true });
    const git = new GitRepo(path, this.ctx.home);
    await git.init(defaultBranch);
    const repo: Repository = {
      id: this.state.nextId('repo', 500000),
      owner: spec.owner,
      name: spec.name,
      private: spec.private ?? false,
      defaultBranch,
      description: spec.description ?? null,
      createdAt: isoNow(),
      git,
      branchRules: new Map(),
      tagRules: [],
      pulls: [],
      reviews: [],
      checkRuns: [],
      releases: [],
      attestations: [],
      dispatches: [],
      verifications: new Map(),
      collaborators: new Map(Object.entries(spec.collaborators ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      lastPush: new Map(),
      activities: [],
      comments: [],
      statuses: [],
    };
    this.state.repos.set(`${spec.owner}/${spec.name}`.toLowerCase(), repo);
    let headSha: string | undefined;
    if (spec.files) {
      headSha = await this.pushCommit({
        owner: spec.owner,
        repo: spec.name,
        branch: defaultBranch,
        files: spec.files,
        as: spec.as ?? spec.owner,
        message: spec.message ?? 'Initial commit',
      });
    }
    return { id: repo.id, headSha };
  }

  /** Commits a file map on top of a branch as a user (a human push); returns the new commit sha. */
  async pushCommit(spec: PushSpec): Promise<string> {
    const repo = this.requireRepo(spec.owner, spec.repo);
    const ref = `refs/heads/${spec.branch}`;
    const parent =
      spec.parent ?? (await repo.git.resolve(ref)) ?? (await repo.git.resolve(`refs/heads/${repo.defaultBranch}`));
    const baseTree = parent ? await repo.git.text(['rev-parse', `${parent}^{tree}`]) : undefined;
    const entries = Object.entries(spec.files);
    const written = entries.filter((e): e is [string, string | Buffer] => e[1] !== null);
    const shas = await repo.git.writeBlobs(
      written.map(([, c]) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)),
    );
    const shaOf = new Map(written.map(([path], i) => [path, shas[i] ?? '']));
    const changes: TreeChange[] = entries.map(([path, content]) => ({
      path,
      mode: '100644',
      type: 'blob',
      sha: content === null ? null : (shaOf.get(path) ?? null),
    }));
    const tree = await buildTree(this.ctx, repo.git, baseTree, changes);
    const person = { ...personOf(this.ctx, spec.as), date: isoNow() };
    const sha = await commitTree(
      repo.git,
      tree,
      parent ? [parent] : [],
      spec.message ?? `Update ${Object.keys(spec.files).join(', ')}`,
      person,
    );
    await this.ctx.lock.run(() =>
      writeRef(this.ctx, repo, {
        ref,
        sha,
        actor: spec.as,
        mode: 'upsert',
        force: spec.force === true,
        bypassRules: true,
      }),
    );
    return sha;
  }

  /** Moves (or creates) a branch to an existing commit as a user, with push side effects. */
  async setBranch(owner: string, name: string, branch: string, sha: string, as: string, force = true): Promise<void> {
    const repo = this.requireRepo(owner, name);
    await writeRef(this.ctx, repo, {
      ref: `refs/heads/${branch}`,
      sha,
      actor: as,
      mode: 'upsert',
      force,
      bypassRules: true,
    });
  }

  /** Sets (replaces) the rules of a branch. */
  setBranchRules(owner: string, name: string, branch: string, rules: BranchRules): void {
    this.requireRepo(owner, name).branchRules.set(branch, rules);
  }

  /**
   * Adds a tag ruleset: the `operations` on refs/tags/<pattern> (default creation, update and deletion) are refused
   * to everyone but the `bypass` logins, over the API and over `git push`. A bypass covers only its own ruleset, so
   * "the App creates, nobody moves or deletes" is two calls: {operations: ['creation'], bypass: [bot]} and
   * {operations: ['update', 'deletion']}.
   */
  addTagRule(
    owner: string,
    name: string,
    rule: { pattern: string; bypass?: string[]; operations?: TagOperation[] },
  ): void {
    const operations = rule.operations ?? ['creation', 'update', 'deletion'];
    for (const op of operations) {
      if (op !== 'creation' && op !== 'update' && op !== 'deletion')
        throw new Error(`addTagRule: operations must be 'creation', 'update' or 'deletion', got ${String(op)}`);
    }
    this.requireRepo(owner, name).tagRules.push({ pattern: rule.pattern, bypass: rule.bypass ?? [], operations });
  }

  /** Creates a tag (annotated by default) with a modelled signature state; returns the ref target sha. */
  async createTag(spec: TagSpec): Promise<string> {
    const repo = this.requireRepo(spec.owner, spec.repo);
    const target = (await repo.git.resolve(`refs/heads/${spec.target}`)) ?? (await repo.git.resolve(spec.target));
    if (!target) throw new Error(`unknown target ${spec.target}`);
    const as = spec.as ?? spec.owner;
    let sha = target;
    if (!spec.lightweight) {
      const signature = spec.signature ?? 'unsigned';
      const signatureBlock =
        signature === 'unsigned'
          ? undefined
          : `-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE${randomBytes(24).toString('base64')}\n-----END PGP SIGNATURE-----\n`;
      sha = await createTagObject(repo, {
        tag: spec.tag,
        message: spec.message ?? spec.tag,
        object: target,
        type: 'commit',
        tagger: { ...personOf(this.ctx, as), date: isoNow() },
        ...(signatureBlock ? { signature: signatureBlock } : {}),
      });
      if (signatureBlock) {
        const raw = (await repo.git.catFile('tag', sha)).toString('utf8');
        const verification: Verification = {
          verified: signature === 'valid',
          reason: signature === 'valid' ? 'valid' : 'invalid',
          signature: signatureBlock,
          payload: raw.replace(signatureBlock, ''),
          verified_at: signature === 'valid' ? isoNow() : null,
        };
        repo.verifications.set(sha, verification);
      }
    }
    await writeRef(this.ctx, repo, {
      ref: `refs/tags/${spec.tag}`,
      sha,
      actor: as,
      mode: 'create',
      bypassRules: spec.enforceRules !== true,
    });
    return sha;
  }

  /** Deletes a ref (setup helper; bypasses rules). */
  async deleteRef(owner: string, name: string, ref: string): Promise<void> {
    const repo = this.requireRepo(owner, name);
    try {
      await deleteRef(this.ctx, repo, ref, 'admin', true);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
    }
  }

  /** Replaces (or removes, with null) the digest of a release asset, to model assets uploaded before digests. */
  setAssetDigest(owner: string, name: string, assetId: number, digest: string | null): void {
    for (const release of this.requireRepo(owner, name).releases) {
      const asset = release.assets.find((a) => a.id === assetId);
      if (asset) asset.digest = digest;
    }
  }

  /** Adds an attestation bundle for a subject digest ("sha256:<hex>"); returns its id. */
  addAttestation(
    owner: string,
    name: string,
    spec: { subjectDigest: string; bundle: Record<string, unknown> },
  ): number {
    const id = this.state.nextId('attestation', 40000);
    this.requireRepo(owner, name).attestations.push({ id, subjectDigest: spec.subjectDigest, bundle: spec.bundle });
    return id;
  }

  /** repository_dispatch events received so far. */
  dispatches(owner: string, name: string): Repository['dispatches'] {
    return this.requireRepo(owner, name).dispatches;
  }

  /** The stored pull request record. */
  pull(owner: string, name: string, number: number): PullRequest {
    const pr = this.requireRepo(owner, name).pulls.find((p) => p.number === number);
    if (!pr) throw new Error(`unknown pull request ${owner}/${name}#${number}`);
    return pr;
  }

  /** The whole repository record (reviews, check runs, releases...) for assertions. */
  repository(owner: string, name: string): Repository {
    return this.requireRepo(owner, name);
  }

  /** Path of the bare repository on disk. */
  repoPath(owner: string, name: string): string {
    return this.requireRepo(owner, name).git.path;
  }

  /**
   * Smart-HTTP URL with a token as credentials (`http://x-access-token:<token>@…/<owner>/<repo>.git`), for `git push`
   * as a runner would do it: the push needs the token's write access and meets branch and tag rules.
   */
  pushUrl(owner: string, name: string, token: string): string {
    const url = new URL(this.cloneUrl(owner, name));
    url.username = 'x-access-token';
    url.password = token;
    return url.toString();
  }

  /** Smart-HTTP clone URL. */
  cloneUrl(owner: string, name: string): string {
    const repo = this.requireRepo(owner, name);
    return `${this.ctx.url}/${repo.owner}/${repo.name}.git`;
  }

  /**
   * A GitHub-shaped webhook payload built from the same JSON the REST API returns.
   * pull_request: {repo, number, action}; pull_request_review: {repo, number, reviewId?, action?};
   * push: {repo, ref (e.g. refs/tags/x), before?, sender?}.
   */
  async eventPayload(
    name: 'pull_request' | 'pull_request_review' | 'push',
    options: {
      repo: string;
      number?: number;
      action?: string;
      reviewId?: number;
      ref?: string;
      before?: string;
      sender?: string;
    },
  ): Promise<Record<string, unknown>> {
    const [owner = '', repoName = ''] = options.repo.split('/');
    const repo = this.requireRepo(owner, repoName);
    const repository = repoJson(this.ctx, repo);
    if (name === 'push') {
      const ref = options.ref ?? `refs/heads/${repo.defaultBranch}`;
      const after = (await repo.git.resolve(ref)) ?? '0'.repeat(40);
      const sender = options.sender ?? repo.owner;
      const before = options.before ?? '0'.repeat(40);
      return {
        ref,
        before,
        after,
        created: /^0+$/.test(before),
        deleted: /^0+$/.test(after),
        forced: false,
        base_ref: null,
        compare: `${this.ctx.url}/${repo.owner}/${repo.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
        commits: [],
        head_commit: null,
        repository,
        pusher: { name: sender, email: this.state.account(sender)?.email ?? null },
        sender: userJson(this.ctx, sender),
      };
    }
    const pr = this.pull(owner, repoName, options.number ?? 1);
    const pullRequest = await prJson(this.ctx, repo, pr);
    if (name === 'pull_request') {
      return {
        action: options.action ?? 'opened',
        number: pr.number,
        pull_request: pullRequest,
        repository,
        sender: userJson(this.ctx, options.sender ?? pr.author),
      };
    }
    const reviews = repo.reviews.filter((r) => r.pullNumber === pr.number && r.state !== 'PENDING');
    const review =
      options.reviewId !== undefined ? reviews.find((r) => r.id === options.reviewId) : reviews[reviews.length - 1];
    if (!review) throw new Error(`no submitted review on ${options.repo}#${pr.number}`);
    return {
      action: options.action ?? 'submitted',
      review: reviewJson(this.ctx, repo, review),
      pull_request: pullRequest,
      repository,
      sender: userJson(this.ctx, review.user),
    };
  }

  /** GitHub's JSON for an annotated tag (with verification), for assertions. */
  async tagJson(owner: string, name: string, sha: string): Promise<Record<string, unknown> | undefined> {
    const repo = this.requireRepo(owner, name);
    const tag = await readTag(repo.git, sha);
    return tag ? gitTagJson(this.ctx, repo, tag) : undefined;
  }
}
