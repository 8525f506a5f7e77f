/**
 * Assembly: source records in, bundle files out (bundle, lineage, holds). Pure and deterministic: the same
 * records give the same bytes and digest whatever their order or the run.
 */
import { bundleDigest, digestOf } from './canonical.js';
import { evaluateHolds, fieldLineage } from './holds.js';
import { pointerOf } from './json-pointer.js';
import type {
  Artifact,
  Bundle,
  BundleFiles,
  ChangeWindow,
  Cohort,
  Component,
  Dependency,
  Environment,
  FieldLineage,
  Lineage,
  LineageDocument,
  Normalization,
  Provenance,
  ReleaseCandidate,
  Rollback,
  SignatureEvidence,
  Waiver,
} from './model.js';
import { cmp, Renderer } from './normalize.js';
import type { Policy } from './policy.js';
import type { SbomSubjectRecord, SourceRecord, SuspicionRecord } from './records.js';

export interface AssemblyInput {
  product: string;
  release: string;
  candidate: { tag: string; commit: string; repository?: string };
  /** Lineage of the candidate's identity (tag and commit): the tag ref, or the sources file. */
  candidateLineage: { sourceId: string; lineage: Lineage };
  records: readonly SourceRecord[];
  policy: Policy;
  /** The last approved (sealed) revision of the same release, for supersession. */
  previous?: { bundle: Bundle } | undefined;
}

export interface Assembly {
  files: BundleFiles;
  digest: string;
}

/** Thrown when the records cannot make a bundle at all (no change window): an input error, not a hold. */
export class AssemblyError extends Error {
  override readonly name = 'AssemblyError';
}

