/**
 * What an adversary with write access to the bundles repository can do through the public API, for the attack
 * tests (test/e2e/attacks.test.ts): read a release directory, forge a self-consistent bundle (an artifact digest
 * swapped, its lineage value digest and the manifest's bundle digest recomputed, so schema, lineage values and
 * binding would all pass), write commits through the Git Data API with any author and committer, and move a
 * branch. Plus the observer's side: full check-run texts, seal tags, `cutover inspect` through the built CLI,
 * and a merge past the branch rules (an administrator's bypass).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import { bundleDigest, digestOf } from '../../src/domain/canonical.js';
import type { ApprovalManifest, Bundle, BundleFiles, HoldRegister, LineageDocument } from '../../src/domain/model.js';
import { CLI_ENTRY } from './runner.js';
import { as, nextSecond } from './steps.js';
import { BOT, BUNDLES, defaultBranchRules, PEOPLE, type World } from './world.js';

const exec = promisify(execFile);

/** The four files of a release directory, parsed (as the writer wrote them: schema-valid). */
export interface ReleaseDocuments extends BundleFiles {
  manifest: ApprovalManifest;
}

/** git over the bundles repository's bare repository on disk (read-only use). */
export async function git(world: World, ...args: string[]): Promise<string> {
  const { stdout } = await exec(
    'git',
    ['--git-dir', world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo), ...args],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout.trim();
}

/** The release directory's files at a commit. */
export async function readRelease(world: World, sha: string, dir: string): Promise<ReleaseDocuments> {
  const read = async (name: string): Promise<string> => git(world, 'show', `${sha}:${dir}/${name}.json`);
  // The files come from the writer's commit, which verify holds to the schemas; the tests read them as such.
  return {
    bundle: JSON.parse(await read('bundle')) as Bundle,
    lineage: JSON.parse(await read('lineage')) as LineageDocument,
    holds: JSON.parse(await read('holds')) as HoldRegister,
    manifest: JSON.parse(await read('manifest')) as ApprovalManifest,
  };
}

/** The documents as the file texts the writer would commit (2-space JSON, trailing newline), keyed by path. */
export function releaseTexts(dir: string, docs: ReleaseDocuments): Record<string, string> {
  const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    [`${dir}/bundle.json`]: text(docs.bundle),
    [`${dir}/lineage.json`]: text(docs.lineage),
    [`${dir}/holds.json`]: text(docs.holds),
    [`${dir}/manifest.json`]: text(docs.manifest),
  };
}

/** The digest the attacker's artifact has: not what the sources vouched for. */
export const FORGED_DIGEST = `sha256:${'e'.repeat(64)}`;

/**
 * Swaps the digest of the first artifact of a component without provenance (so no provenance subject can
 * contradict it) for {@link FORGED_DIGEST}, and recomputes what a checker of the files alone would compare:
 * that field's lineage `valueDigest` and the manifest's `bundleDigest`. Returns new documents.
 */
export function forgeArtifactDigest(docs: ReleaseDocuments): { docs: ReleaseDocuments; pointer: string } {
  const next = structuredClone(docs);
  const found = next.bundle.components.findIndex((c) => !c.provenance || c.provenance.length === 0);
  const index = found === -1 ? 0 : found;
  const artifact = next.bundle.components[index]?.artifacts[0];
  if (!artifact) throw new Error(`component ${index} of bundle.json has no artifact`);
  artifact.digest = FORGED_DIGEST;
  const pointer = `/components/${index}/artifacts/0/digest`;
  const field = next.lineage.fields[pointer];
  if (!field) throw new Error(`lineage.json has no entry for ${pointer}`);
  field.valueDigest = digestOf(FORGED_DIGEST);
  next.manifest.bundleDigest = bundleDigest(next);
  return { docs: next, pointer };
}

/** The writer bot's commit e-mail (its noreply address), which anyone can put in a commit. */
export function writerEmail(world: World): string {
  const account = world.server.admin.account(BOT);
  if (!account) throw new Error(`no account ${BOT}`);
  return account.email;
}

/** Author/committer of a Git Data API commit. */
export interface Person {
  name: string;
  email: string;
  date?: string;
}

/**
 * A commit on top of `parent` through the Git Data API (trees, then commits) with `token`: files map path to
 * content (null deletes). Without author/committer the server records the token's identity, as GitHub does.
 */
export async function commitFiles(
  world: World,
  token: string,
  spec: { parent: string; files: Record<string, string | null>; message: string; author?: Person; committer?: Person },
): Promise<string> {
  const octokit = new Octokit({ auth: token, baseUrl: world.server.apiUrl });
  const { data: parent } = await octokit.rest.git.getCommit({ ...BUNDLES, commit_sha: spec.parent });
  const { data: tree } = await octokit.rest.git.createTree({
    ...BUNDLES,
    base_tree: parent.tree.sha,
    tree: Object.entries(spec.files).map(([path, content]) =>
      content === null
        ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path, mode: '100644' as const, type: 'blob' as const, content },
    ),
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...BUNDLES,
    message: spec.message,
    tree: tree.sha,
    parents: [spec.parent],
    ...(spec.author ? { author: spec.author } : {}),
    ...(spec.committer ? { committer: spec.committer } : {}),
  });
  return commit.sha;
}

