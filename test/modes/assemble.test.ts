/**
 * assemble's decisions on the fake GitHub: the revision number (1 for a new release; next after the latest
 * seal, after the default branch's merged manifest, after the open branch's revision), what a revision
 * supersedes (revision and digest), and that a re-run with the same inputs writes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApprovalManifest } from '../../src/domain/model.js';
import { renderSealMessage } from '../../src/domain/seal.js';
import type { RepoRef } from '../../src/github/port.js';
import { type AssembleInput, runAssemble } from '../../src/modes/assemble.js';
import { runVerify } from '../../src/modes/verify.js';
import type { SourcesConfig } from '../../src/schema/documents.js';
import { localWorkspace } from '../../src/sources/workspace.js';
import { examplesDir } from '../helpers/paths.js';
import { FakeSourceGitHub } from '../sources/fake-github.js';
import { BUNDLES, governorActor, type World, WRITER, world, writerActor } from './world.js';

const SERVICE: RepoRef = { owner: 'acme', repo: 'payments-platform' };
const TAG = 'v2026.11.3-rc.2';
const DIRECTORY = 'bundles/payments-platform/2026.11.3';
const BRANCH = 'cutover/payments-platform/2026.11.3';
const CONFIG: SourcesConfig = {
  schemaVersion: 1,
  product: 'payments-platform',
  release: '2026.11.3',
  sources: [{ id: 'release-records', kind: 'records', path: 'release-records.yaml' }],
};

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A workspace with the example release records; `variant` changes one rollback evidence (a new digest). */
function workspaceDir(variant: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-assemble-'));
  dirs.push(dir);
  const records = readFileSync(path.join(examplesDir, 'payments-platform/release-records.yaml'), 'utf8');
  if (!records.includes('CHG-20261118-0311'))
    throw new Error('the example records changed: pick another variant field');
  writeFileSync(
    path.join(dir, 'release-records.yaml'),
    variant === 0 ? records : records.replace('CHG-20261118-0311', `CHG-20261118-${String(variant).padStart(4, '9')}`),
  );
  writeFileSync(path.join(dir, 'cutover.sources.yaml'), JSON.stringify(CONFIG));
  return dir;
}

/** The bundles world plus the service repository with a verified candidate tag; the writer App is the caller. */
function assembleWorld(): World & { commit: string } {
  const w = world();
  const commit = w.github.createRepo(SERVICE, { 'README.md': '# payments-platform\n' });
  w.github.annotatedTag(SERVICE, TAG, commit, 'release candidate 2', true);
  w.github.actor = writerActor;
  return { ...w, commit };
}

async function assembleRun(w: World & { commit: string }, variant = 0) {
  const input: AssembleInput = {
    config: CONFIG,
    configPath: 'cutover.sources.yaml',
    workspace: localWorkspace(workspaceDir(variant), { observedAt: '2026-11-20T09:12:44Z' }),
    candidateRepo: SERVICE,
    tag: TAG,
    commit: w.commit,
    sourceGitHub: new FakeSourceGitHub({ repository: 'acme/payments-platform' }),
    env: {},
    maxFileBytes: 10 * 1024 * 1024,
  };
  return runAssemble(w.ctx, input);
}

async function manifestAt(w: World, commit: string): Promise<ApprovalManifest> {
  const text = w.github.fileAt(BUNDLES, commit, `${DIRECTORY}/manifest.json`);
  if (text === undefined) throw new Error(`no manifest at ${commit}`);
  return JSON.parse(text) as ApprovalManifest;
}

/** Merges the open pull request of the release branch (squash) as a maintainer. */
function mergeOpen(w: World, number: number): string {
  return w.github.merge(BUNDLES, number, 'squash');
}

