/**
 * Attack: lineage that names a path whose bytes were not the ones read. A service repository may hold symbolic
 * links that stay inside the workspace (allowed: workspace.test.ts), e.g. `sbom.json -> vendor/other.json` or
 * a directory `current -> releases/v2`. In the action, a workspace file's lineage says `<repo>@<commit>:<path>`
 * with the git blob id of the bytes read; at that commit, `<path>` must then hold that blob. Named by the link,
 * it does not: git stores a link as a blob of its target's name, and a path through a linked directory is in no
 * tree at all, so anyone checking the lineage against git finds another blob or none.
 *
 * Shown with real git: each recorded `<commit>:<path>` must resolve, with `git rev-parse`, to the recorded blob.
 */
import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localWorkspace } from '../../src/sources/workspace.js';
import { REFERENCE_TIME, tempDir, writeFiles } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let commit: string;

const git = (...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFiles(dir, {
    'records.yaml': 'window: {}\n',
    'releases/v2/sbom.json': '{"bomFormat": "CycloneDX"}\n',
  });
  await symlink('records.yaml', path.join(dir, 'alias.yaml'));
  await symlink('releases/v2', path.join(dir, 'current'));
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=dave', '-c', 'user.email=dave@acme.example', 'commit', '-q', '-m', 'candidate');
  commit = git('rev-parse', 'HEAD');
});
afterAll(() => cleanup());

describe('workspace lineage of a file read through a symbolic link inside the workspace', () => {
  it.each([
    ['a plain file', 'records.yaml', 'records.yaml'],
    ['a file link', 'alias.yaml', 'records.yaml'],
    ['a file under a directory link', 'current/sbom.json', 'releases/v2/sbom.json'],
  ])('%s: the recorded <commit>:<path> holds the recorded blob (%s)', async (_what, requested, target) => {
    const ws = localWorkspace(dir, { observedAt: REFERENCE_TIME, repository: 'acme/payments', commit });
    const file = await ws.read(requested);
    expect(file.path).toBe(requested);
    const prefix = `acme/payments@${commit}:`;
    expect(file.lineage.locator.startsWith(prefix)).toBe(true);
    const named = file.lineage.locator.slice(prefix.length);
    expect(named).toBe(target);
    const blob = (() => {
      try {
        return git('rev-parse', `${commit}:${named}`);
      } catch {
        return `no object at ${commit}:${named}`;
      }
    })();
    expect(`gitblob:${blob}`).toBe(file.lineage.digest);
  });
});
