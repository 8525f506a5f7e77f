/**
 * Generates the benchmark's inputs for N components: a sources configuration, one records file (artifact,
 * rollback with pointer, hook and evidence per component; cohorts, environments, a waiver, the window) and
 * one CycloneDX SBOM per component with DEPENDENCIES_PER_COMPONENT dependencies, plus a policy.
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

export async function generate(dir: string, components: number): Promise<BenchInputs> {
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
