/**
 * `cutover demo --keep <dir>`: the demo leaves the sealed bundles repository in <dir> (a bare clone, without the
 * server's remote), and a new user's next commands, `cutover inspect` and `cutover list` on it, work on it as
 * the README shows. A path that exists and is not an empty directory is refused before anything runs.
 */

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';

const exec = promisify(execFile);
const TAG = 'cutover/payments-platform/2026.11.3/r1';
const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

describe('cutover demo --keep', () => {
  it('leaves the sealed bundles repository for inspect and list', async () => {
    const root = await makeTempDir('cutover-keep-test-');
    roots.push(root);
    // Relative to the working directory, as a user would type it.
    const run = await runCli(['demo', '--keep', 'release-bundles'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const kept = path.join(root, 'release-bundles');
    expect(run.stdout).toMatch(/^\s*\d+\. keep +acme\/release-bundles kept as a bare repository in /m);
    expect(run.stdout).toContain(`npx cutover inspect ${kept} --tag ${TAG}`);
    expect(run.stdout).toContain(`the bundles repository is in ${kept}`);
    const git = (...args: string[]) => exec('git', ['--git-dir', kept, ...args]).then((r) => r.stdout.trim());
    expect(await git('rev-parse', '--is-bare-repository')).toBe('true');
    expect(await git('remote')).toBe('');
    expect(await git('tag', '--list', 'cutover/*')).toBe(TAG);

    const inspect = await runCli(['inspect', 'release-bundles', '--tag', TAG, '--json'], { cwd: root });
    expect(inspect.code).toBe(0);
    const sealed = JSON.parse(inspect.stdout) as { intact: boolean; results: { status: string }[] };
    expect(sealed.intact).toBe(true);
    expect(sealed.results.every((r) => r.status === 'pass')).toBe(true);
    const list = await runCli(['list', kept, '--json'], { cwd: root });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ revisions: [{ tag: TAG, sealed: true, latest: true }] });
  }, 120_000);

  it('reports the kept directory in --json', async () => {
    const root = await makeTempDir('cutover-keep-test-');
    roots.push(root);
    const kept = path.join(root, 'kept');
    await mkdir(kept); // an empty directory is accepted
    const run = await runCli(['demo', '--json', '--keep', kept], { cwd: root });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; kept: string; steps: { step: string }[] };
    expect(report).toMatchObject({ ok: true, kept });
    expect(report.steps.map((s) => s.step)).toContain('keep');
  }, 120_000);

  it('refuses a path that is not a new or empty directory, before running anything', async () => {
    const root = await makeTempDir('cutover-keep-test-');
    roots.push(root);
    await writeFile(path.join(root, 'file'), 'x');
    for (const target of [root, path.join(root, 'file')]) {
      const run = await runCli(['demo', '--keep', target], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /cutover demo: error: .+: --keep names a path that exists and is not an empty directory/,
      );
    }
    const missing = await runCli(['demo', '--keep'], { cwd: root });
    expect(missing.code).toBe(2);
  });
});
