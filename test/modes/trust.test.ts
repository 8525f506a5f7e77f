/**
 * The helpers the bundles-repository modes stand on (src/modes/trust.ts, src/modes/bundles-repo.ts): which
 * paths are release directories or governance files, where the policy is read and what it must name, and a
 * release's history (the anchor is the newer of its latest real seal and the default branch's manifest).
 */
import { describe, expect, it } from 'vitest';
import { renderSealMessage, type SealRecord } from '../../src/domain/seal.js';
import { InputError } from '../../src/errors.js';
import { isGovernancePath, readPolicyAt, releaseDirsOf } from '../../src/modes/bundles-repo.js';
import { baseProblem, identitiesOf, readDefaultBranch, releaseHistory } from '../../src/modes/trust.js';
import { basePolicy } from '../helpers/records.js';
import {
  assembly,
  BUNDLES,
  DIR,
  openCutover,
  POLICY_PATH,
  PRODUCT,
  RELEASE,
  revisionFiles,
  type World,
  WRITER,
  world,
} from './world.js';

const release = { product: PRODUCT, release: RELEASE, path: DIR };

function seal(w: World, revision: number, commit: string, digest: string, annotated = true): void {
  const name = `cutover/${PRODUCT}/${RELEASE}/r${revision}`;
  if (!annotated) {
    w.github.setRef(BUNDLES, `tags/${name}`, commit);
    return;
  }
  const record: SealRecord = {
    schemaVersion: 1,
    product: PRODUCT,
    release: RELEASE,
    revision,
    bundleDigest: digest,
    queue: 'payments-prod',
    window: { start: '2026-12-01T06:00:00Z', end: '2026-12-01T10:00:00Z' },
    requiredTeams: [],
    repository: 'acme/release-bundles',
    pullRequest: 1,
    headSha: commit,
    mergeCommit: commit,
    mergeMethod: 'squash',
    mergedAt: '2026-11-25T00:00:00Z',
    approvers: [],
    supersedes: null,
    handoff: 'h',
  };
  w.github.annotatedTag(BUNDLES, name, commit, renderSealMessage(record));
}

