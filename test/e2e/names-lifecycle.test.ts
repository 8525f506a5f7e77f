/**
 * A product named with every kind of character a name may hold (upper and lower case, '+', '_', '.', '-'), and a
 * second product whose name differs from it only in case, through the whole lifecycle over real HTTP and git on
 * the GitHub-compatible server: the names reach URL paths (Octokit writes '/' and '+' as %2F and %2B), query
 * strings (the pull request search by head branch), branch and tag names, the reader's fetch refspec and its
 * for-each-ref patterns. Each step must find each release under exactly its name: its pull request, revision
 * numbering, seal tag, reconcile's look at it, and the reader's inspection and listing. (A probe: it passed
 * without any change; the hand-off records of two such products are test/modes/names-handoff-case.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/modes/gate.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { runSeal } from '../../src/modes/seal.js';
import { runVerify } from '../../src/modes/verify.js';
import { listSealedRevisions, readSealedBundle } from '../../src/reader/index.js';
import { assembleInProcess, inProcessWorlds } from './in-process.js';
import { approve, as, nextSecond } from './steps.js';
import { BUNDLES, newCandidate, PEOPLE, PRODUCT, RELEASE } from './world.js';

const setUp = inProcessWorlds();
const NAME = 'Payments+Platform_2.x-EU';
const TAG = `cutover/${NAME}/${RELEASE}/r1`;
const CANDIDATE = 'v2026.11.3-rc.3';

describe('a product name with upper case, +, _, . and -', () => {
  it('is assembled, verified, approved, sealed, reconciled and read under exactly its name', async () => {
    const { world, writer, governor } = await setUp();
    const sources = world.serviceFiles['.cutover/sources.yaml'] ?? '';
    expect(sources).toContain(`product: ${PRODUCT}\n`);
    await newCandidate(world, CANDIDATE, {
      '.cutover/sources.yaml': sources.replace(`product: ${PRODUCT}\n`, `product: ${NAME}\n`),
    });

    const assembled = await assembleInProcess(world, writer, { tag: CANDIDATE });
    expect(assembled.outputs['manifest-path']).toBe(`bundles/${NAME}/${RELEASE}/manifest.json`);
    const number = Number(assembled.outputs['pull-request-number']);
    const pull = await governor.github.getPullRequest(BUNDLES, number);
    expect(pull.headRef).toBe(`cutover/${NAME}/${RELEASE}`);
    const verified = await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    expect(verified.outputs['failed-checks']).toBe('0');
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    expect((await runGate(governor, number)).outputs.approved).toBe('true');
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number });

    expect((await runSeal(governor, { pullRequest: number })).outputs.tag).toBe(TAG);
    // Reconcile finds the seal under the directory's name: nothing to seal, nothing unsealed.
    const reconciled = await runReconcile(governor, {});
    expect(reconciled.outputs).toMatchObject({ sealed: '', unsealed: '0' });

    // The same name in lower case is another product: its first revision is r1 again, superseding nothing.
    const LOWER = NAME.toLowerCase();
    await newCandidate(world, 'v2026.11.3-rc.4', {
      '.cutover/sources.yaml': sources.replace(`product: ${PRODUCT}\n`, `product: ${LOWER}\n`),
    });
    const other = await assembleInProcess(world, writer, { tag: 'v2026.11.3-rc.4' });
    expect(other.outputs.revision).toBe('1');
    const otherNumber = Number(other.outputs['pull-request-number']);
    expect(otherNumber).not.toBe(number);
    const otherPull = await governor.github.getPullRequest(BUNDLES, otherNumber);
    expect(otherPull.headRef).toBe(`cutover/${LOWER}/${RELEASE}`);
    const otherVerified = await runVerify(governor, {
      headSha: otherPull.headSha,
      baseSha: otherPull.baseSha,
      pullRequest: otherNumber,
    });
    expect(otherVerified.outputs['failed-checks']).toBe('0');
    await approve(world, PEOPLE.alice, otherNumber);
    await approve(world, PEOPLE.bob, otherNumber);
    expect((await runGate(governor, otherNumber)).outputs.approved).toBe('true');
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: otherNumber });
    const LOWER_TAG = `cutover/${LOWER}/${RELEASE}/r1`;
    expect((await runSeal(governor, { pullRequest: otherNumber })).outputs.tag).toBe(LOWER_TAG);
    expect((await runReconcile(governor, {})).outputs).toMatchObject({ sealed: '', unsealed: '0' });

    // The reader keeps them apart: each tag is its own product's intact, latest seal.
    const repository = world.server.admin.cloneUrl(BUNDLES.owner, BUNDLES.repo);
    for (const [tag, product] of [
      [TAG, NAME],
      [LOWER_TAG, LOWER],
    ] as const) {
      const read = await readSealedBundle({ repository, tag });
      expect(read.results.filter((r) => r.status !== 'pass')).toEqual([]);
      expect([read.product, read.release, read.revision]).toEqual([product, RELEASE, 1]);
      const listed = await listSealedRevisions({ repository, product });
      expect(listed.revisions.map((r) => r.tag)).toEqual([tag]);
    }
  }, 180_000);
});
