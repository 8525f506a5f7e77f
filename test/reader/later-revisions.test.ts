/**
 * `inspect` of one revision lists only that revision and the later ones of its release (issue 13 goal 1: its
 * cost must not grow with the earlier revisions): the globs of laterRevisionPatterns, as real `git for-each-ref`
 * matches them, select every seal tag of a revision from the one asked for on and none before it, whatever
 * the digits (9s, 0s, a change of length, the largest revision). readSealTags from a revision then reads and
 * names exactly those.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSealTagName } from '../../src/domain/names.js';
import { listRefs } from '../../src/reader/git.js';
import { laterRevisionPatterns, readSealTags, sealTagRevisions } from '../../src/reader/tags.js';
import { removeDir } from '../helpers/cli.js';
import { seededRandom } from '../helpers/random.js';
import { type BundlesRepo, createRepo, GIT_ENV, git } from './fixture.js';

const PREFIX = 'refs/tags/cutover/p/r/';

let repo: BundlesRepo;
let gitDir: string;
/** Every seal tag revision in the repository. */
let revisions: number[];

beforeAll(async () => {
  repo = await createRepo();
  gitDir = await git(repo.dir, 'rev-parse', '--absolute-git-dir');
  const head = await git(repo.dir, 'rev-parse', 'HEAD');
  const random = seededRandom(4217);
  const chosen = new Set([1, 2, 8, 9, 10, 11, 19, 20, 99, 100, 101, 109, 110, 199, 999, 1000, 4216, 4217, 4218]);
  for (const n of [999999998, 999999999, 99999999, 100000000, 123456789]) chosen.add(n);
  while (chosen.size < 300) chosen.add(1 + Math.floor(random() ** 4 * 999999999));
  revisions = [...chosen];
  // Names under the prefix that are not seal tags (leading zero, too large, not a number) and a tag elsewhere.
  const others = ['r0', 'r01', 'r1000000000', 'r12a', 'rx', 'latest', 'r9999999999999999'];
  const refs = [...revisions.map((n) => `r${n}`), ...others].map((name) => `create ${PREFIX}${name} ${head}`);
  refs.push(`create refs/tags/cutover/p/other/r5 ${head}`);
  execFileSync('git', ['--git-dir', gitDir, 'update-ref', '--stdin'], {
    input: `${refs.join('\n')}\n`,
    env: GIT_ENV,
  });
  await git(repo.dir, 'pack-refs', '--all');
}, 60_000);

afterAll(async () => {
  await removeDir(repo.root);
});

describe('laterRevisionPatterns', () => {
  it('spells out the revisions from one on, digit by digit', () => {
    expect(laterRevisionPatterns('x/', 4217)).toEqual([
      'x/r4217',
      'x/r421[8-9]',
      'x/r42[2-9][0-9]',
      'x/r4[3-9][0-9][0-9]',
      'x/r[5-9][0-9][0-9][0-9]',
      'x/r[1-9][0-9][0-9][0-9][0-9]*',
    ]);
  });

  it('selects, through git, every seal tag of a revision from the one asked for on, and none before it', async () => {
    const sorted = [...revisions].sort((a, b) => a - b);
    const asked = [...new Set([...sorted.slice(0, 40), ...sorted.filter((_, i) => i % 7 === 0), 1000000000 - 1])];
    for (const from of asked) {
      const listed = (await listRefs(gitDir, PREFIX, laterRevisionPatterns(PREFIX, from)))
        .map((ref) => parseSealTagName(ref.refname.slice('refs/tags/'.length))?.revision)
        .filter((n): n is number => n !== undefined)
        .sort((a, b) => a - b);
      expect(listed, `from r${from}`).toEqual(sorted.filter((n) => n >= from));
    }
  }, 60_000);

  it('makes readSealTags from a revision read and name only it and the later ones', async () => {
    const from = 4217;
    const set = await readSealTags(gitDir, PREFIX, { problem: 'not needed here' }, { fromRevision: from });
    const later = revisions.filter((n) => n >= from);
    expect([...set.revisions].sort((a, b) => a - b)).toEqual([...later].sort((a, b) => a - b));
    expect(set.readings.map((r) => r.revision).sort((a, b) => a - b)).toEqual([...later].sort((a, b) => a - b));
    // The whole release is still named when asked for (inspect's message for a tag that does not exist).
    expect((await sealTagRevisions(gitDir, PREFIX)).sort((a, b) => a - b)).toEqual(
      [...revisions].sort((a, b) => a - b),
    );
  }, 60_000);
});
