/**
 * The server itself: `startGitHubServer()` listens on 127.0.0.1 (random port) and runs every REST request through
 * one pipeline (auth, injected faults, OpenAPI contract, rate limits, handler, log); git smart HTTP and the push
 * hooks' call-backs are served beside it. The package's public API is ../index.ts.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Admin } from './admin.js';
import { authenticate } from './auth.js';
import { Mutex, type ServerContext } from './context.js';
import { ContractChecker } from './contract.js';
import { Faults, type MatchTarget } from './faults.js';
import { type ApiRequest, type ApiResponse, HttpError, type Identity } from './http.js';
import { RequestLog } from './log.js';
import { answerHook, basicToken, canPush, installHooks } from './push.js';
import { type ContentCreationLimit, RateLimits } from './rate-limits.js';
import { Router } from './router.js';
import { activityRoutes } from './routes/activity.js';
import { checkRoutes } from './routes/checks.js';
import { gitRoutes } from './routes/git.js';
import { issueRoutes } from './routes/issues.js';
import { pullRoutes } from './routes/pulls.js';
import { downloadAsset, releaseRoutes } from './routes/releases.js';
import { repoRoutes } from './routes/repos.js';
import { teamRoutes } from './routes/teams.js';
import { serveGit } from './smart-http.js';
import { ServerState } from './state.js';

/** Options for startGitHubServer. */
export interface GitHubServerOptions {
  /** Validate requests/responses against @octokit/openapi (default true; the demo may turn it off). */
  contract?: boolean;
  /** Parent directory for the temp dir holding repositories (default os.tmpdir()). */
  tmpDir?: string;
  /** GitHub's secondary limit on content creation (./rate-limits.ts); off by default. */
  contentCreation?: ContentCreationLimit;
}

/** A running server. */
export interface GitHubServer {
  /** http://127.0.0.1:PORT (git smart HTTP at `${url}/<owner>/<repo>.git`). */
  url: string;
  /** REST root for Octokit's baseUrl (`${url}/api/v3`). */
  apiUrl: string;
  /** Upload root used by release upload_url (`${url}/api/uploads`). */
  uploadsUrl: string;
  admin: Admin;
  log: RequestLog;
  faults: Faults;
  contract: ContractChecker;
  /** Secondary rate limits in force (content creation); change `contentCreation` at any time. */
  rateLimits: RateLimits;
  /** Stops listening and removes every repository. */
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

/** Starts the server. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const root = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'cutover-gh-'));
  const home = join(root, 'home');
  await mkdir(home, { recursive: true });
  await mkdir(join(root, 'repos'), { recursive: true });
  const ctx: ServerContext = {
    state: new ServerState(),
    root,
    home,
    lock: new Mutex(),
    url: '',
    apiUrl: '',
    uploadsUrl: '',
  };
  const contract = new ContractChecker(options.contract ?? true);
  const faults = new Faults();
  const log = new RequestLog();
  const rateLimits = new RateLimits(options.contentCreation);
  const router = new Router([
    ...gitRoutes(ctx),
    ...repoRoutes(ctx),
    ...activityRoutes(ctx),
    ...pullRoutes(ctx),
    ...checkRoutes(ctx),
    ...teamRoutes(ctx),
    ...releaseRoutes(ctx),
    ...issueRoutes(ctx),
  ]);
  const hooks = { dir: await installHooks(root), secret: randomUUID() };
  const api = new ApiHandler(ctx, router, contract, faults, log, hooks, rateLimits);
  const server = createServer((req, res) => {
    api.dispatch(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `cutover test server crashed: ${String(error)}` }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  ctx.url = `http://127.0.0.1:${port}`;
  ctx.apiUrl = `${ctx.url}/api/v3`;
  ctx.uploadsUrl = `${ctx.url}/api/uploads`;
  const admin = new Admin(ctx);
  // GitHub's own committer identity: merge and squash commits say "GitHub <noreply@github.com>", which GitHub links
  // to the account `web-flow` (the committer of web and merge-button commits).
  admin.createUser({ login: 'web-flow', id: 19864447, name: 'GitHub', email: 'noreply@github.com' });
  return {
    url: ctx.url,
    apiUrl: ctx.apiUrl,
    uploadsUrl: ctx.uploadsUrl,
    admin,
    log,
    faults,
    contract,
    rateLimits,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The REST pipeline: auth, faults, contract, handler, log. */
class ApiHandler {
  private requests = 0;
  private readonly used = new Map<string, number>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly router: Router,
    private readonly contract: ContractChecker,
    private readonly faults: Faults,
    private readonly log: RequestLog,
    private readonly hooks: { dir: string; secret: string },
    private readonly rateLimits: RateLimits,
  ) {}

