/**
 * The reader as a library. In this repository, `import { readSealedBundle, listSealedRevisions } from 'cutover'`
 * resolves to the built library (dist/reader/index.js, declarations under dist/types/) and reads a real
 * repository the same way the sources do. For deployment tooling it is the installable package
 * `@cutover/reader` (packages/reader): packed with `npm pack`, installed from the tarball into a scratch
 * consumer project, compiled against with this project's `tsc`, and run on a sealed repository. Skipped,
 * saying so, when dist/ has not been built (`npm run build`).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readSealedBundle as readFromSource } from '../../src/reader/inspect.js';
import { makeTempDir, removeDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { MOMENTS, sealedRepo } from './fixture.js';

const exec = promisify(execFile);
const entry = path.join(repoRoot, 'dist', 'reader', 'index.js');
const types = path.join(repoRoot, 'dist', 'types', 'reader', 'index.d.ts');
const built = existsSync(entry) && existsSync(types);
/** Said in the two tests' titles only when they are skipped, so a run that builds dist/ does not read "skipped". */
const unbuilt = built ? '' : ' (skipped: run `npm run build` to build dist/)';

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
    `the built library resolves as \`cutover\` and reads a sealed bundle like the sources${unbuilt}`,
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

const packageDir = path.join(repoRoot, 'packages', 'reader');
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

/** What the consumer project compiles: the typed API, used as deployment tooling would. */
const CONSUMER = `import { INTEGRITY_CHECKS, InputError, listSealedRevisions, readSealedBundle, type SealedBundle } from '@cutover/reader';

const [repository = '', tag = '', at = ''] = process.argv.slice(2);
const sealed: SealedBundle = await readSealedBundle({ repository, tag, at });
const failed: string[] = sealed.results.filter((r) => r.status === 'fail').map((r) => r.name);
const list = await listSealedRevisions({ repository });
let missing = '';
try {
  await readSealedBundle({ repository, tag: tag.replace(/r\\d+$/, 'r99') });
} catch (error) {
  if (error instanceof InputError) missing = String(error.field);
}
console.log(JSON.stringify({
  intact: sealed.intact,
  failed,
  checks: INTEGRITY_CHECKS.length,
  digest: sealed.bundleDigest,
  revision: sealed.revision,
  queue: sealed.manifest?.queue,
  window: sealed.window.state,
  latest: list.revisions.map((r) => [r.tag, r.latest]),
  missing,
}));
`;

/** A misuse the declarations must reject: the package's types are real, not `any`. */
const MISUSE = `import { readSealedBundle } from '@cutover/reader';
const sealed = await readSealedBundle({ repository: '.', tag: 'x' });
const revision: string = sealed.revision;
await readSealedBundle({ repo: '.', tag: 'x' });
console.log(revision);
`;

describe('installable package @cutover/reader (packages/reader)', () => {
  it('has a publishable name, no runtime dependencies, and exports the library with its declarations', () => {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('@cutover/reader');
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.exports['.']).toEqual({
      types: './dist/types/reader/index.d.ts',
      default: './dist/reader/index.js',
    });
  });

  it.skipIf(!built)(
    `packs, installs from the tarball offline, compiles a typed consumer with tsc and reads a sealed bundle${unbuilt}`,
    async () => {
      const root = await makeTempDir('cutover-package-');
      roots.push(root);
      const { stdout: packed } = await exec('npm', ['pack', packageDir, '--pack-destination', root, '--json'], {
        cwd: root,
      });
      const [tarball] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
      const files = (tarball?.files ?? []).map((f) => f.path).sort();
      for (const file of [
        'LICENSE',
        'README.md',
        'package.json',
        'dist/reader/index.js',
        'dist/types/reader/index.d.ts',
      ])
        expect(files).toContain(file);
      expect(files.filter((f) => !/^(LICENSE|README\.md|package\.json|dist\/(reader|types)\/.+)$/.test(f))).toEqual([]);
      // postpack removed the staged copies: the working tree keeps one dist/.
      expect(existsSync(path.join(packageDir, 'dist'))).toBe(false);

      const consumer = path.join(root, 'consumer');
      await exec('mkdir', ['-p', consumer]);
      await writeFile(
        path.join(consumer, 'package.json'),
        JSON.stringify({ name: 'deploy-tooling', private: true, type: 'module' }),
      );
      await exec(
        'npm',
        [
          'install',
          path.join(root, tarball?.filename ?? ''),
          '--offline',
          '--no-audit',
          '--no-fund',
          '--ignore-scripts',
        ],
        { cwd: consumer },
      );
      // Self-contained: the tarball installs alone, nothing else is fetched.
      expect(await readdir(path.join(consumer, 'node_modules'))).toEqual(['.package-lock.json', '@cutover']);

      const compilerOptions = {
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
        outDir: 'out',
      };
      await writeFile(path.join(consumer, 'consumer.ts'), CONSUMER);
      await writeFile(path.join(consumer, 'misuse.ts'), MISUSE);
      // One compile of both files (one tsc start-up): the misuse must be the only error, and the consumer is
      // still emitted (noEmitOnError is off).
      await writeFile(
        path.join(consumer, 'tsconfig.json'),
        JSON.stringify({ compilerOptions, files: ['consumer.ts', 'misuse.ts'] }),
      );
      const compiled = await exec(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).then(
        () => '',
        (error: { stdout?: string }) => String(error.stdout),
      );
      const errors = compiled.split('\n').filter((line) => /error TS\d+/.test(line));
      expect(errors.map((line) => line.replace(/:.*$/, ''))).toEqual([
        'misuse.ts(3,7)',
        expect.stringMatching(/^misuse\.ts\(4,\d+\)$/),
      ]);
      expect(compiled).toMatch(/misuse\.ts\(3,7\): error TS2322/);
      expect(compiled).toMatch(/misuse\.ts\(4,\d+\): error TS2353/);

      const repo = await sealedRepo();
      roots.push(repo.root);
      const { stdout } = await exec(
        process.execPath,
        [path.join(consumer, 'out', 'consumer.js'), repo.dir, repo.tag, MOMENTS.during],
        {
          cwd: consumer,
        },
      );
      const expected = await readFromSource({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
      expect(JSON.parse(stdout)).toEqual({
        intact: true,
        failed: [],
        checks: 8,
        digest: expected.bundleDigest,
        revision: 1,
        queue: repo.manifest.queue,
        window: 'open',
        latest: [[repo.tag, true]],
        missing: 'tag',
      });
    },
    120_000,
  );
});
