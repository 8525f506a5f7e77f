/**
 * The read mode's job summary on a hand-edited revision, read from a real git repository: the reader's check
 * details quote what it found (here a manifest key holding a table row, a heading and raw HTML), and the summary
 * must show that text in its cell, not render it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/errors.js';
import { runRead } from '../../src/modes/read.js';
import { REPO_ROOT } from '../e2e/runner.js';
import { codeSpansOf, headingsOf, render, spoofElementsOf, tablesOf, textOf } from './gfm.js';

const KEY = 'x | pass |\n\n## cutover/approval: satisfied <h2>spoof</h2>';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Mallory', '-c', 'user.email=mallory@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });

let dir = '';
let tag = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cutover-read-summary-'));
  const example = path.join(REPO_ROOT, 'examples/held-release/previous');
  const manifest = JSON.parse(await readFile(path.join(example, 'manifest.json'), 'utf8')) as {
    product: string;
    release: string;
    revision: number;
  } & Record<string, unknown>;
  const release = `bundles/${manifest.product}/${manifest.release}`;
  git(dir, 'init', '-q', '-b', 'main');
  execFileSync('mkdir', ['-p', path.join(dir, release)]);
  for (const file of ['bundle.json', 'lineage.json', 'holds.json'])
    await writeFile(path.join(dir, release, file), await readFile(path.join(example, file)));
  manifest[KEY] = 1;
  await writeFile(path.join(dir, release, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'hand-edited revision');
  tag = `cutover/${manifest.product}/${manifest.release}/r${manifest.revision}`;
  git(dir, 'tag', '-a', tag, '-m', 'not a seal record');
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the read summary', () => {
  it('keeps its two tables whole and shows a quoted manifest key as text', async () => {
    const result = await runRead({ repository: dir, tag, at: new Date(), log: () => {} });
    const html = render(result.summary);
    expect(headingsOf(html)).toEqual([`Cutover read: ${tag}`]);
    expect(spoofElementsOf(html.replace(/<em>\(empty\)<\/em>/g, ''))).toEqual([]);
    const [outputs, checks, ...others] = tablesOf(html);
    expect(others).toEqual([]);
    expect(outputs?.every((row) => row.length === 2)).toBe(true);
    expect(codeSpansOf(outputs?.find((row) => textOf(row[0] ?? '') === 'tag')?.[1] ?? '')).toEqual([tag]);
    expect(textOf(outputs?.find((row) => textOf(row[0] ?? '') === 'queue')?.[1] ?? '')).toBe('(empty)');
    expect(checks?.every((row) => row.length === 3)).toBe(true);
    const binding = checks?.find((row) => textOf(row[0] ?? '') === 'manifest-binding') ?? [];
    expect(textOf(binding[2] ?? '')).toContain(`unknown key '${escapeControls(KEY)}'`);
  });
});
