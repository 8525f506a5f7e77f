/**
 * Source kind `spdx`: an SPDX 2.3 JSON document, or GitHub's dependency-graph SBOM export wrapper
 * `{"sbom": {...}}` -> one DependencyRecord per package, except the packages the document DESCRIBES (the
 * subject itself). purl from the PACKAGE-MANAGER `purl` external reference; licenses from licenseConcluded and
 * licenseDeclared, ignoring NOASSERTION and NONE (statements of absence, not licenses). An empty `versionInfo`
 * is a version not stated (left out), like a missing one.
 *
 * Runtime dependencies only: a package that the relationships name only as a test, development or build
 * dependency or tool (`TEST_DEPENDENCY_OF`, `DEV_DEPENDENCY_OF`, `BUILD_DEPENDENCY_OF`, `TEST_TOOL_OF`,
 * `DEV_TOOL_OF`, `BUILD_TOOL_OF`, `TEST_OF`, `EXAMPLE_OF`, `DOCUMENTATION_OF`) is not shipped, so it is left
 * out; one that is also a runtime dependency (the target of `DEPENDS_ON`, or `DEPENDENCY_OF`,
 * `RUNTIME_DEPENDENCY_OF`, `OPTIONAL_DEPENDENCY_OF`, `PROVIDED_DEPENDENCY_OF` something) is kept. A package no
 * relationship qualifies is kept, as before: SPDX does not require relationships.
 */
import type { SourceRecord } from '../domain/records.js';
import { loadDocument } from './document.js';
import { sourceOptions } from './options.js';
import type { SbomOptions } from './sbom.js';
import { dependencyRecord, subjectRecord } from './sbom.js';
import {
  child,
  type DocumentView,
  expectArray,
  expectObject,
  expectString,
  expectStringField,
  isObject,
  optionalArray,
  optionalArrayField,
  optionalString,
  optionalStringField,
} from './shape.js';
import type { SourceAdapter } from './types.js';

/** Options of an `spdx` source (schemas/source-kinds/spdx.schema.json). */
export interface SpdxOptions extends SbomOptions {
  kind: 'spdx';
}

const EXPECTED = 'an SPDX-2.3 JSON document, or GitHub\'s {"sbom": {...}} export of one';
const NOT_LICENSES = new Set(['NOASSERTION', 'NONE']);
/** Where a package states its licenses, in the order they are kept. */
const LICENSE_KEYS = ['licenseConcluded', 'licenseDeclared'] as const;
const PACKAGE_MANAGER = new Set(['PACKAGE-MANAGER', 'PACKAGE_MANAGER']);
/** Relationships whose spdxElementId is not shipped with the related element (SPDX 2.3 section 11.1). */
const NOT_RUNTIME = new Set([
  'TEST_DEPENDENCY_OF',
  'DEV_DEPENDENCY_OF',
  'BUILD_DEPENDENCY_OF',
  'TEST_TOOL_OF',
  'DEV_TOOL_OF',
  'BUILD_TOOL_OF',
  'TEST_OF',
  'EXAMPLE_OF',
  'DOCUMENTATION_OF',
]);
/** Relationships whose spdxElementId is a dependency at run time of the related element. */
const RUNTIME_OF = new Set([
  'DEPENDENCY_OF',
  'RUNTIME_DEPENDENCY_OF',
  'OPTIONAL_DEPENDENCY_OF',
  'PROVIDED_DEPENDENCY_OF',
]);

