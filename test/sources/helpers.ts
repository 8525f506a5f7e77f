/**
 * Test helpers for source adapters: a temporary workspace, a source context, and the location of the
 * shared real-world fixtures (never copied into the project; hostile variants are derived at run time).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lineage } from '../../src/domain/model.js';
import { recordLineage, type Sourced } from '../../src/domain/records.js';
import { InputError } from '../../src/errors.js';
import type { SourceContext } from '../../src/sources/types.js';
import { localWorkspace } from '../../src/sources/workspace.js';

/** The repository root of this checkout. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Shared real-world fixtures beside the project. */
export const realFixtures = path.resolve(repoRoot, '../shared/fixtures/real');

/** True when the shared fixtures are present. */
export const haveRealFixtures = existsSync(path.join(realFixtures, 'SOURCES.md'));

/** The skip message for suites that need the shared fixtures. */
export const NO_FIXTURES = `shared real-world fixtures not found at ${realFixtures}`;

/** Candidate commit time used as observedAt everywhere in these tests. */
export const REFERENCE_TIME = '2026-11-20T10:00:00Z';

/** A temporary directory; remove it with `cleanup`. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cutover-sources-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes files (path -> content) under dir. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** A source context over a directory (file lineage), without GitHub. */
export function contextFor(dir: string, extra: Partial<SourceContext> = {}): SourceContext {
  return {
    workspace: localWorkspace(dir, { observedAt: REFERENCE_TIME }),
    candidate: { tag: 'v2.4.0-rc.1', commit: '4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39', repository: 'acme/payments' },
    referenceTime: REFERENCE_TIME,
    env: {},
    maxFileBytes: 1024 * 1024,
    ...extra,
  };
}

/** The InputError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function inputErrorOf(promise: Promise<unknown>): Promise<InputError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (outcome instanceof InputError) return outcome;
  throw new Error(`expected an InputError, got ${outcome === undefined ? 'success' : String(outcome)}`);
}

/** A record's own lineage (its document's, with `#<fragment>` appended to the locator when it has one). */
export function ownLineage(record: Sourced | undefined): Lineage | undefined {
  return record && recordLineage(record);
}
