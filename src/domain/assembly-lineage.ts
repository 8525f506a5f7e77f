/**
 * Lineage bookkeeping for assembly: which source document vouched for each record (`SourceTable`) and for
 * each bundle field (`FieldRefs`), turned into lineage.json's `sources` table and `fields` once the bundle is
 * built.
 */
import { digestWithin, markListedInOrder } from './canonical.js';
import { keySorted } from './key-order.js';
import { RecordBuilder } from './listed.js';
import type { Bundle, FieldLineage, Lineage } from './model.js';

/**
 * Source lineages. Records from one source document share its lineage and differ only in the locator's
 * `#fragment` (their place in it), so the table holds one entry per document and each field keeps its
 * fragment. Keys `sourceId#n` are numbered in content order, not arrival order, so record order never
 * changes the bundle.
 *
 * A record either carries its document's lineage and its fragment (the adapters of documents: no lineage is
 * copied per record), or a lineage of its own whose locator is split at its first `#` here. Handles are
 * numbers (indices into parallel arrays): a record that shares its document's lineage costs no object or
 * string here.
 */
export class SourceTable {
  /** Handle -> the lineage and fragment the record carried (see `recordLineage`). */
  private readonly lineages: Lineage[] = [];
  private readonly carried: Array<string | undefined> = [];
  /** Handle -> its document (index into `documents`). */
  private readonly documentOf: number[] = [];
  /** Handle -> the locator's part after its first `#` (lineage.json's fragment without the `#`), if it has one. */
  private readonly fragments: Array<string | undefined> = [];
  private readonly documents: Array<{ sourceId: string; lineage: Lineage }> = [];
  private readonly byKey = new Map<string, number>();

  /** The document of the latest record: records of one document arrive one after another. */
  private last: { sourceId: string; lineage: Lineage; locator: string; shared: boolean; document: number } | undefined;

  /** An opaque handle for the lineage of a record (`fragment` as in `SourceRecord`). */
  key(sourceId: string, lineage: Lineage, fragment?: string): number {
    const handle = this.lineages.length;
    this.lineages.push(lineage);
    this.carried.push(fragment);
    const last = this.last;
    // A record that shares its document's lineage object: the document is known once per document.
    if (fragment !== undefined && last?.shared && last.lineage === lineage && last.sourceId === sourceId) {
      this.documentOf.push(last.document);
      this.fragments.push(fragment);
      return handle;
    }
    const full = fragment === undefined ? lineage.locator : `${lineage.locator}#${fragment}`;
    const hash = full.indexOf('#');
    const locator = hash < 0 ? full : full.slice(0, hash);
    this.fragments.push(hash < 0 ? undefined : full.slice(hash + 1));
    let document: number;
    if (last && last.sourceId === sourceId && last.locator === locator && sameDocument(last.lineage, lineage))
      document = last.document;
    else document = this.documentFor(sourceId, lineage, locator);
    this.documentOf.push(document);
    this.last = {
      sourceId,
      lineage,
      locator,
      shared: fragment !== undefined && hash === lineage.locator.length,
      document,
    };
    return handle;
  }

  private documentFor(sourceId: string, lineage: Lineage, locator: string): number {
    const base = lineage.locator === locator ? lineage : { ...lineage, locator };
    // Identity and sort key of the document: its lineage fields in RFC 8785 key order (digest, locator,
    // observedAt, revision, system), so keys sort as the canonical JSON of the lineage would.
    const key = `${sourceId}\u0000${JSON.stringify([base.digest, locator, base.observedAt, base.revision, base.system])}`;
    let document = this.byKey.get(key);
    if (document === undefined) {
      document = this.documents.length;
      this.documents.push({ sourceId, lineage: { ...base } });
      this.byKey.set(key, document);
    }
    return document;
  }

  /** The record's own lineage (fragment included) behind a handle. */
  get(handle: number): Lineage {
    const lineage = this.lineages[handle];
    if (!lineage) throw new Error(`unknown source handle ${handle}`);
    const fragment = this.carried[handle];
    return fragment === undefined ? lineage : { ...lineage, locator: `${lineage.locator}#${fragment}` };
  }

