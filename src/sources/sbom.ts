/**
 * What the SBOM kinds share: their options and how a dependency record is made.
 */
import type { Dependency, Lineage } from '../domain/model.js';
import type { DependencyRecord, SbomSubject, SbomSubjectRecord } from '../domain/records.js';
import type { SourceEntry } from './types.js';

/** Options of an SBOM source (`cyclonedx`, `spdx`). */
export interface SbomOptions extends SourceEntry {
  /** Workspace path of the SBOM (JSON). */
  path: string;
  /** Which of the release's components the SBOM describes. */
  component: string;
}

/** A dependency record; empty optional values are left out. */
export function dependencyRecord(
  sourceId: string,
  lineage: Lineage,
  component: string,
  found: { name: string; version: string | undefined; purl: string | undefined; licenses: string[] },
): DependencyRecord {
  const dependency: Dependency = {
    component,
    name: found.name,
    // Version is optional in CycloneDX 1.5+ and SPDX: left out when not stated (or stated empty), never guessed.
    ...(found.version === undefined || found.version === '' ? {} : { version: found.version }),
    ...(found.purl === undefined ? {} : { purl: found.purl }),
    ...(found.licenses.length === 0 ? {} : { licenses: [...new Set(found.licenses)] }),
  };
  return { type: 'dependency', sourceId, lineage, dependency };
}

/** The record of what an SBOM says it describes; empty optional values are left out. */
export function subjectRecord(
  sourceId: string,
  lineage: Lineage,
  component: string,
  statedBy: string,
  found: Array<{ name: string; version: string | undefined; purl: string | undefined }>,
): SbomSubjectRecord {
  const subjects = found.map(
    (s): SbomSubject => ({
      name: s.name,
      ...(s.version ? { version: s.version } : {}),
      ...(s.purl ? { purl: s.purl } : {}),
    }),
  );
  return { type: 'sbom-subject', sourceId, lineage, component, statedBy, subjects };
}
