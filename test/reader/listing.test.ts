/**
 * Tag objects read as git prints them (src/reader/git.ts): real `cat-file --batch` output cut into chunks at
 * every kind of boundary (inside a header line, inside a multi-byte character, inside an object, between an
 * object and its newline) parses to the same objects as the whole output at once, and to what `git cat-file`
 * says of each; output of another shape fails naming what is wrong. `eachRefWithTag` visits every ref under
 * the prefix in name order, with the bytes of each tag object within the limit and wanted, and none for the
 * others.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BatchObject,
  BatchParser,
  eachRefWithTag,
  GitCommandError,
  type RefEntry,
  runGit,
  streamGit,
} from '../../src/reader/git.js';
import { removeDir } from '../helpers/cli.js';
import { type BundlesRepo, createRepo, git } from './fixture.js';

const PREFIX = 'refs/tags/cutover/';

/** A visited ref with the bytes it was visited with. */
type RefWithTag = RefEntry & { tagObject: Buffer | undefined };
const MISSING = '0123456789abcdef0123456789abcdef01234567';

let repo: BundlesRepo;
let gitDir: string;
/** Object ids asked for: tag objects, a commit, a tree, and one the repository does not have. */
let ids: string[];
let output: Buffer;

/** An annotated tag with a verbatim message (any text, kept as given). */
async function annotated(name: string, message: string, target = 'HEAD'): Promise<void> {
  const file = path.join(repo.root, `message-${name.replaceAll('/', '-')}.txt`);
  await writeFile(file, message);
  await git(repo.dir, 'tag', '-a', '-F', file, '--cleanup=verbatim', name, target);
}

beforeAll(async () => {
  repo = await createRepo();
  gitDir = path.join(repo.dir, '.git');
  await annotated('cutover/alpha/1.0/r1', 'plain message\n');
  // Multi-byte characters (2, 3 and 4 bytes in UTF-8) and blank lines inside the message.
  await annotated('cutover/alpha/1.0/r2', 'héllo — 世界 🚀\n\n\nafter blank lines\n');
  await annotated('cutover/alpha/1.0/r3', `${'x'.repeat(5000)}\nlong message\n`);
  await annotated('cutover/beta/2.0/r1', 'a tag of a tree\n', 'HEAD^{tree}');
  await git(repo.dir, 'tag', 'cutover/beta/2.0/r2'); // lightweight
  await annotated('cutover/ünïcode-name', 'a ref name that is not a seal tag name\n');
  await annotated('other/outside', 'not under the prefix\n');
  const tags = (await git(repo.dir, 'for-each-ref', '--format=%(objectname)', 'refs/tags/')).split('\n');
  ids = [...tags, await git(repo.dir, 'rev-parse', 'HEAD'), MISSING, await git(repo.dir, 'rev-parse', 'HEAD^{tree}')];
  output = await runGit(['--git-dir', gitDir, 'cat-file', '--batch'], {}, `${ids.join('\n')}\n`);
});

afterAll(async () => {
  await removeDir(repo.root);
});

/** Parses `bytes` fed in chunks of `size` bytes; the objects by index, in the order emitted. */
function parseInChunks(bytes: Buffer, size: number, asked = ids): [number, BatchObject][] {
  const objects: [number, BatchObject][] = [];
  const parser = new BatchParser(asked, (i, object) => objects.push([i, object]));
  for (let at = 0; at < bytes.length; at += size) parser.push(bytes.subarray(at, at + size));
  parser.end();
  return objects;
}

const plain = (objects: [number, BatchObject][]) =>
  objects.map(([i, o]) => [i, o && { type: o.type, content: o.content.toString('latin1') }]);

