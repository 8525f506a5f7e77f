/**
 * Generates the benchmark's inputs for N components: a sources configuration, one records file (artifact,
 * rollback with pointer, hook and evidence per component; cohorts, environments, a waiver, the window) and
 * one CycloneDX SBOM per component with DEPENDENCIES_PER_COMPONENT dependencies, plus a policy.
 *
 * With `mix: 'realistic'` (what `npm run bench` measures) the sources are those of a real release instead:
 * per component an SBOM as syft or cdxgen writes one (CycloneDX 1.5 and SPDX 2.3 alternately, 5 to 35
 * packages each, with purls, hashes, licenses and the dependency graph: 6 to 32 KB) and an in-toto SLSA
 * provenance statement for its image; the rollout cohorts from a flagd file of N/10 flags (one source entry
 * reads the flag that rolls this release out); the records without cohorts. The default (`mix: 'minimal'`)
 * stays as it was: test/domain/assembly-identity.test.ts hashes what is assembled from it.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';

export const DEPENDENCIES_PER_COMPONENT = 5;

const sha = (seed: string): string => `sha256:${createHash('sha256').update(seed).digest('hex')}`;
const pad = (i: number): string => String(i).padStart(5, '0');

/** Input file paths of one generated benchmark workspace. */
export interface BenchInputs {
  dir: string;
  sources: string;
  policy: string;
  /** Every input file Cutover parses, for the floor. */
  files: string[];
}

/** Which inputs to generate: the minimal records + small CycloneDX set, or the realistic mix of source kinds. */
export type BenchMix = 'minimal' | 'realistic';

export async function generate(dir: string, components: number, mix: BenchMix = 'minimal'): Promise<BenchInputs> {
  if (mix === 'realistic') return generateRealistic(dir, components);
  await mkdir(path.join(dir, 'sbom'), { recursive: true });
  const names = Array.from({ length: components }, (_, i) => `svc-${pad(i)}`);
  const records = {
    signature: { verified: true, reason: 'valid' },
    components: names.map((name) => ({
      name,
      artifacts: [
        {
          name: `${name}-image`,
          version: '2026.11.3',
          digest: sha(`${name}-2026.11.3`),
          locator: `oci://registry.example.com/bench/${name}@${sha(`${name}-2026.11.3`)}`,
        },
      ],
    })),
    rollback: names.map((name) => ({
      component: name,
      pointer: { version: '2026.10.7', digest: sha(`${name}-2026.10.7`) },
      hook: `https://runbooks.example.com/bench/${name}/rollback`,
      evidence: [{ kind: 'rehearsal', ref: 'CHG-20261118-0311', at: '2026-11-18T14:05:00Z' }],
    })),
    cohorts: [
      { id: 'canary', environments: ['prod-eu'], share: 5, flags: [{ key: 'new-ledger', variant: 'on' }] },
      { id: 'beta', environments: ['prod-eu', 'prod-us'], segment: 'tier == "beta"', flags: [] },
      {
        id: 'general',
        environments: ['prod-eu', 'prod-us'],
        share: 95,
        flags: [{ key: 'new-ledger', variant: 'off' }],
      },
    ],
    environments: ['prod-eu', 'prod-us'].map((name) => ({
      name,
      constraints: { maxCohortShare: 100, requireRollbackHook: true, allowedQueues: ['bench-prod'] },
    })),
    waivers: [
      {
        id: 'WVR-1',
        subject: 'pkg:npm/xml-crypto@3.2.0',
        status: 'approved',
        owner: 'security@acme.example',
        expiresAt: '2027-01-31T23:59:59Z',
      },
    ],
    window: {
      queue: 'bench-prod',
      start: '2026-12-01T06:00:00Z',
      end: '2026-12-01T10:00:00Z',
      changeRecord: 'CHG-20261201-0042',
      environments: ['prod-eu', 'prod-us'],
    },
  };
  const files: string[] = [];
  const recordsPath = path.join(dir, 'release-records.yaml');
  await writeFile(recordsPath, yaml.dump(records, { lineWidth: -1, noRefs: true }));
  files.push(recordsPath);

  const sources: Array<Record<string, string>> = [
    { id: 'release-records', kind: 'records', path: 'release-records.yaml' },
  ];
  for (const [i, name] of names.entries()) {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      metadata: { component: { type: 'application', name } },
      components: Array.from({ length: DEPENDENCIES_PER_COMPONENT }, (_, k) => {
        const lib = `lib-${(i * DEPENDENCIES_PER_COMPONENT + k) % 997}`;
        const version = `1.${k}.${i % 10}`;
        return {
          type: 'library',
          name: lib,
          version,
          purl: `pkg:npm/${lib}@${version}`,
          licenses: [{ license: { id: 'MIT' } }],
        };
      }),
    };
    const file = path.join(dir, 'sbom', `${name}.cdx.json`);
    await writeFile(file, JSON.stringify(bom, null, 2));
    files.push(file);
    sources.push({ id: `sbom-${name}`, kind: 'cyclonedx', path: `sbom/${name}.cdx.json`, component: name });
  }
  const config = {
    schemaVersion: 1,
    product: 'bench',
    release: `c${components}`,
    candidate: {
      tag: 'v2026.11.3-rc.1',
      commit: '9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f',
      repository: 'acme/bench',
      committedAt: '2026-11-20T09:12:44Z',
    },
    sources,
  };
  const sourcesPath = path.join(dir, 'cutover.sources.yaml');
  await writeFile(sourcesPath, yaml.dump(config, { lineWidth: -1 }));
  files.unshift(sourcesPath);
  const policyPath = path.join(dir, 'policy.yaml');
  await writeFile(
    policyPath,
    yaml.dump({
      schemaVersion: 1,
      approvers: { teams: ['acme/release-engineering', 'acme/operations'] },
      limits: { maxFileBytes: 256 * 1024 * 1024 },
    }),
  );
  files.unshift(policyPath);
  return { dir, sources: sourcesPath, policy: policyPath, files };
}

