/**
 * Real release-bundles git repositories for the reader tests, built with the git CLI in temporary
 * directories: a bundle assembled by `cutover assemble` from the payments-platform example, committed,
 * and sealed with an annotated tag whose message is `renderSealMessage` of a realistic record.
 * Identity and config come from explicit environment variables, never the user's global git config.
 */
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ApprovalManifest } from '../../src/domain/model.js';
import { releaseDirectory, sealTagName } from '../../src/domain/names.js';
import { renderSealMessage, type SealRecord } from '../../src/domain/seal.js';
import { makeTempDir, runCli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/paths.js';

const exec = promisify(execFile);

export const PRODUCT = 'payments-platform';
export const RELEASE = '2026.11.3';
export const RELEASE_DIR = releaseDirectory(PRODUCT, RELEASE);

/** The example's change window is 2026-12-01T05:00Z .. 09:00Z. */
export const MOMENTS = {
  before: '2026-11-30T12:00:00Z',
  during: '2026-12-01T06:30:00Z',
  after: '2026-12-02T00:00:00Z',
} as const;

/** Environment for git in tests: fixed identity and dates, no global or system config. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Release Bot',
  GIT_AUTHOR_EMAIL: 'release-bot@example.com',
  GIT_AUTHOR_DATE: '2026-11-24T10:00:00Z',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'release-bot@example.com',
  GIT_COMMITTER_DATE: '2026-11-24T10:00:00Z',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

/** Runs git in `cwd`; returns trimmed stdout. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: GIT_ENV });
  return stdout.trim();
}

/** A bundles repository under construction. */
export interface BundlesRepo {
  dir: string;
  /** `file://` URL of the repository. */
  url: string;
  root: string;
}

/** An empty repository with one initial commit on main. */
export async function createRepo(): Promise<BundlesRepo> {
  const root = await makeTempDir('cutover-reader-test-');
  const dir = path.join(root, 'release-bundles');
  await exec('git', ['init', '-q', '-b', 'main', dir], { env: GIT_ENV });
  await writeFile(path.join(dir, 'README.md'), '# release-bundles\n');
  await git(dir, 'add', 'README.md');
  await git(dir, 'commit', '-q', '-m', 'Initial commit');
  return { dir, url: pathToFileURL(dir).href, root };
}

/**
 * Assembles a revision of payments-platform 2026.11.3 into the repository (the next revision when one is
 * there, via --previous), with the change record suffix varied so each revision has another digest; commits it.
 */
export async function assembleRevision(
  repo: BundlesRepo,
  variant: number,
): Promise<{ commit: string; manifest: ApprovalManifest }> {
  const sources = path.join(repo.root, `sources-${variant}`);
  await cp(path.dirname(EXAMPLES.payments.sources), sources, { recursive: true });
  const records = path.join(sources, path.basename(EXAMPLES.payments.records));
  const text = await readFile(records, 'utf8');
  if (!text.includes('CHG-20261201-0042'))
    throw new Error('the example no longer names change record CHG-20261201-0042');
  await writeFile(records, text.replace('CHG-20261201-0042', `CHG-20261201-${String(42 + variant).padStart(4, '0')}`));
  const out = path.join(repo.dir, RELEASE_DIR);
  const previous = await readFile(path.join(out, 'manifest.json'), 'utf8').then(
    () => ['--previous', out],
    () => [],
  );
  const run = await runCli([
    'assemble',
    '--sources',
    path.join(sources, path.basename(EXAMPLES.payments.sources)),
    '--out',
    out,
    '--policy',
    EXAMPLES.policy,
    ...previous,
  ]);
  if (run.code !== 0) throw new Error(`assemble failed: ${run.stderr}`);
  const manifest = await readManifest(repo);
  await git(repo.dir, 'add', '-A', RELEASE_DIR);
  await git(repo.dir, 'commit', '-q', '-m', `${PRODUCT} ${RELEASE} revision ${manifest.revision}`);
  return { commit: await git(repo.dir, 'rev-parse', 'HEAD'), manifest };
}

/** manifest.json in the work tree. */
export async function readManifest(repo: BundlesRepo): Promise<ApprovalManifest> {
  const parsed: ApprovalManifest = JSON.parse(
    await readFile(path.join(repo.dir, RELEASE_DIR, 'manifest.json'), 'utf8'),
  );
  return parsed;
}

/** A realistic seal record for a manifest merged as `mergeCommit`. */
export function sealRecordFor(
  manifest: ApprovalManifest,
  mergeCommit: string,
  overrides: Partial<SealRecord> = {},
): SealRecord {
  const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
  return {
    schemaVersion: 1,
    product: manifest.product,
    release: manifest.release,
    revision: manifest.revision,
    bundleDigest: manifest.bundleDigest,
    queue: manifest.queue,
    window: { ...manifest.window },
    requiredTeams: [...manifest.requiredApprovers.teams],
    repository: 'acme/release-bundles',
    pullRequest: 40 + manifest.revision,
    headSha,
    mergeCommit,
    mergeMethod: 'merge',
    mergedAt: '2026-11-24T10:05:00Z',
    approvers: [
      { login: 'alice', team: 'acme/release-engineering', reviewId: 9001, commitId: headSha },
      { login: 'bob', team: 'acme/operations', reviewId: 9002, commitId: headSha },
    ],
    supersedes: manifest.supersedes,
    handoff: manifest.handoff,
    ...overrides,
  };
}

/** Creates the annotated seal tag (`git tag -a -F`) of `record` (or a raw `message`) on `commit`; returns the tag name. */
export async function sealTag(
  repo: BundlesRepo,
  record: SealRecord,
  commit: string,
  options: { force?: boolean; name?: string; message?: string } = {},
): Promise<string> {
  const name = options.name ?? sealTagName(record.product, record.release, record.revision);
  const file = path.join(repo.root, `seal-${record.revision}-${Date.now()}.txt`);
  await writeFile(file, options.message ?? renderSealMessage(record));
  await git(repo.dir, 'tag', ...(options.force ? ['-f'] : []), '-a', '-F', file, '--cleanup=verbatim', name, commit);
  return name;
}

/** A repository with revision 1 assembled, committed and sealed. */
export async function sealedRepo(): Promise<BundlesRepo & { commit: string; manifest: ApprovalManifest; tag: string }> {
  const repo = await createRepo();
  const { commit, manifest } = await assembleRevision(repo, 0);
  const tag = await sealTag(repo, sealRecordFor(manifest, commit), commit);
  return { ...repo, commit, manifest, tag };
}