describe('BatchParser', () => {
  it('parses real cat-file --batch output to what git says of each object', async () => {
    const objects = parseInChunks(output, output.length);
    expect(objects.map(([i]) => i)).toEqual(ids.map((_, i) => i));
    for (const [i, object] of objects) {
      const id = ids[i] ?? '';
      if (id === MISSING) {
        expect(object).toBeUndefined();
        continue;
      }
      const type = await git(repo.dir, 'cat-file', '-t', id);
      expect(object?.type).toBe(type);
      const raw = await runGit(['--git-dir', gitDir, 'cat-file', type, id]);
      expect(object?.content.equals(raw), `${type} ${id}`).toBe(true);
    }
    const texts = objects.map(([, o]) => o?.content.toString('utf8') ?? '');
    expect(texts.some((t) => t.endsWith('héllo — 世界 🚀\n\n\nafter blank lines\n'))).toBe(true);
  });

  it('parses the same objects however the output is cut into chunks', () => {
    const whole = plain(parseInChunks(output, output.length));
    for (const size of [1, 2, 3, 5, 7, 13, 64, 1000, 4096, 5001])
      expect(plain(parseInChunks(output, size)), `chunks of ${size} bytes`).toEqual(whole);
  });

  it('fails on output of another shape, naming what is wrong', () => {
    const cut =
      (bytes: Buffer, asked = ids) =>
      () =>
        parseInChunks(bytes, 10, asked);
    const [first = ''] = ids;
    const headerEnd = output.indexOf(10) + 1;
    const size = Number(output.toString('latin1', 0, headerEnd - 1).split(' ')[2]);
    const newline = headerEnd + size;
    expect(output[newline]).toBe(10);
    expect(cut(output.subarray(0, newline - 1))).toThrow(`git cat-file --batch: no answer for ${first}`);
    expect(cut(output.subarray(0, headerEnd - 3))).toThrow(`git cat-file --batch: no answer for ${first}`);
    expect(cut(output.subarray(0, newline + 1))).toThrow(`git cat-file --batch: no answer for ${ids[1]}`);
    const broken = Buffer.from(output);
    broken[newline] = 0x78;
    expect(cut(broken)).toThrow(`git cat-file --batch: unexpected output after object ${first}`);
    // An answer for another object than the one asked, and an answer nobody asked for.
    expect(cut(output, [MISSING, ...ids])).toThrow(/unexpected answer '[0-9a-f]{40} tag \d+' for 0123456789/);
    expect(cut(output, ids.slice(0, 2))).toThrow(/git cat-file --batch: unexpected answer '[0-9a-f]{40} /);
    expect(cut(Buffer.alloc(2000, 0x61))).toThrow('git cat-file --batch: a header line too long');
  });
});

describe('eachRefWithTag', () => {
  const visitAll = async (maxTagBytes: number, wanted?: (ref: RefEntry) => boolean) => {
    const refs: RefWithTag[] = [];
    await eachRefWithTag(gitDir, PREFIX, maxTagBytes, (ref, tagObject) => refs.push({ ...ref, tagObject }), wanted);
    return refs;
  };

  it('visits every ref under the prefix in name order, with the bytes of each tag object', async () => {
    const refs = await visitAll(1024 * 1024);
    expect(refs.map((r) => r.refname)).toEqual([
      'refs/tags/cutover/alpha/1.0/r1',
      'refs/tags/cutover/alpha/1.0/r2',
      'refs/tags/cutover/alpha/1.0/r3',
      'refs/tags/cutover/beta/2.0/r1',
      'refs/tags/cutover/beta/2.0/r2',
      'refs/tags/cutover/ünïcode-name',
    ]);
    for (const ref of refs) {
      expect(ref.objectType).toBe(await git(repo.dir, 'cat-file', '-t', ref.objectId));
      expect(ref.objectSize).toBe(Number(await git(repo.dir, 'cat-file', '-s', ref.objectId)));
      if (ref.objectType !== 'tag') expect(ref.tagObject).toBeUndefined();
      else
        expect(ref.tagObject?.equals(await runGit(['--git-dir', gitDir, 'cat-file', 'tag', ref.objectId]))).toBe(true);
    }
  });

  it('leaves out the bytes of a tag object over the limit, or not wanted, and visits the refs after it', async () => {
    const all = await visitAll(1024 * 1024);
    const limited = await visitAll(1000, (ref) => !ref.refname.endsWith('/r1'));
    expect(limited.map((r) => r.refname)).toEqual(all.map((r) => r.refname));
    const withBytes = (refs: RefWithTag[]) => refs.filter((r) => r.tagObject).map((r) => r.refname);
    expect(withBytes(limited)).toEqual(['refs/tags/cutover/alpha/1.0/r2', 'refs/tags/cutover/ünïcode-name']);
    expect(limited.find((r) => r.refname.endsWith('alpha/1.0/r3'))?.objectSize).toBeGreaterThan(5000);
  });

  it('fails with a GitCommandError when git cannot read the repository', async () => {
    const visited: RefWithTag[] = [];
    await expect(
      eachRefWithTag(path.join(repo.root, 'missing.git'), PREFIX, 1024, (ref, tagObject) =>
        visited.push({ ...ref, tagObject }),
      ),
    ).rejects.toThrow(GitCommandError);
    expect(visited).toEqual([]);
  });

  it('stops git and rejects with the error of a visitor that throws', async () => {
    await expect(
      eachRefWithTag(gitDir, PREFIX, 1024 * 1024, () => {
        throw new Error('visitor failed');
      }),
    ).rejects.toThrow('visitor failed');
  });
});

describe('streamGit', () => {
  it('stops git printing more than its limit', async () => {
    await expect(
      streamGit(['--git-dir', gitDir, 'cat-file', '--batch'], () => {}, { maxBytes: 100 }, `${ids.join('\n')}\n`),
    ).rejects.toThrow('git cat-file: output over 100 bytes');
  });
});
