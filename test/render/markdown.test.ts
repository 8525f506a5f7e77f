/**
 * The shared escaping helpers (src/render/markdown.ts), judged on what a real GFM renderer makes of their
 * output: every adversarial value renders as exactly its own text (control characters as visible escapes), in
 * one cell of a table that keeps its rows and columns, with no link, heading, emphasis or HTML of its own; and
 * the cuts keep GitHub's limits without splitting an escape or a surrogate pair.
 */
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/errors.js';
import { cell, code, cut, cutUtf8, table, text, truncate, truncateUtf8 } from '../../src/render/markdown.js';
import { codeSpansOf, headingsOf, PAYLOADS, render, spoofElementsOf, tablesOf, textOf } from './gfm.js';

const cases = Object.entries(PAYLOADS);

describe('text', () => {
  it.each(cases)('renders the %s payload as its own text, in one paragraph, with no element of its own', (_, value) => {
    const html = render(`Reason: ${text(value)}`);
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(spoofElementsOf(html)).toEqual([]);
    expect(headingsOf(html)).toEqual([]);
    expect(textOf(html).trim()).toBe(`Reason: ${escapeControls(value)}`.trim());
  });

  it.each(cases)('renders the %s payload as its own text when it starts a list item', (_, value) => {
    const html = render(`- ${text(value)}\n- second`);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(spoofElementsOf(html)).toEqual([]);
    expect(textOf(html.match(/<li>([\s\S]*?)<\/li>/)?.[1] ?? '')).toBe(escapeControls(value).trimEnd());
  });

  it('escapes dollar signs, which GitHub renders as math', () => {
    expect(text('$\\text{approved}$')).toBe('\\$\\\\text{approved}\\$');
  });

  it('leaves ordinary words, paths and logins readable in the source', () => {
    expect(text('bob-ops approved acme/operations at 2026-11-26T12:00:00Z: bundle.json')).toBe(
      'bob-ops approved acme/operations at 2026-11-26T12:00:00Z: bundle.json',
    );
  });
});

describe('code', () => {
  it.each(cases)('shows the %s payload exactly, as one code span', (_, value) => {
    const html = render(`Where: ${code(value)}`);
    expect(codeSpansOf(html)).toEqual([escapeControls(value)]);
    expect(spoofElementsOf(html)).toEqual([]);
    expect(headingsOf(html)).toEqual([]);
  });

  it('keeps spaces at both ends and a lone space', () => {
    expect(codeSpansOf(render(code(' a ')))).toEqual([' a ']);
    expect(codeSpansOf(render(code(' ')))).toEqual([' ']);
  });

  it('says (empty) for an empty value rather than writing an empty code span', () => {
    expect(textOf(render(code('')))).toBe('(empty)');
  });
});

describe('table and cell', () => {
  it('keeps one row per value and three cells per row, whatever the values hold', () => {
    const rows = cases.map(([name, value]) => [text(name), code(value), text(value)]);
    const [only, ...others] = tablesOf(render(table(['Name', 'Code', 'Text'], rows)));
    expect(others).toEqual([]);
    expect(only).toHaveLength(cases.length + 1);
    for (const [i, [, value]] of cases.entries()) {
      const row = only?.[i + 1] ?? [];
      expect(row).toHaveLength(3);
      expect(codeSpansOf(row[1] ?? '')).toEqual([escapeControls(value)]);
      expect(textOf(row[2] ?? '')).toBe(escapeControls(value).trimEnd());
      expect(spoofElementsOf(row.join(''))).toEqual([]);
    }
  });

  it('escapes a pipe the action itself wrote in a cell, and turns a line break into a space', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
  });
});

