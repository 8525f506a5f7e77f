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
import type { BundleFiles } from '../../src/domain/model.js';
import { CLI_ENTRY } from './runner.js';
import { as } from './steps.js';
import { BOT, BUNDLES, defaultBranchRules, PEOPLE, type World } from './world.js';

const exec = promisify(execFile);

type Json = Record<string, unknown>;

/** The four files of a release directory, parsed. */
export interface ReleaseDocuments {
  bundle: Json;
  lineage: Json;
  holds: Json;
  manifest: Json;
}

const FILES = ['bundle', 'lineage', 'holds', 'manifest'] as const;

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
  const out: Partial<ReleaseDocuments> = {};
  for (const name of FILES) out[name] = JSON.parse(await git(world, 'show', `${sha}:${dir}/${name}.json`)) as Json;
  return out as ReleaseDocuments;
}

/** The documents as the file texts the writer would commit (2-space JSON, trailing newline), keyed by path. */
export function releaseTexts(dir: string, docs: ReleaseDocuments): Record<string, string> {
  return Object.fromEntries(FILES.map((name) => [`${dir}/${name}.json`, `${JSON.stringify(docs[name], null, 2)}\n`]));
}

const record = (value: unknown, what: string): Json => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as Json;
};
const list = (value: unknown, what: string): unknown[] => {
  if (!Array.isArray(value)) throw new Error(`${what} is not an array`);
  return value;
};

/** The digest the attacker's artifact has: not what the sources vouched for. */
export const FORGED_DIGEST = `sha256:${'e'.repeat(64)}`;

/**
 * Swaps the digest of the first artifact of a component without provenance (so no provenance subject can
 * contradict it) for {@link FORGED_DIGEST}, and recomputes what a checker of the files alone would compare:
 * that field's lineage `valueDigest` and the manifest's `bundleDigest`. Returns new documents.
 */
export function forgeArtifactDigest(docs: ReleaseDocuments): { docs: ReleaseDocuments; pointer: string } {
  const next = structuredClone(docs);
  const components = list(next.bundle.components, 'bundle.components');
  const index = components.findIndex((c) => {
    const provenance = record(c, 'component').provenance;
    return !Array.isArray(provenance) || provenance.length === 0;
  });
  const component = record(components[index === -1 ? 0 : index], 'component');
  const artifact = record(list(component.artifacts, 'component.artifacts')[0], 'artifact');
  artifact.digest = FORGED_DIGEST;
  const pointer = `/components/${index === -1 ? 0 : index}/artifacts/0/digest`;
  const fields = record(next.lineage.fields, 'lineage.fields');
  const field = record(fields[pointer], `lineage.fields[${pointer}]`);
  field.valueDigest = digestOf(FORGED_DIGEST);
  next.manifest.bundleDigest = bundleDigest(next as unknown as BundleFiles);
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

/** An empty commit (the parent's tree) through the Git Data API with `token`: no custom author or committer. */
export async function emptyCommit(world: World, token: string, parent: string, message: string): Promise<string> {
  const octokit = new Octokit({ auth: token, baseUrl: world.server.apiUrl });
  const { data: commit } = await octokit.rest.git.getCommit({ ...BUNDLES, commit_sha: parent });
  const { data } = await octokit.rest.git.createCommit({
    ...BUNDLES,
    message,
    tree: commit.tree.sha,
    parents: [parent],
  });
  return data.sha;
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
