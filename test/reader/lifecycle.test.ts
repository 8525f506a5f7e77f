/**
 * The reader on repositories the lifecycle itself produced: assemble -> verify -> gate -> merge -> seal, twice
 * (r1, then r2 from a changed candidate), in-process on the GitHub-compatible server. The sealed bundles
 * repository is read as a bare path, over smart HTTP and as a `git clone`; then clones are tampered with the
 * git CLI and each tampering must fail its named integrity result.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessLifecycle } from '../../src/cli/demo.js';
import { BUNDLE_FILES, sealTagName } from '../../src/domain/names.js';
import {
  INTEGRITY_CHECKS,
  type IntegrityCheckName,
  listSealedRevisions,
  readSealedBundle,
  type SealedBundle,
} from '../../src/reader/index.js';
import { BUNDLES, newCandidate, PEOPLE, TAG } from '../e2e/world.js';
import { makeTempDir, runCli } from '../helpers/cli.js';
import { examplesDir } from '../helpers/paths.js';
import { git, PRODUCT, RELEASE, RELEASE_DIR } from './fixture.js';

const R1 = sealTagName(PRODUCT, RELEASE, 1);
const R2 = sealTagName(PRODUCT, RELEASE, 2);
const R3 = sealTagName(PRODUCT, RELEASE, 3);

let life: InProcessLifecycle;
/** The bare bundles repository on the server's disk, and its smart-HTTP URL. */
let bare: string;
let url: string;
/** Merge commits sealed as r1 and r2. */
const merged: { r1: string; r2: string } = { r1: '', r2: '' };
const temporary: string[] = [];

/** assemble, verify, both teams approve, gate, squash merge, seal: one sealed revision; returns its tag and commit. */
async function sealRevision(tag: string): Promise<{ tag: string; commit: string }> {
  const assembled = await life.assemble(tag);
  const number = Number(assembled.outputs['pull-request-number']);
  expect(number).toBeGreaterThan(0);
  expect((await life.verify(number)).outputs['failed-checks']).toBe('0');
  await life.approve(PEOPLE.alice, number);
  await life.approve(PEOPLE.bob, number);
  expect((await life.gate(number)).outputs.approved).toBe('true');
  const commit = await life.merge(PEOPLE.max, number, 'squash');
  const sealed = await life.seal(number);
  return { tag: sealed.outputs.tag ?? '', commit };
}

beforeAll(async () => {
  life = await InProcessLifecycle.start({ examples: examplesDir, contract: false });
  const first = await sealRevision(TAG);
  expect(first.tag).toBe(R1);
  merged.r1 = first.commit;
  // A changed input on a new candidate: the next assembly is revision 2 in a new pull request, superseding r1.
  const records = (life.world.serviceFiles['.cutover/release-records.yaml'] ?? '').replace(
    'CHG-20261118-0311',
    'CHG-20261124-0412',
  );
  expect(records).toContain('CHG-20261124-0412');
  await newCandidate(life.world, 'v2026.11.3-rc.3', { '.cutover/release-records.yaml': records });
  const second = await sealRevision('v2026.11.3-rc.3');
  expect(second.tag).toBe(R2);
  merged.r2 = second.commit;
  bare = life.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  url = life.server.admin.cloneUrl(BUNDLES.owner, BUNDLES.repo);
}, 120_000);

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
  await life?.close();
});

/** A working clone of the sealed bundles repository (every tag fetched), removed after the tests. */
async function cloneOf(source: string): Promise<string> {
  const dir = await makeTempDir('cutover-reader-lifecycle-');
  temporary.push(dir);
  await git(dir, 'clone', '--quiet', '--no-checkout', source, '.');
  await git(dir, 'fetch', '--quiet', '--tags', 'origin');
  return dir;
}

function statuses(sealed: SealedBundle): Record<string, string> {
  return Object.fromEntries(sealed.results.map((r) => [r.name, r.status]));
}

/** Every integrity result passes except `failing`, each of which fails with a detail matching its pattern. */
function expectOnlyFailing(sealed: SealedBundle, failing: Partial<Record<IntegrityCheckName, RegExp>>): void {
  const expected = Object.fromEntries(INTEGRITY_CHECKS.map((name) => [name, name in failing ? 'fail' : 'pass']));
  expect(statuses(sealed)).toEqual(expected);
  for (const [name, pattern] of Object.entries(failing))
    expect(sealed.results.find((r) => r.name === name)?.detail).toMatch(pattern as RegExp);
  expect(sealed.intact).toBe(false);
}

