/**
 * The package export: `import { readSealedBundle, listSealedRevisions } from 'cutover'` resolves to the
 * built library (dist/reader/index.js, declarations under dist/types/) and reads a real repository the
 * same way the sources do. Skipped, saying so, when dist/ has not been built (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readSealedBundle as readFromSource } from '../../src/reader/inspect.js';
import { removeDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { MOMENTS, sealedRepo } from './fixture.js';

const entry = path.join(repoRoot, 'dist', 'reader', 'index.js');
const types = path.join(repoRoot, 'dist', 'types', 'reader', 'index.d.ts');
const built = existsSync(entry) && existsSync(types);

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

/** The parts of the built module this test uses, checked at run time rather than cast. */
function exported(module: unknown, name: string): (options: object) => Promise<unknown> {
  const value: unknown = module !== null && typeof module === 'object' ? Reflect.get(module, name) : undefined;
  if (typeof value !== 'function') throw new Error(`the built library exports no function ${name}`);
  return (options) => Promise.resolve(Reflect.apply(value, undefined, [options]));
}

describe('package exports', () => {
  it('package.json points `cutover` at the library and its declarations', () => {
    const manifest: { exports?: Record<string, unknown>; types?: string } = JSON.parse(
      readFileSync(path.join(repoRoot, 'package.json'), 'utf8'),
    );
    expect(manifest.exports?.['.']).toEqual({
      types: './dist/types/reader/index.d.ts',
      default: './dist/reader/index.js',
    });
    expect(manifest.types).toBe('./dist/types/reader/index.d.ts');
  });

  it.skipIf(!built)(
    'the built library resolves as `cutover` and reads a sealed bundle like the sources (skipped: run `npm run build` to build dist/)',
    async () => {
      expect(createRequire(import.meta.url).resolve('cutover')).toBe(entry);
      const library: unknown = await import(pathToFileURL(entry).href);
      const repo = await sealedRepo();
      roots.push(repo.root);
      const options = { repository: repo.url, tag: repo.tag, at: MOMENTS.during };
      const fromDist = await exported(library, 'readSealedBundle')(options);
      expect(JSON.parse(JSON.stringify(fromDist))).toEqual(JSON.parse(JSON.stringify(await readFromSource(options))));
      const list = await exported(library, 'listSealedRevisions')({ repository: repo.dir });
      expect(list).toMatchObject({ revisions: [{ tag: repo.tag, sealed: true, latest: true }] });
      const declarations = readFileSync(types, 'utf8');
      for (const name of ['readSealedBundle', 'listSealedRevisions', 'SealedBundle', 'SealedRevisionList'])
        expect(declarations).toContain(name);
    },
  );
});
