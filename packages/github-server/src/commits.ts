/**
 * The repos-API commit JSON (get-commit, list-commits, compare, pulls/list-commits): one builder so every commit
 * response carries the same `verification` and the same e-mail-resolved `author`/`committer` accounts.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { ServerContext } from './context.js';
import { commitVerification, type ParsedCommit, readCommits } from './objects.js';
import { diffFiles, EMPTY_TREE } from './routes/common.js';
import { nodeId, repoApi, repoHtml, userJson } from './shapes.js';
import { isoNow, type Repository } from './state.js';

/**
 * The account GitHub links to a commit e-mail. GitHub matches the e-mail in the commit against its accounts'
 * e-mails (a user's verified addresses, a bot's `<id>+<slug>[bot]@users.noreply.github.com`) whoever wrote the
 * commit: anyone can put the bot's noreply address in a commit and it then shows as the bot's.
 */
export function accountForEmail(ctx: ServerContext, email: string): string | undefined {
  for (const account of ctx.state.accounts.values())
    if (account.email.toLowerCase() === email.toLowerCase()) return account.login;
  return undefined;
}

/** commit JSON (repos API), with files and stats against the first parent. */
export async function commitJson(
  ctx: ServerContext,
  repo: Repository,
  c: ParsedCommit,
  withFiles: boolean,
): Promise<Record<string, unknown>> {
  const api = repoApi(ctx, repo);
  const html = repoHtml(ctx, repo);
  const authorLogin = accountForEmail(ctx, c.author.email);
  const committerLogin = accountForEmail(ctx, c.committer.email);
  const result: Record<string, unknown> = {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: `${html}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: commitVerification(repo, c),
    },
    author: authorLogin ? userJson(ctx, authorLogin) : null,
    committer: committerLogin ? userJson(ctx, committerLogin) : null,
    parents: c.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${html}/commit/${p}` })),
  };
  if (withFiles) {
    const files = await diffFiles(repo.git, c.parents[0] ?? EMPTY_TREE, c.sha);
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    result.stats = { additions, deletions, total: additions + deletions };
    result.files = files.map((f) => ({
      ...f,
      blob_url: `${html}/blob/${c.sha}/${encodeURI(f.filename)}`,
      raw_url: `${html}/raw/${c.sha}/${encodeURI(f.filename)}`,
      contents_url: `${api}/contents/${encodeURI(f.filename)}?ref=${c.sha}`,
    }));
  }
  return result;
}

/** commit JSON for a list of shas (oldest first), skipping any that are not commits. */
export async function commitsJson(ctx: ServerContext, repo: Repository, shas: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const c of await readCommits(repo.git, shas)) out.push(await commitJson(ctx, repo, c, false));
  return out;
}

/** Per-process key of the stand-in signatures: nobody outside the server can produce one for their own content. */
const SIGNING_KEY = randomBytes(32);

/** The stand-in signature block GitHub's web-flow key would produce (an HMAC, armored; not real OpenPGP). */
function githubSignature(payload: string): string {
  const mac = createHmac('sha256', SIGNING_KEY).update(payload).digest('base64');
  return `-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQ${mac}\n=web-flow\n-----END PGP SIGNATURE-----\n`;
}

/**
 * Signs commit `sha` as GitHub does when it creates a commit itself: writes the same commit with a `gpgsig` header
 * (so git shows the signature, and the new sha covers it) and records its `verification`
 * {verified: true, reason: 'valid', signature, payload (the commit without the header), verified_at}. Returns the
 * signed commit's sha. Only the server's own commit paths call this (App API commits without custom author or
 * committer, merge and squash merges); commits arriving by `git push` are never signed by the server.
 */
export async function signAsGitHub(repo: Repository, sha: string): Promise<string> {
  const payload = (await repo.git.catFile('commit', sha)).toString('utf8');
  const signature = githubSignature(payload);
  const signedSha = await withSignature(repo, sha, signature);
  repo.verifications.set(signedSha, { verified: true, reason: 'valid', signature, payload, verified_at: isoNow() });
  return signedSha;
}

/** Writes commit `sha` again with `signature` as its `gpgsig` header; returns the new commit's sha. */
export async function withSignature(repo: Repository, sha: string, signature: string): Promise<string> {
  const payload = (await repo.git.catFile('commit', sha)).toString('utf8');
  const end = payload.indexOf('\n\n');
  const head = end === -1 ? payload : payload.slice(0, end);
  const header = `gpgsig ${signature.trimEnd().split('\n').join('\n ')}`;
  const signed = `${head}\n${header}${end === -1 ? '\n' : payload.slice(end)}`;
  return repo.git.text(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: signed });
}
