/**
 * Source kind `records`: Cutover's own release-records file (schemas/records.schema.json), YAML or JSON.
 * Each section entry becomes one record whose lineage locator ends in `#/<section>/<index>`.
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
import type { SourceRecord } from '../domain/records.js';
import { validateDocument } from '../schema/validate.js';
import { lineageAt, loadDocument } from './document.js';
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
 * Records of a validated records document. `lineageOf(pointer)` gives the lineage of the value at a JSON
 * Pointer into the document (`/components/0/artifacts/1`, `/window`).
 */
export function recordsFromDocument(
  document: RecordsDocument,
  sourceId: string,
  lineageOf: (pointer: string) => Lineage,
): SourceRecord[] {
  const out: SourceRecord[] = [];
  if (document.signature) {
    out.push({ type: 'signature', sourceId, lineage: lineageOf('/signature'), signature: { ...document.signature } });
  }
  document.components?.forEach((component, c) => {
    component.artifacts.forEach((artifact, a) => {
      out.push({
        type: 'artifact',
        sourceId,
        lineage: lineageOf(`/components/${c}/artifacts/${a}`),
        component: component.name,
        artifact: {
          name: artifact.name,
          version: artifact.version,
          digest: artifact.digest,
          locator: artifact.locator,
        },
      });
    });
  });
  document.cohorts?.forEach((cohort, i) => {
    out.push({
      type: 'cohort',
      sourceId,
      lineage: lineageOf(`/cohorts/${i}`),
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
      sourceId,
      lineage: lineageOf(`/rollback/${i}`),
      component: rollback.component,
      ...(rollback.pointer ? { pointer: { version: rollback.pointer.version, digest: rollback.pointer.digest } } : {}),
      ...(rollback.hook === undefined ? {} : { hook: rollback.hook }),
      evidence: (rollback.evidence ?? []).map((e) => ({ ...e })),
    });
  });
  document.environments?.forEach((environment, i) => {
    out.push({
      type: 'environment',
      sourceId,
      lineage: lineageOf(`/environments/${i}`),
      name: environment.name,
      constraints: { ...(environment.constraints ?? {}) },
    });
  });
  document.waivers?.forEach((waiver, i) => {
    out.push({ type: 'waiver', sourceId, lineage: lineageOf(`/waivers/${i}`), waiver: { ...waiver } });
  });
  if (document.window) {
    out.push({
      type: 'window',
      sourceId,
      lineage: lineageOf('/window'),
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
    return recordsFromDocument(document, options.id, (pointer) => lineageAt(loaded.lineage, pointer));
  },
};
