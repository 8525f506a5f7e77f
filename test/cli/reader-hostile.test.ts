/**
 * `cutover inspect` and `cutover list` on hostile release-bundles repositories: what the repository holds
 * (a tag object's name header, a ref name) reaches the operator's terminal. A tag object whose `tag` header
 * carries ESC sequences is accepted by a push to a repository that checks objects (receive.fsckObjects:
 * git's badTagName is a warning, not an error) and by the reader's own fetch (transfer.fsckObjects), and a
 * ref name may hold any non-ASCII character (U+202E, the right-to-left override; U+009B, the one-byte CSI).
 * Printed raw, such a value can erase or rewrite the lines the operator reads ("invalid" overwritten by
 * "valid"), or reorder them. Real git repositories, the CLI in-process.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, runCli } from '../helpers/cli.js';
import { TERMINAL_CONTROL } from '../helpers/terminal.js';
import { git, PRODUCT, RELEASE, sealedRepo } from '../reader/fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

/** Erase the line, go up one line, erase it, and write "valid" where the table said otherwise. */
const REWRITE = '\u001b[2K\u001b[1A\u001b[2K\r\u001b]8;;https://example.com/\u001b\\valid\u001b]8;;\u001b\\';

/**
 * A sealed r1, plus, pushed into a bare repository that checks objects on receive: r2, an annotated tag whose
 * name header carries REWRITE, and two refs under refs/tags/cutover/ that are no seal tag names, one with a
 * right-to-left override and one with a C1 CSI.
 */
async function hostileRepo() {
  const repo = await sealedRepo();
  roots.push(repo.root);
  const r2 = `cutover/${PRODUCT}/${RELEASE}/r2`;
  const body = `object ${repo.commit}\ntype commit\ntag ${REWRITE}\ntagger Mallory <m@example.com> 1795000000 +0000\n\nno record\n`;
  const file = path.join(repo.root, 'hostile.tag');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, body);
  const id = await git(repo.dir, 'hash-object', '-t', 'tag', '-w', '--literally', file);
  await git(repo.dir, 'update-ref', `refs/tags/${r2}`, id);
  const bidi = `refs/tags/cutover/notes\u202eatad`;
  const csi = `refs/tags/cutover/x\u009b2Ky`;
  await git(repo.dir, 'update-ref', bidi, repo.commit);
  await git(repo.dir, 'update-ref', csi, repo.commit);
  const bare = path.join(repo.root, 'bare.git');
  await git(repo.root, 'init', '-q', '--bare', bare);
  await git(bare, 'config', 'receive.fsckObjects', 'true');
  await git(repo.dir, 'push', '-q', bare, 'main', 'refs/tags/*:refs/tags/*');
  await git(bare, 'symbolic-ref', 'HEAD', 'refs/heads/main');
  return { ...repo, bare, r2, bidi, csi };
}

describe('repository values printed to a terminal', () => {
  it('list escapes a tag object name and ref names carrying terminal controls; exit 1', async () => {
    const repo = await hostileRepo();
    for (const repository of [repo.bare, `file://${repo.bare}`]) {
      const run = await runCli(['list', repository]);
      expect(run.code, repository).toBe(1);
      expect(run.stdout, repository).toContain(repo.r2);
      expect(run.stdout, repository).toContain('\\u001b[2K\\u001b[1A');
      expect(run.stdout, repository).toContain('notes\\u202eatad');
      expect(run.stdout, repository).not.toMatch(TERMINAL_CONTROL);
    }
  });

  it('inspect escapes the tag object name in its table; exit 1', async () => {
    const repo = await hostileRepo();
    for (const repository of [repo.bare, `file://${repo.bare}`]) {
      const run = await runCli(['inspect', repository, '--tag', repo.r2]);
      expect(run.code, repository).toBe(1);
      expect(run.stdout, repository).toMatch(/^annotated-tag\s+fail\s+tag object [0-9a-f]{40} is named \\u001b\[2K/m);
      expect(run.stdout, repository).not.toMatch(TERMINAL_CONTROL);
    }
  });

  it('--json escapes them too, and parses back to the values the repository holds', async () => {
    const repo = await hostileRepo();
    const list = await runCli(['list', repo.bare, '--json']);
    expect(list.code).toBe(1);
    expect(list.stdout).not.toMatch(TERMINAL_CONTROL);
    const parsed: { ignoredRefs: string[]; revisions: { tag: string; problems: string[] }[] } = JSON.parse(list.stdout);
    expect(parsed.ignoredRefs).toEqual(expect.arrayContaining([repo.bidi, repo.csi]));
    expect(parsed.revisions.find((r) => r.tag === repo.r2)?.problems.join('\n')).toContain(`is named ${REWRITE},`);

    const inspect = await runCli(['inspect', repo.bare, '--tag', repo.r2, '--json']);
    expect(inspect.code).toBe(1);
    expect(inspect.stdout).not.toMatch(TERMINAL_CONTROL);
    const sealed: { intact: boolean; results: { name: string; detail: string }[] } = JSON.parse(inspect.stdout);
    expect(sealed.intact).toBe(false);
    expect(sealed.results.find((r) => r.name === 'annotated-tag')?.detail).toContain(`is named ${REWRITE},`);
  });
});