  async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = url.pathname;
    if (raw.startsWith('/api/v3/') || raw.startsWith('/api/uploads/')) {
      await this.api(req, res, url, raw.replace(/^\/api\/(v3|uploads)/, ''));
      return;
    }
    if (raw.startsWith('/_cutover/hooks/') && req.method === 'POST') {
      await this.hook(req, res, raw.slice('/_cutover/hooks/'.length));
      return;
    }
    const gitMatch = /^\/([^/]+)\/([^/]+)\.git(\/.*)?$/.exec(raw);
    if (gitMatch) {
      const owner = decodeURIComponent(gitMatch[1] ?? '');
      const name = decodeURIComponent(gitMatch[2] ?? '');
      const push = url.searchParams.get('service') === 'git-receive-pack' || raw.endsWith('/git-receive-pack');
      const env: Record<string, string> = {};
      if (push) {
        // GitHub: pushing needs a token with write access; 401 asks git for credentials first.
        const value = basicToken(headerString(req.headers.authorization));
        const token = value ? this.ctx.state.tokens.get(value) : undefined;
        const account = token ? this.ctx.state.account(token.login) : undefined;
        const repo = this.ctx.state.repo(owner, name);
        if (!token || !account) {
          res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Basic realm="GitHub"' });
          res.end('Invalid username or token. Password authentication is not supported for Git operations.\n');
          return;
        }
        if (!repo) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('Repository not found.\n');
          return;
        }
        if (!canPush(this.ctx, { token, account }, repo)) {
          res.writeHead(403, { 'content-type': 'text/plain' });
          res.end(`Permission to ${repo.owner}/${repo.name}.git denied to ${account.login}.\n`);
          return;
        }
        Object.assign(env, {
          REMOTE_USER: account.login,
          CUTOVER_REPO: `${repo.owner}/${repo.name}`,
          CUTOVER_HOOK_URL: `${this.ctx.url}/_cutover/hooks`,
          CUTOVER_HOOK_SECRET: this.hooks.secret,
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: 'core.hooksPath',
          GIT_CONFIG_VALUE_0: this.hooks.dir,
        });
      }
      serveGit(req, res, {
        projectRoot: join(this.ctx.root, 'repos'),
        home: this.ctx.home,
        pathInfo: decodeURIComponent(raw),
        query: url.search.replace(/^\?/, ''),
        env,
      });
      return;
    }
    const download = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(raw);
    if (download && req.method === 'GET') {
      const [, owner = '', repo = '', tag = '', name = ''] = download.map((p) => decodeURIComponent(p));
      const asset = downloadAsset(this.ctx, owner, repo, tag, name);
      if (asset) {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': asset.length });
        res.end(asset);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found (cutover test server)');
  }

  /** A git hook calling back (see push.ts); only the server's own hooks know the secret. */
  private async hook(req: IncomingMessage, res: ServerResponse, phase: string): Promise<void> {
    const body = await readBody(req);
    if (req.headers['x-cutover-hook-secret'] !== this.hooks.secret) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('forbidden');
      return;
    }
    let verdict: { ok: boolean; message: string };
    try {
      const call = JSON.parse(body.toString('utf8')) as { repo: string; login: string; updates: string };
      verdict = await answerHook(this.ctx, phase, call);
    } catch (error) {
      verdict = { ok: false, message: `error: cutover test server: ${String(error)}\n` };
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(verdict));
  }

  private async api(req: IncomingMessage, res: ServerResponse, url: URL, rawPath: string): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const match = this.router.match(method, rawPath);
    const path = safeDecode(rawPath);
    const template = match?.route.template ?? path;
    const operationId = match?.route.operationId ?? 'unimplemented';
    const target: MatchTarget = { method, path, template, operationId };
    const requestId = `${randomUUID().slice(0, 8).toUpperCase()}:${(++this.requests).toString(16).toUpperCase()}`;
    let identity: Identity | undefined;
    let response: ApiResponse;
    const body = await readBody(req);
    try {
      identity = authenticate(this.ctx, headerString(req.headers.authorization));
      const latency = this.faults.takeLatency(target);
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      const fault = this.faults.takeStatus(target);
      if (fault) throw faultError(fault.status, fault.retryAfter ?? 1, requestId, fault.limit);
      if (!match) {
        this.log.unimplemented.push({ method, path });
        throw new HttpError(404, `Not Found (cutover test server: route not implemented: ${method} ${path})`);
      }
      const limited = this.rateLimits.admit(identity?.account.login ?? 'anonymous', method);
      if (limited) throw faultError(limited.status, limited.retryAfter, requestId);
      const query: Record<string, string> = {};
      url.searchParams.forEach((value, key) => {
        query[key] = value;
      });
      const parsed = match.route.rawBody ? undefined : parseJson(body);
      const apiReq: ApiRequest = {
        method,
        path,
        template,
        operationId,
        params: match.params,
        query,
        body: parsed,
        raw: body,
        headers: req.headers,
        identity,
      };
      const errors = this.contract.checkRequest({
        method,
        template,
        path,
        operationId,
        pathParams: match.params,
        query,
        body: parsed,
        hasBody: body.length > 0,
      });
      if (errors.length && parsed !== undefined) {
        throw new HttpError(422, `Invalid request.\n\n${errors.join('\n')}`);
      }
      if (method === 'GET' || method === 'HEAD') response = await match.route.handler(apiReq);
      else {
        await this.faults.runBeforeWrite(target);
        response = await this.ctx.lock.run(() => match.route.handler(apiReq));
      }
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    if (response.body !== undefined) response = { ...response, body: this.faults.mutate(target, response.body) };
    if (match && !response.raw && response.status !== 302) {
      this.contract.checkResponse({
        method,
        template,
        path,
        operationId,
        status: response.status,
        body: response.body,
      });
    }
    this.log.add({
      method,
      path,
      operationId,
      status: response.status,
      identity: identity?.account.login ?? null,
      at: started,
      durationMs: Date.now() - started,
    });
    this.send(res, response, requestId, identity);
  }

  private send(res: ServerResponse, response: ApiResponse, requestId: string, identity: Identity | undefined): void {
    const key = identity?.token.token ?? 'anonymous';
    const used = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, used);
    const limit = identity ? 5000 : 60;
    const headers: Record<string, string> = {
      'x-github-request-id': requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
      ...response.headers,
    };
    if (response.raw) {
      res.writeHead(response.status, { 'content-type': 'application/octet-stream', ...headers });
      res.end(response.raw);
      return;
    }
    if (response.body === undefined) {
      res.writeHead(response.status, headers);
      res.end();
      return;
    }
    res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(response.body));
  }
}

