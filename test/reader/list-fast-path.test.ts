/**
 * `cutover list` decides a seal record the sealer wrote with the quick look (src/reader/seal-record-fast.ts),
 * not JSON.parse and the validator, and `inspect`, which keeps the record, never relies on it: the quick look
 * is watched through a module mock around the real function.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSealedBundle } from '../../src/reader/inspect.js';
import { listSealedRevisions } from '../../src/reader/list.js';
import { acceptedSealRecord } from '../../src/reader/seal-record-fast.js';
import { removeDir } from '../helpers/cli.js';
import { type BundlesRepo, sealedRepo } from './fixture.js';

vi.mock('../../src/reader/seal-record-fast.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/reader/seal-record-fast.js')>();
  return { ...original, acceptedSealRecord: vi.fn(original.acceptedSealRecord) };
});

let repo: BundlesRepo & { tag: string };

beforeAll(async () => {
  repo = await sealedRepo();
}, 120_000);

afterAll(async () => {
  await removeDir(repo.root);
});

describe('the quick look at seal records', () => {
  it('decides the records cutover list reads, and none that inspect reads', async () => {
    const quick = vi.mocked(acceptedSealRecord);
    quick.mockClear();
    const list = await listSealedRevisions({ repository: repo.dir });
    expect(list.revisions.map((r) => [r.tag, r.sealed])).toEqual([[repo.tag, true]]);
    expect(quick).toHaveBeenCalledTimes(1);
    expect(quick.mock.results[0]?.value).toMatchObject({ mergeCommit: list.revisions[0]?.commit });
    quick.mockClear();
    const inspected = await readSealedBundle({ repository: repo.dir, tag: repo.tag });
    expect(inspected.record?.mergeCommit).toBe(list.revisions[0]?.commit);
    expect(quick).not.toHaveBeenCalled();
  }, 60_000);
});
