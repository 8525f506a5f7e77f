/**
 * parseRelease with `vouchLineage` (how verification calls it) leaves the sha256 pattern of lineage.json's
 * valueDigests to cutover/lineage's pass, which finds each equal to a digest it computed. Over random damage to
 * lineage.json and bundle.json, verification must give exactly the findings it gives with every file validated
 * in full and cutover/lineage run on its own: same schema findings (words, paths, lines), same rule outcomes.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/model.js';
import { VERIFICATION_RULES } from '../../src/domain/verify.js';
import { verifyRelease } from '../../src/modes/verification.js';
import { parseRelease } from '../../src/schema/release.js';
import { seededRandom } from '../helpers/random.js';
import { assembleRecords, basePolicy, cleanRecords, editJson, releaseTexts } from '../helpers/records.js';

type Texts = ReturnType<typeof releaseTexts>;
const policy = basePolicy();
const clean = (): Texts => releaseTexts(assembleRecords(cleanRecords(), { policy }), policy);

/** Verification as it was: every file validated in full, then each rule on the valid documents. */
function reference(texts: Texts): Array<{ rule: string; findings: Array<Omit<Finding, 'line'>> }> {
  const { documents, findings } = parseRelease(texts);
  const { bundle, lineage, holds, manifest } = documents;
  const complete = bundle && lineage && holds && manifest ? { bundle, lineage, holds, manifest } : undefined;
  return [
    { rule: 'schema', findings },
    ...VERIFICATION_RULES.map(([rule, check]) => ({
      rule,
      findings: complete ? check(complete, policy, {}).map(({ line: _, ...f }) => f) : [],
    })),
  ];
}

function verified(texts: Texts): Array<{ rule: string; findings: Array<Omit<Finding, 'line'>> }> {
  return verifyRelease(texts, policy).map((o) => ({
    rule: o.rule,
    // Schema findings carry their lines from the schema check; the rules' lines are attached afterwards.
    findings: o.rule === 'schema' ? o.findings : o.findings.map(({ line: _, ...f }) => f),
  }));
}