/** Packages in component i's SBOM: 5 to 35 (20 on average), spread so that sizes vary as across a real fleet. */
const packagesOf = (i: number): number => 5 + ((i * 37) % 31);

/** One third-party package of an SBOM: a deterministic pick from a pool shared by the whole fleet. */
function dependency(i: number, k: number) {
  const n = (i * 31 + k * 17) % 1499;
  const ecosystem = (['npm', 'golang', 'maven', 'pypi'] as const)[n % 4] ?? 'npm';
  const name =
    ecosystem === 'golang'
      ? `github.com/acme-oss/mod-${n}`
      : ecosystem === 'maven'
        ? `org.acme.oss/lib-${n}`
        : `lib-${n}`;
  const version = `${1 + (n % 7)}.${n % 13}.${(i + k) % 5}`;
  const purl =
    ecosystem === 'maven' ? `pkg:maven/org.acme.oss/lib-${n}@${version}` : `pkg:${ecosystem}/${name}@${version}`;
  const license = (['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC'] as const)[n % 4] ?? 'MIT';
  return { name, version, purl, license, hash: createHash('sha256').update(purl).digest('hex') };
}

function cycloneDx(name: string, i: number, version: string, digest: string): unknown {
  const deps = Array.from({ length: packagesOf(i) }, (_, k) => dependency(i, k));
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:${createHash('sha256').update(name).digest('hex').slice(0, 8)}-4c1e-4f0a-9d2b-${pad(i)}0000000`,
    version: 1,
    metadata: {
      timestamp: '2026-11-20T09:21:40Z',
      tools: { components: [{ type: 'application', author: 'anchore', name: 'syft', version: '1.16.0' }] },
      component: {
        'bom-ref': `pkg:oci/${name}@${digest}`,
        type: 'container',
        name,
        version,
        hashes: [{ alg: 'SHA-256', content: digest.slice('sha256:'.length) }],
      },
      supplier: { name: 'Acme Payments', url: ['https://acme.example.com'] },
    },
    components: deps.map((d) => ({
      'bom-ref': `${d.purl}?package-id=${d.hash.slice(0, 16)}`,
      type: 'library',
      name: d.name,
      version: d.version,
      hashes: [{ alg: 'SHA-256', content: d.hash }],
      licenses: [{ license: { id: d.license } }],
      purl: d.purl,
      externalReferences: [{ type: 'distribution', url: `https://registry.example.com/${d.name}/-/${d.version}.tgz` }],
      properties: [
        { name: 'syft:package:foundBy', value: 'javascript-lock-cataloger' },
        { name: 'syft:location:0:path', value: `/app/node_modules/${d.name}/package.json` },
      ],
    })),
    dependencies: [
      {
        ref: `pkg:oci/${name}@${digest}`,
        dependsOn: deps.map((d) => `${d.purl}?package-id=${d.hash.slice(0, 16)}`),
      },
    ],
  };
}

