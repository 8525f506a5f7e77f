/**
 * writeReleaseDirectory writes each file's text a piece at a time (32,768 code units) through one reused
 * buffer: the bytes on disk must be the text's UTF-8, as writeFileSync writes it, wherever a surrogate pair or
 * a multi-byte character falls against a piece's end, for empty, short and multi-piece files alike.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeReleaseDirectory } from '../../src/cli/release-dir.js';

const PIECE = 32 * 1024;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeReleaseDirectory writes the texts byte for byte', () => {
  it('across piece ends: surrogate pairs, two- and three-byte characters, lone surrogates', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cutover-write-'));
    dirs.push(root);
    const straddle = (at: number, insert: string, length: number): string =>
      'a'.repeat(at) + insert + 'b'.repeat(length - at - insert.length);
    const files = {
      bundle: straddle(PIECE - 1, '😀😀é中', 3 * PIECE + 17),
      lineage: `${'é'.repeat(PIECE + 1)}${'中'.repeat(PIECE)}😀\n`,
      holds: straddle(2 * PIECE - 1, '\ud83d', 2 * PIECE + 5) + '\ude00x', // lone surrogates: written as U+FFFD
      manifest: '',
    };
    const out = path.join(root, 'release');
    await writeReleaseDirectory(out, files);
    for (const [key, text] of Object.entries(files)) {
      const written = readFileSync(path.join(out, `${key}.json`));
      expect(written.equals(Buffer.from(text, 'utf8')), `${key}.json`).toBe(true);
    }
  });
});
