/**
 * reconcile's hand-off decisions on the fake GitHub (the real server shows the whole flow:
 * test/modes/reconcile-handoff.test.ts). For the latest revision of a release on the default branch, validly
 * sealed: only a `cutover/handoff` check run by the governor App, succeeded, whose external_id is this very tag,
 * counts as its hand-off record; without one reconcile sends the `cutover-sealed` event again and writes the
 * record. Never for an older revision once a later one is sealed, even when the default branch's release
 * directory goes back to it (that hand-off could roll the deployment queue back).
 */
import { describe, expect, it } from 'vitest';
import type { RepoRef } from '../../src/github/port.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { HANDOFF_CHECK, runSeal } from '../../src/modes/seal.js';
import {
  approveByBothTeams,
  assembly,
  BUNDLES,
  GOVERNOR_APP,
  mergedRevision1,
  OTHER_APP,
  openCutover,
  PEOPLE,
  passChecks,
  revisionFiles,
  type World,
  world,
} from './world.js';

const TAG = 'cutover/payments/2026.11.3/r1';
const TAG2 = 'cutover/payments/2026.11.3/r2';
const QUEUE: RepoRef = { owner: 'acme', repo: 'deploy-queue' };

/** Revision 1 merged and sealed without a hand-off (what a seal run lost after its tag leaves). */
async function sealedWithoutHandOff(w: World) {
  const merged = mergedRevision1(w);
  await runSeal(w.ctx, { pullRequest: merged.number });
  return merged;
}

function sent(w: World): unknown[] {
  return w.github.dispatches.map((d) => d.payload.tag);
}

function record(w: World, app: { appId: number; appSlug: string }, commit: string, externalId: string, ok = true) {
  w.github.postCheckRun(BUNDLES, app, {
    name: HANDOFF_CHECK,
    headSha: commit,
    conclusion: ok ? 'success' : 'failure',
    title: 'handed off',
    summary: '',
    externalId,
    annotations: [],
  });
}

