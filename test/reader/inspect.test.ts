/**
 * readSealedBundle and `cutover inspect` on real git repositories: the happy path over a local path and a
 * file:// URL, and tampered repositories (moved tag, edited bundle, lightweight tag, digest mismatch,
 * replayed older revision, missing approver team), each failing exactly the integrity result it should.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDigest } from '../../src/domain/canonical.js';
import { renderJson } from '../../src/domain/files.js';
import type { Bundle, HoldRegister, LineageDocument } from '../../src/domain/model.js';
import { renderSealMessage } from '../../src/domain/seal.js';
import { INTEGRITY_CHECKS, type IntegrityCheckName } from '../../src/reader/checks.js';
import { readSealedBundle, type SealedBundle } from '../../src/reader/inspect.js';
import { removeDir, runCli, stackLines } from '../helpers/cli.js';
import {
  assembleRevision,
  type BundlesRepo,
  git,
  MOMENTS,
  RELEASE_DIR,
  readManifest,
  sealedRepo,
  sealRecordFor,
  sealTag,
} from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

async function fresh() {
  const repo = await sealedRepo();
  roots.push(repo.root);
  return repo;
}

function statusOf(sealed: SealedBundle, name: IntegrityCheckName): string | undefined {
  return sealed.results.find((r) => r.name === name)?.status;
}

function failedNames(sealed: SealedBundle): string[] {
  return sealed.results.filter((r) => r.status === 'fail').map((r) => r.name);
}

function detailOf(sealed: SealedBundle, name: IntegrityCheckName): string {
  return sealed.results.find((r) => r.name === name)?.detail ?? '';
}

describe('readSealedBundle: a correctly sealed revision', () => {
  it('passes every integrity check read from a local path', async () => {
    const repo = await fresh();
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(sealed.results.map((r) => r.name)).toEqual([...INTEGRITY_CHECKS]);
    expect(failedNames(sealed)).toEqual([]);
    expect(sealed.intact).toBe(true);
    expect(sealed.commit).toBe(repo.commit);
    expect(sealed.bundleDigest).toBe(repo.manifest.bundleDigest);
    expect(sealed.record?.mergeCommit).toBe(repo.commit);
    expect(sealed.files?.bundle.product).toBe('payments-platform');
    expect(sealed.manifest?.revision).toBe(1);
    expect(sealed.latestSealedRevision).toBe(1);
    expect(sealed.tagObject).toMatch(/^[0-9a-f]{40}$/);
    expect(sealed.window).toMatchObject({ state: 'open', from: 'seal record', at: '2026-12-01T06:30:00.000Z' });
    expect(detailOf(sealed, 'required-approvers')).toContain('acme/operations: bob');
  });

  it('reads the same through a file:// URL (fetched into a private bare repository) and a relative path', async () => {
    const repo = await fresh();
    const viaUrl = await readSealedBundle({ repository: repo.url, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(viaUrl)).toEqual([]);
    expect(viaUrl.commit).toBe(repo.commit);
    expect(viaUrl.repository).toBe(repo.url);
    const viaRelative = await readSealedBundle({
      repository: path.basename(repo.dir),
      cwd: repo.root,
      tag: repo.tag,
      at: MOMENTS.during,
    });
    expect(viaRelative.intact).toBe(true);
    expect(viaRelative.repository).toBe(repo.dir);
  });

  it('states the window as a fact relative to --at, without changing integrity', async () => {
    const repo = await fresh();
    for (const [moment, state] of [
      [MOMENTS.before, 'not started'],
      [MOMENTS.during, 'open'],
      [MOMENTS.after, 'ended'],
      [repo.manifest.window.start, 'open'],
      [repo.manifest.window.end, 'ended'],
    ] as const) {
      const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: moment });
      expect(sealed.window.state, moment).toBe(state);
      expect(sealed.intact).toBe(true);
    }
    const now = await readSealedBundle({ repository: repo.dir, tag: repo.tag });
    expect(Math.abs(Date.parse(now.window.at) - Date.now())).toBeLessThan(60_000);
  });
});

describe('readSealedBundle: tampered repositories', () => {
  it('a tag moved to another commit fails tag-target', async () => {
    const repo = await fresh();
    await git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'unrelated change');
    const other = await git(repo.dir, 'rev-parse', 'HEAD');
    await sealTag(repo, sealRecordFor(repo.manifest, repo.commit), other, { force: true });
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(sealed)).toEqual(['tag-target']);
    expect(detailOf(sealed, 'tag-target')).toContain(`the tag points at ${other}`);
    expect(detailOf(sealed, 'tag-target')).toContain('tag moved?');
    expect(sealed.intact).toBe(false);
  });

  it('a bundle file edited after sealing (new commit, tag moved) fails tag-target and bundle-digest', async () => {
    const repo = await fresh();
    await editBundle(repo);
    const edited = await git(repo.dir, 'rev-parse', 'HEAD');
    await sealTag(repo, sealRecordFor(repo.manifest, repo.commit), edited, { force: true });
    const sealed = await readSealedBundle({ repository: repo.url, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(sealed)).toEqual(['tag-target', 'bundle-digest']);
    expect(detailOf(sealed, 'bundle-digest')).toContain(`but manifest.json binds ${repo.manifest.bundleDigest}`);
    expect(detailOf(sealed, 'bundle-digest')).toContain(`but the seal record names ${repo.manifest.bundleDigest}`);
    expect(sealed.bundleDigest).not.toBe(repo.manifest.bundleDigest);
  });

  it('an edited bundle re-sealed with a matching merge commit and manifest still fails on the record digest', async () => {
    const repo = await fresh();
    const digest = await editBundle(repo, { rebind: true });
    const edited = await git(repo.dir, 'rev-parse', 'HEAD');
    // The record keeps the approved digest: the approvals were for that content.
    await sealTag(repo, sealRecordFor(repo.manifest, edited), edited, { force: true });
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(sealed.bundleDigest).toBe(digest);
    expect(failedNames(sealed)).toEqual(['bundle-digest', 'manifest-binding']);
    expect(detailOf(sealed, 'bundle-digest')).toBe(
      `the bundle files hash to ${digest}, but the seal record names ${repo.manifest.bundleDigest}`,
    );
  });

  it('a lightweight tag with the same name fails annotated-tag and seal-record', async () => {
    const repo = await fresh();
    await git(repo.dir, 'tag', '-d', repo.tag);
    await git(repo.dir, 'tag', repo.tag, repo.commit);
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(statusOf(sealed, 'annotated-tag')).toBe('fail');
    expect(statusOf(sealed, 'seal-record')).toBe('fail');
    expect(detailOf(sealed, 'annotated-tag')).toContain('lightweight tag');
    expect(sealed.tagObject).toBeUndefined();
    expect(sealed.commit).toBe(repo.commit);
    // The files are still read and hashed, and still match the manifest; only the record is missing.
    expect(sealed.bundleDigest).toBe(repo.manifest.bundleDigest);
    expect(sealed.intact).toBe(false);
  });

  it('a record naming another digest fails bundle-digest and manifest-binding', async () => {
    const repo = await fresh();
    const wrong = `sha256:${'0'.repeat(64)}`;
    await sealTag(repo, sealRecordFor(repo.manifest, repo.commit, { bundleDigest: wrong }), repo.commit, {
      force: true,
    });
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(sealed)).toEqual(['bundle-digest', 'manifest-binding']);
    expect(detailOf(sealed, 'bundle-digest')).toContain(`the seal record names ${wrong}`);
    expect(detailOf(sealed, 'manifest-binding')).toContain(`the seal record ${wrong}`);
  });

  it('a record that is not schema-valid, or for another revision, fails seal-record', async () => {
    const repo = await fresh();
    const record = sealRecordFor(repo.manifest, repo.commit);
    const message = renderSealMessage(record).replace('"mergeMethod": "merge"', '"mergeMethod": "fast-forward"');
    await sealTag(repo, record, repo.commit, { force: true, message });
    let sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(statusOf(sealed, 'seal-record')).toBe('fail');
    expect(detailOf(sealed, 'seal-record')).toContain('/mergeMethod');
    expect(sealed.record).toBeUndefined();

    await sealTag(repo, sealRecordFor(repo.manifest, repo.commit, { revision: 7 }), repo.commit, {
      force: true,
      name: repo.tag,
    });
    sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(detailOf(sealed, 'seal-record')).toContain('revision 7 (tag name says 1)');
  });

  it('a record with a team missing, or one person for both teams, fails required-approvers', async () => {
    const repo = await fresh();
    const base = sealRecordFor(repo.manifest, repo.commit);
    const [alice] = base.approvers;
    if (!alice) throw new Error('fixture has approvers');
    await sealTag(repo, { ...base, approvers: [alice] }, repo.commit, { force: true });
    let sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(sealed)).toEqual(['required-approvers']);
    expect(detailOf(sealed, 'required-approvers')).toBe('no distinct approver from acme/operations');

    await sealTag(
      repo,
      { ...base, approvers: [alice, { ...alice, login: 'ALICE', team: 'acme/operations', reviewId: 9003 }] },
      repo.commit,
      { force: true },
    );
    sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(sealed)).toEqual(['required-approvers']);

    const stale = { login: 'bob', team: 'acme/operations', reviewId: 9004, commitId: 'f'.repeat(40) };
    await sealTag(repo, { ...base, approvers: [alice, stale] }, repo.commit, { force: true });
    sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(detailOf(sealed, 'required-approvers')).toContain('not counted (approved another commit');
  });
  it('bundle files over the size limit are not read, and fail bundle-digest', async () => {
    const repo = await fresh();
    const sealed = await readSealedBundle({
      repository: repo.dir,
      tag: repo.tag,
      at: MOMENTS.during,
      maxFileBytes: 512,
    });
    expect(statusOf(sealed, 'bundle-digest')).toBe('fail');
    expect(detailOf(sealed, 'bundle-digest')).toMatch(/bundle\.json is \d+ bytes, over the limit of 512 bytes/);
    expect(sealed.files).toBeUndefined();
  });
});

describe('readSealedBundle: supersession', () => {
  it('an older revision replayed while a later one is sealed names the revision that superseded it', async () => {
    const repo = await fresh();
    const r2 = await assembleRevision(repo, 1);
    expect(r2.manifest.revision).toBe(2);
    expect(r2.manifest.supersedes).toEqual({ revision: 1, bundleDigest: repo.manifest.bundleDigest });
    const tag2 = await sealTag(repo, sealRecordFor(r2.manifest, r2.commit), r2.commit);

    const old = await readSealedBundle({ repository: repo.url, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(old)).toEqual(['latest-revision']);
    expect(detailOf(old, 'latest-revision')).toBe(`superseded by r2 (${tag2})`);
    expect(old.latestSealedRevision).toBe(2);

    const latest = await readSealedBundle({ repository: repo.url, tag: tag2, at: MOMENTS.during });
    expect(failedNames(latest)).toEqual([]);
    expect(latest.manifest?.supersedes?.revision).toBe(1);
  });

  it('a later tag that is not a valid seal is reported, and an old tag object replayed under a new name fails', async () => {
    const repo = await fresh();
    const tagObject = await git(repo.dir, 'rev-parse', `refs/tags/${repo.tag}`);
    const replayed = repo.tag.replace(/r1$/, 'r3');
    await git(repo.dir, 'update-ref', `refs/tags/${replayed}`, tagObject);
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(failedNames(sealed)).toEqual(['latest-revision']);
    expect(detailOf(sealed, 'latest-revision')).toBe('later tags r3 exist but are not valid seals');
    const copy = await readSealedBundle({ repository: repo.dir, tag: replayed, at: MOMENTS.during });
    expect(detailOf(copy, 'annotated-tag')).toContain(`is named ${repo.tag}, but is stored as refs/tags/${replayed}`);
    expect(detailOf(copy, 'seal-record')).toContain('revision 1 (tag name says 3)');
  });
});

describe('cutover inspect', () => {
  it('prints a short table and the window fact; exit 0 when intact, 1 when not; no go/no-go wording', async () => {
    const repo = await fresh();
    const ok = await runCli(['inspect', repo.url, '--tag', repo.tag, '--at', MOMENTS.before]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    for (const name of INTEGRITY_CHECKS) expect(ok.stdout).toMatch(new RegExp(`^${name}\\s+pass\\s`, 'm'));
    expect(ok.stdout).toContain('window: not started at 2026-11-30T12:00:00.000Z');
    expect(ok.stdout).toContain(`inspect: every integrity check holds for ${repo.tag}`);
    expect(ok.stdout).not.toMatch(/safe|go\/no-go|ready to deploy|approved to deploy/i);

    await git(repo.dir, 'tag', '-d', repo.tag);
    await git(repo.dir, 'tag', repo.tag, repo.commit);
    const bad = await runCli(['inspect', repo.dir, '--tag', repo.tag, '--at', MOMENTS.after]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^annotated-tag\s+fail\s+refs\/tags\/\S+ is a lightweight tag/m);
    expect(bad.stdout).toContain('window: ended');
    expect(bad.stdout).not.toMatch(/safe/i);
  });

  it('--json prints the whole reading', async () => {
    const repo = await fresh();
    const run = await runCli(['inspect', repo.dir, '--tag', repo.tag, '--at', MOMENTS.during, '--json']);
    expect(run.code).toBe(0);
    const parsed: SealedBundle = JSON.parse(run.stdout);
    expect(parsed.intact).toBe(true);
    expect(parsed.window.state).toBe('open');
    expect(parsed.results).toHaveLength(INTEGRITY_CHECKS.length);
    expect(parsed.files?.bundle.release).toBe('2026.11.3');
  });

  it('usage errors exit 2 with one clear line and no stack trace', async () => {
    const repo = await fresh();
    const cases: [string[], RegExp][] = [
      [['inspect', repo.dir, '--tag', 'v2026.11.3'], /'v2026\.11\.3' is not a seal tag name/],
      [['inspect', repo.dir, '--tag', 'cutover/payments-platform/../r1'], /is not a seal tag name/],
      [['inspect', repo.dir, '--tag=--upload-pack=touch'], /tag '--upload-pack=touch' starts with '-'/],
      [['inspect', repo.dir], /missing --tag/],
      [['inspect', '--tag', repo.tag], /expected exactly one repository/],
      [
        ['inspect', repo.dir, '--tag', repo.tag.replace(/r1$/, 'r9')],
        /no tag cutover\/payments-platform\/2026\.11\.3\/r9 .*has: r1/,
      ],
      [['inspect', repo.dir, '--tag', repo.tag, '--at', 'tomorrow'], /invalid time 'tomorrow'/],
      [['inspect', path.join(repo.root, 'missing'), '--tag', repo.tag], /repository path is not a directory/],
      [['inspect', repo.root, '--tag', repo.tag], /not a readable git repository/],
      [['inspect', `${repo.url}-missing`, '--tag', repo.tag], /cannot fetch seal tags from file:/],
      [['inspect', 'ext::sh -c touch% /tmp/pwned', '--tag', repo.tag], /neither a URL nor a local path/],
      [['inspect', 'git@github.com:acme/release-bundles.git', '--tag', repo.tag], /neither a URL nor a local path/],
      [['inspect', 'ftp://example.com/repo.git', '--tag', repo.tag], /scheme 'ftp' is not supported/],
      [
        ['inspect', `--tag=${repo.tag}`, '--', '--upload-pack=touch'],
        /repository '--upload-pack=touch' starts with '-'/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, { cwd: repo.root });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(message);
      expect(run.stderr).toMatch(/^cutover inspect: error: /);
      expect(stackLines(run.stderr)).toEqual([]);
      expect(run.stdout).toBe('');
    }
  });

  it('never puts URL credentials in a message', async () => {
    const run = await runCli(['inspect', 'http://user:s3cret@127.0.0.1:9/repo.git', '--tag', 'cutover/p/r/r1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('http://***@127.0.0.1:9/repo.git');
    expect(run.stderr).not.toContain('s3cret');
  });
});

/** Edits bundle.json in the work tree after sealing and commits; with `rebind`, rewrites manifest.json to match. */
async function editBundle(repo: BundlesRepo, options: { rebind?: boolean } = {}): Promise<string> {
  const file = path.join(repo.dir, RELEASE_DIR, 'bundle.json');
  const bundle: Bundle = JSON.parse(await readFile(file, 'utf8'));
  const component = bundle.components[0];
  const artifact = component?.artifacts[0];
  if (!artifact) throw new Error('fixture bundle has an artifact');
  artifact.digest = `sha256:${'e'.repeat(64)}`;
  await writeFile(file, renderJson(bundle));
  const lineage: LineageDocument = JSON.parse(await readFile(path.join(repo.dir, RELEASE_DIR, 'lineage.json'), 'utf8'));
  const holds: HoldRegister = JSON.parse(await readFile(path.join(repo.dir, RELEASE_DIR, 'holds.json'), 'utf8'));
  const digest = bundleDigest({ bundle, lineage, holds });
  if (options.rebind) {
    const manifest = await readManifest(repo);
    await writeFile(
      path.join(repo.dir, RELEASE_DIR, 'manifest.json'),
      renderJson({ ...manifest, bundleDigest: digest }),
    );
  }
  await git(repo.dir, 'commit', '-q', '-am', 'hand edit after sealing');
  return digest;
}
