/**
 * sha256 of long strings, hashed in pieces (canonical.ts HASH_PIECE, 32,768 code units) to spare a copy of the
 * whole text: the digest must be that of the string's UTF-8 bytes, as one-shot hashing computes it, wherever a
 * surrogate pair, a lone surrogate or a multi-byte character falls against a piece's end.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/domain/canonical.js';

const PIECE = 32 * 1024;
const reference = (text: string): string =>
  `sha256:${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')}`;

/** A string of `length` code units of 'a' with `insert` written at `at`. */
const withAt = (length: number, at: number, insert: string): string =>
  'a'.repeat(at) + insert + 'a'.repeat(Math.max(0, length - at - insert.length));

describe('sha256 of a long string, in pieces', () => {
  it('equals the one-shot digest when a surrogate pair straddles each piece end', () => {
    for (const piece of [1, 2, 3]) {
      for (const shift of [-2, -1, 0, 1]) {
        const text = withAt(piece * PIECE + 100, piece * PIECE + shift, '😀é中😀');
        expect(sha256(text), `piece ${piece}, shift ${shift}`).toBe(reference(text));
      }
    }
  });

  it('equals the one-shot digest with lone surrogates at a piece end (each written as U+FFFD)', () => {
    const cases = [
      withAt(2 * PIECE, PIECE - 1, '\ud83d'), // a lone high surrogate last in a piece, 'a' after it
      withAt(2 * PIECE, PIECE - 1, '\ud83d\ud83d\ude00'), // a lone high surrogate, then a pair
      withAt(2 * PIECE, PIECE, '\ude00'), // a lone low surrogate first in a piece
      withAt(2 * PIECE, PIECE - 1, '\ude00\ud83d'), // low then high across the end
      `${'a'.repeat(PIECE * 2 - 1)}\ud83d`, // a lone high surrogate ending the string
    ];
    for (const [n, text] of cases.entries()) expect(sha256(text), `case ${n}`).toBe(reference(text));
  });

  it('equals the one-shot digest at and around the piece length, and over random UTF-16', () => {
    for (const length of [PIECE - 1, PIECE, PIECE + 1, 2 * PIECE, 2 * PIECE + 1])
      expect(sha256('é'.repeat(length)), `length ${length}`).toBe(reference('é'.repeat(length)));
    // Random code units, surrogates over-represented, lengths across several pieces.
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 40; n++) {
      const length = PIECE + (next() % (3 * PIECE));
      const units = new Uint16Array(length);
      for (let i = 0; i < length; i++) {
        const r = next() % 10;
        units[i] = r < 3 ? 0xd800 + (next() % 0x800) : r < 5 ? 0x80 + (next() % 0x780) : 0x20 + (next() % 0x5f);
      }
      // Lone surrogates kept (a TextDecoder would replace them): built from code units, 4,096 at a time.
      let text = '';
      for (let i = 0; i < length; i += 4096) text += String.fromCharCode(...units.subarray(i, i + 4096));
      expect(sha256(text), `random string ${n}`).toBe(reference(text));
    }
  });

  it('hashes bytes and short strings as before', () => {
    expect(sha256('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256(new TextEncoder().encode('abc'))).toBe(sha256('abc'));
  });
});