function spdx(name: string, i: number, version: string): unknown {
  const deps = Array.from({ length: packagesOf(i) }, (_, k) => dependency(i, k));
  const root = `SPDXRef-Package-${name}`;
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${name}-${version}`,
    documentNamespace: `https://sbom.example.com/spdxdocs/${name}-${version}-${pad(i)}`,
    creationInfo: { created: '2026-11-20T09:21:40Z', creators: ['Tool: syft-1.16.0', 'Organization: Acme Payments'] },
    packages: [
      {
        name,
        SPDXID: root,
        versionInfo: version,
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: 'LicenseRef-Acme-Proprietary',
        copyrightText: 'Copyright 2026 Acme Payments',
      },
      ...deps.map((d, k) => ({
        name: d.name,
        SPDXID: `SPDXRef-Package-${k}-${d.hash.slice(0, 12)}`,
        versionInfo: d.version,
        supplier: 'NOASSERTION',
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        checksums: [{ algorithm: 'SHA256', checksumValue: d.hash }],
        licenseConcluded: d.license,
        licenseDeclared: d.license,
        copyrightText: 'NOASSERTION',
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: d.purl }],
      })),
    ],
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: root },
      ...deps.map((d, k) => ({
        spdxElementId: root,
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: `SPDXRef-Package-${k}-${d.hash.slice(0, 12)}`,
      })),
    ],
  };
}

function provenance(name: string, digest: string, commit: string, i: number): unknown {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: `registry.example.com/bench/${name}`, digest: { sha256: digest.slice('sha256:'.length) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v2026.11.3-rc.1',
            repository: 'https://github.com/acme/bench',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '781245116',
            repository_owner_id: '90122355',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/bench@refs/tags/v2026.11.3-rc.1', digest: { gitCommit: commit } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/actions/runner/github-hosted' },
        metadata: { invocationId: `https://github.com/acme/bench/actions/runs/${11873340291 + i}/attempts/1` },
      },
    },
  };
}

/** The flagd file: the release's rollout flag (5% canary, an evaluator-defined beta, the rest) and N/10 others. */
function flagd(components: number): unknown {
  const flags: Record<string, unknown> = {
    'new-ledger-writes': {
      state: 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: 'off',
      targeting: {
        if: [{ $ref: 'enterpriseBeta' }, 'on', { fractional: [{ var: 'merchant.id' }, ['on', 5], ['off', 95]] }],
      },
    },
  };
  for (let f = 0; f < Math.max(1, Math.floor(components / 10)); f++)
    flags[`feature-${pad(f)}`] = {
      state: f % 3 === 0 ? 'DISABLED' : 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: 'off',
      ...(f % 2 === 0
        ? { targeting: { fractional: [{ var: 'merchant.id' }, ['on', f % 100], ['off', 100 - (f % 100)]] } }
        : {}),
    };
  return {
    $schema: 'https://flagd.dev/schema/v0/flags.json',
    metadata: { flagSetId: 'bench', version: '2026.11.3' },
    flags,
    $evaluators: { enterpriseBeta: { '==': [{ var: 'merchant.tier' }, 'enterprise-beta'] } },
  };
}

