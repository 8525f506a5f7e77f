/**
 * Lineage bookkeeping for assembly: which source document vouched for each record (`SourceTable`) and for
 * each bundle field (`Slots`), turned into lineage.json's `sources` table and `fields` once the bundle is built.
 */
import { digestOf } from './canonical.js';
import { pointerOf } from './json-pointer.js';
import type { Bundle, FieldLineage, Lineage } from './model.js';
import { cmp } from './normalize.js';

/**
 * Source lineages. Records from one source document share its lineage and differ only in the locator's
 * `#fragment` (their place in it), so the table holds one entry per document and each field keeps its
 * fragment. Keys `sourceId#n` are numbered in content order, not arrival order, so record order never
 * changes the bundle.
 */
export class SourceTable {
  private readonly handles: Array<{ base: string; fragment: string; lineage: Lineage }> = [];
  private readonly bases = new Map<string, { sourceId: string; lineage: Lineage }>();

  /** The document of the latest record: records of one document arrive one after another. */
  private last: { sourceId: string; locator: string; lineage: Lineage; baseKey: string } | undefined;

  /** An opaque handle for a record's lineage. */
  key(sourceId: string, lineage: Lineage): string {
    const hash = lineage.locator.indexOf('#');
    const locator = hash < 0 ? lineage.locator : lineage.locator.slice(0, hash);
    const fragment = hash < 0 ? '' : lineage.locator.slice(hash);
    const last = this.last;
    let baseKey: string;
    if (last && last.sourceId === sourceId && last.locator === locator && sameDocument(last.lineage, lineage))
      baseKey = last.baseKey;
    else {
      const base = { ...lineage, locator };
      // Identity and sort key of the document: its lineage fields in RFC 8785 key order (digest, locator,
      // observedAt, revision, system), so keys sort as the canonical JSON of the lineage would.
      baseKey = `${sourceId}\u0000${JSON.stringify([base.digest, locator, base.observedAt, base.revision, base.system])}`;
      if (!this.bases.has(baseKey)) this.bases.set(baseKey, { sourceId, lineage: base });
      this.last = { sourceId, locator, lineage, baseKey };
    }
    this.handles.push({ base: baseKey, fragment, lineage });
    return String(this.handles.length - 1);
  }

  /** The full lineage (fragment included) behind a handle. */
  get(handle: string): Lineage {
    const entry = this.handles[Number(handle)];
    if (!entry) throw new Error(`unknown source handle ${handle}`);
    return entry.lineage;
  }

  sourceIdOf(handle: string): string {
    const entry = this.handles[Number(handle)];
    return entry ? (this.bases.get(entry.base)?.sourceId ?? '') : '';
  }

  /** The lineage.json `sources` table and a resolver from handles to `{source, fragment}`. */
  finish(): { sources: Record<string, Lineage>; resolve: (handle: string) => { source: string; fragment: string } } {
    const keys = new Map<string, string>();
    const counters = new Map<string, number>();
    const sources: Record<string, Lineage> = {};
    for (const baseKey of [...this.bases.keys()].sort(cmp)) {
      const { sourceId, lineage } = this.bases.get(baseKey) ?? { sourceId: '', lineage: undefined };
      if (!lineage) continue;
      const n = counters.get(sourceId) ?? 0;
      counters.set(sourceId, n + 1);
      keys.set(baseKey, `${sourceId}#${n}`);
      sources[`${sourceId}#${n}`] = lineage;
    }
    return {
      sources,
      resolve: (handle) => {
        const entry = this.handles[Number(handle)];
        return { source: (entry && keys.get(entry.base)) ?? '', fragment: entry?.fragment ?? '' };
      },
    };
  }
}

/** Whether two lineages name the same document (all but the locator, whose document part the caller compares). */
const sameDocument = (a: Lineage, b: Lineage): boolean =>
  a.digest === b.digest && a.observedAt === b.observedAt && a.revision === b.revision && a.system === b.system;

/** Field slot -> source handle, resolved to pointers and value digests once the bundle is built. */
export class Slots {
  private readonly entries: Array<{ path: Array<string | number>; ref: string }> = [];

  set(path: Array<string | number>, ref: string): void {
    this.entries.push({ path, ref });
  }

  fields(
    bundle: Bundle,
    resolve: (handle: string) => { source: string; fragment: string },
  ): Record<string, FieldLineage> {
    const out: Record<string, FieldLineage> = {};
    for (const { path, ref } of this.entries) {
      const { source, fragment } = resolve(ref);
      // Keys in file order (fragment, source, valueDigest), so rendering needs no sorted copy.
      const valueDigest = digestOf(valueAt(bundle, path));
      out[pointerOf(path)] = fragment ? { fragment, source, valueDigest } : { source, valueDigest };
    }
    return out;
  }
}

/** The value at a path of segments, or undefined. */
function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