/** Builds the bundle files from source records. */
export function assemble(input: AssemblyInput): Assembly {
  const renderer = new Renderer(input.policy);
  const sources = new SourceTable();
  const conflicts: Array<{ target: Target; reason: string; evidence: Lineage[] }> = [];
  const suspicions: SuspicionRecord[] = [];
  const sbomSubjects: SbomSubjectRecord[] = [];
  // Field pointers are only known after sorting, so each slot keeps the record that vouched for it.
  const slots = new Slots();

  const candidateRef = sources.key(input.candidateLineage.sourceId, input.candidateLineage.lineage);
  let signature: { value: SignatureEvidence; ref: string } | undefined;
  const components = new Map<
    string,
    {
      artifacts: Map<string, { artifact: Artifact; ref: string }>;
      provenance: Array<{ value: Provenance; ref: string }>;
    }
  >();
  const dependencies = new Map<string, { value: Dependency; ref: string }>();
  const cohorts = new Map<string, { value: Cohort; ref: string }>();
  const rollbacks = new Map<
    string,
    {
      pointer?: { value: Rollback['pointer']; ref: string };
      hook?: { value: string; ref: string };
      evidence: Rollback['evidence'];
      evidenceRef?: string;
    }
  >();
  const environments = new Map<string, { value: Environment; ref: string }>();
  const waivers = new Map<string, { value: Waiver; ref: string }>();
  let window: { value: ChangeWindow; ref: string } | undefined;

  const component = (name: string) => {
    let entry = components.get(name);
    if (!entry) {
      entry = { artifacts: new Map(), provenance: [] };
      components.set(name, entry);
    }
    return entry;
  };
  const env = (name: string) => renderer.render('environment', name);

  for (const record of input.records) {
    const ref = sources.key(record.sourceId, record.lineage);
    switch (record.type) {
      case 'signature':
        if (signature && digestOf(signature.value) !== digestOf(record.signature)) {
          conflicts.push({
            target: { component: undefined, path: '/candidate/signature' },
            ...disagreement(
              `state the candidate's signature differently`,
              [sources.sourceIdOf(signature.ref), signatureText(signature.value), sources.get(signature.ref)],
              [record.sourceId, signatureText(record.signature), record.lineage],
            ),
          });
        }
        signature = { value: record.signature, ref };
        break;
      case 'artifact': {
        const entry = component(renderer.render('component', record.component));
        const existing = entry.artifacts.get(record.artifact.name);
        if (existing && digestOf(existing.artifact) !== digestOf(record.artifact)) {
          conflicts.push({
            target: { component: record.component },
            ...disagreement(
              `state artifact ${record.artifact.name} differently`,
              [sources.sourceIdOf(existing.ref), artifactText(existing.artifact), sources.get(existing.ref)],
              [record.sourceId, artifactText(record.artifact), record.lineage],
            ),
          });
          break;
        }
        entry.artifacts.set(record.artifact.name, { artifact: { ...record.artifact }, ref });
        if (record.digestComputed) {
          suspicions.push({
            type: 'suspicion',
            sourceId: record.sourceId,
            lineage: record.lineage,
            path: '',
            component: record.component,
            rule: 'suspicious-source',
            reason: `digest of ${record.artifact.name} was computed by Cutover from downloaded bytes: the source stated none`,
          });
        }
        break;
      }
      case 'provenance':
        component(renderer.render('component', record.component)).provenance.push({ value: record.provenance, ref });
        break;
      case 'dependency': {
        const value = { ...record.dependency, component: renderer.render('component', record.dependency.component) };
        dependencies.set(JSON.stringify([value.component, value.name, value.version, value.purl ?? '']), {
          value,
          ref,
        });
        break;
      }
      case 'cohort': {
        const value: Cohort = {
          ...record.cohort,
          id: renderer.render('cohort', record.cohort.id),
          environments: unique(record.cohort.environments.map(env)),
          flags: [...record.cohort.flags].sort((a, b) => cmp(a.key, b.key) || cmp(a.variant, b.variant)),
        };
        const existing = cohorts.get(value.id);
        if (existing && digestOf(existing.value) !== digestOf(value)) {
          conflicts.push({
            target: { cohort: value.id },
            ...disagreement(
              `define cohort ${value.id} differently`,
              [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value), sources.get(existing.ref)],
              [record.sourceId, JSON.stringify(value), record.lineage],
            ),
          });
          break;
        }
        cohorts.set(value.id, { value, ref });
        break;
      }
      case 'rollback': {
        const name = renderer.render('component', record.component);
        const entry = rollbacks.get(name) ?? { evidence: [] };
        if (record.pointer) {
          if (entry.pointer && digestOf(entry.pointer.value) !== digestOf(record.pointer)) {
            conflicts.push({
              target: { rollback: name },
              ...disagreement(
                `state different rollback pointers for ${name}`,
                [
                  sources.sourceIdOf(entry.pointer.ref),
                  pointerText(entry.pointer.value),
                  sources.get(entry.pointer.ref),
                ],
                [record.sourceId, pointerText(record.pointer), record.lineage],
              ),
            });
          }
          entry.pointer = { value: record.pointer, ref };
        }
        if (record.hook !== undefined) entry.hook = { value: record.hook, ref };
        if (record.evidence.length > 0) {
          entry.evidence.push(...record.evidence);
          entry.evidenceRef ??= ref;
        }
        rollbacks.set(name, entry);
        break;
      }
      case 'environment': {
        const name = env(record.name);
        const value = { name, constraints: { ...record.constraints } };
        const existing = environments.get(name);
        if (existing && digestOf(existing.value) !== digestOf(value)) {
          conflicts.push({
            target: { path: '/environments' },
            ...disagreement(
              `state different constraints for environment ${name}`,
              [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value.constraints), sources.get(existing.ref)],
              [record.sourceId, JSON.stringify(value.constraints), record.lineage],
            ),
          });
          break;
        }
        environments.set(name, { value, ref });
        break;
      }
      case 'waiver': {
        const existing = waivers.get(record.waiver.id);
        if (existing && digestOf(existing.value) !== digestOf(record.waiver)) {
          conflicts.push({
            target: { path: '/waivers' },
            ...disagreement(
              `state waiver ${record.waiver.id} differently`,
              [
                sources.sourceIdOf(existing.ref),
                `${existing.value.status} until ${existing.value.expiresAt}`,
                sources.get(existing.ref),
              ],
              [record.sourceId, `${record.waiver.status} until ${record.waiver.expiresAt}`, record.lineage],
            ),
          });
          // Keep the less favourable statement: a conflict never makes a waiver look approved.
          if (existing.value.status !== 'approved') break;
        }
        waivers.set(record.waiver.id, { value: record.waiver, ref });
        break;
      }
      case 'window': {
        const value = { ...record.window, environments: unique(record.window.environments.map(env)) };
        if (window && digestOf(window.value) !== digestOf(value)) {
          throw new AssemblyError(
            `sources '${sources.sourceIdOf(window.ref)}' and '${record.sourceId}' state different change windows; exactly one change window is expected`,
          );
        }
        window = { value, ref };
        break;
      }
      case 'sbom-subject':
        sbomSubjects.push(record);
        break;
      case 'suspicion':
        suspicions.push(record);
        break;
    }
  }

  if (!window)
    throw new AssemblyError('no source states the change window (queue, start, end, change record, environments)');

  const candidate: ReleaseCandidate = {
    tag: input.candidate.tag,
    commit: input.candidate.commit,
    ...(input.candidate.repository ? { repository: input.candidate.repository } : {}),
    signature: signature?.value ?? { verified: false, reason: 'no-signature-source' },
  };
  slots.set(['candidate', 'tag'], candidateRef);
  slots.set(['candidate', 'commit'], candidateRef);
  if (signature) slots.set(['candidate', 'signature'], signature.ref);

  const bundleComponents: Component[] = [];
  for (const [name, entry] of sorted(components)) {
    const i = bundleComponents.length;
    const artifacts = [...entry.artifacts.values()].sort((a, b) => cmp(a.artifact.name, b.artifact.name));
    artifacts.forEach(({ ref }, j) => {
      for (const field of ['version', 'digest', 'locator']) slots.set(['components', i, 'artifacts', j, field], ref);
    });
    const provenance = entry.provenance
      .map((p) => ({ ...p, key: digestOf(p.value) }))
      .sort((a, b) => cmp(a.key, b.key))
      .filter((p, k, all) => k === 0 || all[k - 1]?.key !== p.key);
    provenance.forEach(({ ref }, k) => slots.set(['components', i, 'provenance', k], ref));
    bundleComponents.push({
      name,
      artifacts: artifacts.map((a) => a.artifact),
      ...(provenance.length > 0
        ? { provenance: provenance.map((p) => ({ ...p.value, subjects: [...p.value.subjects].sort(cmp) })) }
        : {}),
    });
  }

  const bundleDependencies = [...dependencies.values()].sort(
    (a, b) =>
      cmp(a.value.component, b.value.component) ||
      cmp(a.value.name, b.value.name) ||
      cmp(a.value.version, b.value.version) ||
      cmp(a.value.purl ?? '', b.value.purl ?? ''),
  );
  bundleDependencies.forEach(({ ref }, i) => slots.set(['dependencies', i], ref));

  const bundleCohorts = [...cohorts.values()].sort((a, b) => cmp(a.value.id, b.value.id));
  bundleCohorts.forEach(({ ref }, i) => slots.set(['cohorts', i], ref));

  const bundleRollback: Rollback[] = [];
  for (const [name, entry] of sorted(rollbacks)) {
    const i = bundleRollback.length;
    if (entry.pointer) slots.set(['rollback', i, 'pointer'], entry.pointer.ref);
    if (entry.hook) slots.set(['rollback', i, 'hook'], entry.hook.ref);
    if (entry.evidenceRef) slots.set(['rollback', i, 'evidence'], entry.evidenceRef);
    const evidence = uniqueBy(entry.evidence, (e) => digestOf(e)).sort(
      (a, b) => cmp(a.kind, b.kind) || cmp(a.ref, b.ref),
    );
    bundleRollback.push({
      component: name,
      ...(entry.pointer?.value ? { pointer: entry.pointer.value } : {}),
      ...(entry.hook ? { hook: entry.hook.value } : {}),
      evidence,
    });
  }

  const bundleEnvironments = sorted(environments).map(([, e]) => e);
  bundleEnvironments.forEach(({ ref }, i) => slots.set(['environments', i], ref));
  const bundleWaivers = sorted(waivers).map(([, w]) => w);
  bundleWaivers.forEach(({ ref }, i) => slots.set(['waivers', i], ref));
  slots.set(['window'], window.ref);

  const bundle: Bundle = {
    schemaVersion: 1,
    product: input.product,
    release: input.release,
    candidate,
    components: bundleComponents,
    dependencies: bundleDependencies.map((d) => d.value),
    cohorts: bundleCohorts.map((c) => c.value),
    rollback: bundleRollback,
    environments: bundleEnvironments.map((e) => e.value),
    waivers: bundleWaivers.map((w) => w.value),
    window: window.value,
  };

  const table = sources.finish();
  const lineage: LineageDocument = {
    schemaVersion: 1,
    sources: table.sources,
    fields: slots.fields(bundle, table.resolve),
    normalizations: normalizationsOf(renderer, bundle),
  };
  const resolve = (target: Target): string => resolveTarget(bundle, target, renderer);
  for (const subject of sbomSubjects) {
    const problem = sbomSubjectProblem(subject, bundle, renderer, input.policy, (pointer) => {
      const found = fieldLineage(lineage, pointer);
      return found ? [found] : [];
    });
    if (problem) conflicts.push({ target: problem.target, reason: problem.reason, evidence: problem.evidence });
  }
  const holds = evaluateHolds({
    bundle,
    lineage,
    policy: input.policy,
    previous: input.previous?.bundle,
    conflicts: conflicts.map(({ target, reason, evidence }) => ({ path: resolve(target), reason, evidence })),
    suspicions: suspicions.map((s) => ({
      rule: s.rule,
      path: s.component === undefined ? s.path : resolve({ component: s.component }),
      reason: s.reason,
      evidence: [s.lineage],
    })),
  });
  const files: BundleFiles = { bundle, lineage, holds };
  return { files, digest: bundleDigest(files) };
}

