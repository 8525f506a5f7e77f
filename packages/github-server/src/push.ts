/**
 * `git push` over smart HTTP as GitHub takes it: the pusher authenticates with a token (Basic auth, the token as
 * password or user name), needs write access, and every ref update passes the branch and tag rules before git
 * moves anything. git's own pre-receive/post-receive hooks call back into this server (a small Node script under
 * `<root>/hooks`), so a refused push is refused by git itself: the client sees GitHub's `remote: error: GH006 …`
 * lines and `! [remote rejected] … (pre-receive hook declined)`, and no ref changes. After an accepted push the
 * post-receive hook applies GitHub's push side effects (pull request synchronize, last pusher). Commits that
 * arrive this way are never signed by the server: `unsigned`, or `unknown_key` when they carry a signature GitHub
 * did not make (a copy of a GitHub-signed commit is the same object and stays verified).
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tokenPermission } from './auth.js';
import type { ServerContext } from './context.js';
import type { Identity } from './http.js';
import { onBranchPush, pushType, pushViolation, type RefChange, recordActivity } from './refs.js';
import { permissionRank, type Repository } from './state.js';

const ZERO = /^0{40}$/;

/** What the hook script posts. */
interface HookCall {
  repo: string;
  login: string;
  /** pre-receive/post-receive stdin: "<old> <new> <ref>" lines. */
  updates: string;
}

const HOOK_SCRIPT = `'use strict';
// Written by the Cutover test server: forwards a git hook's stdin to the server and relays its verdict.
const phase = process.argv[2];
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  try {
    const res = await fetch(process.env.CUTOVER_HOOK_URL + '/' + phase, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cutover-hook-secret': process.env.CUTOVER_HOOK_SECRET },
      body: JSON.stringify({
        repo: process.env.CUTOVER_REPO,
        login: process.env.REMOTE_USER,
        updates: Buffer.concat(chunks).toString('utf8'),
      }),
    });
    const verdict = await res.json();
    if (verdict.message) process.stderr.write(verdict.message);
    process.exit(verdict.ok ? 0 : 1);
  } catch (error) {
    process.stderr.write('cutover test server hook failed: ' + String(error) + '\\n');
    process.exit(1);
  }
});
`;

/** Writes the hook scripts once per server; returns the hooks directory (for core.hooksPath). */
export async function installHooks(root: string): Promise<string> {
  const dir = join(root, 'hooks');
  await mkdir(dir, { recursive: true });
  const script = join(dir, 'hook.cjs');
  await writeFile(script, HOOK_SCRIPT);
  for (const phase of ['pre-receive', 'post-receive']) {
    const file = join(dir, phase);
    await writeFile(file, `#!/bin/sh\nexec '${process.execPath}' '${script}' ${phase}\n`);
    await chmod(file, 0o755);
  }
  return dir;
}

/** The token in a Basic authorization header (GitHub takes it as the password, or as the user name). */
export function basicToken(header: string | undefined): string | undefined {
  const match = /^basic\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon === -1 ? decoded : decoded.slice(0, colon);
  const password = colon === -1 ? '' : decoded.slice(colon + 1);
  return password || user || undefined;
}

/** Whether `identity` may push to `repo` (write access through its token). */
export function canPush(ctx: ServerContext, identity: Identity, repo: Repository): boolean {
  const permission = tokenPermission(ctx, identity, repo);
  return permission !== undefined && permissionRank[permission] >= permissionRank.write;
}

function parseUpdates(text: string): { old: string; sha: string; ref: string; change: RefChange }[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [old = '', sha = '', ref = ''] = line.split(' ');
      const change: RefChange = ZERO.test(old) ? 'create' : ZERO.test(sha) ? 'delete' : 'update';
      return { old, sha, ref, change };
    });
}

/** Answers one hook call: pre-receive decides, post-receive applies GitHub's push side effects. */
export async function answerHook(
  ctx: ServerContext,
  phase: string,
  call: HookCall,
): Promise<{ ok: boolean; message: string }> {
  const [owner = '', name = ''] = call.repo.split('/');
  const repo = ctx.state.repo(owner, name);
  if (!repo) return { ok: false, message: `error: repository ${call.repo} not found\n` };
  const updates = parseUpdates(call.updates);
  if (phase === 'pre-receive') {
    const refusals = updates
      .map((u) => pushViolation(repo, u.ref, call.login, u.change))
      .filter((m): m is string => m !== undefined);
    return refusals.length ? { ok: false, message: refusals.join('\n') } : { ok: true, message: '' };
  }
  if (phase === 'post-receive') {
    for (const u of updates) {
      if (!u.ref.startsWith('refs/heads/')) continue;
      // GitHub's repository activity records every branch update of the push, with the pusher as its actor.
      const type = u.change === 'delete' ? 'branch_deletion' : await pushType(repo, u.old, u.sha);
      recordActivity(ctx, repo, { ref: u.ref, before: u.old, after: u.sha, actor: call.login, type });
      if (u.change !== 'delete') await onBranchPush(ctx, repo, u.ref.slice('refs/heads/'.length), u.sha, call.login);
    }
    return { ok: true, message: '' };
  }
  return { ok: false, message: `error: unknown hook ${phase}\n` };
}
