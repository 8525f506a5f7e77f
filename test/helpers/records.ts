/**
 * Source records built in tests: a clean release (no holds, passes every verification rule) that each test
 * bends in one place, plus assembly and release-directory rendering around it.
 */
import { type Assembly, assemble } from '../../src/domain/assemble.js';
import { bundleDigest, sha256 } from '../../src/domain/canonical.js';
import { renderJson, renderReleaseFiles } from '../../src/domain/files.js';
import { buildManifest } from '../../src/domain/manifest.js';
import type { ApprovalManifest, Bundle, HoldRegister, Lineage } from '../../src/domain/model.js';
import type { Policy } from '../../src/domain/policy.js';
import type { SourceRecord } from '../../src/domain/records.js';
import type { ReleaseTexts } from '../../src/schema/release.js';

/** The candidate commit time: every record is observed then. */
export const OBSERVED_AT = '2026-11-20T09:12:44Z';

/** A `sha256:<hex>` digest derived from a seed, so tests name artifacts by meaning. */
export function digest(seed: string): string {
  return sha256(seed);
}

/** The lineage of a record at `pointer` of the test's records file. */
export function lineage(pointer: string, overrides: Partial<Lineage> = {}): Lineage {
  return {
    system: 'file',
    locator: `release-records.yaml#${pointer}`,
    revision: 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0',
    digest: digest('release-records.yaml'),
    observedAt: OBSERVED_AT,
    ...overrides,
  };
}

const SOURCE = 'release-records';

/** The policy the tests use unless they say otherwise: two teams, every hold rule on, no rendering. */
export function basePolicy(extra: Partial<Policy> = {}): Policy {
  return { schemaVersion: 1, approvers: { teams: ['acme/release-engineering', 'acme/operations'] }, ...extra };
}

/** Records of a clean release: two components with provenance, rollback, cohorts, one environment, a waiver. */
export function cleanRecords(): SourceRecord[] {
  const records: SourceRecord[] = [
    {
      type: 'signature',
      sourceId: SOURCE,
      lineage: lineage('/signature'),
      signature: { verified: true, reason: 'valid' },
    },
  ];
  ['api', 'worker'].forEach((name, i) => {
    records.push(
      {
        type: 'artifact',
        sourceId: SOURCE,
        lineage: lineage(`/components/${i}/artifacts/0`),
        component: name,
        artifact: {
          name: `${name}-image`,
          version: '1.0.0',
          digest: digest(`${name}-1.0.0`),
          locator: `oci://registry.example.com/${name}@${digest(`${name}-1.0.0`)}`,
        },
      },
      {
        type: 'provenance',
        sourceId: 'attestations',
        lineage: lineage(`/provenance/${i}`, { system: 'github-attestations', locator: `attestations/${name}` }),
        component: name,
        provenance: {
          builder: 'https://github.com/actions/runner',
          sourceRepository: 'acme/payments',
          subjects: [digest(`${name}-1.0.0`)],
          signatureVerified: true,
          verification: 'verified against the test trust root',
        },
      },
      {
        type: 'rollback',
        sourceId: SOURCE,
        lineage: lineage(`/rollback/${i}`),
        component: name,
        pointer: { version: '0.9.0', digest: digest(`${name}-0.9.0`) },
        hook: `https://runbooks.example.com/${name}/rollback`,
        evidence: [{ kind: 'rehearsal', ref: 'CHG-20261118-0311', at: '2026-11-18T14:05:00Z' }],
      },
    );
  });
  records.push(
    {
      type: 'dependency',
      sourceId: 'sbom',
      lineage: lineage('/components/0', { locator: 'sbom/api.cdx.json#/components/0' }),
      dependency: { component: 'api', name: 'lodash', version: '4.17.21', purl: 'pkg:npm/lodash@4.17.21' },
    },
    {
      type: 'cohort',
      sourceId: SOURCE,
      lineage: lineage('/cohorts/0'),
      cohort: { id: 'canary', environments: ['prod'], share: 5, flags: [{ key: 'new-ledger', variant: 'on' }] },
    },
    {
      type: 'cohort',
      sourceId: SOURCE,
      lineage: lineage('/cohorts/1'),
      cohort: { id: 'general', environments: ['prod'], share: 95, flags: [] },
    },
    {
      type: 'environment',
      sourceId: SOURCE,
      lineage: lineage('/environments/0'),
      name: 'prod',
      constraints: { maxCohortShare: 100, requireRollbackHook: true, allowedQueues: ['payments-prod'] },
    },
    {
      type: 'waiver',
      sourceId: SOURCE,
      lineage: lineage('/waivers/0'),
      waiver: {
        id: 'WVR-1',
        subject: 'pkg:npm/xml-crypto@3.2.0',
        status: 'approved',
        owner: 'security@acme.example',
        expiresAt: '2027-01-31T23:59:59Z',
      },
    },
    {
      type: 'window',
      sourceId: SOURCE,
      lineage: lineage('/window'),
      window: {
        queue: 'payments-prod',
        start: '2026-12-01T06:00:00Z',
        end: '2026-12-01T10:00:00Z',
        changeRecord: 'CHG-20261201-0042',
        environments: ['prod'],
      },
    },
  );
  return records;
}

