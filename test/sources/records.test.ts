import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSources, SOURCE_KINDS } from '../../src/sources/index.js';
import { recordsAdapter } from '../../src/sources/records.js';
import { contextFor, inputErrorOf, ownLineage, REFERENCE_TIME, tempDir, writeFiles } from './helpers.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const RECORDS = `
signature: { verified: true, reason: valid }
components:
  - name: payments-api
    artifacts:
      - { name: payments-api.tar.gz, version: 2.4.0, digest: "${DIGEST}", locator: "oci://ghcr.io/acme/payments-api@${DIGEST}" }
cohorts:
  - { id: canary, environments: [prod-eu], share: 5, flags: [{ key: new-ledger, variant: on }] }
  - { id: staff, environments: [prod-eu], segment: "email ends_with @acme.example" }
rollback:
  - component: payments-api
    pointer: { version: 2.3.2, digest: "${DIGEST}" }
    hook: https://runbooks.acme.example/payments/rollback
    evidence: [{ kind: drill, ref: CHG-1001, at: "2026-11-01T09:00:00Z" }]
environments:
  - { name: prod-eu, constraints: { maxCohortShare: 25, requireRollbackHook: true } }
waivers:
  - { id: W-1, subject: "pkg:npm/left-pad@1.3.0", status: approved, owner: security, expiresAt: "2027-01-01T00:00:00Z" }
window: { queue: payments-prod, start: "2026-11-24T08:00:00Z", end: "2026-11-24T12:00:00Z", changeRecord: CHG-2001, environments: [prod-eu] }
`;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFiles(dir, { 'release/records.yaml': RECORDS, 'bad.yaml': 'components: [{ name: x, artifacts: [] }]\n' });
});
afterEach(() => cleanup());

describe('records source', () => {
  it('turns each section entry into a record with a JSON-pointer locator', async () => {
    const records = await recordsAdapter.read(
      { id: 'rel', kind: 'records', path: 'release/records.yaml' },
      contextFor(dir),
    );
    expect(records.map((r) => [r.type, ownLineage(r)?.locator])).toEqual([
      ['signature', 'release/records.yaml#/signature'],
      ['artifact', 'release/records.yaml#/components/0/artifacts/0'],
      ['cohort', 'release/records.yaml#/cohorts/0'],
      ['cohort', 'release/records.yaml#/cohorts/1'],
      ['rollback', 'release/records.yaml#/rollback/0'],
      ['environment', 'release/records.yaml#/environments/0'],
      ['waiver', 'release/records.yaml#/waivers/0'],
      ['window', 'release/records.yaml#/window'],
    ]);
    expect(records.every((r) => r.sourceId === 'rel' && r.lineage.observedAt === REFERENCE_TIME)).toBe(true);
    // One lineage object for the whole file, shared by its records, each keeping only its place in it.
    expect(new Set(records.map((r) => r.lineage)).size).toBe(1);
    expect(records[0]?.lineage.locator).toBe('release/records.yaml');
    expect(records.map((r) => r.fragment)).toContain('/components/0/artifacts/0');
    expect(records[3]).toMatchObject({
      type: 'cohort',
      cohort: { id: 'staff', segment: 'email ends_with @acme.example', flags: [] },
    });
    expect(records[4]).toMatchObject({
      type: 'rollback',
      component: 'payments-api',
      pointer: { version: '2.3.2', digest: DIGEST },
    });
  });

  it('reports a schema violation with file and field, and the source through readSources', async () => {
    const error = await inputErrorOf(readSources([{ id: 'rel', kind: 'records', path: 'bad.yaml' }], contextFor(dir)));
    expect(error.message).toContain("source 'rel' (kind records)");
    expect(error.file).toBe('bad.yaml');
    expect(error.field).toBe('/components/0/artifacts');
  });

  it('rejects unknown kinds and bad options naming the source', async () => {
    const unknown = await inputErrorOf(readSources([{ id: 'x', kind: 'ftp' }], contextFor(dir)));
    expect(unknown.message).toBe("source 'x' has unknown kind 'ftp'");
    expect(unknown.expected).toContain('records');
    const extra = await inputErrorOf(
      readSources([{ id: 'rel', kind: 'records', path: 'a.yaml', pth: 1 }], contextFor(dir)),
    );
    expect(extra.message).toMatch(/invalid options for source 'rel' \(kind records\): unknown key 'pth'/);
    const missing = await inputErrorOf(
      readSources([{ id: 'rel', kind: 'records', path: 'missing.yaml' }], contextFor(dir)),
    );
    expect(missing.message).toMatch(/source 'rel' \(kind records\): cannot read 'missing.yaml'/);
  });

  it('lists its kinds', () => {
    expect(SOURCE_KINDS).toContain('records');
  });
});

it('checks every entry before reading any source', async () => {
  const { dir: empty, cleanup: clean } = await tempDir();
  try {
    const error = await inputErrorOf(
      readSources(
        [
          { id: 'first', kind: 'records', path: 'does-not-exist.yaml' },
          { id: 'second', kind: 'cyclonedx', path: 'bom.json' },
        ],
        contextFor(empty),
      ),
    );
    // The missing option of the second entry is reported, not the missing file of the first.
    expect(error.message).toMatch(
      /invalid options for source 'second' \(kind cyclonedx\): missing required key 'component'/,
    );
  } finally {
    await clean();
  }
});