describe('parseRelease with vouchLineage', () => {
  it('takes the quick path on a clean release and finds nothing', () => {
    const texts = clean();
    let asked = 0;
    const { documents, findings } = parseRelease(texts, {
      vouchLineage: () => {
        asked++;
        return true;
      },
    });
    expect(asked).toBe(1);
    expect(findings).toEqual([]);
    expect(documents.lineage).toBeDefined();
    expect(verified(texts)).toEqual(reference(texts));
  });

  it('validates lineage.json in full when the pass says no or throws, or bundle.json is invalid', () => {
    const texts = clean();
    // A valueDigest outside the pattern: only the full check names it.
    texts.lineage = editJson(texts.lineage, (l) => {
      const fields = l.fields as Record<string, { valueDigest: string }>;
      const first = Object.values(fields)[0];
      if (first) first.valueDigest = first.valueDigest.toUpperCase();
    });
    const path = '/fields/~1candidate~1commit/valueDigest';
    for (const vouchLineage of [
      () => false,
      () => {
        throw new Error('lone surrogate');
      },
    ])
      expect(parseRelease(texts, { vouchLineage }).findings.map((f) => f.path)).toContain(path);
    expect(parseRelease(texts).findings.map((f) => f.path)).toContain(path);
    // A pass that says yes is trusted: which is why verification passes lineageVouchedFor, which computes digests.
    expect(parseRelease(texts, { vouchLineage: () => true }).findings).toEqual([]);
    expect(verified(texts)).toEqual(reference(texts));
    const broken = clean();
    broken.bundle = editJson(broken.bundle, (b) => {
      b.extra = true;
    });
    let asked = 0;
    parseRelease(broken, {
      vouchLineage: () => {
        asked++;
        return true;
      },
    });
    expect(asked).toBe(0);
    expect(verified(broken)).toEqual(reference(broken));
  });

  it('gives the findings of full validation over random damage to lineage.json and bundle.json', () => {
    // Seeded: a failure is reproducible.
    const next = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const hex = '0123456789abcdef';
    const outcomes = { clean: 0, schema: 0, lineage: 0 };
    for (let round = 0; round < 200; round++) {
      const texts = clean();
      const damage = pick([
        // A valueDigest changed in one character: a hex digit (pattern holds, the value no longer matches), an
        // uppercase or non-hex letter (pattern broken), or its length.
        () =>
          (texts.lineage = editJson(texts.lineage, (l) => {
            const fields = l.fields as Record<string, { valueDigest: unknown }>;
            const field = fields[pick(Object.keys(fields))];
            if (!field || typeof field.valueDigest !== 'string') return;
            const d = field.valueDigest;
            const at = 7 + Math.floor(next() * 64);
            field.valueDigest = pick([
              `${d.slice(0, at)}${pick([...hex, 'A', 'F', 'g', 'z', ' '])}${d.slice(at + 1)}`,
              d.toUpperCase(),
              `${d}0`,
              d.slice(0, -1),
              d.replace('sha256:', 'sha512:'),
              1,
            ]);
          })),
        // A consequential value of the bundle changed: no lineage entry vouches for it any more.
        () =>
          (texts.bundle = editJson(texts.bundle, (b) => {
            const deps = b.dependencies as Array<Record<string, unknown>>;
            const dep = deps[Math.floor(next() * deps.length)];
            if (dep) dep.version = pick(['9.9.9', '', 'x']);
          })),
        // An entry removed, or one added for a field that is not consequential (with a well-formed digest).
        () =>
          (texts.lineage = editJson(texts.lineage, (l) => {
            const fields = l.fields as Record<string, unknown>;
            const key = pick(Object.keys(fields));
            if (next() < 0.5) delete fields[key];
            else fields['/product'] = { source: 'records#0', valueDigest: `sha256:${'a'.repeat(64)}` };
          })),
        // An entry's shape damaged: what the one pass's entry check must refuse as the schema does.
        () =>
          (texts.lineage = editJson(texts.lineage, (l) => {
            const fields = l.fields as Record<string, unknown>;
            const key = pick(Object.keys(fields));
            const field = fields[key] as Record<string, unknown>;
            pick([
              () => (fields[key] = pick([null, [], 'records#0', 1, {}])),
              () => (field.extra = 1),
              () => (field.source = pick(['records', 'a b#1', 1, '', 'records#0'])),
              () => delete field.source,
              () => delete field.valueDigest,
              () => (field.fragment = pick(['', 'x', 1, null, `#${'a'.repeat(1024)}`, '#/ok'])),
            ])();
          })),
        // A key that is not a pointer, holding a copy of a good entry (the count then differs, too).
        () =>
          (texts.lineage = editJson(texts.lineage, (l) => {
            const fields = l.fields as Record<string, unknown>;
            const key = pick(Object.keys(fields));
            fields[pick(['x', `${key}~2`, `${key}~1`])] = fields[key];
            if (next() < 0.5) delete fields[key];
          })),
        // Two damages to digests at once, one well-formed.
        () =>
          (texts.lineage = editJson(texts.lineage, (l) => {
            const fields = Object.values(l.fields as Record<string, { valueDigest: string }>);
            const [a, b] = [pick(fields), pick(fields)];
            if (a) a.valueDigest = `sha256:${'b'.repeat(64)}`;
            if (b) b.valueDigest = `sha256:${'B'.repeat(64)}`;
          })),
        () => {},
      ]);
      damage();
      const got = verified(texts);
      expect(got).toEqual(reference(texts));
      const failed = got.filter((o) => o.findings.length > 0).map((o) => o.rule);
      if (failed.includes('schema')) outcomes.schema++;
      else if (failed.includes('lineage')) outcomes.lineage++;
      else outcomes.clean++;
    }
    // Each kind of outcome came out, often.
    expect(outcomes.schema).toBeGreaterThan(20);
    expect(outcomes.lineage).toBeGreaterThan(20);
    expect(outcomes.clean).toBeGreaterThan(5);
  });
});
