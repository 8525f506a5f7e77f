/**
 * Assembly: source records in, bundle files out (bundle, lineage, holds). Pure and deterministic: the same
 * records give the same bytes and digest whatever their order or the run.
 */
import { bundleDigest, digestOf } from './canonical.js';
import { evaluateHolds } from './holds.js';
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
import type { SourceRecord, SuspicionRecord } from './records.js';

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
            reason: 'two sources state different signature status for the candidate',
            evidence: [sources.get(signature.ref), record.lineage],
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
            reason: `two sources state different versions or digests for artifact ${record.artifact.name}`,
            evidence: [sources.get(existing.ref), record.lineage],
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
        dependencies.set(digestOf([value.component, value.name, value.version, value.purl ?? '']), { value, ref });
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
            reason: `two sources define cohort ${value.id} differently`,
            evidence: [sources.get(existing.ref), record.lineage],
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
              reason: `two sources state different rollback pointers for ${name}`,
              evidence: [sources.get(entry.pointer.ref), record.lineage],
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
        environments.set(name, { value: { name, constraints: { ...record.constraints } }, ref });
        break;
      }
      case 'waiver':
        waivers.set(record.waiver.id, { value: record.waiver, ref });
        break;
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

  const lineage: LineageDocument = {
    schemaVersion: 1,
    sources: sources.table(),
    fields: slots.fields(bundle),
    normalizations: normalizationsOf(renderer, bundle),
  };
  const resolve = (target: Target): string => resolveTarget(bundle, target, renderer);
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

/** Source lineages, deduplicated and keyed `sourceId#n` in order of first appearance. */
class SourceTable {
  private readonly byKey = new Map<string, Lineage>();
  private readonly byContent = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  key(sourceId: string, lineage: Lineage): string {
    const content = `${sourceId}\u0000${digestOf(lineage)}`;
    const known = this.byContent.get(content);
    if (known) return known;
    const n = this.counters.get(sourceId) ?? 0;
    this.counters.set(sourceId, n + 1);
    const key = `${sourceId}#${n}`;
    this.byContent.set(content, key);
    this.byKey.set(key, lineage);
    return key;
  }

  get(key: string): Lineage {
    const lineage = this.byKey.get(key);
    if (!lineage) throw new Error(`unknown source key ${key}`);
    return lineage;
  }

  sourceIdOf(key: string): string {
    return key.slice(0, key.lastIndexOf('#'));
  }

  /** Every source lineage seen, in order of first appearance. */
  table(): Record<string, Lineage> {
    return Object.fromEntries(this.byKey);
  }
}

/** Field slot -> source key, resolved to pointers and value digests once the bundle is built. */
class Slots {
  private readonly entries: Array<{ path: Array<string | number>; ref: string }> = [];

  set(path: Array<string | number>, ref: string): void {
    this.entries.push({ path, ref });
  }

  fields(bundle: Bundle): Record<string, FieldLineage> {
    const out: Record<string, FieldLineage> = {};
    for (const { path, ref } of this.entries) {
      out[pointerOf(path)] = { source: ref, valueDigest: digestOf(valueAt(bundle, path)) };
    }
    return out;
  }
}

/** What a conflict or suspicion concerns, before the bundle's pointers are known. */
interface Target {
  path?: string;
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

/** Each rendering change, recorded at the pointer where the rendered name is defined. */
function normalizationsOf(renderer: Renderer, bundle: Bundle): Normalization[] {
  return renderer.renderings().map((r) => {
    let path = '';
    if (r.field === 'component') {
      const i = bundle.components.findIndex((c) => c.name === r.rendered);
      path = i >= 0 ? pointerOf(['components', i, 'name']) : '';
      if (i < 0) {
        const j = bundle.rollback.findIndex((x) => x.component === r.rendered);
        path = j >= 0 ? pointerOf(['rollback', j, 'component']) : '';
      }
    } else if (r.field === 'cohort') {
      const i = bundle.cohorts.findIndex((c) => c.id === r.rendered);
      path = i >= 0 ? pointerOf(['cohorts', i, 'id']) : '';
    } else {
      const i = bundle.environments.findIndex((e) => e.name === r.rendered);
      if (i >= 0) path = pointerOf(['environments', i, 'name']);
      else {
        const w = bundle.window.environments.indexOf(r.rendered);
        path = w >= 0 ? pointerOf(['window', 'environments', w]) : '';
        if (w < 0) {
          const c = bundle.cohorts.findIndex((x) => x.environments.includes(r.rendered));
          path =
            c >= 0
              ? pointerOf(['cohorts', c, 'environments', bundle.cohorts[c]?.environments.indexOf(r.rendered) ?? 0])
              : '';
        }
      }
    }
    return { path, original: r.original, rendered: r.rendered, rule: r.rule };
  });
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
