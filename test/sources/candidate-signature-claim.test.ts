/**
 * Attack: a service repository's records file vouching for the candidate's signature in GitHub's place.
 *
 * In the action the candidate's signature is what GitHub reports for the candidate tag (`verification.verified`),
 * a fact nobody with write access can forge. A `records` source may also state a `signature` section (the local
 * CLI has no GitHub to ask). Whoever can push to the service repository writes that file, e.g.
 * `signature: {verified: true, reason: valid}`, as examples/payments-platform/release-records.yaml does. Release
 * engineering then tags an UNSIGNED candidate (a slip, or a compromised tagger without the signing key). The
 * bundle must say what GitHub says: not verified, with an `unsigned-candidate` hold; the records file's claim is
 * a disagreement between sources, never the value. Before the fix the later statement won: the bundle said
 * "verified (valid)" from the records file and no `unsigned-candidate` hold was raised (only `suspicious-source`,
 * which a policy may turn off, and then nothing was held at all).
 *
 * Over the GitHub-compatible server, real HTTP and git: the demo world, a second, unsigned candidate tag on the
 * same commit, assemble in-process as the writer runs it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assembleInProcess, inProcessWorlds } from '../e2e/in-process.js';
import { BUNDLES, PEOPLE, PRODUCT, publishRelease, RELEASE, SERVICE } from '../e2e/world.js';

const exec = promisify(execFile);
const setUp = inProcessWorlds({ rateLimitWaitSeconds: 2 });
const UNSIGNED_TAG = `v${RELEASE}-rc.3`;

describe('the candidate signature stated by a records file of the service repository', () => {
  it("never outweighs GitHub's verification of the tag: an unsigned candidate stays unsigned and is held", async () => {
    const { world, writer } = await setUp();
    const records = world.serviceFiles['.cutover/release-records.yaml'] ?? '';
    expect(records).toMatch(/^signature:\n {2}verified: true\n {2}reason: valid$/m);
    await world.server.admin.createTag({
      owner: SERVICE.owner,
      repo: SERVICE.repo,
      tag: UNSIGNED_TAG,
      target: world.candidateCommit,
      as: PEOPLE.dave,
      message: UNSIGNED_TAG,
      signature: 'unsigned',
    });
    await publishRelease(world.server, UNSIGNED_TAG);

    const result = await assembleInProcess(world, writer, { tag: UNSIGNED_TAG });
    const show = async (file: string) =>
      JSON.parse(
        (
          await exec('git', [
            '--git-dir',
            world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo),
            'show',
            `cutover/${PRODUCT}/${RELEASE}:bundles/${PRODUCT}/${RELEASE}/${file}`,
          ])
        ).stdout,
      );
    const bundle = await show('bundle.json');
    const holds: { holds: Array<{ rule: string; reason: string }> } = await show('holds.json');
    expect(bundle.candidate.tag).toBe(UNSIGNED_TAG);
    expect(bundle.candidate.signature).toEqual({ verified: false, reason: 'unsigned' });
    const rules = holds.holds.map((h) => h.rule);
    expect(rules).toContain('unsigned-candidate');
    expect(holds.holds.filter((h) => h.rule === 'suspicious-source').map((h) => h.reason)).toEqual([
      "sources 'candidate-tag' and 'release-records' state the candidate's signature differently: not verified (unsigned) / verified (valid)",
    ]);
    expect(Number(result.outputs['holds-count'])).toBe(holds.holds.length);
  });
});