/** Reads an SPDX SBOM from the workspace. */
export const spdxAdapter: SourceAdapter = {
  kind: 'spdx',
  async read(entry, context) {
    const options = sourceOptions<SpdxOptions>(entry, 'spdx');
    const loaded = await loadDocument(context, options.path);
    const view = loaded.view;
    const top = expectObject(view, loaded.value, '', EXPECTED);
    const wrapped = isObject(top.sbom) && top.spdxVersion === undefined;
    const base = wrapped ? '/sbom' : '';
    const document = wrapped ? expectObject(view, top.sbom, base, EXPECTED) : top;
    if (document.spdxVersion !== 'SPDX-2.3') {
      throw view.error(
        child(base, 'spdxVersion'),
        `unsupported spdxVersion ${JSON.stringify(document.spdxVersion)}`,
        EXPECTED,
      );
    }
    const documentId = optionalString(view, document.SPDXID, child(base, 'SPDXID')) ?? 'SPDXRef-DOCUMENT';
    const described = new Set<string>();
    optionalArray(view, document.documentDescribes, child(base, 'documentDescribes')).forEach((id, i) => {
      described.add(expectString(view, id, child(base, 'documentDescribes', i)));
    });
    const notRuntime = new Set<string>();
    const runtime = new Set<string>();
    optionalArray(view, document.relationships, child(base, 'relationships')).forEach((item, i) => {
      const at = child(base, 'relationships', i);
      const relation = expectObject(view, item, at, 'an SPDX relationship');
      const type = relation.relationshipType;
      if (type === 'DESCRIBES' && relation.spdxElementId === documentId) {
        described.add(expectString(view, relation.relatedSpdxElement, child(at, 'relatedSpdxElement')));
      }
      if (typeof type !== 'string') return;
      const element = typeof relation.spdxElementId === 'string' ? relation.spdxElementId : undefined;
      const related = typeof relation.relatedSpdxElement === 'string' ? relation.relatedSpdxElement : undefined;
      if (NOT_RUNTIME.has(type) && element) notRuntime.add(element);
      if (RUNTIME_OF.has(type) && element) runtime.add(element);
      if (type === 'DEPENDS_ON' && related) runtime.add(related);
    });
    const records: SourceRecord[] = [];
    const subjects: Array<{ at: string; name: string; version: string | undefined; purl: string | undefined }> = [];
    const packagesAt = child(base, 'packages');
    const packages = expectArray(view, document.packages, packagesAt, 'an array of SPDX packages');
    for (let i = 0; i < packages.length; i++) {
      const at = `${packagesAt}/${i}`;
      const pkg = expectObject(view, packages[i], at, 'an SPDX package');
      const spdxId = expectStringField(view, pkg, at, 'SPDXID');
      if (described.has(spdxId)) {
        subjects.push({
          at,
          name: expectStringField(view, pkg, at, 'name'),
          version: versionOf(view, pkg, at),
          purl: purlOf(view, pkg, at),
        });
        continue;
      }
      if (notRuntime.has(spdxId) && !runtime.has(spdxId)) continue;
      const licenses: string[] = [];
      for (const key of LICENSE_KEYS) {
        const license = optionalStringField(view, pkg, at, key);
        if (license !== undefined && !NOT_LICENSES.has(license)) licenses.push(license);
      }
      records.push(
        dependencyRecord(options.id, loaded.lineage, at, options.component, {
          name: expectStringField(view, pkg, at, 'name'),
          version: versionOf(view, pkg, at),
          purl: purlOf(view, pkg, at),
          licenses,
        }),
      );
    }
    records.push(
      subjectRecord(
        options.id,
        loaded.lineage,
        subjects[0]?.at ?? child(base, 'documentDescribes'),
        options.component,
        'SPDX described package',
        subjects,
      ),
    );
    return records;
  },
};

/** The package's `versionInfo`, or undefined when absent or empty (an empty string states no version). */
function versionOf(view: DocumentView, pkg: Record<string, unknown>, pointer: string): string | undefined {
  return pkg.versionInfo === '' ? undefined : optionalStringField(view, pkg, pointer, 'versionInfo');
}

/** The purl of the package's first PACKAGE-MANAGER `purl` external reference. */
function purlOf(view: DocumentView, pkg: Record<string, unknown>, pointer: string): string | undefined {
  const refs = optionalArrayField(view, pkg, pointer, 'externalRefs');
  for (let index = 0; index < refs.length; index++) {
    const at = `${pointer}/externalRefs/${index}`;
    const ref = expectObject(view, refs[index], at, 'an SPDX external reference');
    if (
      typeof ref.referenceCategory === 'string' &&
      PACKAGE_MANAGER.has(ref.referenceCategory) &&
      ref.referenceType === 'purl'
    ) {
      return expectStringField(view, ref, at, 'referenceLocator');
    }
  }
  return undefined;
}
