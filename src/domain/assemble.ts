/**
 * Assembly: source records in, bundle files out (bundle, lineage, holds). Pure and deterministic: the same
 * records give the same bytes and digest whatever their order or the run.
 */
import { type FieldRefs, fieldLineages, SourceTable } from './assembly-lineage.js';
import {
  AssemblyError,
  type Collected,
  type ComponentEntry,
  type Conflict,
  collectRecords,
  type RollbackEntry,
  type Stated,
  type Target,
} from './assembly-reducers.js';
import { canonicalForm, digestedBundleFiles, digestOf } from './canonical.js';
import { evaluateHolds, fieldLineage } from './holds.js';
import { pointerOf } from './json-pointer.js';
import { keySorted } from './key-order.js';
import type {
  Bundle,
  BundleFiles,
  ChangeWindow,
  Component,
  Dependency,
  HoldRegister,
  Lineage,
  LineageDocument,
  Normalization,
  Provenance,
  ReleaseCandidate,
  Rollback,
} from './model.js';
import { cmp, Renderer } from './normalize.js';
import type { Policy } from './policy.js';
import { recordLineage, type SbomSubjectRecord, type SourceRecord } from './records.js';

export { AssemblyError } from './assembly-reducers.js';

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

/**
 * Builds the bundle files from source records, in four steps: fold the records into a collection (one
 * reducer per record kind, `assembly-reducers.ts`), build the bundle from it in sorted order, write its
 * lineage, and evaluate the holds.
 */
export function assemble(input: AssemblyInput): Assembly {
  const renderer = new Renderer(input.policy);
  const sources = new SourceTable();
  const candidateRef = sources.key(input.candidateLineage.sourceId, input.candidateLineage.lineage);
  const collected = collectRecords(input.records, renderer, sources);
  const { window } = collected;
  if (!window)
    throw new AssemblyError('no source states the change window (queue, start, end, change record, environments)');
  // Field pointers are only known after sorting: the refs, in the bundle's shape, keep the record that
  // vouched for each field.
  const built = buildBundle(input, collected, window, candidateRef);
  // In canonical key order once, so that neither the field digests below nor the bundle digest nor the
  // writer sorts a copy of it again.
  const bundle = canonicalForm(built.bundle).value;
  const table = sources.finish();
  const fields = fieldLineages(bundle, built.refs, table.field);
  const normalizations = normalizationsOf(renderer, bundle);
  // Keys in RFC 8785 order, as the bundle's (see buildBundle). The holds read their evidence from the sources
  // table as the records stated it; the file holds the same table in canonical order (SourceTable.finish).
  const stated: LineageDocument = { fields, normalizations, schemaVersion: 1, sources: table.sources };
  const holds = holdsOf(input, collected, bundle, stated, renderer);
  const lineage: LineageDocument = { fields, normalizations, schemaVersion: 1, sources: table.written };
  // The bundle and lineage as digested, every object's keys in the order they are written in (files.ts then
  // sorts nothing); the holds as built, whose order the CLI's --json summary prints.
  const { ordered, digest } = digestedBundleFiles({ bundle, lineage, holds });
  return { files: { bundle: ordered.bundle, lineage: ordered.lineage, holds }, digest };
}

/** The bundle, every section sorted, and the handle of the record that stated each of its fields. */
function buildBundle(
  input: AssemblyInput,
  collected: Collected,
  window: Stated<ChangeWindow>,
  candidateRef: number,
): { bundle: Bundle; refs: FieldRefs } {
  const components = componentsOf(collected.components);
  const dependencies = sortedDependencies(collected.dependencies);
  const cohorts = sortedSection(collected.cohorts);
  const rollback = rollbackOf(collected.rollbacks);
  const environments = sortedSection(collected.environments);
  const waivers = sortedSection(collected.waivers);
  // Keys in RFC 8785 order (key-order.ts); the collection keeps the records' order, which conflict reasons print.
  cohorts.values = cohorts.values.map(keySorted);
  environments.values = environments.values.map((e) => ({ constraints: keySorted(e.constraints), name: e.name }));
  waivers.values = waivers.values.map(keySorted);
  // Here and below, objects are built with their keys in RFC 8785 order: the canonical form then keeps them
  // instead of copying them (it copies whatever is out of order, so this order is not needed for the bytes).
  const bundle: Bundle = {
    candidate: candidateOf(input.candidate, collected.signature),
    cohorts: cohorts.values,
    components: components.values,
    dependencies: dependencies.values,
    environments: environments.values,
    product: input.product,
    release: input.release,
    rollback: rollback.values,
    schemaVersion: 1,
    waivers: waivers.values,
    window: keySorted(window.value),
  };
  const refs: FieldRefs = {
    candidate: { commit: candidateRef, signature: collected.signature?.ref, tag: candidateRef },
    cohorts: cohorts.refs,
    components: components.refs,
    dependencies: dependencies.refs,
    environments: environments.refs,
    rollback: rollback.refs,
    waivers: waivers.refs,
    window: window.ref,
  };
  return { bundle, refs };
}

