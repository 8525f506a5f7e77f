/**
 * The first step of assembly: folding source records into what the bundle will hold. One reducer per record
 * kind, registered in `RECORD_REDUCERS` by kind (as `sources/index.ts` registers adapters by source kind); the
 * registry's type names every kind of `SourceRecord`, so a new kind without a reducer does not compile.
 *
 * A reducer renders names by policy, keeps the record in its kind's map, and records what it cannot keep
 * quietly: two sources disagreeing (a conflict, later a hold) or a doubt about a source (a suspicion).
 * Conflicts name their target before the bundle's pointers are known; `assemble` resolves them.
 */
import type { SourceTable } from './assembly-lineage.js';
import { digestOf } from './canonical.js';
import type {
  Artifact,
  ChangeWindow,
  Cohort,
  Dependency,
  Environment,
  Lineage,
  Provenance,
  Rollback,
  SignatureEvidence,
  Waiver,
} from './model.js';
import { cmp, type Renderer } from './normalize.js';
import type {
  ArtifactRecord,
  CohortRecord,
  DependencyRecord,
  EnvironmentRecord,
  ProvenanceRecord,
  RollbackRecord,
  SbomSubjectRecord,
  SignatureRecord,
  SourceRecord,
  SuspicionRecord,
  WaiverRecord,
  WindowRecord,
} from './records.js';
import { recordLineage } from './records.js';

/** Thrown when the records cannot make a bundle at all (no change window): an input error, not a hold. */
export class AssemblyError extends Error {
  override readonly name = 'AssemblyError';
}

/** What a conflict or suspicion concerns, before the bundle's pointers are known. */
export interface Target {
  path?: string;
  /** The first dependency recorded under this (rendered) component name. */
  dependencyOf?: string;
  component?: string | undefined;
  cohort?: string;
  rollback?: string;
}

/** Two sources disagreeing, or an SBOM not bound to its component: each becomes a hold. */
export interface Conflict {
  target: Target;
  reason: string;
  evidence: Lineage[];
}

/** A value and the source handle (see `SourceTable`) of the record that stated it. */
export interface Stated<T> {
  value: T;
  ref: number;
}

export interface ComponentEntry {
  artifacts: Map<string, { artifact: Artifact; ref: number }>;
  provenance: Array<Stated<Provenance>>;
}

export interface RollbackEntry {
  pointer?: Stated<Rollback['pointer']>;
  hook?: Stated<string>;
  evidence: Rollback['evidence'];
  evidenceRef?: number;
}

/** Everything the records said, by kind, keyed by rendered name; plus what must become holds. */
export interface Collected {
  signature?: Stated<SignatureEvidence>;
  components: Map<string, ComponentEntry>;
  /**
   * Dependencies by (rendered) component, then name: the statement of the name's one (version, purl), or of
   * each of them, in the order they were first stated.
   */
  dependencies: Map<string, Map<string, Stated<Dependency> | Array<Stated<Dependency>>>>;
  cohorts: Map<string, Stated<Cohort>>;
  rollbacks: Map<string, RollbackEntry>;
  environments: Map<string, Stated<Environment>>;
  waivers: Map<string, Stated<Waiver>>;
  window?: Stated<ChangeWindow>;
  conflicts: Conflict[];
  suspicions: SuspicionRecord[];
  sbomSubjects: SbomSubjectRecord[];
}

/** What every reducer works with: the renderer, the source table and the collection so far. */
export interface Reduction {
  renderer: Renderer;
  sources: SourceTable;
  collected: Collected;
}

type RecordOfType = { [R in SourceRecord as R['type']]: R };

/** A reducer: folds one record (stated by source handle `ref`) into the collection. */
type Reducer<R extends SourceRecord> = (record: R, ref: number, at: Reduction) => void;

/**
 * Folds every record, in order, into a fresh collection. Throws an AssemblyError when two sources state
 * different change windows.
 */
export function collectRecords(records: readonly SourceRecord[], renderer: Renderer, sources: SourceTable): Collected {
  const at: Reduction = {
    renderer,
    sources,
    collected: {
      components: new Map(),
      dependencies: new Map(),
      cohorts: new Map(),
      rollbacks: new Map(),
      environments: new Map(),
      waivers: new Map(),
      conflicts: [],
      suspicions: [],
      sbomSubjects: [],
    },
  };
  for (const record of records)
    reduceRecord(record.type, record, sources.key(record.sourceId, record.lineage, record.fragment), at);
  return at.collected;
}

/** Looks the reducer up by kind; typed per kind so each reducer receives its own record type. */
function reduceRecord<K extends keyof RecordOfType>(type: K, record: RecordOfType[K], ref: number, at: Reduction) {
  RECORD_REDUCERS[type](record, ref, at);
}

