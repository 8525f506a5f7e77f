/**
 * Characterisation of cutover/lineage (src/domain/verify.ts lineageRule) and of the missing-lineage hold
 * (src/domain/holds.ts): for lineage that is wrong in many ways at once, the exact findings and holds, in their
 * order and wording. Pinned before the rule was made faster, so a faster rule must report exactly this.
 */
import { describe, expect, it } from 'vitest';
import { evaluateHolds } from '../../src/domain/holds.js';
import type { Bundle, LineageDocument } from '../../src/domain/model.js';
import { verifyRelease } from '../../src/modes/verification.js';
import {
  arrayAt,
  assembleRecords,
  basePolicy,
  cleanRecords,
  editJson,
  objectAt,
  releaseTexts,
} from '../helpers/records.js';

const policy = basePolicy();
const clean = () => releaseTexts(assembleRecords(cleanRecords(), { policy }), policy);

/** The lineage outcome of a release directory's texts: status and every finding as [severity, file, path, line, message]. */
function lineageOutcome(texts: ReturnType<typeof clean>) {
  const outcome = verifyRelease(texts, policy).find((o) => o.rule === 'lineage');
  return {
    status: outcome?.status,
    findings: outcome?.findings.map((f) => [f.severity, f.file, f.path, f.line, f.message]),
  };
}

/** Lineage wrong in every way the rule knows, at once. */
function brokenLineage(l: Record<string, unknown>): void {
  const fields = objectAt(l, 'fields');
  delete fields['/window'];
  delete fields['/components/1/artifacts/0/digest'];
  objectAt(fields, '/cohorts/0').source = 'nowhere#0';
  // Blank, not empty (the schema refuses an empty string).
  objectAt(l, 'sources', 'sbom#0').revision = ' ';
  objectAt(l, 'sources', 'sbom#0').system = '\t';
  // A source several fields share: one finding per field.
  objectAt(l, 'sources', 'candidate#0').digest = ' ';
  objectAt(fields, '/waivers/0').valueDigest = `sha256:${'0'.repeat(64)}`;
  // Entries for no consequential field: a plain field, a non-canonical index, an index past the end, a field
  // below a consequential one.
  fields['/candidate/product'] = fields['/candidate/tag'];
  fields['/components/00/artifacts/0/version'] = fields['/components/0/artifacts/0/version'];
  fields['/dependencies/1'] = fields['/dependencies/0'];
  fields['/window/start'] = fields['/candidate/tag'];
  fields['/rollback/0/component'] = fields['/rollback/0/pointer'];
}

describe('cutover/lineage findings (characterisation)', () => {
  it('a clean release has none', () => {
    expect(lineageOutcome(clean())).toEqual({ status: 'passed', findings: [] });
  });

  it('missing, unknown-source, incomplete, edited and extra entries: every finding, in order', () => {
    const texts = clean();
    texts.lineage = editJson(texts.lineage, brokenLineage);
    texts.bundle = editJson(texts.bundle, (b) => {
      objectAt(b, 'components', 0, 'artifacts', 0).version = '1.0.1';
      objectAt(b, 'dependencies', 0).version = '9.9.9';
    });
    expect(lineageOutcome(texts)).toEqual(PINNED.broken);
  });

  it('extra entries beside complete lineage are warnings only, in lineage.json order', () => {
    const texts = clean();
    texts.lineage = editJson(texts.lineage, (l) => {
      const fields = objectAt(l, 'fields');
      fields['/zzz'] = fields['/window'];
      fields['/components/0/provenance/1'] = fields['/window'];
      fields['/cohorts/2'] = fields['/window'];
      fields['/candidate'] = fields['/window'];
    });
    expect(lineageOutcome(texts)).toEqual(PINNED.extras);
  });

  it('rollback fields that the bundle does not have (no hook, no evidence) are not consequential', () => {
    const texts = clean();
    texts.bundle = editJson(texts.bundle, (b) => {
      delete objectAt(b, 'rollback', 0).hook;
      arrayAt(b, 'rollback', 1, 'evidence').length = 0;
    });
    expect(lineageOutcome(texts)).toEqual(PINNED.rollback);
  });

  it('one entry misplaced (as many entries as fields): both the missing and the extra one', () => {
    const texts = clean();
    texts.lineage = editJson(texts.lineage, (l) => {
      const fields = objectAt(l, 'fields');
      fields['/rollback/9/pointer'] = fields['/rollback/0/pointer'];
      delete fields['/rollback/0/pointer'];
    });
    expect(lineageOutcome(texts)).toEqual(PINNED.misplaced);
  });
});

describe('missing-lineage holds (characterisation)', () => {
  it('missing, unknown-source and incomplete entries: every hold, in order', () => {
    const texts = clean();
    const bundle = JSON.parse(texts.bundle) as Bundle;
    const lineage = JSON.parse(editJson(texts.lineage, brokenLineage)) as LineageDocument;
    const holds = evaluateHolds({ bundle, lineage, policy }).holds.filter((h) => h.rule === 'missing-lineage');
    expect(holds.map((h) => [h.id, h.path, h.reason, h.evidence])).toEqual(PINNED.holds);
  });
});