/** The candidate: its identity from the input, its signature from the records (unsigned when none states it). */
function candidateOf(candidate: AssemblyInput['candidate'], signature: Collected['signature']): ReleaseCandidate {
  return {
    commit: candidate.commit,
    ...(candidate.repository ? { repository: candidate.repository } : {}),
    signature: signature ? keySorted(signature.value) : { reason: 'no-signature-source', verified: false },
    tag: candidate.tag,
  };
}

/** Components by name, their artifacts by name, their provenance without duplicates (by digest). */
function componentsOf(components: Map<string, ComponentEntry>): {
  values: Component[];
  refs: FieldRefs['components'];
} {
  const values: Component[] = [];
  const refs: FieldRefs['components'] = [];
  for (const name of sortedKeys(components)) {
    const entry = components.get(name) as ComponentEntry;
    const artifacts = [...entry.artifacts.values()].sort((a, b) => cmp(a.artifact.name, b.artifact.name));
    // Most components have one provenance statement: nothing to sort or drop, so no digest to compute.
    const provenance =
      entry.provenance.length < 2
        ? entry.provenance
        : entry.provenance
            .map((p) => ({ ...p, key: digestOf(p.value) }))
            .sort((a, b) => cmp(a.key, b.key))
            .filter((p, k, all) => k === 0 || all[k - 1]?.key !== p.key);
    refs.push({ artifacts: artifacts.map((a) => a.ref), provenance: provenance.map((p) => p.ref) });
    values.push({
      artifacts: artifacts.map((a) => a.artifact),
      name,
      ...(provenance.length > 0 ? { provenance: provenance.map((p) => provenanceOf(p.value)) } : {}),
    });
  }
  return { values, refs };
}

/**
 * A provenance statement as the bundle holds it: its subjects sorted, its keys (and its signer's and anchor's) in RFC 8785
 * order (the adapters build it in the order of the model), so the canonical form copies neither it nor the
 * component and list around it.
 */
function provenanceOf(value: Provenance): Provenance {
  const copy: Provenance = { ...value, subjects: [...value.subjects].sort(cmp) };
  if (copy.signer) copy.signer = keySorted(copy.signer);
  if (copy.anchor) copy.anchor = keySorted(copy.anchor);
  return keySorted(copy);
}

/**
 * Dependencies by component, name, version and purl (a missing version or purl sorting as ''); statements
 * equal in all four (a missing version and an empty one) in the order they were first stated. Their values
 * and handles are pushed as they come, with no list of statements in between (tens of thousands of them).
 */
function sortedDependencies(dependencies: Collected['dependencies']): { values: Dependency[]; refs: number[] } {
  const values: Dependency[] = [];
  const refs: number[] = [];
  for (const component of sortedKeys(dependencies)) {
    const byName = dependencies.get(component) as Map<string, Stated<Dependency> | Array<Stated<Dependency>>>;
    for (const name of sortedKeys(byName)) {
      const same = byName.get(name) as Stated<Dependency> | Array<Stated<Dependency>>;
      if (!Array.isArray(same)) {
        values.push(same.value);
        refs.push(same.ref);
        continue;
      }
      same.sort(
        (a, b) => cmp(a.value.version ?? '', b.value.version ?? '') || cmp(a.value.purl ?? '', b.value.purl ?? ''),
      );
      for (const stated of same) {
        values.push(stated.value);
        refs.push(stated.ref);
      }
    }
  }
  return { values, refs };
}

/** Rollback by component: pointer, hook, and evidence without duplicates, sorted by kind and reference. */
function rollbackOf(rollbacks: Map<string, RollbackEntry>): { values: Rollback[]; refs: FieldRefs['rollback'] } {
  const values: Rollback[] = [];
  const refs: FieldRefs['rollback'] = [];
  for (const name of sortedKeys(rollbacks)) {
    const entry = rollbacks.get(name) as RollbackEntry;
    refs.push({ evidence: entry.evidenceRef, hook: entry.hook?.ref, pointer: entry.pointer?.ref });
    const evidence = (
      entry.evidence.length < 2
        ? entry.evidence
        : uniqueBy(entry.evidence, (e) => digestOf(e)).sort((a, b) => cmp(a.kind, b.kind) || cmp(a.ref, b.ref))
    ).map(keySorted);
    values.push({
      component: name,
      evidence,
      ...(entry.hook ? { hook: entry.hook.value } : {}),
      ...(entry.pointer?.value ? { pointer: entry.pointer.value } : {}),
    });
  }
  return { values, refs };
}

/** A section kept whole per key (cohort id, environment name, waiver id), in key order. */
function sortedSection<T>(entries: Map<string, Stated<T>>): { values: T[]; refs: number[] } {
  return statedValues(sortedKeys(entries).map((key) => entries.get(key) as Stated<T>));
}