/**
 * Source lineages. Records from one source document share its lineage and differ only in the locator's
 * `#fragment` (their place in it), so the table holds one entry per document and each field keeps its
 * fragment. Keys `sourceId#n` are numbered in content order, not arrival order, so record order never
 * changes the bundle.
 */
class SourceTable {
  private readonly handles: Array<{ base: string; fragment: string; lineage: Lineage }> = [];
  private readonly bases = new Map<string, { sourceId: string; lineage: Lineage }>();

  /** An opaque handle for a record's lineage. */
  key(sourceId: string, lineage: Lineage): string {
    const hash = lineage.locator.indexOf('#');
    const locator = hash < 0 ? lineage.locator : lineage.locator.slice(0, hash);
    const fragment = hash < 0 ? '' : lineage.locator.slice(hash);
    const base = { ...lineage, locator };
    // Identity and sort key of the document: its lineage fields in RFC 8785 key order (digest, locator,
    // observedAt, revision, system), so keys sort as the canonical JSON of the lineage would.
    const baseKey = `${sourceId}\u0000${JSON.stringify([base.digest, locator, base.observedAt, base.revision, base.system])}`;
    if (!this.bases.has(baseKey)) this.bases.set(baseKey, { sourceId, lineage: base });
    this.handles.push({ base: baseKey, fragment, lineage });
    return String(this.handles.length - 1);
  }

