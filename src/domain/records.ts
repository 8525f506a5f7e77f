/**
 * Source records: what every source adapter returns and what assembly consumes.
 *
 * Each record carries the lineage of the source that stated it. Assembly never reaches back into a
 * source: records in, bundle out.
 */
import type {
  Artifact,
  ChangeWindow,
  Cohort,
  Dependency,
  EnvironmentConstraints,
  Lineage,
  Provenance,
  RollbackEvidence,
  RollbackPointer,
  SignatureEvidence,
  Waiver,
} from './model.js';

export interface Sourced {
  /** The id of the source entry in the sources configuration that produced this record. */
  sourceId: string;
  /**
   * The lineage of the record, or, with `fragment`, of the source document that stated it: records of one
   * document then share one lineage object instead of each carrying a copy (see `recordLineage`).
   */
  lineage: Lineage;
  /**
   * Where in the document of `lineage` the record was stated (a JSON Pointer, possibly ''): the record's own
   * lineage is `lineage` with `#<fragment>` appended to its locator. Absent when `lineage` is the record's own.
   */
  fragment?: string | undefined;
}

/** A record's own lineage: its `lineage`, with `#<fragment>` appended to the locator when it has a fragment. */
export function recordLineage(record: Pick<Sourced, 'lineage' | 'fragment'>): Lineage {
  const { lineage, fragment } = record;
  return fragment === undefined ? lineage : { ...lineage, locator: `${lineage.locator}#${fragment}` };
}

export interface SignatureRecord extends Sourced {
  type: 'signature';
  signature: SignatureEvidence;
}

export interface ArtifactRecord extends Sourced {
  type: 'artifact';
  component: string;
  artifact: Artifact;
  /** True when the digest was computed by Cutover from downloaded bytes rather than stated by the source. */
  digestComputed?: boolean;
}

export interface ProvenanceRecord extends Sourced {
  type: 'provenance';
  /** The component this provenance describes; subjects are matched against its artifact digests. */
  component: string;
  provenance: Provenance;
}

export interface DependencyRecord extends Sourced {
  type: 'dependency';
  dependency: Dependency;
}

export interface CohortRecord extends Sourced {
  type: 'cohort';
  cohort: Cohort;
}

export interface RollbackRecord extends Sourced {
  type: 'rollback';
  component: string;
  pointer?: RollbackPointer;
  hook?: string;
  evidence: RollbackEvidence[];
}

export interface EnvironmentRecord extends Sourced {
  type: 'environment';
  name: string;
  constraints: EnvironmentConstraints;
}

export interface WaiverRecord extends Sourced {
  type: 'waiver';
  waiver: Waiver;
}

export interface WindowRecord extends Sourced {
  type: 'window';
  window: ChangeWindow;
}

/**
 * What an SBOM says it describes (CycloneDX `metadata.component`, SPDX described package), for the component
 * the source configuration attached it to. Assembly checks it against that component and its artifact versions.
 */
export interface SbomSubjectRecord extends Sourced {
  type: 'sbom-subject';
  /** The component the source configuration attached the SBOM to. */
  component: string;
  /** `CycloneDX metadata.component` or `SPDX described package`: names the statement in reasons. */
  statedBy: string;
  /** What the SBOM names as its subject (SPDX may describe several packages); empty when it names none. */
  subjects: SbomSubject[];
}

export interface SbomSubject {
  name: string;
  version?: string;
  purl?: string;
}

/** Something a source adapter found doubtful; it becomes a hold, never a silent pass. */
export interface SuspicionRecord extends Sourced {
  type: 'suspicion';
  /** JSON Pointer into bundle.json the suspicion concerns, or '' for the whole bundle. */
  path: string;
  /** The component it concerns, when the adapter cannot know the pointer: the hold then points at that component. */
  component?: string;
  rule: 'provenance-mismatch' | 'suspicious-source';
  reason: string;
}

export type SourceRecord =
  | SignatureRecord
  | ArtifactRecord
  | ProvenanceRecord
  | DependencyRecord
  | CohortRecord
  | RollbackRecord
  | EnvironmentRecord
  | WaiverRecord
  | WindowRecord
  | SbomSubjectRecord
  | SuspicionRecord;

export type SourceRecordType = SourceRecord['type'];
