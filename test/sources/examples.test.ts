import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ArtifactRecord,
  CohortRecord,
  DependencyRecord,
  ProvenanceRecord,
  SourceRecord,
} from '../../src/domain/records.js';
import { readSources } from '../../src/sources/index.js';
import type { SourceEntry } from '../../src/sources/types.js';
import { contextFor, repoRoot } from './helpers.js';

const example = path.join(repoRoot, 'examples/payments-platform');

const ENTRIES: SourceEntry[] = [
  { id: 'release-records', kind: 'records', path: 'release-records.yaml' },
  { id: 'sbom-payments-api', kind: 'cyclonedx', path: 'inputs/payments-api.cdx.json', component: 'payments-api' },
  { id: 'sbom-ledger-service', kind: 'spdx', path: 'inputs/ledger-service.spdx.json', component: 'ledger-service' },
  {
    id: 'rollout-flags',
    kind: 'flagd',
    path: 'inputs/flags.flagd.json',
    flag: 'new-ledger-writes',
    environments: ['prod-eu', 'prod-us'],
  },
  {
    id: 'provenance-payments-api',
    kind: 'provenance',
    path: 'inputs/payments-api.provenance.intoto.json',
    component: 'payments-api',
    expectDigest: ['sha256:4426da079a05b73bed6867d4855d782777feeb1fa063fcad4e131597e5c8179e'],
  },
];

function ofType<T extends SourceRecord['type']>(
  records: SourceRecord[],
  type: T,
): Array<Extract<SourceRecord, { type: T }>> {
  return records.filter((r): r is Extract<SourceRecord, { type: T }> => r.type === type);
}

describe('payments-platform example inputs', () => {
  it('read through every adapter and line up with the release records', async () => {
    const records = await readSources(ENTRIES, contextFor(example));
    const deps: DependencyRecord[] = ofType(records, 'dependency');
    expect(deps.filter((d) => d.dependency.component === 'payments-api').map((d) => d.dependency.purl)).toEqual([
      'pkg:npm/express@4.21.2',
      'pkg:npm/pg@8.13.1',
      'pkg:npm/pino@9.5.0',
      'pkg:npm/jsonwebtoken@9.0.2',
      'pkg:npm/%40opentelemetry/api@1.9.0',
      'pkg:npm/xml-crypto@3.2.0',
    ]);
    expect(
      deps
        .filter((d) => d.dependency.component === 'ledger-service')
        .map((d) => [d.dependency.name, d.dependency.version]),
    ).toEqual([
      ['github.com/jackc/pgx/v5', 'v5.7.1'],
      ['google.golang.org/grpc', 'v1.68.0'],
      ['github.com/shopspring/decimal', 'v1.4.0'],
      ['go.uber.org/zap', 'v1.27.0'],
    ]);
    const cohorts: CohortRecord[] = ofType(records, 'cohort').filter((c) => c.sourceId === 'rollout-flags');
    expect(cohorts.map((c) => [c.cohort.id, c.cohort.share, c.cohort.segment])).toEqual([
      ['new-ledger-writes-on', undefined, 'merchant.tier == "enterprise-beta"'],
      ['new-ledger-writes-on-2', 5, 'not (merchant.tier == "enterprise-beta")'],
      ['new-ledger-writes-off', 95, 'not (merchant.tier == "enterprise-beta")'],
    ]);
    const artifact = ofType(records, 'artifact').find((a: ArtifactRecord) => a.component === 'payments-api');
    const provenance: ProvenanceRecord[] = ofType(records, 'provenance');
    expect(provenance[0]?.provenance.subjects).toEqual([artifact?.artifact.digest]);
    expect(provenance[0]?.provenance).toMatchObject({
      sourceRepository: 'https://github.com/acme/payments-platform',
      sourceRef: 'refs/tags/v2026.11.3-rc.2',
      sourceCommit: '9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f',
      signatureVerified: false,
    });
    expect(ofType(records, 'suspicion')).toEqual([]);
  });

  it('the disabled flag in the example is refused clearly', async () => {
    await expect(
      readSources(
        [
          {
            id: 'f',
            kind: 'flagd',
            path: 'inputs/flags.flagd.json',
            flag: 'checkout-3ds2-frictionless',
            environments: ['prod-eu'],
          },
        ],
        contextFor(example),
      ),
    ).rejects.toThrow(/flag 'checkout-3ds2-frictionless' is "DISABLED"/);
  });
});