/**
 * The candidate's signature: the first statement is kept; a different one is a conflict. First, as for artifacts:
 * in the action the first is GitHub's verification of the candidate tag (assemble's extra record, ahead of the
 * sources), which a records file of the service repository must not outweigh.
 */
function reduceSignature(record: SignatureRecord, ref: number, { sources, collected }: Reduction): void {
  const signature = collected.signature;
  if (signature && digestOf(signature.value) !== digestOf(record.signature)) {
    collected.conflicts.push({
      target: { component: undefined, path: '/candidate/signature' },
      ...disagreement(
        `state the candidate's signature differently`,
        [sources.sourceIdOf(signature.ref), signatureText(signature.value), sources.get(signature.ref)],
        [record.sourceId, signatureText(record.signature), recordLineage(record)],
      ),
    });
  }
  collected.signature ??= { value: record.signature, ref };
}

/**
 * An artifact of a component: the first statement of a name is kept and a different one is a conflict; a
 * digest Cutover computed itself (the source stated none) is a suspicion.
 */
function reduceArtifact(record: ArtifactRecord, ref: number, { renderer, sources, collected }: Reduction): void {
  const entry = componentEntry(collected, renderer.render('component', record.component));
  const existing = entry.artifacts.get(record.artifact.name);
  if (existing && digestOf(existing.artifact) !== digestOf(record.artifact)) {
    collected.conflicts.push({
      target: { component: record.component },
      ...disagreement(
        `state artifact ${record.artifact.name} differently`,
        [sources.sourceIdOf(existing.ref), artifactText(existing.artifact), sources.get(existing.ref)],
        [record.sourceId, artifactText(record.artifact), recordLineage(record)],
      ),
    });
    return;
  }
  entry.artifacts.set(record.artifact.name, { artifact: { ...record.artifact }, ref });
  if (record.digestComputed) {
    collected.suspicions.push({
      type: 'suspicion',
      sourceId: record.sourceId,
      lineage: recordLineage(record),
      path: '',
      component: record.component,
      rule: 'suspicious-source',
      reason: `digest of ${record.artifact.name} was computed by Cutover from downloaded bytes: the source stated none`,
    });
  }
}

/** Provenance of a component: every statement is kept (duplicates are dropped when the bundle is built). */
function reduceProvenance(record: ProvenanceRecord, ref: number, { renderer, collected }: Reduction): void {
  componentEntry(collected, renderer.render('component', record.component)).provenance.push({
    value: record.provenance,
    ref,
  });
}

/**
 * A dependency: one per (component, name, version, purl), the last statement vouching for it (and keeping the
 * place of the first). The record's dependency is kept as it is when rendering leaves its component unchanged
 * (records are not changed after they are read).
 */
function reduceDependency(record: DependencyRecord, ref: number, { renderer, collected }: Reduction): void {
  const given = record.dependency;
  const component = renderer.render('component', given.component);
  const value = component === given.component ? given : { ...given, component };
  let byName = collected.dependencies.get(component);
  if (!byName) {
    byName = new Map();
    collected.dependencies.set(component, byName);
  }
  const stated = { value, ref };
  const same = byName.get(value.name);
  if (!same) {
    byName.set(value.name, stated);
    return;
  }
  const purl = value.purl ?? '';
  const sameKey = (d: Stated<Dependency>): boolean =>
    d.value.version === value.version && (d.value.purl ?? '') === purl;
  if (!Array.isArray(same)) {
    byName.set(value.name, sameKey(same) ? stated : [same, stated]);
    return;
  }
  const at = same.findIndex(sameKey);
  if (at < 0) same.push(stated);
  else same[at] = stated;
}

/** A cohort, names rendered and lists sorted: the first definition is kept; a different one is a conflict. */
function reduceCohort(record: CohortRecord, ref: number, { renderer, sources, collected }: Reduction): void {
  const value: Cohort = {
    ...record.cohort,
    id: renderer.render('cohort', record.cohort.id),
    environments: unique(record.cohort.environments.map((name) => renderer.render('environment', name))),
    flags: [...record.cohort.flags].sort((a, b) => cmp(a.key, b.key) || cmp(a.variant, b.variant)),
  };
  const existing = collected.cohorts.get(value.id);
  if (existing && digestOf(existing.value) !== digestOf(value)) {
    collected.conflicts.push({
      target: { cohort: value.id },
      ...disagreement(
        `define cohort ${value.id} differently`,
        [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value), sources.get(existing.ref)],
        [record.sourceId, JSON.stringify(value), recordLineage(record)],
      ),
    });
    return;
  }
  collected.cohorts.set(value.id, { value, ref });
}