  sourceIdOf(handle: number): string {
    return this.documents[this.documentOf[handle] ?? -1]?.sourceId ?? '';
  }

  /**
   * The lineage.json `sources` table, and the `fields` entry of a field vouched for by a handle's record: its
   * source key, its fragment (when the record's locator has one) and the digest of its value. The table comes
   * twice, with the same entries: `sources` as the records stated each lineage (the holds' evidence is read
   * from it, and the CLI's --json summary prints that evidence as it is), and `written` in RFC 8785 order,
   * its keys and each lineage's keys, for the file: the bundle digest then keeps it as it is (its canonical
   * form would otherwise copy every entry, thousands of them, on the first run through code not yet compiled).
   */
  finish(): {
    sources: Record<string, Lineage>;
    written: Record<string, Lineage>;
    field: (handle: number, valueDigest: string) => FieldLineage;
  } {
    const keys: string[] = new Array(this.documents.length);
    const names: string[] = [];
    const counters = new Map<string, number>();
    const sources: Record<string, Lineage> = {};
    // The default sort compares strings by code units, as normalize.ts cmp does.
    for (const key of [...this.byKey.keys()].sort()) {
      const index = this.byKey.get(key) ?? -1;
      const document = this.documents[index];
      if (!document) continue;
      const { sourceId, lineage } = document;
      const n = counters.get(sourceId) ?? 0;
      counters.set(sourceId, n + 1);
      const name = `${sourceId}#${n}`;
      keys[index] = name;
      names.push(name);
      sources[name] = lineage;
    }
    // Code-unit order (`files#10` before `files#2`), the default sort's. The same key strings as the first
    // table's, which inserting them there interned.
    const written: Record<string, Lineage> = {};
    for (const name of names.sort()) written[name] = inKeyOrder(sources[name] as Lineage);
    // The fields of one record come one after another (an artifact's digest, locator and version): one
    // fragment text for them.
    let last = -1;
    let lastFragment: string | undefined;
    return {
      sources,
      written,
      field: (handle, valueDigest) => {
        const source = keys[this.documentOf[handle] ?? -1] ?? '';
        if (handle !== last) {
          const fragment = this.fragments[handle];
          lastFragment = fragment === undefined ? undefined : `#${fragment}`;
          last = handle;
        }
        const fragment = lastFragment;
        // Keys in file order (fragment, source, valueDigest) and strings alone: what fieldLineages promises
        // when it marks lineage.json's fields as in canonical order (canonical.ts markListedInOrder).
        return fragment === undefined ? { source, valueDigest } : { fragment, source, valueDigest };
      },
    };
  }
}

/**
 * A lineage with its keys in RFC 8785 order: when it has exactly Lineage's five keys, all strings (what every
 * adapter builds), a copy made by one object literal; anything else through keySorted, which keeps every key.
 */
function inKeyOrder(lineage: Lineage): Lineage {
  const { digest, locator, observedAt, revision, system } = lineage;
  if (
    Object.keys(lineage).length !== 5 ||
    typeof digest !== 'string' ||
    typeof locator !== 'string' ||
    typeof observedAt !== 'string' ||
    typeof revision !== 'string' ||
    typeof system !== 'string'
  )
    return keySorted(lineage);
  return { digest, locator, observedAt, revision, system };
}

/** Whether two lineages name the same document (all but the locator, whose document part the caller compares). */
const sameDocument = (a: Lineage, b: Lineage): boolean =>
  a.digest === b.digest && a.observedAt === b.observedAt && a.revision === b.revision && a.system === b.system;

/**
 * The source handle of the record that vouched for each field of the bundle, in the bundle's own shape: item
 * `i` of a list belongs to the bundle's item `i` (`components[i].artifacts[j]` vouches for the version, digest
 * and locator of that artifact). Known once the sections are sorted.
 */
