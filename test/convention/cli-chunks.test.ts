/**
 * scripts/cli-chunks.mjs: `cutover assemble` and `cutover verify` each load the chunks webpack split their
 * code into as one file (issue 13 goal 3). The merge is shown on chunk texts of webpack's CommonJS form (the
 * CLI is bundled as CommonJS: scripts/build.mjs), and on the built CLI (dist/cli/, when it was built with
 * the merge): a clean assemble and verify of the payments example load three files of dist/cli/ (the entry,
 * the main chunk, the command's merged chunk), not six, each with require(), no ES module among them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import { MERGED_COMMANDS, mergeCommandChunks } from '../../scripts/cli-chunks.mjs';
import { requireLog } from '../helpers/require-log.js';
import { repoRoot } from './helpers.js';

type Merge = (files: Record<string, string>) => Record<string, string>;
const merge = mergeCommandChunks as Merge;

/** A chunk file as webpack writes it for CommonJS output, with one module per id given. */
const chunk = (id: number, modules: number[]) =>
  `"use strict";\nexports.id = ${id};\nexports.ids = [${id}];\nexports.modules = {\n\n${modules
    .map((m) => `/***/ ${m}:\n/***/ (function(module) {\n\nmodule.exports = ${m};\n\n/***/ })`)
    .join(',\n\n')}\n\n};\n;`;

/** The main chunk's loaders as webpack writes them for src/cli/main.ts's LOADERS. */
const mainChunk = [
  'exports.modules = {',
  ';// CONCATENATED MODULE: ./src/cli/main.ts',
  'const LOADERS = {',
  '    assemble: async () => (await Promise.all(/* import() */[__webpack_require__.e(765), __webpack_require__.e(21)]).then(__webpack_require__.bind(__webpack_require__, 4887))).assembleCommand,',
  '    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(765), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 5058))).verifyCommand,',
  '    list: async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 9367))).listCommand,',
  '};',
].join('\n');

const files = {
  'index.js': '// the entry',
  '623.index.js': mainChunk,
  '765.index.js': chunk(765, [1, 2]),
  '21.index.js': chunk(21, [3]),
  '58.index.js': chunk(58, [4]),
  '752.index.js': chunk(752, [5]),
  '429.index.js': chunk(429, [6]),
};

describe('mergeCommandChunks', () => {
  it('writes one file per merged command that installs each of its chunks, and points the loader at it', () => {
    expect(MERGED_COMMANDS).toEqual(['assemble', 'verify']);
    const out = merge(files);
    expect(Object.keys(out).sort()).toEqual(['21-765.index.js', '58-765.index.js', '623.index.js']);
    const main = out['623.index.js'] ?? '';
    expect(main).toContain(
      'assemble: async () => (await __webpack_require__.e("21-765").then(__webpack_require__.bind(__webpack_require__, 4887))).assembleCommand,',
    );
    expect(main).toContain('verify: async () => (await __webpack_require__.e("58-765").then(');
    // Another command's loader is left as it was.
    expect(main).toContain(
      'list: async () => (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(429)])',
    );
    const merged = out['21-765.index.js'] ?? '';
    expect(merged.startsWith('"use strict";\nexports.id = "21-765";\nexports.ids = ["21-765", 765, 21];\n')).toBe(true);
    for (const m of [1, 2, 3]) expect(merged).toContain(`module.exports = ${m};`);
    expect(merged).not.toContain('module.exports = 4;');
  });

  it('the merged file is a CommonJS module whose `modules` holds every module of its chunks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cutover-chunks-'));
    try {
      const file = path.join(dir, 'merged.cjs');
      writeFileSync(file, merge(files)['21-765.index.js'] ?? '');
      const loaded = createRequire(import.meta.url)(file) as {
        ids: unknown[];
        modules: Record<string, (module: { exports: unknown }) => void>;
      };
      expect(loaded.ids).toEqual(['21-765', 765, 21]);
      const values = Object.entries(loaded.modules).map(([id, factory]) => {
        const module = { exports: undefined as unknown };
        factory(module);
        return [id, module.exports];
      });
      expect(values).toEqual([
        ['1', 1],
        ['2', 2],
        ['3', 3],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the build on a chunk of another form, or when a command has no loader to merge', () => {
    expect(() => merge({ ...files, '21.index.js': 'module.exports = {};' })).toThrow(
      /21\.index\.js is not a webpack chunk of the expected form/,
    );
    const noVerify = mainChunk
      .split('\n')
      .filter((line) => !line.includes('verify:'))
      .join('\n');
    expect(() => merge({ ...files, '623.index.js': noVerify })).toThrow(/no chunk loader found for verify/);
    expect(() => merge({ 'index.js': '' })).toThrow(/expected one chunk holding src\/cli\/main\.ts, found 0/);
  });
});

const CLI = path.join(repoRoot, 'dist/cli/index.js');
const built = existsSync(CLI) && readdirSync(path.dirname(CLI)).some((f) => /^\d+(-\d+)+\.index\.js$/.test(f));

describe('the built CLI', () => {
  it.skipIf(!built)(
    `loads the entry, the main chunk and one chunk file, each with require(), for a clean assemble and verify of the payments example${built ? '' : ' (skipped: dist/cli/ holds no merged chunk; run `npm run build`)'}`,
    () => {
      const { dir, log, preload } = requireLog('cutover-chunks-');
      try {
        const example = path.join(repoRoot, 'examples');
        const out = path.join(dir, 'release');
        const run = (args: string[]) => {
          writeFileSync(log, '');
          execFileSync(process.execPath, ['--require', preload, CLI, ...args], { encoding: 'utf8' });
          return readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((file) => path.relative(path.dirname(CLI), file))
            .filter((file) => !file.startsWith('..'));
        };
        const policy = ['--policy', path.join(example, 'policy.yaml')];
        const sources = path.join(example, 'payments-platform', 'cutover.sources.yaml');
        for (const loaded of [
          run(['assemble', '--sources', sources, '--out', out, ...policy]),
          run(['verify', out, ...policy]),
        ]) {
          expect(loaded).toHaveLength(3);
          expect(loaded[0]).toBe('index.js');
          expect(loaded[2]).toMatch(/^\d+(-\d+)+\.index\.js$/);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