/**
 * Rollback of a component, merged across records: the last pointer (a different one is a conflict), the
 * last hook, and all evidence (vouched for by the first record that had any).
 */
function reduceRollback(record: RollbackRecord, ref: number, { renderer, sources, collected }: Reduction): void {
  const name = renderer.render('component', record.component);
  const entry = collected.rollbacks.get(name) ?? { evidence: [] };
  if (record.pointer) {
    if (entry.pointer && digestOf(entry.pointer.value) !== digestOf(record.pointer)) {
      collected.conflicts.push({
        target: { rollback: name },
        ...disagreement(
          `state different rollback pointers for ${name}`,
          [sources.sourceIdOf(entry.pointer.ref), pointerText(entry.pointer.value), sources.get(entry.pointer.ref)],
          [record.sourceId, pointerText(record.pointer), recordLineage(record)],
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
  collected.rollbacks.set(name, entry);
}

/** An environment's constraints: the first statement is kept; a different one is a conflict. */
function reduceEnvironment(record: EnvironmentRecord, ref: number, { renderer, sources, collected }: Reduction) {
  const name = renderer.render('environment', record.name);
  const value = { name, constraints: { ...record.constraints } };
  const existing = collected.environments.get(name);
  if (existing && digestOf(existing.value) !== digestOf(value)) {
    collected.conflicts.push({
      target: { path: '/environments' },
      ...disagreement(
        `state different constraints for environment ${name}`,
        [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value.constraints), sources.get(existing.ref)],
        [record.sourceId, JSON.stringify(value.constraints), recordLineage(record)],
      ),
    });
    return;
  }
  collected.environments.set(name, { value, ref });
}

/** A waiver: a different statement is a conflict, and the less favourable one is kept. */
function reduceWaiver(record: WaiverRecord, ref: number, { sources, collected }: Reduction): void {
  const existing = collected.waivers.get(record.waiver.id);
  if (existing && digestOf(existing.value) !== digestOf(record.waiver)) {
    collected.conflicts.push({
      target: { path: '/waivers' },
      ...disagreement(
        `state waiver ${record.waiver.id} differently`,
        [
          sources.sourceIdOf(existing.ref),
          `${existing.value.status} until ${existing.value.expiresAt}`,
          sources.get(existing.ref),
        ],
        [record.sourceId, `${record.waiver.status} until ${record.waiver.expiresAt}`, recordLineage(record)],
      ),
    });
    // Keep the less favourable statement: a conflict never makes a waiver look approved.
    if (existing.value.status !== 'approved') return;
  }
  collected.waivers.set(record.waiver.id, { value: record.waiver, ref });
}

/** The change window: exactly one; two different ones make no bundle at all (an AssemblyError, not a hold). */
function reduceWindow(record: WindowRecord, ref: number, { renderer, sources, collected }: Reduction): void {
  const value = {
    ...record.window,
    environments: unique(record.window.environments.map((name) => renderer.render('environment', name))),
  };
  const window = collected.window;
  if (window && digestOf(window.value) !== digestOf(value)) {
    throw new AssemblyError(
      `sources '${sources.sourceIdOf(window.ref)}' and '${record.sourceId}' state different change windows; exactly one change window is expected`,
    );
  }
  collected.window = { value, ref };
}

/** What an SBOM says it describes: checked against its component once the bundle is built. */
function reduceSbomSubject(record: SbomSubjectRecord, _ref: number, { collected }: Reduction): void {
  collected.sbomSubjects.push(record);
}

/** A source adapter's doubt: kept as it is, to become a hold. */
function reduceSuspicion(record: SuspicionRecord, _ref: number, { collected }: Reduction): void {
  collected.suspicions.push(record);
}

/** Reducers by record kind. */
export const RECORD_REDUCERS: { readonly [K in keyof RecordOfType]: Reducer<RecordOfType[K]> } = {
  signature: reduceSignature,
  artifact: reduceArtifact,
  provenance: reduceProvenance,
  dependency: reduceDependency,
  cohort: reduceCohort,
  rollback: reduceRollback,
  environment: reduceEnvironment,
  waiver: reduceWaiver,
  window: reduceWindow,
  'sbom-subject': reduceSbomSubject,
  suspicion: reduceSuspicion,
};

function componentEntry(collected: Collected, name: string): ComponentEntry {
  let entry = collected.components.get(name);
  if (!entry) {
    entry = { artifacts: new Map(), provenance: [] };
    collected.components.set(name, entry);
  }
  return entry;
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

/** Distinct values, sorted. */
function unique(values: string[]): string[] {
  return [...new Set(values)].sort(cmp);
}