describe('reconcile and the hand-off record', () => {
  it('sends a hand-off that has no record, then records it; the next run sends nothing', async () => {
    const w = world();
    const { mergeCommit } = await sealedWithoutHandOff(w);
    const result = await runReconcile(w.ctx, { dispatchRepo: QUEUE });
    expect(result.outputs).toEqual({ sealed: '', unsealed: '0', 'handed-off': TAG, 'handoff-problems': '0' });
    expect(w.github.dispatches).toEqual([
      {
        repo: 'acme/deploy-queue',
        eventType: 'cutover-sealed',
        payload: expect.objectContaining({ tag: TAG, repository: 'acme/release-bundles' }),
      },
    ]);
    const runs = await w.github.listCheckRuns(BUNDLES, mergeCommit, { name: HANDOFF_CHECK });
    expect(runs.map((r) => [r.appId, r.externalId, r.conclusion])).toEqual([
      [GOVERNOR_APP.appId, `${TAG} acme/deploy-queue`, 'success'],
    ]);
    await runReconcile(w.ctx, { dispatchRepo: QUEUE });
    expect(sent(w)).toEqual([TAG]);
  });

  it('without a dispatch repository, reads no record and sends nothing', async () => {
    const w = world();
    await sealedWithoutHandOff(w);
    const calls = w.github.calls.length;
    const result = await runReconcile(w.ctx, {});
    expect(result.outputs['handed-off']).toBe('');
    expect(w.github.calls.slice(calls).filter((c) => c.startsWith('listCheckRuns'))).toEqual([]);
    expect(sent(w)).toEqual([]);
  });

  it('counts only the governor App’s succeeded record of this very tag and queue', async () => {
    const w = world();
    const { mergeCommit } = await sealedWithoutHandOff(w);
    record(w, OTHER_APP, mergeCommit, `${TAG} acme/deploy-queue`); // another App
    record(w, GOVERNOR_APP, mergeCommit, `${TAG2} acme/deploy-queue`); // another tag's record
    record(w, GOVERNOR_APP, mergeCommit, `${TAG} acme/deploy-queue`, false); // not a success
    record(w, GOVERNOR_APP, mergeCommit, TAG); // names no queue
    record(w, GOVERNOR_APP, mergeCommit, `${TAG} acme/other-queue`); // another queue's record
    expect((await runReconcile(w.ctx, { dispatchRepo: QUEUE })).outputs['handed-off']).toBe(TAG);
    expect(sent(w)).toEqual([TAG]);
  });

  it('a record by the governor App counts: nothing is sent', async () => {
    const w = world();
    const { mergeCommit } = await sealedWithoutHandOff(w);
    record(w, GOVERNOR_APP, mergeCommit, `${TAG} acme/deploy-queue`);
    expect((await runReconcile(w.ctx, { dispatchRepo: QUEUE })).outputs['handed-off']).toBe('');
    expect(sent(w)).toEqual([]);
  });

  it('never sends a superseded revision: a later one merged and sealed', async () => {
    const w = world();
    const first = await sealedWithoutHandOff(w);
    const pr = openCutover(w, [revisionFiles(assembly(2), 2, { revision: 1, bundleDigest: first.assembly.digest })]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.advance(60_000);
    w.github.merge(BUNDLES, pr.number, 'squash');
    await runSeal(w.ctx, { pullRequest: pr.number, dispatchRepo: QUEUE });
    expect(sent(w)).toEqual([TAG2]);
    const result = await runReconcile(w.ctx, { dispatchRepo: QUEUE });
    expect(result.outputs).toEqual({ sealed: '', unsealed: '0', 'handed-off': '', 'handoff-problems': '0' });
    expect(sent(w)).toEqual([TAG2]);
  });

  it('never sends a superseded revision, even when the default branch goes back to it', async () => {
    const w = world();
    const first = await sealedWithoutHandOff(w);
    const r1 = revisionFiles(first.assembly, 1, null);
    const pr = openCutover(w, [revisionFiles(assembly(2), 2, { revision: 1, bundleDigest: first.assembly.digest })]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.advance(60_000);
    w.github.merge(BUNDLES, pr.number, 'squash');
    await runSeal(w.ctx, { pullRequest: pr.number, dispatchRepo: QUEUE });
    // A commit on the default branch (a revert merged past review) puts revision 1's files back: the head's
    // manifest is revision 1 again, and its tag is still a valid seal of a commit on the default branch.
    w.github.commit(BUNDLES, {
      parent: w.github.head(BUNDLES, 'main'),
      files: r1,
      branch: 'main',
      author: PEOPLE.alice,
    });
    const result = await runReconcile(w.ctx, { dispatchRepo: QUEUE });
    expect(sent(w)).toEqual([TAG2]);
    expect(result.outputs['handed-off']).toBe('');
    expect(result.summary).toContain(`- not handed off: ${TAG}: a later revision is sealed (${TAG2})`);
  });

  it('judges the window the seal approved, not one the default branch’s manifest names later', async () => {
    const w = world();
    const first = await sealedWithoutHandOff(w);
    // A later commit on the default branch rewrites only the manifest's window (same revision, same bundle
    // digest: the tag still judges a valid seal): its window is not the one approved and sealed.
    const longer = revisionFiles(first.assembly, 1, null, {
      edit: (m) => {
        m.window = { ...m.window, end: '2026-12-31T10:00:00Z' };
      },
    });
    const manifestPath = Object.keys(longer).find((p) => p.endsWith('/manifest.json')) ?? '';
    w.github.commit(BUNDLES, {
      parent: w.github.head(BUNDLES, 'main'),
      files: { [manifestPath]: longer[manifestPath] ?? '' },
      branch: 'main',
      author: PEOPLE.alice,
    });
    const afterSealedWindow = { ...w.ctx, now: () => new Date('2026-12-02T10:00:00Z') };
    const result = await runReconcile(afterSealedWindow, { dispatchRepo: QUEUE });
    expect(result.outputs['handed-off']).toBe('');
    expect(sent(w)).toEqual([]);
    // Within the sealed window, the event carries the sealed window.
    await runReconcile(w.ctx, { dispatchRepo: QUEUE });
    expect(w.github.dispatches.map((d) => (d.payload.window as { end: string }).end)).toEqual(['2026-12-01T10:00:00Z']);
  });

  it('sends nothing once the window has ended', async () => {
    const w = world();
    await sealedWithoutHandOff(w);
    const after = { ...w.ctx, now: () => new Date('2026-12-01T10:00:00Z') };
    expect((await runReconcile(after, { dispatchRepo: QUEUE })).outputs['handed-off']).toBe('');
    expect(sent(w)).toEqual([]);
    const before = { ...w.ctx, now: () => new Date('2026-12-01T09:59:59Z') };
    expect((await runReconcile(before, { dispatchRepo: QUEUE })).outputs['handed-off']).toBe(TAG);
  });
});
