import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DependencyRecord, SourceRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import {
  contextFor,
  haveRealFixtures,
  inputErrorOf,
  NO_FIXTURES,
  ownLineage,
  realFixtures,
  tempDir,
  writeFiles,
} from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
const sbom = (name: string) => path.join(realFixtures, 'sbom', name);

function dependencies(records: SourceRecord[]): DependencyRecord[] {
  return records.filter((r): r is DependencyRecord => r.type === 'dependency');
}

const read = (kind: string, file: string) =>
  readSources([{ id: 'sbom', kind, path: file, component: 'payments-api' }], contextFor(dir));

describe.skipIf(!haveRealFixtures)(
  `SBOM sources on real documents (${haveRealFixtures ? 'present' : NO_FIXTURES})`,
  () => {
    beforeAll(async () => {
      ({ dir, cleanup } = await tempDir());
      const files: Record<string, string> = {};
      for (const name of [
        'cyclonedx-1.4-laravel-7.12.0.bom.json',
        'cyclonedx-1.6-spec-valid-bom.json',
        'spdx-2.3-spec-example.spdx.json',
        'github-dependency-graph-export-sbom-response.json',
      ]) {
        files[name] = await readFile(sbom(name), 'utf8');
      }
      const laravel = JSON.parse(files['cyclonedx-1.4-laravel-7.12.0.bom.json'] ?? '{}');
      // Hostile variants derived at run time.
      files['truncated.json'] = (files['cyclonedx-1.4-laravel-7.12.0.bom.json'] ?? '').slice(0, 5000);
      files['spec13.json'] = JSON.stringify({ ...laravel, specVersion: '1.3' });
      files['notcdx.json'] = JSON.stringify({ ...laravel, bomFormat: 'SPDX' });
      files['wrongtype.json'] = JSON.stringify({
        ...laravel,
        components: [laravel.components[0], { ...laravel.components[1], name: 42 }],
      });
      files['components-object.json'] = JSON.stringify({ ...laravel, components: { a: 1 } });
      files['huge.json'] = JSON.stringify({ ...laravel, padding: 'x'.repeat(1024 * 1024) });
      files['spdx22.json'] = (files['spdx-2.3-spec-example.spdx.json'] ?? '').replace('"SPDX-2.3"', '"SPDX-2.2"');
      files['spdx-nopackages.json'] = JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT' });
      await writeFiles(dir, files);
    });
    afterAll(() => cleanup());

    it('reads the 62 components of the CycloneDX 1.4 laravel SBOM', async () => {
      const deps = dependencies(await read('cyclonedx', 'cyclonedx-1.4-laravel-7.12.0.bom.json'));
      expect(deps).toHaveLength(62);
      expect(deps[0]?.dependency).toEqual({
        component: 'payments-api',
        name: 'asm89/stack-cors',
        version: '1.3.0',
        purl: 'pkg:composer/asm89/stack-cors@1.3.0',
        licenses: ['MIT'],
      });
      expect(ownLineage(deps[0])).toMatchObject({
        system: 'file',
        locator: 'cyclonedx-1.4-laravel-7.12.0.bom.json#/components/0',
      });
      expect(deps.some((d) => d.dependency.purl === 'pkg:composer/laravel/framework@v7.30.6')).toBe(true);
      // The BOM's own subject (metadata.component) is not a dependency.
      expect(deps.some((d) => d.dependency.name.endsWith('cyclonedx-php-composer-demo'))).toBe(false);
    });

    it('reads the CycloneDX 1.6 conformance BOM', async () => {
      const deps = dependencies(await read('cyclonedx', 'cyclonedx-1.6-spec-valid-bom.json'));
      const catalina = deps.find((d) => d.dependency.name === 'com.acme/tomcat-catalina');
      expect(catalina?.dependency).toMatchObject({
        version: '9.0.14',
        purl: 'pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar',
        licenses: ['Apache-2.0'],
      });
      expect(deps.map((d) => d.dependency.name)).toEqual([
        'com.acme/tomcat-catalina',
        'org.example/mylibrary',
        'com.example/myframework',
      ]);
    });

    it('reads the SPDX 2.3 spec example, skipping the described package and NOASSERTION licenses', async () => {
      const deps = dependencies(await read('spdx', 'spdx-2.3-spec-example.spdx.json'));
      expect(deps.map((d) => d.dependency.name)).toEqual(['Apache Commons Lang', 'Jena', 'Saxon']);
      expect(deps[0]?.dependency).toEqual({ component: 'payments-api', name: 'Apache Commons Lang' });
      expect(deps[1]?.dependency).toMatchObject({
        version: '3.12.0',
        purl: 'pkg:maven/org.apache.jena/apache-jena@3.12.0',
      });
      expect(deps[2]?.dependency.licenses).toEqual(['MPL-1.0']);
      expect(ownLineage(deps[1])?.locator).toBe('spdx-2.3-spec-example.spdx.json#/packages/2');
    });

    it("reads GitHub's dependency-graph export wrapper, skipping the repository it describes", async () => {
      const deps = dependencies(await read('spdx', 'github-dependency-graph-export-sbom-response.json'));
      expect(deps.map((d) => d.dependency)).toEqual([
        { component: 'payments-api', name: 'rails', version: '1.0.0', purl: 'pkg:gem/rails@1.0.0', licenses: ['MIT'] },
      ]);
      expect(ownLineage(deps[0])?.locator).toMatch(/#\/sbom\/packages\/0$/);
    });

    it.each([
      ['cyclonedx', 'truncated.json', /invalid JSON/, 'valid JSON'],
      ['cyclonedx', 'spec13.json', /unsupported CycloneDX specVersion "1.3"/, 'CycloneDX 1.4/1.5/1.6'],
      ['cyclonedx', 'notcdx.json', /bomFormat is "SPDX"/, 'CycloneDX'],
      ['cyclonedx', 'wrongtype.json', /expected a non-empty string, found a number/, 'non-empty string'],
      ['cyclonedx', 'components-object.json', /expected an array, found an object/, 'array'],
      ['cyclonedx', 'huge.json', /over the limit of 1048576 bytes/, 'at most 1048576 bytes'],
      ['spdx', 'spdx22.json', /unsupported spdxVersion "SPDX-2.2"/, 'SPDX-2.3'],
      ['spdx', 'spdx-nopackages.json', /expected an array of SPDX packages, found nothing/, 'SPDX packages'],
      ['spdx', 'cyclonedx-1.4-laravel-7.12.0.bom.json', /unsupported spdxVersion/, 'SPDX-2.3'],
    ])('%s %s fails cleanly', async (kind, file, message, expected) => {
      const error = await inputErrorOf(read(kind, file));
      expect(error.message).toMatch(message);
      expect(error.message).toContain(`source 'sbom' (kind ${kind})`);
      expect(error.file).toBe(file);
      expect(error.expected).toContain(expected);
    });

    it('names the field and line of a wrong type', async () => {
      const error = await inputErrorOf(read('cyclonedx', 'wrongtype.json'));
      expect(error.field).toBe('/components/1/name');
      expect(error.line).toBe(1);
    });
  },
);

it('requires the component option', async () => {
  const { dir: empty, cleanup: clean } = await tempDir();
  try {
    const error = await inputErrorOf(readSources([{ id: 's', kind: 'spdx', path: 'x.json' }], contextFor(empty)));
    expect(error.message).toMatch(/missing required key 'component'/);
  } finally {
    await clean();
  }
});

it('flattens nested CycloneDX components and keeps expressions', async () => {
  const { dir: here, cleanup: clean } = await tempDir();
  try {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      components: [
        {
          type: 'library',
          name: 'outer',
          version: '1.0.0',
          licenses: [{ expression: 'MIT OR Apache-2.0' }],
          components: [{ type: 'library', name: 'inner', licenses: [{ license: { name: 'Custom' } }] }],
        },
      ],
    };
    await writeFiles(here, { 'bom.json': JSON.stringify(bom) });
    const deps = dependencies(
      await readSources([{ id: 'b', kind: 'cyclonedx', path: 'bom.json', component: 'c' }], contextFor(here)),
    );
    expect(
      deps.map((d) => [d.dependency.name, d.dependency.version, d.dependency.licenses, ownLineage(d)?.locator]),
    ).toEqual([
      ['outer', '1.0.0', ['MIT OR Apache-2.0'], 'bom.json#/components/0'],
      ['inner', undefined, ['Custom'], 'bom.json#/components/0/components/0'],
    ]);
  } finally {
    await clean();
  }
});