describe('bundles-repo helpers', () => {
  it('finds release directories only at bundles/<product>/<release>/<file>, with safe names, sorted', () => {
    expect(
      releaseDirsOf([
        'bundles/b/2/manifest.json',
        'bundles/a/1/bundle.json',
        'bundles/a/1/holds.json',
        'bundles/a/manifest.json',
        'bundles/../x/manifest.json',
        'bundles/a/../manifest.json',
        'README.md',
        'other/a/1/bundle.json',
      ]),
    ).toEqual([
      { product: 'a', release: '1', path: 'bundles/a/1' },
      { product: 'b', release: '2', path: 'bundles/b/2' },
    ]);
  });

  it('calls out the policy, .cutover/, CODEOWNERS, workflows and schemas as governance', () => {
    for (const path of [
      POLICY_PATH,
      '.cutover/x',
      'CODEOWNERS',
      '.github/CODEOWNERS',
      'docs/CODEOWNERS',
      '.github/workflows/a.yml',
      'schemas/bundle.schema.json',
    ])
      expect(isGovernancePath(path, POLICY_PATH), path).toBe(true);
    for (const path of ['README.md', `${DIR}/manifest.json`, '.github/dependabot.yml', 'MY-CODEOWNERS'])
      expect(isGovernancePath(path, POLICY_PATH), path).toBe(false);
  });

  it('reads the policy at a commit, and names the file when it is missing', async () => {
    const w = world();
    const main = w.github.head(BUNDLES, 'main');
    expect((await readPolicyAt(w.github, BUNDLES, main, POLICY_PATH)).bundleWriter).toBe(WRITER);
    const error = await readPolicyAt(w.github, BUNDLES, main, '.cutover/none.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: '.cutover/none.yaml' });
  });
});

describe('trust helpers', () => {
  it('requires both identities of the policy, naming each one missing', () => {
    expect(identitiesOf(basePolicy({ bundleWriter: WRITER, governorAppId: 7 }), POLICY_PATH)).toEqual({
      bundleWriter: WRITER,
      governorAppId: 7,
    });
    const none = identitiesOf(basePolicy(), POLICY_PATH);
    expect('problem' in none && none.problem).toMatch(
      /policy \.cutover\/policy\.yaml .*bundleWriter .* and governorAppId/,
    );
    const writerOnly = identitiesOf(basePolicy({ governorAppId: 7 }), POLICY_PATH);
    expect('problem' in writerOnly && writerOnly.problem).toContain('does not name bundleWriter');
    expect('problem' in writerOnly && writerOnly.problem).not.toContain('governorAppId (');
  });

  it('reads the default branch and judges a pull request’s base against it', async () => {
    const w = world();
    const branch = await readDefaultBranch(w.ctx);
    expect(branch).toEqual({ name: 'main', sha: w.github.head(BUNDLES, 'main') });
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null)]);
    const pull = await w.github.getPullRequest(BUNDLES, pr.number);
    expect(baseProblem(pull, branch)).toBeUndefined();
    expect(baseProblem({ ...pull, baseRef: 'staging' }, branch)).toContain('targets staging');
  });

  it('anchors a release with no revision at nothing', async () => {
    const w = world();
    const main = w.github.head(BUNDLES, 'main');
    expect(await releaseHistory(w.ctx, release, { defaultSha: main, defaultLabel: 'main', commits: [] })).toEqual({
      anchor: null,
      earlier: [],
    });
  });

  it('anchors at the newer of the latest seal and the default branch’s manifest', async () => {
    const w = world();
    const r1 = assembly();
    const r2 = assembly(2);
    const main = w.github.commit(BUNDLES, {
      parent: w.github.head(BUNDLES, 'main'),
      files: revisionFiles(r1, 1, null),
      branch: 'main',
    });
    seal(w, 1, main, r1.digest);
    const fromMain = await releaseHistory(w.ctx, release, { defaultSha: main, defaultLabel: 'main', commits: [] });
    expect(fromMain.anchor).toMatchObject({ revision: 1, bundleDigest: r1.digest });
    const side = w.github.commit(BUNDLES, {
      parent: main,
      files: revisionFiles(r2, 2, { revision: 1, bundleDigest: r1.digest }),
    });
    seal(w, 2, side, r2.digest);
    const fromSeal = await releaseHistory(w.ctx, release, { defaultSha: main, defaultLabel: 'main', commits: [] });
    expect(fromSeal.anchor).toEqual({
      revision: 2,
      bundleDigest: r2.digest,
      source: `seal tag cutover/${PRODUCT}/${RELEASE}/r2`,
    });
    // The tag a seal is about to create is not its own anchor.
    const except = await releaseHistory(w.ctx, release, {
      defaultSha: main,
      defaultLabel: 'main',
      commits: [],
      exceptTag: `cutover/${PRODUCT}/${RELEASE}/r2`,
    });
    expect(except.anchor?.revision).toBe(1);
  });

  it('skips a lightweight tag and an annotated tag without a seal record when finding the latest seal', async () => {
    const w = world();
    const r1 = assembly();
    const main = w.github.head(BUNDLES, 'main');
    seal(w, 1, main, r1.digest);
    seal(w, 5, main, assembly(5).digest, false);
    w.github.annotatedTag(BUNDLES, `cutover/${PRODUCT}/${RELEASE}/r4`, main, 'just a tag');
    const history = await releaseHistory(w.ctx, release, { defaultSha: main, defaultLabel: 'main', commits: [] });
    expect(history.anchor).toMatchObject({ revision: 1, bundleDigest: r1.digest });
  });

  it('lists the revisions written earlier on the pull request, newest first, the head excluded', async () => {
    const w = world();
    const [a1, a2, a3] = [assembly(), assembly(2), assembly(3)];
    const pr = openCutover(w, [
      revisionFiles(a1, 1, null),
      revisionFiles(a2, 2, { revision: 1, bundleDigest: a1.digest }),
      revisionFiles(a3, 3, { revision: 2, bundleDigest: a2.digest }),
    ]);
    const main = w.github.head(BUNDLES, 'main');
    const { commits } = await w.github.compare(BUNDLES, main, pr.head);
    const history = await releaseHistory(w.ctx, release, { defaultSha: main, defaultLabel: 'main', commits });
    expect(history).toEqual({
      anchor: null,
      earlier: [
        { revision: 2, bundleDigest: a2.digest, supersedes: { revision: 1, bundleDigest: a1.digest } },
        { revision: 1, bundleDigest: a1.digest, supersedes: null },
      ],
    });
  });
});