async function generateRealistic(dir: string, components: number): Promise<BenchInputs> {
  for (const sub of ['sbom', 'provenance', 'flags']) await mkdir(path.join(dir, sub), { recursive: true });
  const commit = '9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f';
  const version = '2026.11.3';
  const names = Array.from({ length: components }, (_, i) => `svc-${pad(i)}`);
  const digestOf = (name: string) => sha(`${name}-${version}`);
  const records = {
    signature: { verified: true, reason: 'valid' },
    components: names.map((name) => ({
      name,
      artifacts: [
        {
          name: `${name}-image`,
          version,
          digest: digestOf(name),
          locator: `oci://registry.example.com/bench/${name}@${digestOf(name)}`,
        },
      ],
    })),
    rollback: names.map((name) => ({
      component: name,
      pointer: { version: '2026.10.7', digest: sha(`${name}-2026.10.7`) },
      hook: `https://runbooks.example.com/bench/${name}/rollback`,
      evidence: [{ kind: 'rehearsal', ref: 'CHG-20261118-0311', at: '2026-11-18T14:05:00Z' }],
    })),
    environments: ['prod-eu', 'prod-us'].map((name) => ({
      name,
      constraints: { maxCohortShare: 100, requireRollbackHook: true, allowedQueues: ['bench-prod'] },
    })),
    waivers: [
      {
        id: 'WVR-1',
        subject: 'pkg:npm/xml-crypto@3.2.0',
        status: 'approved',
        owner: 'security@acme.example',
        expiresAt: '2027-01-31T23:59:59Z',
      },
    ],
    window: {
      queue: 'bench-prod',
      start: '2026-12-01T06:00:00Z',
      end: '2026-12-01T10:00:00Z',
      changeRecord: 'CHG-20261201-0042',
      environments: ['prod-eu', 'prod-us'],
    },
  };
  const files: string[] = [];
  const write = async (relative: string, text: string) => {
    const file = path.join(dir, relative);
    await writeFile(file, text);
    files.push(file);
  };
  await write('release-records.yaml', yaml.dump(records, { lineWidth: -1, noRefs: true }));
  await write('flags/flags.flagd.json', JSON.stringify(flagd(components), null, 2));
  const sources: Array<Record<string, unknown>> = [
    { id: 'release-records', kind: 'records', path: 'release-records.yaml' },
    {
      id: 'rollout-flags',
      kind: 'flagd',
      path: 'flags/flags.flagd.json',
      flag: 'new-ledger-writes',
      environments: ['prod-eu', 'prod-us'],
    },
  ];
  for (const [i, name] of names.entries()) {
    const cdx = i % 2 === 0;
    const sbomPath = `sbom/${name}.${cdx ? 'cdx' : 'spdx'}.json`;
    await write(
      sbomPath,
      JSON.stringify(cdx ? cycloneDx(name, i, version, digestOf(name)) : spdx(name, i, version), null, 2),
    );
    sources.push({ id: `sbom-${name}`, kind: cdx ? 'cyclonedx' : 'spdx', path: sbomPath, component: name });
    const provenancePath = `provenance/${name}.intoto.json`;
    await write(provenancePath, JSON.stringify(provenance(name, digestOf(name), commit, i), null, 2));
    sources.push({ id: `provenance-${name}`, kind: 'provenance', path: provenancePath, component: name });
  }
  const config = {
    schemaVersion: 1,
    product: 'bench',
    release: `c${components}`,
    candidate: { tag: 'v2026.11.3-rc.1', commit, repository: 'acme/bench', committedAt: '2026-11-20T09:12:44Z' },
    sources,
  };
  const sourcesPath = path.join(dir, 'cutover.sources.yaml');
  await writeFile(sourcesPath, yaml.dump(config, { lineWidth: -1 }));
  files.unshift(sourcesPath);
  const policyPath = path.join(dir, 'policy.yaml');
  await writeFile(
    policyPath,
    yaml.dump({
      schemaVersion: 1,
      approvers: { teams: ['acme/release-engineering', 'acme/operations'] },
      limits: { maxFileBytes: 256 * 1024 * 1024 },
    }),
  );
  files.unshift(policyPath);
  return { dir, sources: sourcesPath, policy: policyPath, files };
}
