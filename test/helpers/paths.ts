/**
 * Where things are for the domain, schema and CLI tests: the repository root, its examples and the shared
 * fixtures beside the project (resolved from the repository root, never copied in).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root of this checkout. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared directory beside the project. */
export const sharedDir = path.resolve(repoRoot, '../shared');

/** True when ../shared exists. */
export const haveShared = existsSync(sharedDir);

/** The examples directory. */
export const examplesDir = path.join(repoRoot, 'examples');

/** Paths of the shipped examples. */
export const EXAMPLES = {
  policy: path.join(examplesDir, 'policy.yaml'),
  payments: {
    sources: path.join(examplesDir, 'payments-platform', 'cutover.sources.yaml'),
    records: path.join(examplesDir, 'payments-platform', 'release-records.yaml'),
  },
  held: {
    sources: path.join(examplesDir, 'held-release', 'cutover.sources.yaml'),
    records: path.join(examplesDir, 'held-release', 'release-records.yaml'),
    previous: path.join(examplesDir, 'held-release', 'previous'),
    previousSources: path.join(examplesDir, 'held-release', 'previous-sources', 'cutover.sources.yaml'),
    previousRecords: path.join(examplesDir, 'held-release', 'previous-sources', 'release-records.yaml'),
  },
} as const;
