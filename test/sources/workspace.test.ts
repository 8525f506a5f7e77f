import { createHash } from 'node:crypto';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localWorkspace } from '../../src/sources/workspace.js';
import { inputErrorOf, REFERENCE_TIME, tempDir, writeFiles } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFiles(dir, { 'release/records.yaml': 'window: {}\n', 'big.bin': new Uint8Array(2048) });
});
afterEach(() => cleanup());

describe('localWorkspace', () => {
  it('gives file lineage with the git blob id as revision and sha256 as digest', async () => {
    const file = await localWorkspace(dir, { observedAt: REFERENCE_TIME }).read('release/records.yaml');
    const bytes = Buffer.from('window: {}\n');
    expect(file.path).toBe('release/records.yaml');
    expect(Buffer.from(file.bytes).toString()).toBe('window: {}\n');
    expect(file.lineage).toEqual({
      system: 'file',
      locator: 'release/records.yaml',
      // `git hash-object` of "window: {}\n"
      revision: createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex'),
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      observedAt: REFERENCE_TIME,
    });
  });

  it('gives github lineage at the commit when repository and commit are known', async () => {
    const commit = 'a'.repeat(40);
    const ws = localWorkspace(dir, { observedAt: REFERENCE_TIME, repository: 'acme/payments', commit });
    const file = await ws.read('./release//records.yaml');
    expect(file.lineage.system).toBe('github');
    expect(file.lineage.locator).toBe(`acme/payments@${commit}:release/records.yaml`);
    expect(file.lineage.revision).toBe(commit);
    expect(file.lineage.digest).toMatch(/^gitblob:[0-9a-f]{40}$/);
  });

  it.each([
    ['/etc/passwd', 'absolute'],
    ['C:/x', 'absolute'],
    ['../outside', "'..'"],
    ['release/../../x', "'..'"],
    ['a\u0000b', 'control'],
    ['a\nb', 'control'],
    ['a\\b', 'backslash'],
    ['', 'empty'],
  ])('refuses %j (%s)', async (requested, why) => {
    const error = await inputErrorOf(localWorkspace(dir, { observedAt: REFERENCE_TIME }).read(requested));
    expect(error.message).toContain(why);
  });

  it('refuses a symlink that resolves outside the root, allows one inside', async () => {
    const { dir: other, cleanup: cleanOther } = await tempDir();
    try {
      await writeFiles(other, { 'secret.txt': 'x' });
      await symlink(path.join(other, 'secret.txt'), path.join(dir, 'escape.txt'));
      await symlink(path.join(dir, 'release/records.yaml'), path.join(dir, 'inside.yaml'));
      const ws = localWorkspace(dir, { observedAt: REFERENCE_TIME });
      await expect(ws.read('escape.txt')).rejects.toThrow(/outside the workspace/);
      await expect(ws.read('inside.yaml')).resolves.toMatchObject({ path: 'inside.yaml' });
    } finally {
      await cleanOther();
    }
  });

  it('refuses a file under a directory symlink that resolves outside the root, every time it is asked', async () => {
    const { dir: other, cleanup: cleanOther } = await tempDir();
    try {
      await writeFiles(other, { 'secret.txt': 'x' });
      await symlink(other, path.join(dir, 'elsewhere'));
      await symlink(path.join(dir, 'release'), path.join(dir, 'linked'));
      const ws = localWorkspace(dir, { observedAt: REFERENCE_TIME });
      for (let i = 0; i < 2; i++) {
        await expect(ws.read('elsewhere/secret.txt')).rejects.toThrow(/'elsewhere\/secret.txt' resolves outside/);
        await expect(ws.read('linked/records.yaml')).resolves.toMatchObject({ path: 'linked/records.yaml' });
        await expect(ws.read('linked/nope.yaml')).rejects.toThrow(/cannot read 'linked\/nope.yaml': no such file/);
      }
    } finally {
      await cleanOther();
    }
  });

  it('refuses files over the limit, naming the path and the limit', async () => {
    const ws = localWorkspace(dir, { observedAt: REFERENCE_TIME });
    const error = await inputErrorOf(ws.read('big.bin', 1000));
    expect(error.message).toMatch(/'big.bin' is 2048 bytes or more, over the limit of 1000 bytes/);
    await expect(ws.read('big.bin', 2048)).resolves.toBeDefined();
  });

  it('names a missing file and refuses a directory', async () => {
    const ws = localWorkspace(dir, { observedAt: REFERENCE_TIME });
    await expect(ws.read('nope.yaml')).rejects.toThrow(/cannot read 'nope.yaml': no such file/);
    await expect(ws.read('release')).rejects.toThrow(/not a regular file/);
  });
});
