/**
 * SPDX relationships that are not runtime dependencies, and empty versions (issue 12, item 5). Synthetic SPDX
 * 2.3 documents, so these run without ../shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DependencyRecord, SourceRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import { assembleRecords, cleanRecords } from '../helpers/records.js';
import { contextFor, ownLineage, tempDir, writeFiles } from './helpers.js';

const pkg = (id: string, name: string, versionInfo?: string) => ({
  SPDXID: `SPDXRef-${id}`,
  name,
  ...(versionInfo === undefined ? {} : { versionInfo }),
  downloadLocation: 'NOASSERTION',
});
const rel = (element: string, type: string, related: string) => ({
  spdxElementId: `SPDXRef-${element}`,
  relationshipType: type,
  relatedSpdxElement: `SPDXRef-${related}`,
});
const DOCUMENT = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'payments-api',
  documentNamespace: 'https://example.com/spdx/payments-api',
  creationInfo: { created: '2026-11-20T10:00:00Z', creators: ['Tool: test'] },
  packages: [
    pkg('app', 'payments-api', '2.4.0'),
    pkg('express', 'express', '4.21.2'),
    pkg('vitest', 'vitest', '4.1.12'),
    pkg('typescript', 'typescript', '5.9.3'),
    pkg('eslint', 'eslint', '9.0.0'),
    pkg('tslib', 'tslib', '2.8.1'),
    pkg('unversioned', 'left-pad', ''),
    pkg('loose', 'lodash', '4.17.21'),
  ],
  relationships: [
    rel('DOCUMENT', 'DESCRIBES', 'app'),
    rel('app', 'DEPENDS_ON', 'express'),
    rel('vitest', 'TEST_DEPENDENCY_OF', 'app'),
    rel('typescript', 'DEV_DEPENDENCY_OF', 'app'),
    rel('eslint', 'DEV_TOOL_OF', 'app'),
    // tslib is both: a build dependency and a runtime one, so it ships.
    rel('tslib', 'BUILD_DEPENDENCY_OF', 'app'),
    rel('tslib', 'RUNTIME_DEPENDENCY_OF', 'app'),
    rel('app', 'DEPENDS_ON', 'unversioned'),
  ],
};

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFiles(dir, { 'app.spdx.json': JSON.stringify(DOCUMENT, null, 2) });
});
afterAll(() => cleanup());

const read = async () =>
  (
    await readSources([{ id: 'sbom', kind: 'spdx', path: 'app.spdx.json', component: 'payments-api' }], contextFor(dir))
  ).filter((r): r is DependencyRecord => r.type === 'dependency');

describe('SPDX dependency scope and versions', () => {
  it('leaves out packages named only as test, dev or build dependencies or tools; keeps runtime and unrelated ones', async () => {
    const names = (await read()).map((r) => r.dependency.name);
    expect(names).toEqual(['express', 'tslib', 'left-pad', 'lodash']);
  });

  it('an empty versionInfo is a version not stated: left out, not ""', async () => {
    const leftPad = (await read()).find((r) => r.dependency.name === 'left-pad');
    expect(leftPad?.dependency).toEqual({ component: 'payments-api', name: 'left-pad' });
    expect(ownLineage(leftPad)?.locator).toBe('app.spdx.json#/packages/6');
  });

  it('a dependency without a version assembles without a version key', async () => {
    const records: SourceRecord[] = [...cleanRecords(), ...(await read())];
    const bundle = assembleRecords(records).files.bundle;
    const leftPad = bundle.dependencies.find((d) => d.name === 'left-pad');
    expect(leftPad).toEqual({ component: 'payments-api', name: 'left-pad' });
  });
});
