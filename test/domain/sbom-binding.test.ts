/**
 * assemble.ts sbomSubjectProblem decides whether an SBOM is bound to its component with the cheapest test
 * first (a version of the component's artifacts) and renders a subject's names only while none matched.
 * This differential test holds it to the plain version it replaced (kept below: every candidate name
 * rendered, then the names, then the version): over generated SBOM subjects (names with and without an
 * owner, purls with and without a version, percent-encoded or not, versions the component has or not, names
 * only the policy's rendering rules match), the SBOMs that get a hold must be exactly those the plain
 * version finds unbound. A check at the end shows the corpus catches a binding that skips a candidate name.
 */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/domain/model.js';
import { cmp, Renderer } from '../../src/domain/normalize.js';
import type { Policy } from '../../src/domain/policy.js';
import type { SbomSubject, SbomSubjectRecord, SourceRecord } from '../../src/domain/records.js';
import { seededRandom } from '../helpers/random.js';
import { assembleRecords, basePolicy, cleanRecords, digest, lineage } from '../helpers/records.js';

/** The plain version's purl reading (as it was in assemble.ts). */
function purlParts(purl: string): { name?: string; version?: string } {
  const match = /^pkg:[^/]+\/(?:.*\/)?([^/@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!match) return {};
  const decode = (v: string | undefined) => {
    if (v === undefined) return undefined;
    try {
      return decodeURIComponent(v);
    } catch {
      return v;
    }
  };
  const name = decode(match[1]);
  const version = decode(match[2]);
  return { ...(name === undefined ? {} : { name }), ...(version === undefined ? {} : { version }) };
}

type Binding = (record: SbomSubjectRecord, bundle: Bundle, policy: Policy) => boolean;

/** The plain version: whether the SBOM is bound to its component, as assemble.ts decided it before. */
const plainBinding: Binding = (record, bundle, policy) => {
  const name = new Renderer(policy).render('component', record.component);
  const component = bundle.components.find((c) => c.name === name);
  if (!component || record.subjects.length === 0) return false;
  const compare = new Renderer(policy);
  const versions = [...new Set(component.artifacts.map((a) => a.version))].sort(cmp);
  const names = (s: { name: string; purl?: string }): string[] => {
    const candidates = [s.name, s.name.slice(s.name.lastIndexOf('/') + 1)];
    const fromPurl = s.purl ? purlParts(s.purl).name : undefined;
    if (fromPurl) candidates.push(fromPurl);
    return candidates.flatMap((n) => [n, compare.render('component', n)]);
  };
  return record.subjects.some((s) => {
    const version = s.version ?? (s.purl ? purlParts(s.purl).version : undefined);
    return (
      names(s).some((n) => n === name || n === record.component) && version !== undefined && versions.includes(version)
    );
  });
};

/** A broken binding for the last check: it forgets the name's last `/` segment. */
const forgetsLastSegment: Binding = (record, bundle, policy) => {
  const name = new Renderer(policy).render('component', record.component);
  const component = bundle.components.find((c) => c.name === name);
  if (!component) return false;
  return record.subjects.some((s) => {
    const version = s.version ?? (s.purl ? purlParts(s.purl).version : undefined);
    const candidates = [s.name, ...(s.purl && purlParts(s.purl).name ? [purlParts(s.purl).name as string] : [])];
    return (
      candidates.some(
        (n) => n === name || n === record.component || new Renderer(policy).render('component', n) === name,
      ) && component.artifacts.some((a) => a.version === version)
    );
  });
};

const COMPONENTS = ['api', 'worker', 'billing-gateway'];
const VERSIONS = ['1.0.0', '2.1.0', '3.0.0-rc.1'];
const POLICY = basePolicy({
  rendering: [
    { id: 'names-kebab', field: 'component', transform: 'kebab-case' },
    { id: 'legacy-names', field: 'component', map: { 'old-api': 'api' } },
  ],
});

/** Artifacts for each component: one version, sometimes more. */
function componentRecords(random: () => number): SourceRecord[] {
  return COMPONENTS.flatMap((name, i) =>
    VERSIONS.filter((_, k) => k === i % VERSIONS.length || random() < 0.3).map(
      (version, k): SourceRecord => ({
        type: 'artifact',
        sourceId: 'release-records',
        lineage: lineage(`/components/${i}/artifacts/${k}`),
        component: name,
        artifact: { name: `${name}-${k}`, version, digest: digest(`${name}-${version}`), locator: `oci://x/${name}` },
      }),
    ),
  );
}

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

/** A subject naming one of the components (or none of them) in one of the ways SBOMs do. */
function subject(random: () => number): SbomSubject {
  const base = pick(random, [...COMPONENTS, 'ghost', 'old-api', 'BillingGateway', 'billing_gateway', 'Api']);
  const name = random() < 0.4 ? `${pick(random, ['acme', 'github.com/acme', 'x/y'])}/${base}` : base;
  const version = pick(random, [...VERSIONS, '9.9.9', undefined]);
  const r = random();
  if (r < 0.4) return version === undefined ? { name } : { name, version };
  const purlName = random() < 0.5 ? base : encodeURIComponent(pick(random, [base, `${base} x`, 'other']));
  const purlVersion = random() < 0.7 ? pick(random, VERSIONS) : undefined;
  const purl = `pkg:${pick(random, ['npm', 'golang/github.com/acme', 'composer/acme'])}/${purlName}${purlVersion ? `@${purlVersion}` : ''}`;
  return r < 0.7 && version !== undefined ? { name, version, purl } : { name, purl };
}

function sbomRecords(random: () => number, n: number): SbomSubjectRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    type: 'sbom-subject',
    sourceId: `sbom-${i}`,
    lineage: lineage(`/sboms/${i}`, { locator: `sbom/${i}.cdx.json` }),
    component: pick(random, [...COMPONENTS, 'old-api', 'Api', 'ghost']),
    statedBy: 'CycloneDX metadata.component',
    subjects: Array.from({ length: Math.floor(random() * 3) }, () => subject(random)),
  }));
}

