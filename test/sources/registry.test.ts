/**
 * The source registry (src/sources/index.ts) loads the module of an HTTP kind (http-json, servicenow: node:http,
 * node:https, the proxy agents, JSONPath) only when a source of that kind is read: a clean `cutover assemble`
 * of the payments example (records, CycloneDX, SPDX, flagd, provenance) loads neither (the CLI's cold start). Plain Node through tsx, outside
 * vitest's module runner, with a module hook (module.register) that lists every module loaded.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleLog } from '../helpers/module-log.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The adapters' modules a release with local sources does not need, loaded on demand. */
const ON_DEMAND = ['http-json', 'servicenow'];

describe('source registry', () => {
  it('a clean assemble of local sources loads no HTTP adapter module', () => {
    const { dir, log, register } = moduleLog('cutover-registry-');
    try {
      const example = path.join(root, 'examples');
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--import',
          register,
          path.join(root, 'src/cli/index.ts'),
          'assemble',
          '--sources',
          path.join(example, 'payments-platform', 'cutover.sources.yaml'),
          '--out',
          path.join(dir, 'release'),
          '--policy',
          path.join(example, 'policy.yaml'),
        ],
        { cwd: root, encoding: 'utf8' },
      );
      const sources = readFileSync(log, 'utf8')
        .split('\n')
        .filter((url) => url.includes('/src/sources/'))
        .map((url) => path.basename(new URL(url).pathname).replace(/\.[jt]s$/, ''));
      // The list is real: the kinds the example reads are in it.
      for (const used of ['index', 'records', 'cyclonedx', 'spdx', 'flagd', 'provenance'])
        expect(sources, used).toContain(used);
      for (const unused of ON_DEMAND) expect(sources, unused).not.toContain(unused);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