/** The values of statements, and the handles of the records that stated them. */
function statedValues<T>(statements: ReadonlyArray<Stated<T>>): { values: T[]; refs: number[] } {
  const values: T[] = [];
  const refs: number[] = [];
  for (const { value, ref } of statements) {
    values.push(value);
    refs.push(ref);
  }
  return { values, refs };
}

/**
 * The hold register: conflicts and suspicions pointed at the bundle's fields, SBOMs not bound to their
 * component, and every hold rule of the policy.
 */
function holdsOf(
  input: AssemblyInput,
  collected: Collected,
  bundle: Bundle,
  lineage: LineageDocument,
  renderer: Renderer,
): HoldRegister {
  const conflicts: Conflict[] = [...collected.conflicts];
  // Component name -> its first index (names are unique in a bundle): one lookup per SBOM, not a scan.
  const componentIndex = new Map<string, number>();
  bundle.components.forEach((c, i) => {
    if (!componentIndex.has(c.name)) componentIndex.set(c.name, i);
  });
  // A throwaway renderer: comparing names must not record renderings of names that are not in the bundle.
  const compare = new Renderer(input.policy);
  for (const subject of collected.sbomSubjects) {
    const problem = sbomSubjectProblem(subject, bundle, componentIndex, renderer, compare, (pointer) => {
      const found = fieldLineage(lineage, pointer);
      return found ? [found] : [];
    });
    if (problem) conflicts.push({ target: problem.target, reason: problem.reason, evidence: problem.evidence });
  }
  const resolve = (target: Target): string => resolveTarget(bundle, target, renderer);
  return evaluateHolds({
    bundle,
    lineage,
    policy: input.policy,
    previous: input.previous?.bundle,
    conflicts: conflicts.map(({ target, reason, evidence }) => ({ path: resolve(target), reason, evidence })),
    suspicions: collected.suspicions.map((s) => ({
      rule: s.rule,
      path: s.component === undefined ? s.path : resolve({ component: s.component }),
      reason: s.reason,
      evidence: [recordLineage(s)],
    })),
  });
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
  // Keys in RFC 8785 order, as the bundle's.
  return steps.map((r) => ({
    original: r.original,
    path: where.get(`${r.field}\u0000${r.final}`) ?? '',
    rendered: r.rendered,
    rule: r.rule,
  }));
}

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
  componentIndex: ReadonlyMap<string, number>,
  renderer: Renderer,
  compare: Renderer,
  evidenceAt: (pointer: string) => Lineage[],
): { target: Target; reason: string; evidence: Lineage[] } | undefined {
  const name = renderer.render('component', record.component);
  const index = componentIndex.get(name) ?? -1;
  const component = bundle.components[index];
  // The words and the evidence are only needed for a problem: most SBOMs are bound (built lazily).
  const stated = (): string =>
    record.subjects.length === 0
      ? `names no subject in ${record.statedBy}`
      : `describes ${record.subjects.map(subjectText).join(', ')} (${record.statedBy})`;
  const source = `SBOM '${record.sourceId}'`;
  if (!component) {
    const known = bundle.components.map((c) => c.name).join(', ') || 'none';
    return {
      target: { dependencyOf: name },
      reason: `${source} is attached to component ${name}, which is not a component of this bundle (components: ${known}); it ${stated()}`,
      evidence: [recordLineage(record)],
    };
  }
  const versions = [...new Set(component.artifacts.map((a) => a.version))].sort(cmp);
  const wanted = (): string =>
    `component ${name} (artifact version${versions.length === 1 ? '' : 's'} ${versions.join(', ') || 'none'})`;
  // The SBOM's statement, then where the component's artifact versions came from.
  const evidence = (): Lineage[] => [
    recordLineage(record),
    ...component.artifacts.flatMap((_, j) => evidenceAt(pointerOf(['components', index, 'artifacts', j, 'version']))),
  ];
  if (record.subjects.length === 0)
    return {
      target: { component: record.component },
      reason: `${source} ${stated()}, so nothing binds it to ${wanted()}`,
      evidence: evidence(),
    };
  const names = (s: { name: string; purl?: string }): string[] => {
    const candidates = [s.name, s.name.slice(s.name.lastIndexOf('/') + 1)];
    const fromPurl = s.purl ? purlParts(s.purl).name : undefined;
    if (fromPurl) candidates.push(fromPurl);
    return candidates.flatMap((n) => [n, compare.render('component', n)]);
  };
  const bound = record.subjects.some((s) => {
    const version = s.version ?? (s.purl ? purlParts(s.purl).version : undefined);
    return (
      names(s).some((n) => n === name || n === record.component) && version !== undefined && versions.includes(version)
    );
  });
  if (bound) return undefined;
  return {
    target: { component: record.component },
    reason: `${source} ${stated()}, but it is attached to ${wanted()}`,
    evidence: evidence(),
  };
}

/**
 * A map's keys in code-unit order. The default sort compares strings by UTF-16 code units, as cmp does, and
 * keys are distinct (no tie, so stability plays no part): the native sort with no comparator to call, and no
 * [key, value] pair per entry (tens of thousands of dependency names).
 */
function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort();
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