describe('limits', () => {
  it('cut keeps whole lines and stays within the limit, note included', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `| ${i} | ${text(`value ${i} | x`)} |`);
    const out = cut(lines.join('\n'), 10_000, '_cut_');
    expect(out.length).toBeLessThanOrEqual(10_000);
    expect(out.endsWith('\n\n_cut_')).toBe(true);
    const kept = out.slice(0, -'\n\n_cut_'.length).split('\n');
    expect(kept.every((l, i) => l === lines[i])).toBe(true);
  });

  it('cut inside one long line splits no surrogate pair, escape or entity', () => {
    for (let shift = 0; shift < 12; shift++) {
      const long = `${'x'.repeat(shift)}${text('😀\\|&'.repeat(4000))}`;
      const out = cut(long, 1_000, 'N');
      const kept = out.slice(0, -3);
      expect(out.length).toBeLessThanOrEqual(1_000);
      expect(kept).not.toMatch(/[\ud800-\udbff]$/);
      expect((/\\*$/.exec(kept)?.[0].length ?? 0) % 2).toBe(0);
      // What was kept renders as a prefix of the value's own text.
      expect(`${'x'.repeat(shift)}${'😀\\|&'.repeat(4000)}`.startsWith(textOf(render(kept)).trim())).toBe(true);
    }
  });

  it('truncate and truncateUtf8 never split a surrogate pair and keep their limits', () => {
    const title = `cutover/schema ${'😀'.repeat(200)}`;
    for (let max = 250; max <= 256; max++) {
      const cutTitle = truncate(title, max);
      expect(cutTitle.length).toBeLessThanOrEqual(max);
      expect(cutTitle).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    const message = 'é😀'.repeat(30_000);
    const cutMessage = truncateUtf8(message, 64_000);
    expect(Buffer.byteLength(cutMessage)).toBeLessThanOrEqual(64_000);
    expect(Buffer.byteLength(cutMessage)).toBeGreaterThan(63_990);
    expect(cutMessage).not.toMatch(/[\ud800-\udbff]$/);
    expect(truncateUtf8('short', 64_000)).toBe('short');
  });
});

describe('cutUtf8', () => {
  it('keeps a job summary within its byte limit, at a line, note included', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `- ${text(`€ ${i} 😀 | x`)}`);
    const markdown = lines.join('\n');
    const out = cutUtf8(markdown, 20_000, '_cut_');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(20_000);
    expect(Buffer.byteLength(out)).toBeGreaterThan(19_000);
    const kept = out.slice(0, -'\n\n_cut_'.length).split('\n');
    expect(kept.every((l, i) => l === lines[i])).toBe(true);
    expect(cutUtf8('short', 20_000, '_cut_')).toBe('short');
  });

  it('cuts a text only a little longer in bytes than its limit, though its length in characters fits', () => {
    const markdown = `${'a'.repeat(99)}€€`;
    const out = cutUtf8(markdown, 100, 'N');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(100);
  });
});

describe('mentions', () => {
  /** The mentions GitHub would link and notify in rendered text: `@` at a start or after a non-word character. */
  const mentionsIn = (html: string) =>
    [...textOf(html).matchAll(/(?:^|\W)@([A-Za-z0-9][\w-]*(?:\/[\w-]+)?)/g)].map((m) => m[1]);

  it('breaks every mention a value holds with a zero-width space, so nobody is pinged', () => {
    const value = '@octocat, see @acme/operations and \\@babel/core (mail ops@acme.example)';
    const html = render(`Evidence: ${text(value)}`);
    expect(mentionsIn(html)).toEqual([]);
    // What shows is the value, with a zero-width space after each would-be mention's @.
    expect(textOf(html)).toBe(`Evidence: ${value.replace(/(^|\W)@(?=[A-Za-z0-9])/g, '$1@\u200b')}`);
    expect(textOf(html)).toContain('ops@acme.example');
  });

  it('leaves the @ the action writes itself outside the value (the approving teams are meant to be pinged)', () => {
    expect(mentionsIn(render(`Required approvals: @${text('acme/release-engineering')}`))).toEqual([
      'acme/release-engineering',
    ]);
  });
});
