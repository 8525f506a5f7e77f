/**
 * SBOMs are bound to the component they are attached to: the SBOM's subject (CycloneDX metadata.component,
 * SPDX described package) must name that component with one of its artifact versions, and the component
 * must exist. Otherwise a suspicious-source hold names both sides. Real documents from ../shared/fixtures/real
 * (never copied into the project); skipped with a message when ../shared is absent.
 */
import { describe, expect, it } from 'vitest';
import type { Hold } from '../../src/domain/model.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import type { SourceEntry } from '../../src/sources/types.js';
import { assembleRecords, cleanRecords, digest, lineage } from '../helpers/records.js';
import { contextFor, haveRealFixtures, NO_FIXTURES, realFixtures } from './helpers.js';

const LARAVEL = 'sbom/cyclonedx-1.4-laravel-7.12.0.bom.json';
const SPDX_EXAMPLE = 'sbom/spdx-2.3-spec-example.spdx.json';
const GITHUB_EXPORT = 'sbom/github-dependency-graph-export-sbom-response.json';

async function sbomHolds(entry: SourceEntry, extra: SourceRecord[] = []): Promise<Hold[]> {
  const records = await readSources([entry], contextFor(realFixtures));
  return assembleRecords([...cleanRecords(), ...extra, ...records]).files.holds.holds.filter(
    (h) => h.rule === 'suspicious-source',
  );
}

/** A component with one artifact at `version`, with rollback and provenance so it raises no other hold. */
function componentAt(name: string, version: string): SourceRecord[] {
  const d = digest(`${name}-${version}`);
  return [
    {
      type: 'artifact',
      sourceId: 'release-records',
      lineage: lineage(`/components/${name}`),
      component: name,
      artifact: { name: `${name}-pkg`, version, digest: d, locator: `https://example.com/${name}` },
    },
    {
      type: 'rollback',
      sourceId: 'release-records',
      lineage: lineage(`/rollback/${name}`),
      component: name,
      pointer: { version: '0.0.1', digest: digest(`${name}-old`) },
      hook: 'https://runbooks.example.com/x',
      evidence: [{ kind: 'rehearsal', ref: 'CHG-1' }],
    },
  ];
}

describe.skipIf(!haveRealFixtures)(
  `SBOM subjects bound to their component (${haveRealFixtures ? 'present' : NO_FIXTURES})`,
  () => {
    it('the adapters state each real SBOM subject', async () => {
      const records = await readSources(
        [
          { id: 'laravel', kind: 'cyclonedx', path: LARAVEL, component: 'api' },
          { id: 'spdx', kind: 'spdx', path: SPDX_EXAMPLE, component: 'api' },
          { id: 'gh', kind: 'spdx', path: GITHUB_EXPORT, component: 'api' },
        ],
        contextFor(realFixtures),
      );
      const subjects = records.flatMap((r) =>
        r.type === 'sbom-subject' ? [[r.sourceId, r.statedBy, r.subjects]] : [],
      );
      expect(subjects).toEqual([
        [
          'laravel',
          'CycloneDX metadata.component',
          [
            {
              name: 'cyclonedx/cyclonedx-php-composer-demo',
              version: 'dev-master',
              purl: 'pkg:composer/cyclonedx/cyclonedx-php-composer-demo@dev-master',
            },
          ],
        ],
        ['spdx', 'SPDX described package', [{ name: 'glibc', version: '2.11.1' }]],
        [
          'gh',
          'SPDX described package',
          [{ name: 'github/example', version: 'main', purl: 'pkg:github/example@main' }],
        ],
      ]);
    });

    it('an SBOM of another project attached to a component is a hold naming both', async () => {
      const holds = await sbomHolds({ id: 'laravel-sbom', kind: 'cyclonedx', path: LARAVEL, component: 'api' });
      expect(holds).toHaveLength(1);
      expect(holds[0]?.path).toBe('/components/0');
      expect(holds[0]?.reason).toBe(
        "SBOM 'laravel-sbom' describes cyclonedx/cyclonedx-php-composer-demo dev-master (pkg:composer/cyclonedx/cyclonedx-php-composer-demo@dev-master) (CycloneDX metadata.component), but it is attached to component api (artifact version 1.0.0)",
      );
      // Evidence on both sides: the SBOM's subject, and where the component's artifact version came from.
      expect(holds[0]?.evidence.map((e) => e.locator)).toEqual([
        expect.stringMatching(/cyclonedx-1\.4-laravel-7\.12\.0\.bom\.json#\/metadata\/component$/),
        'release-records.yaml#/components/0/artifacts/0',
      ]);
    });

    it('an SBOM attached to a component that exists nowhere is a hold, not orphan dependencies', async () => {
      const holds = await sbomHolds({ id: 'laravel-sbom', kind: 'cyclonedx', path: LARAVEL, component: 'ghost' });
      expect(holds).toHaveLength(1);
      expect(holds[0]?.path).toMatch(/^\/dependencies\/\d+$/);
      expect(holds[0]?.reason).toMatch(
        /^SBOM 'laravel-sbom' is attached to component ghost, which is not a component of this bundle \(components: api, worker\); it describes cyclonedx\/cyclonedx-php-composer-demo dev-master/,
      );
    });

    it('an SPDX document describing another package is a hold; describing the component at its version is none', async () => {
      const entry = (component: string): SourceEntry => ({
        id: 'spdx-example',
        kind: 'spdx',
        path: SPDX_EXAMPLE,
        component,
      });
      const other = await sbomHolds(entry('api'));
      expect(other.map((h) => h.reason)).toEqual([
        "SBOM 'spdx-example' describes glibc 2.11.1 (SPDX described package), but it is attached to component api (artifact version 1.0.0)",
      ]);
      expect(await sbomHolds(entry('glibc'), componentAt('glibc', '2.11.1'))).toEqual([]);
      const wrongVersion = await sbomHolds(entry('glibc'), componentAt('glibc', '2.12.0'));
      expect(wrongVersion.map((h) => h.reason)).toEqual([
        "SBOM 'spdx-example' describes glibc 2.11.1 (SPDX described package), but it is attached to component glibc (artifact version 2.12.0)",
      ]);
    });

    it("GitHub's dependency-graph export binds through the repository name", async () => {
      const entry: SourceEntry = { id: 'gh-export', kind: 'spdx', path: GITHUB_EXPORT, component: 'example' };
      expect(await sbomHolds(entry, componentAt('example', 'main'))).toEqual([]);
    });
  },
);
