/**
 * What the built CLI (dist/cli/) loads of Node's own modules for `cutover assemble` (into a new directory and
 * over an existing one) and `cutover verify` of the payments example (issue 13 goal 3): not `node:fs/promises`,
 * which loads readline, the directory reader and the file watchers with it (about 1.3 ms to require on Node
 * 20). src/cli/release-dir.ts reads and writes the release directory synchronously. The child records
 * `process.moduleLoadList` (every built-in module loaded) at exit. Skipped when dist/cli/ is not built.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

const CLI = path.join(repoRoot, 'dist/cli/index.js');
const built = existsSync(CLI);

describe('the built CLI', () => {
  it.skipIf(!built)(
    `does not load node:fs/promises for assemble and verify of the payments example${built ? '' : ' (skipped: no dist/cli/; run `npm run build`)'}`,
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'cutover-builtins-'));
      try {
        const log = path.join(dir, 'builtins.txt');
        const preload = path.join(dir, 'preload.cjs');
        writeFileSync(
          preload,
          `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n')));\n`,
        );
        const example = path.join(repoRoot, 'examples');
        const policy = ['--policy', path.join(example, 'policy.yaml')];
        const sources = path.join(example, 'payments-platform', 'cutover.sources.yaml');
        const out = path.join(dir, 'release');
        const run = (args: string[]) => {
          execFileSync(process.execPath, ['--require', preload, CLI, ...args], { encoding: 'utf8' });
          return readFileSync(log, 'utf8').split('\n');
        };
        // Twice: the second assemble replaces the release directory the first wrote.
        for (const loaded of [
          run(['assemble', '--sources', sources, '--out', out, ...policy]),
          run(['assemble', '--sources', sources, '--out', out, ...policy]),
          run(['verify', out, ...policy]),
        ]) {
          // The list names each module as it loads: the check sees the CLI's own loads.
          expect(loaded).toContain('NativeModule fs');
          expect(loaded).not.toContain('NativeModule fs/promises');
          expect(loaded).not.toContain('NativeModule internal/fs/promises');
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
