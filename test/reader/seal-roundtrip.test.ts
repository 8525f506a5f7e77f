/**
 * What seal writes, read back by the reader's checks: an honest seal must pass manifest-binding and
 * required-approvers whatever form the policy names its teams in (README: a slug alone means a team of the
 * bundles repository's organization, `org/slug` names it fully).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../src/domain/files.js';
import type { ApprovalManifest } from '../../src/domain/model.js';
import type { SealRecord } from '../../src/domain/seal.js';
import { runSeal } from '../../src/modes/seal.js';
import { coverTeams, manifestMismatches, recordOrg } from '../../src/reader/checks.js';
import { readSealedBundle } from '../../src/reader/inspect.js';
import { removeDir } from '../helpers/cli.js';
import { sealRecordIn } from '../helpers/seal-record.js';
import {
  approveByBothTeams,
  assembly,
  BUNDLES,
  DIR,
  openCutover,
  passChecks,
  policy,
  revisionFiles,
  world,
} from '../modes/world.js';
import { git, MOMENTS, RELEASE_DIR, sealedRepo, sealRecordFor, sealTag } from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

describe('an honest seal read back', () => {
  for (const teams of [
    ['acme/release-engineering', 'acme/operations'],
    ['release-engineering', 'operations'],
  ])
    it(`passes manifest-binding and required-approvers with policy teams ${teams.join(', ')}`, async () => {
      const w = world({ policy: policy({ approvers: { teams } }) });
      const a = assembly();
      const files = revisionFiles(a, 1, null, { edit: (m) => (m.requiredApprovers.teams = [...teams]) });
      const pr = openCutover(w, [files]);
      approveByBothTeams(w, pr.number, pr.head);
      passChecks(w, pr.head);
      w.github.advance(60_000);
      w.github.merge(BUNDLES, pr.number, 'squash');
      const result = await runSeal(w.ctx, { pullRequest: pr.number });
      const ref = await w.github.getRef(BUNDLES, `tags/${result.outputs.tag}`);
      const record = sealRecordIn((await w.github.getTagObject(BUNDLES, ref?.sha ?? '')).message) as SealRecord;
      const manifest: ApprovalManifest = JSON.parse(files[`${DIR}/manifest.json`] ?? '');
      expect(manifestMismatches(manifest, { product: 'payments', release: '2026.11.3', revision: 1 }, record)).toEqual(
        [],
      );
      expect(
        coverTeams(manifest.requiredApprovers.teams, record.approvers, record.headSha, recordOrg(record)).uncovered,
      ).toEqual([]);
    });
});

describe('readSealedBundle of a seal whose manifest names its teams by slug alone', () => {
  it('is intact: the record names them org/slug, as the gate qualified them', async () => {
    const repo = await sealedRepo();
    roots.push(repo.root);
    const qualified = repo.manifest.requiredApprovers.teams;
    expect(qualified.every((t) => t.startsWith('acme/'))).toBe(true);
    const manifest = { ...repo.manifest, requiredApprovers: { teams: qualified.map((t) => t.replace(/^acme\//, '')) } };
    await writeFile(path.join(repo.dir, RELEASE_DIR, 'manifest.json'), renderJson(manifest));
    await git(repo.dir, 'commit', '-q', '-am', 'teams by slug');
    const commit = await git(repo.dir, 'rev-parse', 'HEAD');
    await sealTag(repo, sealRecordFor(repo.manifest, commit), commit, { force: true });
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(sealed.results.filter((r) => r.status === 'fail')).toEqual([]);
    expect(sealed.intact).toBe(true);
  });
});