  /** The full lineage (fragment included) behind a handle. */
  get(handle: string): Lineage {
    const entry = this.handles[Number(handle)];
    if (!entry) throw new Error(`unknown source handle ${handle}`);
    return entry.lineage;
  }

  sourceIdOf(handle: string): string {
    const entry = this.handles[Number(handle)];
    return entry ? (this.bases.get(entry.base)?.sourceId ?? '') : '';
  }

  /** The lineage.json `sources` table and a resolver from handles to `{source, fragment}`. */
  finish(): { sources: Record<string, Lineage>; resolve: (handle: string) => { source: string; fragment: string } } {
    const keys = new Map<string, string>();
    const counters = new Map<string, number>();
    const sources: Record<string, Lineage> = {};
    for (const baseKey of [...this.bases.keys()].sort(cmp)) {
      const { sourceId, lineage } = this.bases.get(baseKey) ?? { sourceId: '', lineage: undefined };
      if (!lineage) continue;
      const n = counters.get(sourceId) ?? 0;
      counters.set(sourceId, n + 1);
      keys.set(baseKey, `${sourceId}#${n}`);
      sources[`${sourceId}#${n}`] = lineage;
    }
    return {
      sources,
      resolve: (handle) => {
        const entry = this.handles[Number(handle)];
        return { source: (entry && keys.get(entry.base)) ?? '', fragment: entry?.fragment ?? '' };
      },
    };
  }
}

/** Field slot -> source handle, resolved to pointers and value digests once the bundle is built. */
class Slots {
  private readonly entries: Array<{ path: Array<string | number>; ref: string }> = [];

  set(path: Array<string | number>, ref: string): void {
    this.entries.push({ path, ref });
  }