/** What the rule and the hold rule reported when this was pinned (generated once from the code of then). */
const PINNED: Record<string, unknown> = {
  broken: {
    status: 'failed',
    findings: [
      [
        'error',
        'lineage.json',
        '/sources/candidate#0',
        149,
        'source candidate#0 (lineage of /candidate/tag) has no digest',
      ],
      [
        'error',
        'lineage.json',
        '/sources/candidate#0',
        149,
        'source candidate#0 (lineage of /candidate/commit) has no digest',
      ],
      [
        'error',
        'bundle.json',
        '/components/0/artifacts/0/version',
        41,
        '/components/0/artifacts/0/version differs from the value its source vouched for (release-records#0): edited after assembly?',
      ],
      [
        'error',
        'bundle.json',
        '/components/1/artifacts/0/digest',
        60,
        'no lineage for consequential field /components/1/artifacts/0/digest',
      ],
      [
        'error',
        'lineage.json',
        '/sources/sbom#0',
        163,
        'source sbom#0 (lineage of /dependencies/0) has no system, revision',
      ],
      [
        'error',
        'bundle.json',
        '/dependencies/0',
        81,
        '/dependencies/0 differs from the value its source vouched for (sbom#0): edited after assembly?',
      ],
      [
        'error',
        'lineage.json',
        '/fields/~1cohorts~10/source',
        25,
        'lineage of /cohorts/0 names source nowhere#0, which is not in sources',
      ],
      [
        'error',
        'bundle.json',
        '/waivers/0',
        136,
        '/waivers/0 differs from the value its source vouched for (release-records#0): edited after assembly?',
      ],
      ['error', 'bundle.json', '/window', 144, 'no lineage for consequential field /window'],
      [
        'warning',
        'lineage.json',
        '/fields/~1candidate~1product',
        8,
        'lineage names /candidate/product, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1components~100~1artifacts~10~1version',
        52,
        'lineage names /components/00/artifacts/0/version, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1dependencies~11',
        76,
        'lineage names /dependencies/1, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1rollback~10~1component',
        86,
        'lineage names /rollback/0/component, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1window~1start',
        126,
        'lineage names /window/start, which is not a consequential field of bundle.json',
      ],
    ],
  },
  extras: {
    status: 'passed',
    findings: [
      [
        'warning',
        'lineage.json',
        '/fields/~1candidate',
        3,
        'lineage names /candidate, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1cohorts~12',
        33,
        'lineage names /cohorts/2, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1components~10~1provenance~11',
        57,
        'lineage names /components/0/provenance/1, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1zzz',
        131,
        'lineage names /zzz, which is not a consequential field of bundle.json',
      ],
    ],
  },
  rollback: {
    status: 'passed',
    findings: [
      [
        'warning',
        'lineage.json',
        '/fields/~1rollback~10~1hook',
        81,
        'lineage names /rollback/0/hook, which is not a consequential field of bundle.json',
      ],
      [
        'warning',
        'lineage.json',
        '/fields/~1rollback~11~1evidence',
        91,
        'lineage names /rollback/1/evidence, which is not a consequential field of bundle.json',
      ],
    ],
  },
  misplaced: {
    status: 'failed',
    findings: [
      ['error', 'bundle.json', '/rollback/0/pointer', 113, 'no lineage for consequential field /rollback/0/pointer'],
      [
        'warning',
        'lineage.json',
        '/fields/~1rollback~19~1pointer',
        101,
        'lineage names /rollback/9/pointer, which is not a consequential field of bundle.json',
      ],
    ],
  },
  holds: [
    [
      'H-ac0a0a5c1e07',
      '/candidate/commit',
      'the lineage of /candidate/commit has no digest',
      [
        {
          digest: ' ',
          locator: 'cutover.sources.yaml',
          observedAt: '2026-11-20T09:12:44Z',
          revision: 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0',
          system: 'file',
        },
      ],
    ],
    [
      'H-9482dff62e28',
      '/candidate/tag',
      'the lineage of /candidate/tag has no digest',
      [
        {
          digest: ' ',
          locator: 'cutover.sources.yaml',
          observedAt: '2026-11-20T09:12:44Z',
          revision: 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0',
          system: 'file',
        },
      ],
    ],
    ['H-70ed67be65dd', '/cohorts/0', 'no source record vouches for /cohorts/0', []],
    [
      'H-a81e79de0b25',
      '/components/1/artifacts/0/digest',
      'no source record vouches for /components/1/artifacts/0/digest',
      [],
    ],
    [
      'H-7ce0cc1dc591',
      '/dependencies/0',
      'the lineage of /dependencies/0 has no system, revision',
      [
        {
          digest: 'sha256:7745802d147baecd5c0ac4f0c715ad6a21f98a41a2ea466a428f6fa310fc11b1',
          locator: 'sbom/api.cdx.json',
          observedAt: '2026-11-20T09:12:44Z',
          revision: ' ',
          system: '\t',
        },
      ],
    ],
    ['H-77c0b2b63f85', '/window', 'no source record vouches for /window', []],
  ],
};
