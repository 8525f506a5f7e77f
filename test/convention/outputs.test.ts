/**
 * action.yml declares every output the action sets. The set comes from the code: ModeOutputs (the typed
 * outputs every mode returns, src/modes/context.ts), listed as values in src/action/outputs.ts (the compiler
 * holds that list to the type both ways), and the action sets outputs in exactly one place.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseActionMetadata } from '../../scripts/generate-docs.js';
import { OUTPUT_NAMES, writeOutputs } from '../../src/action/outputs.js';
import { repoRoot } from './helpers.js';

const declared = async (): Promise<string[]> =>
  Object.keys(parseActionMetadata(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')).outputs);

/** Every .ts file under a directory. */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

describe('action outputs', () => {
  it('action.yml declares exactly the outputs the modes can set', async () => {
    expect((await declared()).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('includes the outputs of every mode (assemble, verify, gate, seal, reconcile)', () => {
    for (const name of ['bundle-digest', 'commit', 'failed-checks', 'approved', 'tag', 'sealed', 'unsealed'])
      expect(OUTPUT_NAMES).toContain(name);
  });

  it('outputs are set in one place only (src/action/outputs.ts), from a ModeResult', async () => {
    const setters: string[] = [];
    for (const file of await sourceFiles(path.join(repoRoot, 'src'))) {
      const text = await readFile(file, 'utf8');
      if (/\bsetOutput\s*\(|GITHUB_OUTPUT/.test(text)) setters.push(path.relative(repoRoot, file));
    }
    expect(setters).toEqual([path.join('src', 'action', 'outputs.ts')]);
  });

  describe('writeOutputs', () => {
    let dir: string | undefined;
    const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };
    afterEach(async () => {
      for (const [key, value] of [
        ['GITHUB_OUTPUT', saved.output],
        ['GITHUB_STEP_SUMMARY', saved.summary],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('writes each output to the runner’s GITHUB_OUTPUT file and the summary to GITHUB_STEP_SUMMARY', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'cutover-outputs-'));
      process.env.GITHUB_OUTPUT = path.join(dir, 'output');
      process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary');
      // The runner creates both files before the step starts; the toolkit appends to them.
      await writeFile(process.env.GITHUB_OUTPUT, '');
      await writeFile(process.env.GITHUB_STEP_SUMMARY, '');
      await writeOutputs({ outputs: { approved: 'true', 'failed-checks': '2' }, summary: '### done' });
      const written = await readFile(path.join(dir, 'output'), 'utf8');
      // The runner's file command format: name<<delimiter, value, delimiter.
      expect(written).toMatch(/^approved<<(\S+)\ntrue\n\1$/m);
      expect(written).toMatch(/^failed-checks<<(\S+)\n2\n\1$/m);
      expect(await readFile(path.join(dir, 'summary'), 'utf8')).toContain('### done');
    });
  });
});
