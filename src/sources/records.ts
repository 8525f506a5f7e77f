/**
 * Source kind `records`: Cutover's own release-records file (schemas/records.schema.json), YAML or JSON.
 * Each section entry becomes one record stated at `#/<section>/<index>` of the file (its fragment).
 * The HTTP source reuses `recordsFromDocument` after mapping a remote document into the same shape.
 */
import type {
  ChangeWindow,
  EnvironmentConstraints,
  Lineage,
  RollbackEvidence,
  RollbackPointer,
  SignatureEvidence,
  Waiver,
} from '../domain/model.js';
import type { Sourced, SourceRecord } from '../domain/records.js';
import { validateDocument } from '../schema/validate.js';
import { loadDocument } from './document.js';
import { sourceOptions } from './options.js';
import type { SourceAdapter, SourceEntry } from './types.js';

/** Options of a `records` source (schemas/source-kinds/records.schema.json). */
export interface RecordsOptions extends SourceEntry {
  kind: 'records';
  /** Workspace path of the records file. */
  path: string;
}

/** The records file, as schemas/records.schema.json accepts it. */
export interface RecordsDocument {
  signature?: SignatureEvidence;
  components?: Array<{
    name: string;
    artifacts: Array<{ name: string; version: string; digest: string; locator: string }>;
  }>;
  cohorts?: Array<{
    id: string;
    environments: string[];
    share?: number;
    segment?: string;
    flags?: Array<{ key: string; variant: string }>;
  }>;
  rollback?: Array<{ component: string; pointer?: RollbackPointer; hook?: string; evidence?: RollbackEvidence[] }>;
  environments?: Array<{ name: string; constraints?: EnvironmentConstraints }>;
  waivers?: Waiver[];
  window?: ChangeWindow;
}

/** The record sections a records document has. */
export type RecordsSection = keyof RecordsDocument;

/**
 * Records of a validated records document. `lineage` is the lineage of the document, which every record
 * shares with its JSON Pointer into it as its fragment (`/components/0/artifacts/1`, `/window`); or a
 * function giving each record's own lineage from that pointer (a document mapped from another shape).
 */
export function recordsFromDocument(
  document: RecordsDocument,
  sourceId: string,
  lineage: Lineage | ((pointer: string) => Lineage),
): SourceRecord[] {
  const at =
    typeof lineage === 'function'
      ? (pointer: string): Sourced => ({ sourceId, lineage: lineage(pointer) })
      : (pointer: string): Sourced => ({ sourceId, lineage, fragment: pointer });
  const out: SourceRecord[] = [];
  if (document.signature) {
    out.push({ type: 'signature', ...at('/signature'), signature: { ...document.signature } });
  }
  document.components?.forEach((component, c) => {
    component.artifacts.forEach((artifact, a) => {
      out.push({
        type: 'artifact',
        ...at(`/components/${c}/artifacts/${a}`),
        component: component.name,
        // Keys in RFC 8785 order, as the bundle's canonical form keeps them (no copy).
        artifact: {
          digest: artifact.digest,
          locator: artifact.locator,
          name: artifact.name,
          version: artifact.version,
        },
      });
    });
  });
  document.cohorts?.forEach((cohort, i) => {
    out.push({
      type: 'cohort',
      ...at(`/cohorts/${i}`),
      cohort: {
        id: cohort.id,
        environments: [...cohort.environments],
        ...(cohort.share === undefined ? {} : { share: cohort.share }),
        ...(cohort.segment === undefined ? {} : { segment: cohort.segment }),
        flags: (cohort.flags ?? []).map((flag) => ({ key: flag.key, variant: flag.variant })),
      },
    });
  });
  document.rollback?.forEach((rollback, i) => {
    out.push({
      type: 'rollback',
      ...at(`/rollback/${i}`),
      component: rollback.component,
      ...(rollback.pointer ? { pointer: { digest: rollback.pointer.digest, version: rollback.pointer.version } } : {}),
      ...(rollback.hook === undefined ? {} : { hook: rollback.hook }),
      evidence: (rollback.evidence ?? []).map((e) => ({ ...e })),
    });
  });
  document.environments?.forEach((environment, i) => {
    out.push({
      type: 'environment',
      ...at(`/environments/${i}`),
      name: environment.name,
      constraints: { ...(environment.constraints ?? {}) },
    });
  });
  document.waivers?.forEach((waiver, i) => {
    out.push({ type: 'waiver', ...at(`/waivers/${i}`), waiver: { ...waiver } });
  });
  if (document.window) {
    out.push({
      type: 'window',
      ...at('/window'),
      window: { ...document.window, environments: [...document.window.environments] },
    });
  }
  return out;
}

/** Reads a records file from the workspace. */
export const recordsAdapter: SourceAdapter = {
  kind: 'records',
  async read(entry, context) {
    const options = sourceOptions<RecordsOptions>(entry, 'records');
    const loaded = await loadDocument(context, options.path);
    const document = validateDocument<RecordsDocument>('records', loaded.value, loaded.path, loaded.text);
    return recordsFromDocument(document, options.id, loaded.lineage);
  },
};