/** Assembles records for product `payments`, release `2026.11.3`. */
export function assembleRecords(
  records: readonly SourceRecord[],
  options: { policy?: Policy; previous?: Bundle } = {},
): Assembly {
  return assemble({
    product: 'payments',
    release: '2026.11.3',
    candidate: {
      tag: 'v2026.11.3-rc.2',
      commit: '9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f',
      repository: 'acme/payments',
    },
    candidateLineage: {
      sourceId: 'candidate',
      lineage: lineage('/candidate', { locator: 'cutover.sources.yaml#/candidate' }),
    },
    records,
    policy: options.policy ?? basePolicy(),
    previous: options.previous ? { bundle: options.previous } : undefined,
  });
}

/** The manifest of revision 1 of an assembly. */
export function manifestOf(assembly: Assembly, policy: Policy = basePolicy()): ApprovalManifest {
  return buildManifest({
    bundle: assembly.files.bundle,
    digest: assembly.digest,
    revision: 1,
    policy,
    supersedes: null,
  });
}

/** The four file texts of a release directory, as the CLI writes them. */
export function releaseTexts(assembly: Assembly, policy: Policy = basePolicy()): Required<ReleaseTexts> {
  return renderReleaseFiles(assembly.files, manifestOf(assembly, policy));
}

/**
 * Release texts as a writer that wrote no holds binds them: holds.json empty, and the manifest's digest recomputed
 * over the shorter register, so that the binding holds and only a re-derived hold can notice what is missing.
 */
export function withoutHolds(texts: Required<ReleaseTexts>): Required<ReleaseTexts> {
  const holds: HoldRegister = { schemaVersion: 1, holds: [] };
  const manifest = JSON.parse(texts.manifest);
  manifest.bundleDigest = bundleDigest({ bundle: JSON.parse(texts.bundle), lineage: JSON.parse(texts.lineage), holds });
  return { ...texts, holds: JSON.stringify(holds), manifest: JSON.stringify(manifest) };
}

/** Parses one file text, lets `edit` change it, and renders it back the way Cutover writes files. */
export function editJson(text: string, edit: (value: Record<string, unknown>) => void): string {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new Error('expected a JSON object');
  edit(value);
  return renderJson(value);
}

/** Replaces the first record matching `match` (by reference to the record list) with `replace(record)`. */
export function replaceRecord<T extends SourceRecord['type']>(
  records: SourceRecord[],
  type: T,
  match: (record: Extract<SourceRecord, { type: T }>) => boolean,
  replace: (record: Extract<SourceRecord, { type: T }>) => SourceRecord | undefined,
): SourceRecord[] {
  const isType = (r: SourceRecord): r is Extract<SourceRecord, { type: T }> => r.type === type;
  const index = records.findIndex((r) => isType(r) && match(r));
  const found = records[index];
  if (!found || !isType(found)) throw new Error(`no ${type} record matches`);
  const next = replace(found);
  const out = [...records];
  if (next) out.splice(index, 1, next);
  else out.splice(index, 1);
  return out;
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The object at `key` of a JSON object (throws when it is not one), for edits in tests. */
export function objectAt(value: unknown, ...path: Array<string | number>): Record<string, unknown> {
  let current: unknown = value;
  for (const key of path) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isRecord(current)) current = current[String(key)];
    else throw new Error(`nothing at ${path.join('/')}`);
  }
  if (!isRecord(current)) throw new Error(`no object at ${path.join('/')}`);
  return current;
}

/** The array at `path` of a JSON value (throws when it is not one). */
export function arrayAt(value: unknown, ...path: Array<string | number>): unknown[] {
  const parent = path.length > 1 ? objectAt(value, ...path.slice(0, -1)) : value;
  const last = path.at(-1);
  const current = isRecord(parent) && last !== undefined ? parent[String(last)] : undefined;
  if (!Array.isArray(current)) throw new Error(`no array at ${path.join('/')}`);
  return current;
}
