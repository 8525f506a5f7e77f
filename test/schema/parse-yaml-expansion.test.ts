/**
 * parse.ts walks a parsed YAML document to refuse alias bombs (aliases resolve to shared objects, so a few hundred
 * bytes can stand for billions of values), but only when the text has a `*`: without an alias every value is
 * written in the text, so no document can exceed the budget. Shows that documents without `*` are not walked,
 * that every text with an alias (wherever its `*` is) is, and that bombs are refused as before.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { expansionWalks, parseDocument } from '../../src/schema/parse.js';

/** A "billion laughs" document: `levels` levels of `width` aliases each to the level below. */
function bomb(levels: number, width: number): string {
  const lines = ['a0: &a0 [x, x]'];
  for (let i = 1; i <= levels; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** parseDocument's value and whether it walked the document for alias expansion. */
function parsed(text: string): { value: unknown; walked: boolean } {
  const before = expansionWalks;
  const value = parseDocument(text, 'doc.yaml');
  return { value, walked: expansionWalks > before };
}

describe('YAML alias expansion check', () => {
  it('does not walk a document without an alias, however large', () => {
    const records = Array.from({ length: 5000 }, (_, i) => `- {id: r${i}, tags: [a, b, c], at: "2026-11-20"}`);
    const { value, walked } = parsed(`${records.join('\n')}\n`);
    expect(walked).toBe(false);
    expect(value).toHaveLength(5000);
    expect(parsed('a: 1\nb: [x, y]\n').walked).toBe(false);
  });

  it('walks every document whose text has a `*`, alias or not', () => {
    expect(parsed('base: &b {x: 1}\nuse: *b\n').walked).toBe(true);
    expect(parsed('base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n').walked).toBe(true);
    expect(parsed('glob: "sbom/*.json"\n').walked).toBe(true);
    expect(parsed('note: a * b\n').walked).toBe(true);
  });

  it('still refuses an alias bomb', () => {
    let error: unknown;
    try {
      parseDocument(bomb(9, 9), 'records.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^YAML aliases expand to more than \d+ values \(an alias bomb\?\)$/);
    expect((error as InputError).file).toBe('records.yaml');
  });

  it('accepts aliases that stay within the budget, with shared values resolved', () => {
    const { value, walked } = parsed(bomb(3, 3));
    expect(walked).toBe(true);
    expect((value as Record<string, unknown[]>).a3).toHaveLength(3);
  });
});