  fields(
    bundle: Bundle,
    resolve: (handle: string) => { source: string; fragment: string },
  ): Record<string, FieldLineage> {
    const out: Record<string, FieldLineage> = {};
    for (const { path, ref } of this.entries) {
      const { source, fragment } = resolve(ref);
      // Keys in file order (fragment, source, valueDigest), so rendering needs no sorted copy.
      const valueDigest = digestOf(valueAt(bundle, path));
      out[pointerOf(path)] = fragment ? { fragment, source, valueDigest } : { source, valueDigest };
    }
    return out;
  }
}

const LABEL = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;

/**
 * Names that must be labels (component names, cohort ids, environment labels) but are not, with their
 * pointers. Assembly keeps them as the sources wrote them; writers refuse a bundle with any (it would fail
 * its own schema) and point at the policy's rendering rules.
 */
export function unlabelledNames(bundle: Bundle): Array<{ path: string; field: string; value: string }> {
  const out: Array<{ path: string; field: string; value: string }> = [];
  const check = (path: Array<string | number>, field: string, value: string) => {
    if (!LABEL.test(value)) out.push({ path: pointerOf(path), field, value });
  };
  bundle.components.forEach((c, i) => check(['components', i, 'name'], 'component', c.name));
  bundle.cohorts.forEach((c, i) => {
    check(['cohorts', i, 'id'], 'cohort', c.id);
    c.environments.forEach((e, k) => check(['cohorts', i, 'environments', k], 'environment', e));
  });
  bundle.environments.forEach((e, i) => check(['environments', i, 'name'], 'environment', e.name));
  bundle.window.environments.forEach((e, k) => check(['window', 'environments', k], 'environment', e));
  return out;
}

/** What a conflict or suspicion concerns, before the bundle's pointers are known. */
interface Target {
  path?: string;
  /** The first dependency recorded under this (rendered) component name. */
  dependencyOf?: string;
  component?: string | undefined;
  cohort?: string;
  rollback?: string;
}

function resolveTarget(bundle: Bundle, target: Target, renderer: Renderer): string {
  if (target.component !== undefined) {
    const name = renderer.render('component', target.component);
    const i = bundle.components.findIndex((c) => c.name === name);
    return i >= 0 ? pointerOf(['components', i]) : '';
  }
  if (target.cohort !== undefined) {
    const i = bundle.cohorts.findIndex((c) => c.id === target.cohort);
    return i >= 0 ? pointerOf(['cohorts', i]) : '';
  }
  if (target.dependencyOf !== undefined) {
    const i = bundle.dependencies.findIndex((d) => d.component === target.dependencyOf);
    return i >= 0 ? pointerOf(['dependencies', i]) : '';
  }
  if (target.rollback !== undefined) {
    const i = bundle.rollback.findIndex((r) => r.component === target.rollback);
    return i >= 0 ? pointerOf(['rollback', i, 'pointer']) : '';
  }
  return target.path ?? '';
}

