/**
 * Source kind `cyclonedx`: a CycloneDX 1.4, 1.5 or 1.6 JSON SBOM -> one DependencyRecord per component
 * (nested components included), with name (`group/name` when a group is given), version, purl and licenses
 * (SPDX id, license name, or expression). The BOM's `metadata.component` is the subject, not a dependency.
 */
import type { Lineage } from '../domain/model.js';
import type { SbomSubjectRecord, SourceRecord } from '../domain/records.js';
import { loadDocument } from './document.js';
import { sourceOptions } from './options.js';
import type { SbomOptions } from './sbom.js';
import { dependencyRecord, subjectRecord } from './sbom.js';
import type { DocumentView } from './shape.js';
import {
  child,
  expectObject,
  expectString,
  expectStringField,
  optionalArrayField,
  optionalString,
  optionalStringField,
} from './shape.js';
import type { SourceAdapter } from './types.js';

/** Options of a `cyclonedx` source (schemas/source-kinds/cyclonedx.schema.json). */
export interface CycloneDxOptions extends SbomOptions {
  kind: 'cyclonedx';
}

/** CycloneDX versions whose JSON component shape this adapter reads. */
const CYCLONEDX_SPEC_VERSIONS: readonly string[] = ['1.4', '1.5', '1.6'];

const EXPECTED = `a CycloneDX ${CYCLONEDX_SPEC_VERSIONS.join('/')} JSON BOM`;

/** Reads a CycloneDX SBOM from the workspace. */
export const cyclonedxAdapter: SourceAdapter = {
  kind: 'cyclonedx',
  async read(entry, context) {
    const options = sourceOptions<CycloneDxOptions>(entry, 'cyclonedx');
    const loaded = await loadDocument(context, options.path);
    const view = loaded.view;
    const bom = expectObject(view, loaded.value, '', EXPECTED);
    if (bom.bomFormat !== 'CycloneDX') {
      throw view.error('/bomFormat', `bomFormat is ${JSON.stringify(bom.bomFormat)}, not "CycloneDX"`, EXPECTED);
    }
    if (typeof bom.specVersion !== 'string' || !CYCLONEDX_SPEC_VERSIONS.includes(bom.specVersion)) {
      throw view.error(
        '/specVersion',
        `unsupported CycloneDX specVersion ${JSON.stringify(bom.specVersion)}`,
        EXPECTED,
      );
    }
    const records: SourceRecord[] = [];
    // The components of `parent` (the BOM or a component at `pointer`), nested ones after their parent.
    const walk = (parent: Record<string, unknown>, pointer: string): void => {
      const list = optionalArrayField(view, parent, pointer, 'components');
      const at0 = `${pointer}/components`;
      for (let index = 0; index < list.length; index++) {
        const at = `${at0}/${index}`;
        const component = expectObject(view, list[index], at, 'a CycloneDX component object');
        const name = expectStringField(view, component, at, 'name');
        const group = optionalStringField(view, component, at, 'group');
        records.push(
          dependencyRecord(options.id, loaded.lineage, at, options.component, {
            name: group ? `${group}/${name}` : name,
            version: optionalStringField(view, component, at, 'version'),
            purl: optionalStringField(view, component, at, 'purl'),
            licenses: licensesOf(view, component, at),
          }),
        );
        walk(component, at);
      }
    };
    walk(bom, '');
    records.push(subjectOf(view, bom.metadata, options, loaded.lineage));
    return records;
  },
};

/** `metadata.component` (name, with its group as `group/name`; version; purl): what the BOM describes. */
function subjectOf(
  view: DocumentView,
  metadata: unknown,
  options: CycloneDxOptions,
  lineage: Lineage,
): SbomSubjectRecord {
  const statedBy = 'CycloneDX metadata.component';
  const meta = metadata === undefined ? {} : expectObject(view, metadata, '/metadata', 'a CycloneDX metadata object');
  if (meta.component === undefined)
    return subjectRecord(options.id, lineage, '/metadata', options.component, statedBy, []);
  const at = '/metadata/component';
  const component = expectObject(view, meta.component, at, 'a CycloneDX component object');
  const name = expectString(view, component.name, child(at, 'name'));
  const group = optionalString(view, component.group, child(at, 'group'));
  return subjectRecord(options.id, lineage, at, options.component, statedBy, [
    {
      name: group ? `${group}/${name}` : name,
      version: optionalString(view, component.version, child(at, 'version')),
      purl: optionalString(view, component.purl, child(at, 'purl')),
    },
  ]);
}

/** The component's `licenses: [{license: {id} | {name}} | {expression}]` -> ids, names and expressions. */
function licensesOf(view: DocumentView, component: Record<string, unknown>, pointer: string): string[] {
  const list = optionalArrayField(view, component, pointer, 'licenses');
  const found: string[] = [];
  for (let index = 0; index < list.length; index++) {
    const at = `${pointer}/licenses/${index}`;
    const choice = expectObject(view, list[index], at, 'a CycloneDX license choice');
    const expression = optionalStringField(view, choice, at, 'expression');
    if (expression) {
      found.push(expression);
      continue;
    }
    if (choice.license === undefined) continue;
    const license = expectObject(view, choice.license, child(at, 'license'), 'a CycloneDX license');
    const id = optionalStringField(view, license, `${at}/license`, 'id');
    const name = optionalStringField(view, license, `${at}/license`, 'name');
    const either = id ?? name;
    if (either) found.push(either);
  }
  return found;
}
