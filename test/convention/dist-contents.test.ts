/**
 * What ships: the action's bundle and the reader library hold no test code, and the CLI's entry holds none
 * either; the GitHub-compatible server (packages/github-server) is reached only by the demo, from a chunk loaded
 * when the demo runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

// Names and texts only the test server has (its entry point, GitHub's protected-branch refusal it imitates).
const SERVER_MARKERS = ['startGitHubServer', 'GH006: Protected branch update failed'];
const SERVER_DIR = 'packages/github-server/src';

const jsIn = (dir: string) =>
  readdirSync(path.join(repoRoot, dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f));

describe('dist/ holds no test server', () => {
  it("the markers are the server's own, so their absence from a bundle means something", () => {
    const sources = readdirSync(path.join(repoRoot, SERVER_DIR), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(repoRoot, SERVER_DIR, f), 'utf8'))
      .join('\n');
    for (const marker of SERVER_MARKERS) expect(sources.includes(marker), `${SERVER_DIR} has ${marker}`).toBe(true);
  });

  it('not in the action (dist/index.js and its chunks)', () => {
    const files = jsIn('dist');
    expect(files).toContain(path.join('dist', 'index.js'));
    for (const file of files) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      for (const marker of SERVER_MARKERS) expect(text.includes(marker), `${file} has ${marker}`).toBe(false);
    }
  });

  it('not in the reader library (dist/reader/index.js)', () => {
    const text = readFileSync(path.join(repoRoot, 'dist/reader/index.js'), 'utf8');
    for (const marker of SERVER_MARKERS) expect(text.includes(marker), marker).toBe(false);
  });

  it('not in the CLI entry: only the demo chunk, loaded when `cutover demo` runs, carries it', () => {
    const entry = readFileSync(path.join(repoRoot, 'dist/cli/index.js'), 'utf8');
    for (const marker of SERVER_MARKERS) expect(entry.includes(marker), marker).toBe(false);
    const carriers = jsIn('dist/cli').filter((file) =>
      readFileSync(path.join(repoRoot, file), 'utf8').includes(SERVER_MARKERS[0] ?? ''),
    );
    // The check can fail: the server is in the build, in exactly one chunk.
    expect(carriers).toHaveLength(1);
    expect(carriers[0]).not.toBe(path.join('dist', 'cli', 'index.js'));
  });
});