/** The value at a path of segments, or undefined. */
export function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * Each rendering change, recorded at the pointer where the name it leads to is defined (for a step inside a
 * chain of rules, the chain's final name). Names are indexed once, so this stays linear in the bundle.
 */
function normalizationsOf(renderer: Renderer, bundle: Bundle): Normalization[] {
  const steps = renderer.renderings();
  if (steps.length === 0) return [];
  const where = new Map<string, string>();
  const place = (field: string, name: string, path: Array<string | number>) => {
    const key = `${field}\u0000${name}`;
    if (!where.has(key)) where.set(key, pointerOf(path));
  };
  bundle.components.forEach((c, i) => place('component', c.name, ['components', i, 'name']));
  bundle.rollback.forEach((r, i) => place('component', r.component, ['rollback', i, 'component']));
  bundle.cohorts.forEach((c, i) => place('cohort', c.id, ['cohorts', i, 'id']));
  bundle.environments.forEach((e, i) => place('environment', e.name, ['environments', i, 'name']));
  bundle.window.environments.forEach((e, k) => place('environment', e, ['window', 'environments', k]));
  bundle.cohorts.forEach((c, i) =>
    c.environments.forEach((e, k) => place('environment', e, ['cohorts', i, 'environments', k])),
  );
  return steps.map((r) => ({
    path: where.get(`${r.field}\u0000${r.final}`) ?? '',
    original: r.original,
    rendered: r.rendered,
    rule: r.rule,
  }));
}

/**
 * The reason and evidence of two sources disagreeing: both source ids and both values, in an order that does
 * not depend on which record came first (records arrive in any order; the register must not change).
 */
function disagreement(
  subject: string,
  a: [sourceId: string, value: string, lineage: Lineage],
  b: [sourceId: string, value: string, lineage: Lineage],
): { reason: string; evidence: Lineage[] } {
  const [first, second] = (cmp(a[0], b[0]) || cmp(a[1], b[1])) > 0 ? [b, a] : [a, b];
  return {
    reason: `sources '${first[0]}' and '${second[0]}' ${subject}: ${first[1]} / ${second[1]}`,
    evidence: [first[2], second[2]],
  };
}

const artifactText = (a: Artifact): string => `version ${a.version} digest ${a.digest} at ${a.locator}`;
const signatureText = (s: SignatureEvidence): string => `${s.verified ? 'verified' : 'not verified'} (${s.reason})`;
const pointerText = (p: Rollback['pointer']): string => (p ? `${p.version} ${p.digest}` : 'none');

const subjectText = (s: { name: string; version?: string; purl?: string }): string =>
  `${s.name} ${s.version ?? '(no version)'}${s.purl ? ` (${s.purl})` : ''}`;

/** The name and version a purl states (`pkg:type/namespace/name@version?q#s`), decoded. */
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

/**
 * Whether an SBOM is bound to the component it was attached to: the component is in the bundle, and one of
 * the SBOM's subjects names it (its name, its last `/` segment or its purl's name, rendered by the policy's
 * component rules) with a version one of the component's artifacts has. Otherwise the hold's reason names
 * both sides: what the SBOM describes, and the component with its artifact versions.
 */
function sbomSubjectProblem(
  record: SbomSubjectRecord,
  bundle: Bundle,
  renderer: Renderer,
  policy: Policy,
  evidenceAt: (pointer: string) => Lineage[],
): { target: Target; reason: string; evidence: Lineage[] } | undefined {
  const name = renderer.render('component', record.component);
  const index = bundle.components.findIndex((c) => c.name === name);
  const component = bundle.components[index];
  const stated =
    record.subjects.length === 0
      ? `names no subject in ${record.statedBy}`
      : `describes ${record.subjects.map(subjectText).join(', ')} (${record.statedBy})`;
  const source = `SBOM '${record.sourceId}'`;
  if (!component) {
    const known = bundle.components.map((c) => c.name).join(', ') || 'none';
    return {
      target: { dependencyOf: name },
      reason: `${source} is attached to component ${name}, which is not a component of this bundle (components: ${known}); it ${stated}`,
      evidence: [record.lineage],
    };
  }
  const versions = [...new Set(component.artifacts.map((a) => a.version))].sort(cmp);
  const wanted = `component ${name} (artifact version${versions.length === 1 ? '' : 's'} ${versions.join(', ') || 'none'})`;
  // The SBOM's statement, then where the component's artifact versions came from.
  const evidence = [
    record.lineage,
    ...component.artifacts.flatMap((_, j) => evidenceAt(pointerOf(['components', index, 'artifacts', j, 'version']))),
  ];
  if (record.subjects.length === 0)
    return {
      target: { component: record.component },
      reason: `${source} ${stated}, so nothing binds it to ${wanted}`,
      evidence,
    };
  // A throwaway renderer: comparing names must not record renderings of names that are not in the bundle.
  const compare = new Renderer(policy);
  const names = (s: { name: string; purl?: string }): string[] => {
    const candidates = [s.name, s.name.slice(s.name.lastIndexOf('/') + 1)];
    const fromPurl = s.purl ? purlParts(s.purl).name : undefined;
    if (fromPurl) candidates.push(fromPurl);
    return candidates.flatMap((n) => [n, compare.render('component', n)]);
  };
  const bound = record.subjects.some((s) => {
    const version = s.version ?? (s.purl ? purlParts(s.purl).version : undefined);
    return (
      (names(s).includes(name) || names(s).includes(record.component)) &&
      version !== undefined &&
      versions.includes(version)
    );
  });
  if (bound) return undefined;
  return {
    target: { component: record.component },
    reason: `${source} ${stated}, but it is attached to ${wanted}`,
    evidence,
  };
}

function sorted<V>(map: Map<string, V>): Array<[string, V]> {
  return [...map.entries()].sort(([a], [b]) => cmp(a, b));
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort(cmp);
}

function uniqueBy<T>(values: T[], key: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