describe('assemble', () => {
  it('writes revision 1 of a new release as one writer commit on the release branch and opens the pull request', async () => {
    const w = assembleWorld();
    const before = w.github.commitCount(BUNDLES);
    const result = await assembleRun(w);
    expect(result.outputs).toMatchObject({ revision: '1', 'pull-request-number': '1' });
    const head = w.github.head(BUNDLES, BRANCH);
    expect(result.outputs.commit).toBe(head);
    expect(w.github.commitCount(BUNDLES)).toBe(before + 1);
    const manifest = await manifestAt(w, head);
    expect(manifest).toMatchObject({
      product: 'payments-platform',
      release: '2026.11.3',
      revision: 1,
      supersedes: null,
    });
    expect(result.outputs['bundle-digest']).toBe(manifest.bundleDigest);
    expect(await w.github.getCommit(BUNDLES, head)).toMatchObject({
      authorLogin: WRITER,
      verification: { verified: true, reason: 'valid' },
    });
    const pull = await w.github.getPullRequest(BUNDLES, 1);
    expect(pull).toMatchObject({ headRef: BRANCH, baseRef: 'main', headSha: head, author: { login: WRITER } });
  });

  it('writes nothing when re-run with the same inputs', async () => {
    const w = assembleWorld();
    const first = await assembleRun(w);
    const count = w.github.commitCount(BUNDLES);
    const calls = w.github.calls.length;
    const again = await assembleRun(w);
    expect(again.outputs.revision).toBe('1');
    expect(again.outputs['bundle-digest']).toBe(first.outputs['bundle-digest']);
    expect(again.outputs['pull-request-number']).toBe('1');
    expect(again.outputs.commit).toBe(first.outputs.commit);
    expect(again.summary).toContain('Unchanged, nothing written');
    expect(w.github.commitCount(BUNDLES)).toBe(count);
    expect(w.github.calls.slice(calls).filter((c) => /^(commitFiles|createPullRequest)/.test(c))).toEqual([]);
  });

  it('numbers a different bundle on the open branch as the next revision, superseding the branch’s revision', async () => {
    const w = assembleWorld();
    const first = await assembleRun(w, 1);
    const second = await assembleRun(w, 2);
    expect(second.outputs).toMatchObject({ revision: '2', 'pull-request-number': '1' });
    const head = w.github.head(BUNDLES, BRANCH);
    expect((await w.github.getCommit(BUNDLES, head)).parents).toEqual([first.outputs.commit]);
    expect((await manifestAt(w, head)).supersedes).toEqual({
      revision: 1,
      bundleDigest: first.outputs['bundle-digest'],
    });
    const third = await assembleRun(w, 3);
    expect((await manifestAt(w, w.github.head(BUNDLES, BRANCH))).supersedes).toEqual({
      revision: 2,
      bundleDigest: second.outputs['bundle-digest'],
    });
    expect(third.outputs.revision).toBe('3');
    expect((await w.github.findPullRequests(BUNDLES, { state: 'all' })).length).toBe(1);
  });

  it('numbers after the default branch’s merged manifest (no seal yet) and opens a new pull request', async () => {
    const w = assembleWorld();
    const first = await assembleRun(w, 1);
    mergeOpen(w, 1);
    const next = await assembleRun(w, 2);
    expect(next.outputs).toMatchObject({ revision: '2', 'pull-request-number': '2' });
    const head = w.github.head(BUNDLES, BRANCH);
    expect((await manifestAt(w, head)).supersedes).toEqual({
      revision: 1,
      bundleDigest: first.outputs['bundle-digest'],
    });
    // The new branch starts from main, not from the merged pull request's head.
    expect((await w.github.getCommit(BUNDLES, head)).parents).toEqual([w.github.head(BUNDLES, 'main')]);
    // What assemble wrote is what verify accepts as the next link of the chain.
    w.github.actor = governorActor;
    const pull = await w.github.getPullRequest(BUNDLES, 2);
    await runVerify(w.ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: 2 });
    const binding = w.github.checkRunsOn(BUNDLES, head).find((r) => r.name === 'cutover/binding');
    expect(binding?.input.summary).not.toContain('expected revision');
  });

  it('writes nothing for a bundle already merged on the default branch', async () => {
    const w = assembleWorld();
    await assembleRun(w, 1);
    mergeOpen(w, 1);
    const count = w.github.commitCount(BUNDLES);
    const again = await assembleRun(w, 1);
    expect(again.outputs).toMatchObject({ revision: '1', 'pull-request-number': '1' });
    expect(w.github.commitCount(BUNDLES)).toBe(count);
  });

  it('numbers after the latest seal, naming its digest, and writes nothing for the sealed bundle itself', async () => {
    const w = assembleWorld();
    await assembleRun(w, 1);
    const r1 = await manifestAt(w, w.github.head(BUNDLES, BRANCH));
    const main = w.github.merge(BUNDLES, 1, 'squash');
    // Revision 2 sealed on a commit main does not show (main still holds revision 1): the seal is the newer anchor.
    const r2: ApprovalManifest = { ...r1, revision: 2, supersedes: { revision: 1, bundleDigest: r1.bundleDigest } };
    const side = w.github.commit(BUNDLES, {
      parent: main,
      files: { [`${DIRECTORY}/manifest.json`]: `${JSON.stringify(r2, null, 2)}\n` },
    });
    w.github.annotatedTag(BUNDLES, 'cutover/payments-platform/2026.11.3/r2', side, sealMessage(r2, side));
    expect((await manifestAt(w, w.github.head(BUNDLES, 'main'))).revision).toBe(1);
    const next = await assembleRun(w, 3);
    expect(next.outputs.revision).toBe('3');
    expect((await manifestAt(w, w.github.head(BUNDLES, BRANCH))).supersedes).toEqual({
      revision: 2,
      bundleDigest: r2.bundleDigest,
    });

    const fresh = assembleWorld();
    await assembleRun(fresh, 4);
    const head = fresh.github.head(BUNDLES, BRANCH);
    const sealed = await manifestAt(fresh, head);
    const merge = fresh.github.merge(BUNDLES, 1, 'squash');
    fresh.github.annotatedTag(BUNDLES, 'cutover/payments-platform/2026.11.3/r1', merge, sealMessage(sealed, merge));
    const count = fresh.github.commitCount(BUNDLES);
    const same = await assembleRun(fresh, 4);
    expect(same.outputs).toMatchObject({ revision: '1', 'bundle-digest': sealed.bundleDigest });
    expect(fresh.github.commitCount(BUNDLES)).toBe(count);
  });

  // A tag is a seal only with a seal record (trust.ts latestSeal, which verify's binding rule anchors on too): an
  // annotated tag of a higher revision without one does not set the numbering or the previous bundle.
  it('numbers after the last seal, not after an annotated tag without a seal record, and verify accepts it', async () => {
    const w = assembleWorld();
    await assembleRun(w, 1);
    const r1 = await manifestAt(w, w.github.head(BUNDLES, BRANCH));
    const main = w.github.merge(BUNDLES, 1, 'squash');
    const r2: ApprovalManifest = { ...r1, revision: 2, supersedes: { revision: 1, bundleDigest: r1.bundleDigest } };
    const sealed = w.github.commit(BUNDLES, {
      parent: main,
      files: { [`${DIRECTORY}/manifest.json`]: `${JSON.stringify(r2, null, 2)}\n` },
    });
    w.github.annotatedTag(BUNDLES, 'cutover/payments-platform/2026.11.3/r2', sealed, sealMessage(r2, sealed));
    const r5: ApprovalManifest = { ...r1, revision: 5, supersedes: { revision: 2, bundleDigest: r2.bundleDigest } };
    const squat = w.github.commit(BUNDLES, {
      parent: main,
      files: { [`${DIRECTORY}/manifest.json`]: `${JSON.stringify(r5, null, 2)}\n` },
    });
    w.github.annotatedTag(BUNDLES, 'cutover/payments-platform/2026.11.3/r5', squat, 'release 5, trust me');
    const next = await assembleRun(w, 3);
    expect(next.outputs.revision).toBe('3');
    const head = w.github.head(BUNDLES, BRANCH);
    expect((await manifestAt(w, head)).supersedes).toEqual({ revision: 2, bundleDigest: r2.bundleDigest });
    w.github.actor = governorActor;
    const number = Number(next.outputs['pull-request-number']);
    const pull = await w.github.getPullRequest(BUNDLES, number);
    await runVerify(w.ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    const binding = w.github.checkRunsOn(BUNDLES, head).find((r) => r.name === 'cutover/binding');
    expect(binding?.conclusion).toBe('success');
  });

  it('ignores a lightweight tag of a higher revision when numbering', async () => {
    const w = assembleWorld();
    await assembleRun(w, 1);
    w.github.setRef(BUNDLES, 'tags/cutover/payments-platform/2026.11.3/r7', w.github.head(BUNDLES, 'main'));
    const next = await assembleRun(w, 2);
    expect(next.outputs.revision).toBe('2');
  });

  it('refuses a candidate tag that does not point at the checked-out commit', async () => {
    const w = assembleWorld();
    const other = w.github.commit(SERVICE, { parent: w.commit, files: { x: '1' } });
    w.github.annotatedTag(SERVICE, TAG, other, 'moved', true);
    await expect(assembleRun(w)).rejects.toThrow(`tag ${TAG} points at ${other}, not at the checked-out commit`);
  });

  // After a pull request is closed without merging, its branch's revision is never approved; verify's chain
  // (anchor = seal or default branch, links = this pull request's own commits) then expects revision 1
  // superseding nothing. See the report: assemble numbers after the closed pull request's revision instead.
  it('after a pull request closed unmerged, writes a revision that verify accepts', async () => {
    const w = assembleWorld();
    await assembleRun(w, 1);
    w.github.close(BUNDLES, 1);
    const next = await assembleRun(w, 2);
    w.github.actor = governorActor;
    const number = Number(next.outputs['pull-request-number']);
    const pull = await w.github.getPullRequest(BUNDLES, number);
    await runVerify(w.ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    const binding = w.github.checkRunsOn(BUNDLES, pull.headSha).find((r) => r.name === 'cutover/binding');
    expect(binding?.conclusion).toBe('success');
  });
});

function sealMessage(manifest: ApprovalManifest, commit: string): string {
  return renderSealMessage({
    schemaVersion: 1,
    product: manifest.product,
    release: manifest.release,
    revision: manifest.revision,
    bundleDigest: manifest.bundleDigest,
    queue: manifest.queue,
    window: manifest.window,
    requiredTeams: manifest.requiredApprovers.teams,
    repository: 'acme/release-bundles',
    pullRequest: 1,
    headSha: commit,
    mergeCommit: commit,
    mergeMethod: 'squash',
    mergedAt: '2026-11-26T09:00:00Z',
    approvers: [],
    supersedes: manifest.supersedes,
    handoff: manifest.handoff,
  });
}