function headerString(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}

function faultError(
  status: number,
  retryAfter: number,
  requestId: string,
  limit: 'secondary' | 'primary' = 'secondary',
): HttpError {
  if ((status === 403 || status === 429) && limit === 'primary') {
    // The primary limit is exhausted: GitHub says when it resets, not how long to wait.
    return new HttpError(
      status,
      'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID ' +
        `${requestId}.`,
      {},
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + retryAfter),
      },
    );
  }
  if (status === 403 || status === 429) {
    return new HttpError(
      status,
      `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
      {},
      { 'retry-after': String(retryAfter), 'x-ratelimit-remaining': '4999' },
    );
  }
  return new HttpError(
    status,
    status === 502 ? 'Server Error' : status === 503 ? 'Service Unavailable' : 'Internal Server Error',
  );
}

function errorResponse(error: unknown, requestId: string): ApiResponse {
  if (error instanceof HttpError) {
    const docs =
      (error.status === 403 || error.status === 429) && error.message.includes('secondary rate limit')
        ? 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        : DOCS;
    return {
      status: error.status,
      body: { message: error.message, ...error.extra, documentation_url: docs, status: String(error.status) },
      headers: error.headers,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 500,
    body: { message: `cutover test server error (${requestId}): ${message}`, documentation_url: DOCS, status: '500' },
  };
}
