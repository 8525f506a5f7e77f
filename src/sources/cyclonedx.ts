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
import { child, expectObject, expectString, optionalArray, optionalString } from './shape.js';
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
    const walk = (list: unknown, pointer: string): void => {
      optionalArray(view, list, pointer).forEach((item, index) => {
        const at = child(pointer, index);
        const component = expectObject(view, item, at, 'a CycloneDX component object');
        const name = expectString(view, component.name, child(at, 'name'));
        const group = optionalString(view, component.group, child(at, 'group'));
        records.push(
          dependencyRecord(options.id, loaded.lineage, at, options.component, {
            name: group ? `${group}/${name}` : name,
            version: optionalString(view, component.version, child(at, 'version')),
            purl: optionalString(view, component.purl, child(at, 'purl')),
            licenses: licensesOf(view, component.licenses, child(at, 'licenses')),
          }),
        );
        walk(component.components, child(at, 'components'));
      });
    };
    walk(bom.components, '/components');
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

/** `licenses: [{license: {id} | {name}} | {expression}]` -> ids, names and expressions. */
function licensesOf(view: DocumentView, value: unknown, pointer: string): string[] {
  return optionalArray(view, value, pointer).flatMap((item, index) => {
    const at = child(pointer, index);
    const choice = expectObject(view, item, at, 'a CycloneDX license choice');
    const expression = optionalString(view, choice.expression, child(at, 'expression'));
    if (expression) return [expression];
    if (choice.license === undefined) return [];
    const license = expectObject(view, choice.license, child(at, 'license'), 'a CycloneDX license');
    const id = optionalString(view, license.id, child(at, 'license', 'id'));
    const name = optionalString(view, license.name, child(at, 'license', 'name'));
    const found = id ?? name;
    return found ? [found] : [];
  });
}
