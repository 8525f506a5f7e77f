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

/**
 * A dependency record, stated at `fragment` of the SBOM whose lineage is `lineage`; empty optional values are
 * left out. Its keys are in RFC 8785 order (component, licenses, name, purl, version), so the bundle's canonical
 * form keeps each dependency as it is instead of copying it.
 */
export function dependencyRecord(
  sourceId: string,
  lineage: Lineage,
  fragment: string,
  component: string,
  found: { name: string; version: string | undefined; purl: string | undefined; licenses: string[] },
): DependencyRecord {
  const dependency: Dependency =
    found.licenses.length === 0
      ? { component, name: found.name }
      : { component, licenses: distinct(found.licenses), name: found.name };
  if (found.purl !== undefined) dependency.purl = found.purl;
  // Version is optional in CycloneDX 1.5+ and SPDX: left out when not stated (or stated empty), never guessed.
  if (found.version !== undefined && found.version !== '') dependency.version = found.version;
  return { type: 'dependency', sourceId, lineage, fragment, dependency };
}

/** The record of what an SBOM says it describes; empty optional values are left out. */
export function subjectRecord(
  sourceId: string,
  lineage: Lineage,
  fragment: string,
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
  return { type: 'sbom-subject', sourceId, lineage, fragment, component, statedBy, subjects };
}

/** The values without repeats, first occurrence first; a single value needs no set. */
function distinct(values: string[]): string[] {
  return values.length === 1 ? [values[0] as string] : [...new Set(values)];
}
