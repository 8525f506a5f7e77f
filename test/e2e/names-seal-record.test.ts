/**
 * Text a writer controls inside the seal record, in-process over real HTTP and git on the GitHub-compatible
 * server. The service repository chooses the Cutover version its assemble runs, so the writer can write any
 * manifest.json the schema accepts; its `handoff` statement is free text that seal copies into the record and
 * that no rule compares with Cutover's own. A statement holding the record's end marker
 * (`-----END CUTOVER SEAL RECORD-----`) must not end the record early: the tag message is read from its first
 * record marker to the first end marker after it, so the seal written would be one that no reader, no re-run of
 * seal and no reconcile accepts (a permanent, immutable tag that is not a seal).
 */
import { describe, expect, it } from 'vitest';
import { RECORD_END, RECORD_MARKER } from '../../src/domain/seal.js';
import { runGate } from '../../src/modes/gate.js';
import { runSeal } from '../../src/modes/seal.js';
import { runVerify } from '../../src/modes/verify.js';
import { readSealedBundle } from '../../src/reader/index.js';
import { assembleInProcess, inProcessWorlds } from './in-process.js';
import { approve, as, nextSecond } from './steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE } from './world.js';

const setUp = inProcessWorlds();
const DIRECTORY = `bundles/${PRODUCT}/${RELEASE}`;
const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;

describe('a hand-off statement carrying the seal record’s markers', () => {
  it('is sealed into a record that the reader, a re-run of seal and the merge’s own checks all read whole', async () => {
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

    // No rule compares the statement with Cutover's own: every check passes, both teams approve, it merges.
    const verified = await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    expect(verified.outputs['failed-checks']).toBe('0');
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    expect((await runGate(governor, number)).outputs.approved).toBe('true');
    await nextSecond();
    const { data } = await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number });

    const sealed = await runSeal(governor, { pullRequest: number });
    expect(sealed.outputs.tag).toBe(TAG);

    // The deployment queue's reader finds an intact seal whose record carries the statement as approved.
    const read = await readSealedBundle({
      repository: world.server.admin.cloneUrl(BUNDLES.owner, BUNDLES.repo),
      tag: TAG,
    });
    expect(read.results.filter((r) => r.status !== 'pass')).toEqual([]);
    expect(read.intact).toBe(true);
    expect(read.record?.handoff).toBe(statement);
    expect(read.record?.mergeCommit).toBe(data.sha);

    // A re-run of seal recognizes its own seal (and does not call it a forged tag).
    const again = await runSeal(governor, { pullRequest: number });
    expect(again.summary).toContain('already present');

    // The message holds each marker once: the statement is inside the record, not cutting it short.
    const ref = await governor.github.getRef(BUNDLES, `tags/${TAG}`);
    const message = (await governor.github.getTagObject(BUNDLES, ref?.sha ?? '')).message;
    expect(message.split(RECORD_MARKER)).toHaveLength(2);
    expect(message.split(RECORD_END)).toHaveLength(2);
  }, 180_000);
});