/** The sourceIds of the SBOMs assembly holds as not bound, and those `binding` finds unbound. */
function compare(binding: Binding, seed: number): { held: string[]; expected: string[] } {
  const random = seededRandom(seed);
  const sboms = sbomRecords(random, 12);
  // The clean release's window and its components api and worker at 1.0.0, then more artifacts and the SBOMs.
  const { files } = assembleRecords([...cleanRecords(), ...componentRecords(random), ...sboms], { policy: POLICY });
  const held = files.holds.holds
    .filter((h) => h.rule === 'suspicious-source' && h.reason.startsWith("SBOM '"))
    .map((h) => /^SBOM '([^']+)'/.exec(h.reason)?.[1] ?? '')
    .sort(cmp);
  const expected = sboms
    .filter((r) => !binding(r, files.bundle, POLICY))
    .map((r) => r.sourceId)
    .sort(cmp);
  return { held, expected };
}

describe('SBOM binding', () => {
  it('holds exactly the SBOMs the plain version finds unbound, over 300 generated releases', () => {
    let bound = 0;
    let unbound = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { held, expected } = compare(plainBinding, seed);
      expect(held, `seed ${seed}`).toEqual(expected);
      unbound += held.length;
      bound += 12 - held.length;
    }
    // The corpus has both outcomes in numbers.
    expect(bound).toBeGreaterThan(300);
    expect(unbound).toBeGreaterThan(300);
  });

  it('would catch a binding that forgets a candidate name', () => {
    let differs = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { held, expected } = compare(forgetsLastSegment, seed);
      if (JSON.stringify(held) !== JSON.stringify(expected)) differs++;
    }
    expect(differs).toBeGreaterThan(0);
  });
});
