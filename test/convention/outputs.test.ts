/**
 * action.yml declares every output the action sets. The set comes from the code: ModeOutputs (the typed
 * outputs every mode returns, src/modes/context.ts), listed as values in src/action/outputs.ts (the compiler
 * holds that list to the type both ways), and the action sets outputs in exactly one place.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionMetadata } from '../../scripts/generate-docs.js';
import { OUTPUT_NAMES } from '../../src/action/outputs.js';
import { repoRoot } from './helpers.js';

const declared = async (): Promise<string[]> =>
  Object.keys(parseActionMetadata(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')).outputs);

/** Every .ts file under a directory. */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

describe('action outputs', () => {
  it('action.yml declares exactly the outputs the modes can set, and nothing else sets an output', async () => {
    expect((await declared()).sort()).toEqual([...OUTPUT_NAMES].sort());
    const setters: string[] = [];
    for (const file of await sourceFiles(path.join(repoRoot, 'src'))) {
      const text = await readFile(file, 'utf8');
      if (/\bsetOutput\s*\(|GITHUB_OUTPUT/.test(text)) setters.push(path.relative(repoRoot, file));
    }
    expect(setters).toEqual([path.join('src', 'action', 'outputs.ts')]);
  });

  it('includes the outputs of every mode (assemble, verify, gate, seal, reconcile)', () => {
    for (const name of ['bundle-digest', 'commit', 'failed-checks', 'approved', 'tag', 'sealed', 'unsealed'])
      expect(OUTPUT_NAMES).toContain(name);
  });
});