export interface FieldRefs {
  candidate: { commit: number; signature?: number | undefined; tag: number };
  cohorts: number[];
  components: Array<{ artifacts: number[]; provenance: number[] }>;
  dependencies: number[];
  environments: number[];
  rollback: Array<{ evidence?: number | undefined; hook?: number | undefined; pointer?: number | undefined }>;
  waivers: number[];
  window: number;
}

/**
 * lineage.json's `fields`: for each field with a handle, its source key, fragment and the digest of its value
 * in `bundle`. Written in JSON Pointer order (code units, as RFC 8785 sorts keys: `/components/10` before
 * `/components/2`), so that the canonical form keeps this object as it is instead of sorting a copy of it.
 */
export function fieldLineages(
  bundle: Bundle,
  refs: FieldRefs,
  field: (handle: number, valueDigest: string) => FieldLineage,
): Record<string, FieldLineage> {
  // Built through a RecordBuilder: frozen once finished, with its keys listed for the passes after assembly
  // (listed.ts), which then need not list its hundreds of thousands of keys again.
  const out = new RecordBuilder<FieldLineage>();
  // Every value digested here is reached from the bundle (in canonical order once assembled): no walk per value.
  const digestOf = digestWithin(bundle);
  const add = (pointer: string, handle: number | undefined, value: unknown): void => {
    if (handle !== undefined) out.set(pointer, field(handle, digestOf(value)));
  };
  const list = (section: 'cohorts' | 'dependencies' | 'environments' | 'waivers'): void => {
    const values: readonly unknown[] = bundle[section];
    const handles = refs[section];
    for (const i of decimalOrder(handles.length)) add(`/${section}/${i}`, handles[i], values[i]);
  };
  const { candidate } = bundle;
  add('/candidate/commit', refs.candidate.commit, candidate.commit);
  add('/candidate/signature', refs.candidate.signature, candidate.signature);
  add('/candidate/tag', refs.candidate.tag, candidate.tag);
  list('cohorts');
  for (const i of decimalOrder(refs.components.length)) {
    const component = bundle.components[i];
    const handles = refs.components[i];
    if (!component || !handles) continue;
    for (const j of decimalOrder(handles.artifacts.length)) {
      const artifact = component.artifacts[j];
      const at = `/components/${i}/artifacts/${j}/`;
      add(`${at}digest`, handles.artifacts[j], artifact?.digest);
      add(`${at}locator`, handles.artifacts[j], artifact?.locator);
      add(`${at}version`, handles.artifacts[j], artifact?.version);
    }
    for (const k of decimalOrder(handles.provenance.length))
      add(`/components/${i}/provenance/${k}`, handles.provenance[k], component.provenance?.[k]);
  }
  list('dependencies');
  list('environments');
  for (const i of decimalOrder(refs.rollback.length)) {
    const rollback = bundle.rollback[i];
    const handles = refs.rollback[i];
    add(`/rollback/${i}/evidence`, handles?.evidence, rollback?.evidence);
    add(`/rollback/${i}/hook`, handles?.hook, rollback?.hook);
    add(`/rollback/${i}/pointer`, handles?.pointer, rollback?.pointer);
  }
  list('waivers');
  add('/window', refs.window, bundle.window);
  const fields = out.finish();
  // Every value is an entry made by `field` (SourceTable.finish): keys in order, strings alone. With the
  // listing's keys in order, the record is in canonical order as built: the bundle digest takes it as it is.
  markListedInOrder(fields);
  return fields;
}

/**
 * 0 to n - 1 in the order of their decimal texts (0, 1, 10, 100, 11, …, 19, 2, 20, …): the order in which
 * JSON Pointers to the items of a list sort, since a shorter index text that is a prefix of a longer one is
 * followed by `/` or nothing, both before any digit.
 */
export function decimalOrder(n: number): number[] {
  const out: number[] = [];
  if (n <= 0) return out;
  out.push(0);
  const last = n - 1;
  let current = 1;
  for (let k = 0; k < last; k++) {
    out.push(current);
    if (current * 10 <= last) current *= 10;
    else {
      while (current % 10 === 9 || current + 1 > last) current = Math.floor(current / 10);
      current += 1;
    }
  }
  return out;
}
