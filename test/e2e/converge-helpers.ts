/**
 * Set-up for the convergence tests (test/e2e/converge-*.test.ts): the built action run as a child process
 * against the GitHub-compatible server, optionally through a proxy that drops the reply of chosen writes after
 * the server has carried them out (a "lost response": the write happened, the client saw a 500), and git
 * reads of the bundles repository.
 *
 * CUTOVER_TEST_ACTION names another build of the action entry (e.g. one built from an older commit with
 * `ncc build src/action/index.ts -o /tmp/old-dist`), to check that these tests fail on the code before a fix.
 */
import { execFile } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { ACTION_ENTRY, type ActionResult, type ActionRun, runAction } from './runner.js';
import { checkout } from './steps.js';
import { BUNDLES, PEOPLE, QUEUE_REPO, SERVICE, type World } from './world.js';

const exec = promisify(execFile);
export const ENTRY = process.env.CUTOVER_TEST_ACTION ?? ACTION_ENTRY;
const bundlesSlug = `${BUNDLES.owner}/${BUNDLES.repo}`;

/** Runs the action entry chosen above once. */
export function runEntry(run: ActionRun): Promise<ActionResult> {
  return runAction({ entry: ENTRY, ...run });
}

/** assemble for `tag` from a checkout (`workspace`, made once with `checkout`), against `apiUrl`. */
export async function assembleAt(
  world: World,
  tag: string,
  workspace: { dir: string; sha: string },
  options: { apiUrl?: string; inputs?: Record<string, string> } = {},
): Promise<ActionResult> {
  return runEntry({
    command: 'assemble',
    token: world.botToken,
    apiUrl: options.apiUrl ?? world.server.apiUrl,
    repository: `${SERVICE.owner}/${SERVICE.repo}`,
    inputs: { 'bundles-repository': bundlesSlug, ...(options.inputs ?? {}) },
    eventName: 'push',
    event: await world.server.admin.eventPayload('push', {
      repo: `${SERVICE.owner}/${SERVICE.repo}`,
      ref: `refs/tags/${tag}`,
      sender: PEOPLE.dave,
    }),
    ref: `refs/tags/${tag}`,
    sha: workspace.sha,
    workspace: workspace.dir,
  });
}

/**
 * A bundles-repository command on a pull-request event, as the example workflows run it (mirrors
 * test/e2e/steps.ts with the entry chosen above): `pull_request_target` (verify, seal) carries the pull_request
 * payload with GITHUB_REF and GITHUB_SHA on the base branch; `pull_request_review` (gate) has the merge ref.
 */
async function onPull(
  world: World,
  command: string,
  number: number,
  eventName: 'pull_request_target' | 'pull_request_review',
  action: string,
  inputs: Record<string, string> = {},
  apiUrl = world.server.apiUrl,
): Promise<ActionResult> {
  const event = await world.server.admin.eventPayload(
    eventName === 'pull_request_target' ? 'pull_request' : eventName,
    { repo: bundlesSlug, number, action },
  );
  const pull = event.pull_request as { base?: { ref?: string; sha?: string } } | undefined;
  const onBase = eventName === 'pull_request_target';
  return runEntry({
    command,
    token: world.governorToken,
    apiUrl,
    repository: bundlesSlug,
    inputs,
    eventName,
    event,
    ref: onBase ? `refs/heads/${pull?.base?.ref ?? 'main'}` : `refs/pull/${number}/merge`,
    sha: onBase ? (pull?.base?.sha ?? '0'.repeat(40)) : '0'.repeat(40),
  });
}

export const verifyAt = (world: World, number: number) =>
  onPull(world, 'verify', number, 'pull_request_target', 'synchronize');
export const gateAt = (world: World, number: number) =>
  onPull(world, 'gate', number, 'pull_request_review', 'submitted');
/** seal on the merged pull request `number`, with a dispatch repository, against `apiUrl`. */
export const sealAt = (world: World, number: number, apiUrl = world.server.apiUrl) =>
  onPull(
    world,
    'seal',
    number,
    'pull_request_target',
    'closed',
    { 'dispatch-repository': `${QUEUE_REPO.owner}/${QUEUE_REPO.repo}` },
    apiUrl,
  );

export { checkout };

/** git in the bundles repository's bare repository on the server. */
export async function bundlesGit(world: World, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', [
    '--git-dir',
    world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo),
    ...args,
  ]);
  return stdout.trim();
}

/** Whether `commit` is reachable from `ref` in the bundles repository. */
export async function isAncestor(world: World, commit: string, ref: string): Promise<boolean> {
  try {
    await bundlesGit(world, 'merge-base', '--is-ancestor', commit, ref);
    return true;
  } catch {
    return false;
  }
}

/** A write whose reply the proxy drops: method and a RegExp over the API path (after /api/v3). */
export interface DropRule {
  method: string;
  path: RegExp;
  /** How many matching replies to drop (default 1). */
  times?: number;
}

/**
 * An HTTP proxy in front of the server's API. Every request is forwarded; for a request matching a drop rule
 * the server's reply is discarded after the server has handled it, and the client gets a 500 instead, as when
 * GitHub carries out a write and the connection fails before its answer arrives.
 */
export interface DroppingProxy {
  apiUrl: string;
  rules: DropRule[];
  /** The writes whose replies were dropped, as `METHOD path -> status the server had answered`. */
  dropped: string[];
  close(): Promise<void>;
}

export async function startDroppingProxy(targetApiUrl: string): Promise<DroppingProxy> {
  const target = new URL(targetApiUrl);
  const state: { rules: DropRule[]; dropped: string[] } = { rules: [], dropped: [] };
  const prefix = target.pathname.replace(/\/$/, '');
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = (req.method ?? 'GET').toUpperCase();
      const apiPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').slice(prefix.length);
      const rule = state.rules.find((r) => (r.times ?? 1) > 0 && r.method === method && r.path.test(apiPath));
      const forward = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (upstream: IncomingMessage) => {
          const parts: Buffer[] = [];
          upstream.on('data', (c: Buffer) => parts.push(c));
          upstream.on('end', () => {
            if (rule && (upstream.statusCode ?? 0) < 300) {
              rule.times = (rule.times ?? 1) - 1;
              state.dropped.push(`${method} ${apiPath} -> ${upstream.statusCode}`);
              res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
              res.end(JSON.stringify({ message: 'Server Error' }));
              return;
            }
            res.writeHead(upstream.statusCode ?? 502, upstream.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}${prefix}`,
    get rules() {
      return state.rules;
    },
    set rules(rules: DropRule[]) {
      state.rules = rules;
    },
    get dropped() {
      return state.dropped;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