/** The tag's message exactly as sealed (the approval record). */
async function messageOf(dir: string, tag: string): Promise<string> {
  return git(dir, 'for-each-ref', '--format=%(contents)', `refs/tags/${tag}`);
}

/** Re-creates `tag` as an annotated tag on `commit` with `message`, as someone with push access could. */
async function retag(dir: string, tag: string, commit: string, message: string): Promise<void> {
  const file = path.join(dir, '.git', 'TAG_MESSAGE_TAMPERED');
  await writeFile(file, `${message}\n`);
  await git(dir, 'tag', '--force', '--annotate', '--cleanup=verbatim', '--file', file, tag, commit);
}

describe('the reader on a lifecycle-produced bundles repository', () => {
  for (const [where, repository] of [
    ['the bare repository path', () => bare],
    ['the smart-HTTP URL', () => url],
    ['a git clone', () => cloneOf(bare)],
  ] as const) {
    it(`verifies r2 and places r1 under it, from ${where}`, async () => {
      const repo = await repository();
      const r2 = await readSealedBundle({ repository: repo, tag: R2 });
      expect(statuses(r2)).toEqual(Object.fromEntries(INTEGRITY_CHECKS.map((name) => [name, 'pass'])));
      expect(r2.intact).toBe(true);
      expect(r2.commit).toBe(merged.r2);
      expect(r2.record?.supersedes?.revision).toBe(1);
      expect(r2.record?.approvers.map((a) => a.login)).toEqual([PEOPLE.alice, PEOPLE.bob]);
      expect(r2.latestSealedRevision).toBe(2);

      const list = await listSealedRevisions({ repository: repo });
      expect(
        list.revisions.map((r) => ({ tag: r.tag, sealed: r.sealed, latest: r.latest, by: r.supersededBy })),
      ).toEqual([
        { tag: R1, sealed: true, latest: false, by: 2 },
        { tag: R2, sealed: true, latest: true, by: undefined },
      ]);
      expect(list.revisions.map((r) => r.commit)).toEqual([merged.r1, merged.r2]);

      const inspect = await runCli(['inspect', repo, '--tag', R2]);
      expect(inspect.stderr).toBe('');
      expect(inspect.code).toBe(0);
      expect(inspect.stdout).toContain(`inspect: every integrity check holds for ${R2}`);
      const listed = await runCli(['list', repo]);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/r1 +superseded by r2 +valid/);
      expect(listed.stdout).toMatch(/r2 +latest +valid/);
    });
  }

  it('reports an older revision replayed as current: r1 is superseded by r2', async () => {
    const r1 = await readSealedBundle({ repository: url, tag: R1 });
    expectOnlyFailing(r1, { 'latest-revision': /superseded by r2/ });
    const inspect = await runCli(['inspect', bare, '--tag', R1]);
    expect(inspect.code).toBe(1);
    expect(inspect.stdout).toMatch(/latest-revision +fail +superseded by r2/);
    expect(inspect.stdout).toContain(`1 integrity check failed for ${R1}: latest-revision`);
  });

  it('fails tag-target when the seal tag is moved to another commit', async () => {
    const dir = await cloneOf(bare);
    await retag(dir, R2, merged.r1, await messageOf(dir, R2));
    const moved = await readSealedBundle({ repository: dir, tag: R2 });
    // r1's commit holds r1's files, which are not what the r2 record and its manifest bind.
    expect(statuses(moved)['tag-target']).toBe('fail');
    expect(moved.results.find((r) => r.name === 'tag-target')?.detail).toMatch(
      new RegExp(`points at ${merged.r1}, but the record's merge commit is ${merged.r2} \\(tag moved\\?\\)`),
    );
    expect(statuses(moved)['bundle-digest']).toBe('fail');
    const inspect = await runCli(['inspect', dir, '--tag', R2]);
    expect(inspect.code).toBe(1);
    expect(inspect.stdout).toMatch(/tag-target +fail/);
  });

  it('fails when a bundle file is edited after sealing and the tag re-pointed at the edit', async () => {
    const dir = await cloneOf(bare);
    const file = `${RELEASE_DIR}/${BUNDLE_FILES.bundle}`;
    const original = await git(dir, 'show', `${merged.r2}:${file}`);
    const bundle = JSON.parse(original) as { cohorts: Array<{ share?: number }> };
    const cohort = bundle.cohorts.find((c) => c.share !== undefined);
    expect(cohort).toBeDefined();
    if (cohort) cohort.share = (cohort.share ?? 0) === 50 ? 25 : 50;
    await git(dir, 'checkout', '--quiet', '--detach', merged.r2);
    await writeFile(path.join(dir, file), `${JSON.stringify(bundle, null, 2)}\n`);
    await git(dir, 'commit', '--quiet', '--all', '--message', 'widen the canary');
    const edited = await git(dir, 'rev-parse', 'HEAD');
    const message = await messageOf(dir, R2);

    // Re-pointed with the sealed record as is: the record's merge commit and the digests give it away, and the
    // edit (committed on a detached HEAD) is not on the default branch, origin/main.
    const offBranch = new RegExp(`the tagged commit ${edited} is not on the default branch origin/main`);
    await retag(dir, R2, edited, message);
    const repointed = await readSealedBundle({ repository: dir, tag: R2 });
    expectOnlyFailing(repointed, {
      'tag-target': /the record's merge commit is .* \(tag moved\?\)/,
      'default-branch': offBranch,
      'bundle-digest': /but manifest\.json binds sha256:.*but the seal record names sha256:/,
    });

    // Re-pointed with the record rewritten to name the edit as the merge commit: the digest still fails.
    expect(message).toContain(merged.r2);
    await retag(dir, R2, edited, message.replaceAll(merged.r2, edited));
    const rewritten = await readSealedBundle({ repository: dir, tag: R2 });
    expectOnlyFailing(rewritten, {
      'default-branch': offBranch,
      'bundle-digest': /the bundle files hash to sha256:[0-9a-f]{64}, but manifest\.json binds sha256:/,
    });
    const inspect = await runCli(['inspect', dir, '--tag', R2, '--json']);
    expect(inspect.code).toBe(1);
    expect((JSON.parse(inspect.stdout) as SealedBundle).intact).toBe(false);
  });

  it('fails annotated-tag for a lightweight tag of the same name on the sealed commit', async () => {
    const dir = await cloneOf(bare);
    await git(dir, 'tag', '--force', R2, merged.r2);
    const light = await readSealedBundle({ repository: dir, tag: R2 });
    expect(statuses(light)['annotated-tag']).toBe('fail');
    expect(light.results.find((r) => r.name === 'annotated-tag')?.detail).toMatch(/is a lightweight tag/);
    expect(statuses(light)['seal-record']).toBe('fail');
    expect(light.tagObject).toBeUndefined();
    // With r2 no longer a valid seal, r1 is the latest sealed revision, and it says a later tag is invalid.
    const r1 = await readSealedBundle({ repository: dir, tag: R1 });
    expectOnlyFailing(r1, { 'latest-revision': /later tags r2 exist but are not valid seals/ });
    const listed = await runCli(['list', dir]);
    expect(listed.code).toBe(1);
    expect(listed.stdout).toMatch(/r2 +latest +lightweight/);
  });

  it('fails when the r1 tag object is replayed under the next revision name', async () => {
    const dir = await cloneOf(bare);
    const r1Object = await git(dir, 'rev-parse', `refs/tags/${R1}`);
    await git(dir, 'update-ref', `refs/tags/${R3}`, r1Object);
    const replayed = await readSealedBundle({ repository: dir, tag: R3 });
    expect(statuses(replayed)['annotated-tag']).toBe('fail');
    expect(replayed.results.find((r) => r.name === 'annotated-tag')?.detail).toMatch(
      /a tag replayed under another name/,
    );
    expect(statuses(replayed)['seal-record']).toBe('fail');
    expect(statuses(replayed)['manifest-binding']).toBe('fail');
    // The genuine r2 stays valid, but is no longer the last tag: a later, invalid one exists.
    const r2 = await readSealedBundle({ repository: dir, tag: R2 });
    expectOnlyFailing(r2, { 'latest-revision': /later tags r3 exist but are not valid seals/ });
  });
});
