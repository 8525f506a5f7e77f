/**
 * The job summary as the action writes it (src/action/outputs.ts through @actions/core into the file
 * GITHUB_STEP_SUMMARY names): GitHub keeps at most 1 MiB per step, counted in bytes, so a summary of many
 * multi-byte characters is cut within that many bytes, at a line, never inside a surrogate pair, saying so.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/action/outputs.js';
import { text } from '../../src/render/markdown.js';

const saved = { summary: process.env.GITHUB_STEP_SUMMARY, output: process.env.GITHUB_OUTPUT };
let dir = '';

afterEach(async () => {
  for (const [name, value] of [
    ['GITHUB_STEP_SUMMARY', saved.summary],
    ['GITHUB_OUTPUT', saved.output],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the job summary', () => {
  it('is cut within GitHub’s 1 MiB in bytes, at a line, when its characters are multi-byte', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cutover-job-summary-'));
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary.md');
    process.env.GITHUB_OUTPUT = path.join(dir, 'output');
    await writeFile(process.env.GITHUB_STEP_SUMMARY, '');
    await writeFile(process.env.GITHUB_OUTPUT, '');
    // 8,000 lines of mostly CJK text: under 512 Ki characters, over 1 MiB in UTF-8 (3 bytes a character).
    const lines = Array.from({ length: 8_000 }, (_, i) => `- ${text(`${i} ${'封印されていない'.repeat(6)} 😀`)}`);
    const summary = ['### Cutover reconcile', '', ...lines].join('\n');
    expect(summary.length).toBeLessThan(512 * 1024);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(1024 * 1024);
    await writeOutputs({ outputs: {}, summary });
    const written = await readFile(process.env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(1024 * 1024);
    expect(written).not.toContain('\ufffd');
    const kept = written.trimEnd().split('\n');
    expect(kept.at(-1)).toMatch(/^_Cut at \d+ bytes\._$/);
    const body = kept.slice(0, -2);
    expect(body.every((line, i) => line === ['### Cutover reconcile', '', ...lines][i])).toBe(true);
  });
});
