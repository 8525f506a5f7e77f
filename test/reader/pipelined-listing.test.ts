/**
 * eachRefWithTag asks cat-file for tag objects while for-each-ref is still listing refs (issue 13 goal 1: the
 * listing and the reading overlap instead of following one another). Watched through a `git` on PATH that
 * runs the real git: its for-each-ref, having printed every ref, waits (up to 10 s) for cat-file to have
 * started before it exits, and says whether it had to wait in vain. The refs are visited as before.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachRefWithTag, type RefEntry } from '../../src/reader/git.js';
import { removeDir } from '../helpers/cli.js';
import { type BundlesRepo, createRepo, GIT_ENV, git } from './fixture.js';

const PREFIX = 'refs/tags/cutover/';

let repo: BundlesRepo;
let gitDir: string;
let shim: string;

beforeAll(async () => {
  repo = await createRepo();
  gitDir = await git(repo.dir, 'rev-parse', '--absolute-git-dir');
  const head = await git(repo.dir, 'rev-parse', 'HEAD');
  // Enough annotated tags for for-each-ref to print more than a pipe holds before it is read.
  const stream = Array.from(
    { length: 2000 },
    (_, i) => `tag cutover/p/r/r${i + 1}\nfrom ${head}\ntagger T <t@example.com> 1795000000 +0000\ndata 2\nm\n`,
  ).join('');
  execFileSync('git', ['--git-dir', gitDir, 'fast-import', '--quiet'], { input: stream, env: GIT_ENV });
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  shim = path.join(repo.root, 'shim');
  execFileSync('mkdir', [shim]);
  const started = path.join(repo.root, 'cat-file-started');
  const log = path.join(repo.root, 'for-each-ref.log');
  writeFileSync(
    path.join(shim, 'git'),
    [
      '#!/bin/sh',
      `case " $* " in *" cat-file "*) touch '${started}' ;; esac`,
      `case " $* " in *" for-each-ref "*) ;; *) exec '${realGit}' "$@" ;; esac`,
      `'${realGit}' "$@" || exit $?`,
      'i=0',
      `while [ ! -e '${started}' ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done`,
      `if [ -e '${started}' ]; then echo started >> '${log}'; else echo 'never started' >> '${log}'; fi`,
      '',
    ].join('\n'),
  );
  chmodSync(path.join(shim, 'git'), 0o755);
}, 60_000);

afterAll(async () => {
  await removeDir(repo.root);
});

describe('eachRefWithTag, pipelined', () => {
  it('starts cat-file while for-each-ref is still listing, and visits every ref as before', async () => {
    const visited: [string, number | undefined][] = [];
    const path0 = process.env.PATH;
    process.env.PATH = `${shim}${path.delimiter}${path0 ?? ''}`;
    try {
      await eachRefWithTag(gitDir, PREFIX, 1024 * 1024, (ref: RefEntry, tagObject) =>
        visited.push([ref.refname, tagObject?.length]),
      );
    } finally {
      process.env.PATH = path0;
    }
    const log = path.join(repo.root, 'for-each-ref.log');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : 'for-each-ref not run through the shim').toBe('started\n');
    expect(visited).toHaveLength(2000);
    expect(visited.every(([, bytes]) => bytes !== undefined && bytes > 0)).toBe(true);
    const names = visited.map(([name]) => name);
    expect(names).toEqual([...names].sort());
  }, 60_000);

  it('rejects with the error of a visitor that throws while refs are still being listed', async () => {
    let seen = 0;
    await expect(
      eachRefWithTag(gitDir, PREFIX, 1024 * 1024, () => {
        seen += 1;
        if (seen === 10) throw new Error('visitor failed at the tenth tag');
      }),
    ).rejects.toThrow('visitor failed at the tenth tag');
    expect(seen).toBe(10);
  });
});
