/**
 * The validators' code cache (src/schema/code-cache.ts), as the CLI uses it, in processes of their own with a
 * temporary directory of their own as os.tmpdir(): a first run writes an entry per module it used, a second
 * takes them and decides and explains exactly as without the cache, an entry V8 refuses (not code) is
 * compiled from the text and replaced, and the cache stays off when NODE_DISABLE_COMPILE_CACHE is set or
 * its directory is not this user's alone.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

const SCRIPT = `
  import { readFileSync } from 'node:fs';
  import yaml from 'js-yaml';
  import { enableValidatorCodeCache, validatorCodeCacheStats } from ${JSON.stringify(path.join(repoRoot, 'src/schema/code-cache.ts'))};
  import { validateDocument } from ${JSON.stringify(path.join(repoRoot, 'src/schema/validate.ts'))};
  const dir = enableValidatorCodeCache();
  const policy = yaml.load(readFileSync('examples/policy.yaml', 'utf8'));
  validateDocument('policy', policy, 'policy.yaml');
  let message = '';
  try { validateDocument('policy', { ...policy, unexpected: 1 }, 'policy.yaml'); } catch (error) { message = error.message; }
  console.log(JSON.stringify({ dir: dir ?? null, message, ...validatorCodeCacheStats() }));`;

const temporaries: string[] = [];
afterEach(() => {
  for (const dir of temporaries.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(tmp: string, env: Record<string, string> = {}) {
  const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
  return JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...inherited, TMPDIR: tmp, ...env },
    }),
  ) as { dir: string | null; message: string; hits: number; misses: number };
}

const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-cache-test-'));
  temporaries.push(dir);
  return dir;
};

describe('the validators code cache', () => {
  it('a first run writes an entry per module it used; a second takes them and validates the same', () => {
    const tmp = scratch();
    const first = run(tmp);
    expect(first.dir).toBe(path.join(tmp, `cutover-code-cache-${process.getuid?.()}`));
    expect(first).toMatchObject({ hits: 0, misses: 2 });
    expect(first.message).toMatch(/unexpected/);
    const entries = readdirSync(first.dir ?? '');
    expect(entries).toHaveLength(2);
    for (const entry of entries)
      expect(entry).toMatch(new RegExp(`^[0-9a-f]{64}-${process.version}-${process.arch}\\.v8$`));
    const second = run(tmp);
    expect(second).toEqual({ ...first, hits: 2, misses: 0 });
    expect(readdirSync(first.dir ?? '').sort()).toEqual(entries.sort());
  });

  it('an entry V8 refuses is compiled from the text and replaced', () => {
    const tmp = scratch();
    const first = run(tmp);
    for (const entry of readdirSync(first.dir ?? '')) writeFileSync(path.join(first.dir ?? '', entry), 'not code');
    const second = run(tmp);
    expect(second).toEqual({ ...first, hits: 0, misses: 2 });
    expect(run(tmp)).toEqual({ ...first, hits: 2, misses: 0 });
  });

  it('stays off with NODE_DISABLE_COMPILE_CACHE, or when another user could write its directory', () => {
    const tmp = scratch();
    expect(run(tmp, { NODE_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({ dir: null, hits: 0, misses: 0 });
    const shared = path.join(tmp, `cutover-code-cache-${process.getuid?.()}`);
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const off = run(tmp);
    expect(off).toMatchObject({ dir: null, hits: 0, misses: 0 });
    expect(off.message).toMatch(/unexpected/);
    expect(readdirSync(shared)).toEqual([]);
  });
});
