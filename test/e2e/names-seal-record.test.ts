/**
 * Text a writer controls inside the seal record, in-process over real HTTP and git on the GitHub-compatible
 * server. The service repository chooses the Cutover version its assemble runs, so the writer can write any
 * manifest.json the schema accepts, `handoff` included: the statement of what approving means, which seal copies
 * into the approval record. A writer's own statement (here one holding the record's end marker,
 * `-----END CUTOVER SEAL RECORD-----`, which would also have cut the record short before seal escaped it: see
 * test/reader/names-seal-record.test.ts) fails cutover/binding, and a merge past GitHub's rules is not sealed.
 */
import { describe, expect, it } from 'vitest';
import { RECORD_END, RECORD_MARKER } from '../../src/domain/seal.js';
import { runSeal } from '../../src/modes/seal.js';
import { runVerify } from '../../src/modes/verify.js';
import { mergePastRules } from './attack-kit.js';
import { assembleInProcess, inProcessWorlds } from './in-process.js';
import { approve, as, nextSecond } from './steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE } from './world.js';

const setUp = inProcessWorlds();
const DIRECTORY = `bundles/${PRODUCT}/${RELEASE}`;
const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;

describe('a hand-off statement carrying the seal record’s markers', () => {
  it('fails cutover/binding at manifest.json /handoff, and is not sealed', async () => {
    const { world, writer, governor } = await setUp();
    const assembled = await assembleInProcess(world, writer);
    const number = Number(assembled.outputs['pull-request-number']);
    const opened = await governor.github.getPullRequest(BUNDLES, number);

    // The writer rewrites the statement on the pull request's branch (a signed commit of the writer App).
    const path = `${DIRECTORY}/manifest.json`;
    const manifest = JSON.parse((await writer.github.readFiles(BUNDLES, opened.headSha, [path]))[path] ?? '{}');
    // Both markers, an end marker overlapping a second one (`-----` shared), and a marker spelled with JSON
    // escapes in the file (JSON.stringify writes it out plainly again).
    const statement = `${manifest.handoff} ${RECORD_END} ${RECORD_MARKER}\n{"forged": true}\n-----END CUTOVER SEAL RECORD-----END CUTOVER SEAL RECORD----- tail`;
    const written = `${JSON.stringify({ ...manifest, handoff: statement }, null, 2).replace('-----END', '\\u002d----END')}\n`;
    expect(written).toContain('\\u002d----END');
    const committed = await writer.github.commitFiles(BUNDLES, {
      branch: opened.headRef,
      parent: opened.headSha,
      files: { [path]: written },
      message: 'hand-off statement',
      expectedHead: opened.headSha,
    });
    expect(committed.kind).toBe('committed');
    const pull = await governor.github.getPullRequest(BUNDLES, number);
    expect(pull.headSha).not.toBe(opened.headSha);

    // cutover/binding compares the statement with Cutover's own: the rewritten one fails it, naming the field.
    const verified = await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    expect(verified.outputs['failed-checks']).toBe('1');
    expect(verified.summary).toMatch(/cutover\/binding/);
    const { data: runs } = await as(world, PEOPLE.max).rest.checks.listForRef({
      ...BUNDLES,
      ref: pull.headSha,
      check_name: 'cutover/binding',
    });
    const binding = runs.check_runs.find((r) => r.app?.id === world.governorAppId);
    expect(binding?.conclusion).toBe('failure');
    const { data: notes } = await as(world, PEOPLE.max).rest.checks.listAnnotations({
      ...BUNDLES,
      check_run_id: binding?.id ?? 0,
    });
    expect(notes.map((n) => [n.path, n.message])).toContainEqual([
      path,
      expect.stringMatching(/hand-off statement is not Cutover's/),
    ]);

    // Merged past GitHub's rules all the same, it is not sealed: seal re-verifies the merged files.
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    await nextSecond();
    await mergePastRules(world, number);
    const refused = await runSeal(governor, { pullRequest: number }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/binding/);
    expect(await governor.github.getRef(BUNDLES, `tags/${TAG}`)).toBeNull();
  }, 180_000);
});
