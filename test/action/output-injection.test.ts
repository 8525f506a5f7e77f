/**
 * Output injection through GITHUB_OUTPUT: the runner reads `name=value` lines and `name<<DELIMITER` blocks from
 * that file. An output value carrying a newline (a dispatched tag, a manifest's queue name) must not add an
 * output of its own (`standing=latest`) or close the block early. writeOutputs() into a real file, parsed the
 * way the runner parses it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/action/outputs.js';

let dir = '';
const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };

afterEach(async () => {
  process.env.GITHUB_OUTPUT = saved.output;
  if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
  process.env.GITHUB_STEP_SUMMARY = saved.summary;
  if (saved.summary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The runner's reading of a GITHUB_OUTPUT file: `k=v` lines and `k<<D` ... `D` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const lines = text.split('\n');
  const outputs: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`unterminated ${heredoc[1]}`);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

describe('output values with newlines', () => {
  it('stay one output each: no injected output, no early end of the block', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cutover-output-injection-'));
    const file = path.join(dir, 'output');
    await writeFile(file, '');
    process.env.GITHUB_OUTPUT = file;
    delete process.env.GITHUB_STEP_SUMMARY;
    const tag = 'cutover/payments/2026.11.3/r1\nstanding=latest\nqueue<<EOF\nprod-all\nEOF';
    await writeOutputs({ outputs: { tag, standing: 'superseded' }, summary: '' });
    const parsed = parseOutputFile(await readFile(file, 'utf8'));
    expect(parsed).toEqual({ tag, standing: 'superseded' });
  });

  it('the parser would let a plain `name=value` write inject (the check can fail)', () => {
    expect(parseOutputFile('tag=x\nstanding=latest\n')).toEqual({ tag: 'x', standing: 'latest' });
  });
});