/**
 * `count` empty commits (each with the parent's tree) on top of `parent` through the Git Data API with `token`,
 * no custom author or committer; returns the last one. Refs are not moved.
 */
export async function emptyCommits(
  world: World,
  token: string,
  parent: string,
  count: number,
  message: (i: number) => string,
): Promise<string> {
  const octokit = new Octokit({ auth: token, baseUrl: world.server.apiUrl });
  const { data: first } = await octokit.rest.git.getCommit({ ...BUNDLES, commit_sha: parent });
  let tip = parent;
  for (let i = 1; i <= count; i++) {
    const { data } = await octokit.rest.git.createCommit({
      ...BUNDLES,
      message: message(i),
      tree: first.tree.sha,
      parents: [tip],
    });
    tip = data.sha;
  }
  return tip;
}

/** Moves a branch to `sha` with `token`, as a fast-forward (PATCH git/refs, force false). */
export async function moveBranch(world: World, token: string, branch: string, sha: string): Promise<void> {
  const octokit = new Octokit({ auth: token, baseUrl: world.server.apiUrl });
  await octokit.rest.git.updateRef({ ...BUNDLES, ref: `heads/${branch}`, sha, force: false });
}

/** The pull request's current head and base, read fresh. */
export async function pullHead(world: World, number: number): Promise<{ head: string; base: string; baseRef: string }> {
  const { data } = await as(world, PEOPLE.max).rest.pulls.get({ ...BUNDLES, pull_number: number });
  return { head: data.head.sha, base: data.base.sha, baseRef: data.base.ref };
}

/** The latest check run of one name at a commit: its conclusion, the App that posted it, and all its words. */
export interface CheckReport {
  conclusion: string | null;
  appId: number | null;
  /** Title, summary, text and every annotation's message, one after another. */
  text: string;
}

/** Every latest check run at a commit, by name, with its full text (annotations included). */
export async function checkReports(world: World, sha: string): Promise<Record<string, CheckReport>> {
  const octokit = as(world, PEOPLE.max);
  const { data } = await octokit.rest.checks.listForRef({ ...BUNDLES, ref: sha, per_page: 100 });
  const latest = new Map<string, (typeof data.check_runs)[number]>();
  for (const run of [...data.check_runs].sort((a, b) => a.id - b.id)) latest.set(run.name, run);
  const out: Record<string, CheckReport> = {};
  for (const [name, run] of latest) {
    const annotations = await octokit.paginate(octokit.rest.checks.listAnnotations, {
      ...BUNDLES,
      check_run_id: run.id,
      per_page: 100,
    });
    out[name] = {
      conclusion: run.conclusion,
      appId: run.app?.id ?? null,
      text: [run.output.title, run.output.summary, run.output.text, ...annotations.map((a) => a.message)]
        .filter((t): t is string => typeof t === 'string')
        .join('\n'),
    };
  }
  return out;
}

/** The seal tags (`cutover/*`) in the bundles repository. */
export async function sealTags(world: World): Promise<string[]> {
  return (await git(world, 'tag', '--list', 'cutover/*')).split('\n').filter(Boolean);
}

/**
 * Merges as the maintainer with the default branch's rules lifted for that one merge (an administrator's
 * bypass, or rules relaxed for a moment), then puts the rules back. Returns the merge commit.
 */
export async function mergePastRules(
  world: World,
  number: number,
  method: 'merge' | 'squash' | 'rebase' = 'merge',
): Promise<string> {
  const { admin } = world.server;
  admin.setBranchRules(BUNDLES.owner, BUNDLES.repo, 'main', {});
  try {
    await nextSecond();
    const { data } = await as(world, PEOPLE.max).rest.pulls.merge({
      ...BUNDLES,
      pull_number: number,
      merge_method: method,
    });
    return data.sha;
  } finally {
    admin.setBranchRules(BUNDLES.owner, BUNDLES.repo, 'main', defaultBranchRules(world.governorAppId));
  }
}

/** `cutover inspect <bundles repository> --tag <tag> --json` through the built CLI. */
export async function inspect(
  world: World,
  tag: string,
): Promise<{ code: number; results: Array<{ name: string; status: string; detail: string }>; output: string }> {
  const repository = world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [CLI_ENTRY, 'inspect', repository, '--tag', tag, '--json'], (error, out, err) => {
      const exit = error && 'code' in error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code: exit, stdout: out, stderr: err });
    });
  });
  let results: Array<{ name: string; status: string; detail: string }> = [];
  try {
    const parsed = JSON.parse(stdout) as { results?: typeof results };
    results = parsed.results ?? [];
  } catch {
    // Not JSON (a usage error): the output says why.
  }
  return { code, results, output: `${stdout}\n${stderr}` };
}
