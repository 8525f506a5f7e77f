/**
 * The tag listing as git prints it, parsed as it arrives (src/reader/git.ts): a real repository's
 * `for-each-ref` output cut into chunks at every kind of boundary (inside a ref name, inside a multi-byte
 * character, inside a tag object, between a tag object and its newline) parses to the same refs as the whole
 * output at once and as the older path (plain listing, then `cat-file --batch`); a tag object over the size
 * limit is counted past without its bytes; output of another shape fails naming what is wrong.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachRefWithTag, GitCommandError, type RefWithTag, runGit, TagListingParser } from '../../src/reader/git.js';
import { removeDir } from '../helpers/cli.js';
import { type BundlesRepo, createRepo, git } from './fixture.js';

const PREFIX = 'refs/tags/cutover/';
const FORMAT =
  '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(objectsize)%00%(if:equals=tag)%(objecttype)%(then)%(raw)%(end)';

let repo: BundlesRepo;
let gitDir: string;
let listing: Buffer;

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
  listing = await runGit(['--git-dir', gitDir, 'for-each-ref', FORMAT, PREFIX]);
});

afterAll(async () => {
  await removeDir(repo.root);
});

/** Parses `bytes` fed in chunks of `size` bytes; the refs in the order emitted. */
function parseInChunks(bytes: Buffer, size: number, maxTagBytes = 1024 * 1024): RefWithTag[] {
  const refs: RefWithTag[] = [];
  const parser = new TagListingParser(maxTagBytes, (ref) => refs.push(ref));
  for (let at = 0; at < bytes.length; at += size) parser.push(bytes.subarray(at, at + size));
  parser.end();
  return refs;
}

const plain = (refs: RefWithTag[]) => refs.map((r) => ({ ...r, tagObject: r.tagObject?.toString('latin1') }));

describe('TagListingParser', () => {
  it('parses a real listing in one chunk to what git says of each ref', async () => {
    const refs = parseInChunks(listing, listing.length);
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
      if (ref.objectType !== 'tag') {
        expect(ref.tagObject).toBeUndefined();
        continue;
      }
      const raw = await runGit(['--git-dir', gitDir, 'cat-file', 'tag', ref.objectId]);
      expect(ref.tagObject?.equals(raw), ref.refname).toBe(true);
      expect(ref.objectSize).toBe(raw.length);
    }
    expect(refs.find((r) => r.refname.endsWith('/r2') && r.refname.includes('alpha'))?.tagObject?.toString()).toContain(
      'héllo — 世界 🚀\n\n\nafter blank lines\n',
    );
  });

  it('parses the same refs however the output is cut into chunks', () => {
    const whole = plain(parseInChunks(listing, listing.length));
    for (const size of [1, 2, 3, 5, 7, 13, 64, 1000, 4096, 5001])
      expect(plain(parseInChunks(listing, size)), `chunks of ${size} bytes`).toEqual(whole);
  });

  it('counts a tag object over the limit past, without its bytes, and reads the refs after it', () => {
    const whole = parseInChunks(listing, listing.length);
    const limited = parseInChunks(listing, 97, 1000);
    const long = limited.find((r) => r.refname.endsWith('alpha/1.0/r3'));
    expect(long?.objectSize).toBeGreaterThan(5000);
    expect(long?.tagObject).toBeUndefined();
    expect(plain(limited.filter((r) => r !== long))).toEqual(plain(whole.filter((r) => r.refname !== long?.refname)));
  });

  it('fails on output of another shape, naming what is wrong', () => {
    const cut = (bytes: Buffer) => () => parseInChunks(bytes, 10);
    // The first ref is an annotated tag: its four fields, then its tag object, then a newline.
    let fieldsEnd = 0;
    for (let i = 0; i < 4; i++) fieldsEnd = listing.indexOf(0, fieldsEnd) + 1;
    const [first] = parseInChunks(listing, listing.length);
    const newline = fieldsEnd + (first?.objectSize ?? 0);
    expect(listing[newline]).toBe(10);
    expect(cut(listing.subarray(0, newline - 1))).toThrow(
      'git for-each-ref: the tag object of refs/tags/cutover/alpha/1.0/r1 is cut short',
    );
    expect(cut(listing.subarray(0, fieldsEnd - 3))).toThrow('git for-each-ref: truncated listing');
    expect(cut(listing.subarray(0, newline))).toThrow('git for-each-ref: truncated listing');
    const broken = Buffer.from(listing);
    broken[newline] = 0x78;
    expect(cut(broken)).toThrow('git for-each-ref: unexpected listing after refs/tags/cutover/alpha/1.0/r1');
    expect(cut(Buffer.from('refs/tags/cutover/a\0tag\0abc\0-5\0'))).toThrow(
      'the tag object of refs/tags/cutover/a has no valid size',
    );
    expect(cut(Buffer.from('no separators at all'))).toThrow(GitCommandError);
  });
});

describe('eachRefWithTag', () => {
  it('visits what the older path (plain listing, then cat-file --batch) reads, in name order', async () => {
    const streamed: RefWithTag[] = [];
    await eachRefWithTag(gitDir, PREFIX, 1024 * 1024, (ref) => streamed.push(ref));
    const batched: RefWithTag[] = [];
    await eachRefWithTag(
      gitDir,
      PREFIX,
      1024 * 1024,
      (ref) => batched.push(ref),
      () => true,
    );
    expect(plain(streamed)).toEqual(plain(batched));
    expect(streamed.some((r) => r.refname === 'refs/tags/other/outside')).toBe(false);
  });

  it('fails with a GitCommandError when git cannot read the repository', async () => {
    const visited: RefWithTag[] = [];
    await expect(
      eachRefWithTag(path.join(repo.root, 'missing.git'), PREFIX, 1024, (ref) => visited.push(ref)),
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
