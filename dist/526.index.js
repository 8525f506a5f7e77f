export const id = 526;
export const ids = [526,801,899];
export const modules = {

/***/ 2526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONCURRENT: () => (/* binding */ CONCURRENT),
  runAssemble: () => (/* binding */ runAssemble)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/domain/canonical.ts
var canonical = __webpack_require__(5610);
;// CONCATENATED MODULE: ./src/domain/files.ts
/**
 * The bytes of a release directory: every file is pretty-printed canonical JSON (keys in RFC 8785 order,
 * two-space indent, final newline), so the same content always gives the same bytes and diffs read well.
 */

/**
 * Pretty JSON text with keys in RFC 8785 order (UTF-16 code units, which is what Array.prototype.sort does
 * with strings). Numbers and strings serialize as JSON.stringify does, which is also what RFC 8785 specifies,
 * so parsing this text and canonicalizing it gives the canonical form; this path avoids canonicalizing and
 * re-parsing multi-megabyte files just to indent them. (JavaScript orders integer-like keys numerically;
 * Cutover's documents have none: their keys are schema names, JSON Pointers and `sourceId#n`.)
 */
function renderJson(value) {
    // A replacer costs a call per value; a value already in order is written as it is. The files the bundle
    // digest was computed over are known to be (canonical.ts digestedBundleFiles marks them): no walk for them.
    if ((0,canonical/* knownCanonical */.qt)(value) || inKeyOrder(value, 0))
        return `${JSON.stringify(value, null, 2)}\n`;
    return `${JSON.stringify(value, sortKeys, 2)}\n`;
}
/**
 * Whether every object in a value is a plain object whose keys are in sorted order, with no `toJSON`: then
 * sortKeys would return every value as it is. (for-in adds inherited enumerable keys, which a plain object
 * does not have; were there any, the answer could only turn false.) Past a depth no document reaches, the
 * answer is false and sortKeys decides (it reports a cycle as JSON.stringify does).
 */
function inKeyOrder(value, depth) {
    if (value === null || typeof value !== 'object')
        return true;
    if (depth > 64)
        return false;
    if (Array.isArray(value)) {
        for (const item of value)
            if (!inKeyOrder(item, depth + 1))
                return false;
        return true;
    }
    const prototype = Object.getPrototypeOf(value);
    if ((prototype !== Object.prototype && prototype !== null) || 'toJSON' in value)
        return false;
    let previous;
    for (const key in value) {
        if (previous !== undefined && !(previous < key))
            return false;
        previous = key;
        if (!inKeyOrder(value[key], depth + 1))
            return false;
    }
    return true;
}
function sortKeys(_key, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return value;
    const keys = Object.keys(value);
    // Most objects (every parsed file, most built ones) already list their keys in order: no copy for them.
    let ordered = true;
    for (let i = 1; i < keys.length && ordered; i++)
        ordered = keys[i - 1] < keys[i];
    if (ordered)
        return value;
    const sorted = {};
    for (const key of keys.sort())
        sorted[key] = value[key];
    return sorted;
}
/** File name -> text for one release directory. */
function renderReleaseFiles(files, manifest) {
    return {
        bundle: renderJson(files.bundle),
        lineage: renderJson(files.lineage),
        holds: renderJson(files.holds),
        manifest: renderJson(manifest),
    };
}

// EXTERNAL MODULE: ./src/domain/manifest.ts
var manifest = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/domain/names.ts
var domain_names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/domain/writer.ts
var domain_writer = __webpack_require__(1733);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/port.ts
var port = __webpack_require__(8212);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/domain/holds.ts + 2 modules
var domain_holds = __webpack_require__(1937);
// EXTERNAL MODULE: ./src/domain/normalize.ts
var normalize = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/render/pull-request.ts
/**
 * The pull request body: the bundle rendered for its reviewers. Components and digests, cohorts, rollback
 * pointers, open holds, the difference from the last sealed revision, and the lineage as a Mermaid diagram.
 * Kept under GitHub's 65,536-character body limit: long sections are cut with a note saying so.
 */





/** GitHub rejects bodies over 65,536 characters: the body is cut to this many, its truncation note included. */
const MAX_BODY = 60_000;
const MAX_ROWS = 100;
function pullRequestTitle(view) {
    const { bundle } = view.files;
    const holds = view.files.holds.holds.length;
    // GitHub links issue references in a title too: a product named `GH-7` must not reference issue 7.
    return `cutover: ${(0,markdown/* commitText */.tT)(bundle.product)} ${(0,markdown/* commitText */.tT)(bundle.release)} r${view.manifest.revision}${holds ? ` (${holds} hold${holds === 1 ? '' : 's'})` : ''}`;
}
/** A table of at most MAX_ROWS rows of inline Markdown cells, with a note saying how many were left out. */
function tableOf(header, rows) {
    const shown = rows.slice(0, MAX_ROWS);
    const lines = [(0,markdown/* table */.tp)(header, shown)];
    if (rows.length > shown.length)
        lines.push('', `_${rows.length - shown.length} more rows not shown; see the files in this pull request._`);
    return lines.join('\n');
}
/** The Markdown body. */
function pullRequestBody(view) {
    const { bundle, holds, lineage } = view.files;
    const m = view.manifest;
    const sections = [
        `## Cutover bundle ${(0,markdown/* bodyText */.G3)(bundle.product)} ${(0,markdown/* bodyText */.G3)(bundle.release)}, revision ${m.revision}`,
        '',
        `- Bundle digest: ${(0,markdown/* code */.aY)(m.bundleDigest)}`,
        `- Candidate: ${(0,markdown/* code */.aY)(bundle.candidate.tag)} at ${(0,markdown/* code */.aY)(bundle.candidate.commit.slice(0, 12))}${bundle.candidate.repository ? ` in ${(0,markdown/* bodyText */.G3)(bundle.candidate.repository)}` : ''}, signature ${bundle.candidate.signature.verified ? 'verified' : `**not verified** (${(0,markdown/* bodyText */.G3)(bundle.candidate.signature.reason)})`}`,
        `- Deployment queue ${(0,markdown/* code */.aY)(m.queue)}, window ${(0,markdown/* bodyText */.G3)(m.window.start)} .. ${(0,markdown/* bodyText */.G3)(m.window.end)} (change ${(0,markdown/* code */.aY)(bundle.window.changeRecord)})`,
        `- Required approvals: ${m.requiredApprovers.teams.map((t) => `@${(0,markdown/* bodyText */.G3)(t)}`).join(' and ')}, by distinct people, at the current head`,
        m.supersedes
            ? `- Supersedes revision ${m.supersedes.revision} (${(0,markdown/* code */.aY)(m.supersedes.bundleDigest)})`
            : '- First revision of this release',
        '',
        `### Holds (${holds.holds.length} open)`,
        holds.holds.length === 0
            ? 'None.'
            : tableOf(['Hold', 'Rule', 'Field', 'Reason', 'Evidence'], holds.holds.map((h) => [
                (0,markdown/* bodyText */.G3)(h.id),
                (0,markdown/* bodyText */.G3)(h.rule),
                (0,markdown/* code */.aY)(h.path || '/'),
                (0,markdown/* bodyText */.G3)(h.reason),
                (0,markdown/* bodyText */.G3)((0,domain_holds/* evidenceText */.rS)(h).replace(/^evidence: /, '')),
            ])),
        '',
        '### Components',
        tableOf(['Component', 'Artifact', 'Version', 'Digest'], bundle.components.flatMap((c) => c.artifacts.map((a) => [(0,markdown/* bodyText */.G3)(c.name), (0,markdown/* bodyText */.G3)(a.name), (0,markdown/* bodyText */.G3)(a.version), (0,markdown/* code */.aY)(a.digest)]))),
        '',
        '### Cohorts',
        bundle.cohorts.length === 0
            ? 'None.'
            : tableOf(['Cohort', 'Environments', 'Share or segment', 'Flags'], bundle.cohorts.map((c) => [
                (0,markdown/* bodyText */.G3)(c.id),
                (0,markdown/* bodyText */.G3)(c.environments.join(', ')),
                c.share !== undefined ? `${c.share}%` : (0,markdown/* bodyText */.G3)(c.segment ?? ''),
                (0,markdown/* bodyText */.G3)(c.flags.map((f) => `${f.key}=${f.variant}`).join(', ')),
            ])),
        '',
        '### Rollback pointers',
        tableOf(['Component', 'Back to', 'Hook', 'Evidence'], bundle.rollback.map((r) => [
            (0,markdown/* bodyText */.G3)(r.component),
            r.pointer ? `${(0,markdown/* bodyText */.G3)(r.pointer.version)} ${(0,markdown/* code */.aY)(r.pointer.digest)}` : '**none**',
            r.hook ? (0,markdown/* bodyText */.G3)(r.hook) : '**none**',
            (0,markdown/* bodyText */.G3)(r.evidence.map((e) => `${e.kind} ${e.ref}`).join(', ')) || '**none**',
        ])),
        '',
        differenceSection(view),
        '',
        '### Lineage',
        lineageDiagram(lineage),
        '',
        `<sub>Files in ${(0,markdown/* code */.aY)(view.directory)}. Approving approves exactly this revision; Cutover seals it on merge and stops there: no go/no-go, no deployment.</sub>`,
    ];
    return (0,markdown/* cut */.Jj)(sections.join('\n'), MAX_BODY, `_The rest of this description was cut at ${MAX_BODY} characters; the files are complete._`);
}
function differenceSection(view) {
    const { sealed } = view;
    if (!sealed)
        return '### Difference from the last sealed revision\nNo earlier revision of this release was sealed.';
    const artifacts = (b) => new Map(b.components.flatMap((c) => c.artifacts.map((a) => [`${c.name}/${a.name}`, `${a.version} ${a.digest}`])));
    const before = artifacts(sealed.bundle);
    const after = artifacts(view.files.bundle);
    const rows = [];
    for (const key of [...new Set([...before.keys(), ...after.keys()])].sort(normalize/* cmp */.r)) {
        const b = before.get(key);
        const a = after.get(key);
        if (b === a)
            continue;
        rows.push([(0,markdown/* bodyText */.G3)(key), b ? (0,markdown/* code */.aY)(b) : 'added', a ? (0,markdown/* code */.aY)(a) : 'removed']);
    }
    // Canonical JSON: content is compared, not the key order each side happens to be in.
    const cohorts = (b) => new Map(b.cohorts.map((c) => [c.id, (0,canonical/* canonicalJson */.dj)(c)]));
    const cb = cohorts(sealed.bundle);
    const ca = cohorts(view.files.bundle);
    for (const id of [...new Set([...cb.keys(), ...ca.keys()])].sort(normalize/* cmp */.r)) {
        if (cb.get(id) !== ca.get(id))
            rows.push([
                `cohort ${(0,markdown/* bodyText */.G3)(id)}`,
                cb.has(id) ? 'present' : 'absent',
                ca.has(id) ? (cb.has(id) ? 'changed' : 'added') : 'removed',
            ]);
    }
    if (sealed.bundle.window.start !== view.files.bundle.window.start ||
        sealed.bundle.window.end !== view.files.bundle.window.end) {
        rows.push([
            'window',
            (0,markdown/* bodyText */.G3)(`${sealed.bundle.window.start} .. ${sealed.bundle.window.end}`),
            (0,markdown/* bodyText */.G3)(`${view.files.bundle.window.start} .. ${view.files.bundle.window.end}`),
        ]);
    }
    return [
        `### Difference from sealed revision ${sealed.revision} (${(0,markdown/* code */.aY)(sealed.tag)})`,
        rows.length === 0
            ? 'No change to artifacts, cohorts or window.'
            : tableOf(['What', `r${sealed.revision}`, 'This revision'], rows),
    ].join('\n');
}
/** Configured sources -> bundle sections, one edge per (source, section) labelled with the field count. */
function lineageDiagram(lineage) {
    const edges = new Map();
    const described = new Map();
    for (const [path, field] of Object.entries(lineage.fields)) {
        const section = path.split('/')[1] ?? 'bundle';
        const source = field.source.slice(0, field.source.lastIndexOf('#'));
        const l = lineage.sources[field.source];
        if (l && !described.has(source))
            described.set(source, `${l.system}: ${l.locator.replace(/#.*$/, '')}`);
        const key = `${source}\u0000${section}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
    }
    const ids = new Map();
    const id = (name) => {
        let v = ids.get(name);
        if (!v) {
            v = `n${ids.size}`;
            ids.set(name, v);
        }
        return v;
    };
    // A label stays on its line inside the fenced block (control characters as visible escapes, so no line can
    // close the fence), and holds no quote, angle bracket or backtick Mermaid would read as syntax.
    const label = (s) => (0,errors/* escapeControls */.UN)(s).replace(/["<>`]/g, "'");
    const lines = ['```mermaid', 'flowchart LR'];
    const sources = [...new Set([...edges.keys()].map((k) => k.split('\u0000')[0] ?? ''))].sort(normalize/* cmp */.r);
    for (const source of sources) {
        lines.push(`  ${id(`s:${source}`)}["${label(source)}<br/>${label(described.get(source) ?? 'unknown')}"]`);
    }
    for (const [key, count] of [...edges.entries()].sort(([a], [b]) => (0,normalize/* cmp */.r)(a, b))) {
        const [source = '', section = ''] = key.split('\u0000');
        lines.push(`  ${id(`s:${source}`)} -- ${count} --> ${id(`b:${section}`)}(["${label(section)}"])`);
    }
    lines.push('```');
    const text = lines.join('\n');
    return text.length < 20_000
        ? text
        : `${sources.length} sources vouch for ${Object.keys(lineage.fields).length} fields: too many to draw; see lineage.json.`;
}

// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/schema/release.ts
var schema_release = __webpack_require__(1254);
// EXTERNAL MODULE: ./src/schema/validate.ts + 1 modules
var validate = __webpack_require__(8671);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/domain/key-order.ts
/**
 * Built objects with their keys inserted in RFC 8785 order (UTF-16 code units, what Array.prototype.sort does
 * with strings). The canonical form (canonical.ts) keeps an object in that order as it is; one out of order it
 * copies, and with it every object and array on the way to it (a component, the components list, the bundle).
 * Assembly builds its objects in that order instead, where a copy is made anyway or costs no more than the
 * canonical form's. Only an optimization: the canonical form still checks every object, so an object left out
 * of order here changes no byte of any file or digest, only what is copied.
 */
/**
 * Whether a key keeps its insertion order and can be inserted as a plain key: not an array index ("0", "17":
 * V8 lists those first, in numeric order, whatever the insertion order) and not `__proto__` (assigning it
 * sets the prototype instead of adding a key).
 */
const insertable = (key) => {
    const first = key.charCodeAt(0);
    return !(first >= 48 && first <= 57) && key !== '__proto__';
};
/**
 * `value` itself when its own enumerable keys are already in RFC 8785 order, else a shallow copy with the same
 * entries inserted in that order. A value with a key that cannot be inserted in order (see `insertable`), or
 * that is not a plain object (a copy would lose its prototype), is returned as it is: the canonical form
 * handles it.
 */
function keySorted(value) {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null)
        return value;
    const keys = Object.keys(value);
    let ordered = true;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (!insertable(key))
            return value;
        if (i > 0 && !(keys[i - 1] < key))
            ordered = false;
    }
    if (ordered)
        return value;
    keys.sort();
    const record = value;
    const copy = {};
    for (const key of keys)
        copy[key] = record[key];
    return copy;
}
/** A shallow copy of `value` with its keys in RFC 8785 order (see keySorted), never `value` itself. */
function keySortedCopy(value) {
    const sorted = keySorted(value);
    return sorted === value ? { ...value } : sorted;
}

// EXTERNAL MODULE: ./src/domain/listed.ts
var listed = __webpack_require__(395);
;// CONCATENATED MODULE: ./src/domain/assembly-lineage.ts
/**
 * Lineage bookkeeping for assembly: which source document vouched for each record (`SourceTable`) and for
 * each bundle field (`FieldRefs`), turned into lineage.json's `sources` table and `fields` once the bundle is
 * built.
 */



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
class SourceTable {
    /** Handle -> the lineage and fragment the record carried (see `recordLineage`). */
    lineages = [];
    carried = [];
    /** Handle -> its document (index into `documents`). */
    documentOf = [];
    /** Handle -> the locator's part after its first `#` (lineage.json's fragment without the `#`), if it has one. */
    fragments = [];
    documents = [];
    byKey = new Map();
    /** The document of the latest record: records of one document arrive one after another. */
    last;
    /** An opaque handle for the lineage of a record (`fragment` as in `SourceRecord`). */
    key(sourceId, lineage, fragment) {
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
        let document;
        if (last && last.sourceId === sourceId && last.locator === locator && sameDocument(last.lineage, lineage))
            document = last.document;
        else
            document = this.documentFor(sourceId, lineage, locator);
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
    documentFor(sourceId, lineage, locator) {
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
    get(handle) {
        const lineage = this.lineages[handle];
        if (!lineage)
            throw new Error(`unknown source handle ${handle}`);
        const fragment = this.carried[handle];
        return fragment === undefined ? lineage : { ...lineage, locator: `${lineage.locator}#${fragment}` };
    }
    sourceIdOf(handle) {
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
    finish() {
        const keys = new Array(this.documents.length);
        const names = [];
        const counters = new Map();
        const sources = {};
        // The default sort compares strings by code units, as normalize.ts cmp does.
        for (const key of [...this.byKey.keys()].sort()) {
            const index = this.byKey.get(key) ?? -1;
            const document = this.documents[index];
            if (!document)
                continue;
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
        const written = {};
        for (const name of names.sort())
            written[name] = assembly_lineage_inKeyOrder(sources[name]);
        // The fields of one record come one after another (an artifact's digest, locator and version): one
        // fragment text for them.
        let last = -1;
        let lastFragment;
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
function assembly_lineage_inKeyOrder(lineage) {
    const { digest, locator, observedAt, revision, system } = lineage;
    if (Object.keys(lineage).length !== 5 ||
        typeof digest !== 'string' ||
        typeof locator !== 'string' ||
        typeof observedAt !== 'string' ||
        typeof revision !== 'string' ||
        typeof system !== 'string')
        return keySorted(lineage);
    return { digest, locator, observedAt, revision, system };
}
/** Whether two lineages name the same document (all but the locator, whose document part the caller compares). */
const sameDocument = (a, b) => a.digest === b.digest && a.observedAt === b.observedAt && a.revision === b.revision && a.system === b.system;
/**
 * lineage.json's `fields`: for each field with a handle, its source key, fragment and the digest of its value
 * in `bundle`. Written in JSON Pointer order (code units, as RFC 8785 sorts keys: `/components/10` before
 * `/components/2`), so that the canonical form keeps this object as it is instead of sorting a copy of it.
 */
function fieldLineages(bundle, refs, field) {
    // Built through a RecordBuilder: frozen once finished, with its keys listed for the passes after assembly
    // (listed.ts), which then need not list its hundreds of thousands of keys again.
    const out = new listed/* RecordBuilder */.xx();
    // Every value digested here is reached from the bundle (in canonical order once assembled): no walk per value.
    const digestOf = (0,canonical/* digestWithin */.yD)(bundle);
    const add = (pointer, handle, value) => {
        if (handle !== undefined)
            out.set(pointer, field(handle, digestOf(value)));
    };
    const list = (section) => {
        const values = bundle[section];
        const handles = refs[section];
        for (const i of decimalOrder(handles.length))
            add(`/${section}/${i}`, handles[i], values[i]);
    };
    const { candidate } = bundle;
    add('/candidate/commit', refs.candidate.commit, candidate.commit);
    add('/candidate/signature', refs.candidate.signature, candidate.signature);
    add('/candidate/tag', refs.candidate.tag, candidate.tag);
    list('cohorts');
    for (const i of decimalOrder(refs.components.length)) {
        const component = bundle.components[i];
        const handles = refs.components[i];
        if (!component || !handles)
            continue;
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
    (0,canonical/* markListedInOrder */.cE)(fields);
    return fields;
}
/**
 * 0 to n - 1 in the order of their decimal texts (0, 1, 10, 100, 11, …, 19, 2, 20, …): the order in which
 * JSON Pointers to the items of a list sort, since a shorter index text that is a prefix of a longer one is
 * followed by `/` or nothing, both before any digit.
 */
function decimalOrder(n) {
    const out = [];
    if (n <= 0)
        return out;
    out.push(0);
    const last = n - 1;
    let current = 1;
    for (let k = 0; k < last; k++) {
        out.push(current);
        if (current * 10 <= last)
            current *= 10;
        else {
            while (current % 10 === 9 || current + 1 > last)
                current = Math.floor(current / 10);
            current += 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/domain/records.ts
/** A record's own lineage: its `lineage`, with `#<fragment>` appended to the locator when it has a fragment. */
function recordLineage(record) {
    const { lineage, fragment } = record;
    return fragment === undefined ? lineage : { ...lineage, locator: `${lineage.locator}#${fragment}` };
}

;// CONCATENATED MODULE: ./src/domain/assembly-reducers.ts



/** Thrown when the records cannot make a bundle at all (no change window): an input error, not a hold. */
class AssemblyError extends Error {
    name = 'AssemblyError';
}
/**
 * Folds every record, in order, into a fresh collection. Throws an AssemblyError when two sources state
 * different change windows.
 */
function collectRecords(records, renderer, sources) {
    const at = {
        renderer,
        sources,
        collected: {
            components: new Map(),
            dependencies: new Map(),
            cohorts: new Map(),
            rollbacks: new Map(),
            environments: new Map(),
            waivers: new Map(),
            conflicts: [],
            suspicions: [],
            sbomSubjects: [],
        },
    };
    for (const record of records)
        reduceRecord(record.type, record, sources.key(record.sourceId, record.lineage, record.fragment), at);
    return at.collected;
}
/** Looks the reducer up by kind; typed per kind so each reducer receives its own record type. */
function reduceRecord(type, record, ref, at) {
    RECORD_REDUCERS[type](record, ref, at);
}
/**
 * The candidate's signature: the first statement is kept; a different one is a conflict. First, as for artifacts:
 * in the action the first is GitHub's verification of the candidate tag (assemble's extra record, ahead of the
 * sources), which a records file of the service repository must not outweigh.
 */
function reduceSignature(record, ref, { sources, collected }) {
    const signature = collected.signature;
    if (signature && (0,canonical/* digestOf */.ol)(signature.value) !== (0,canonical/* digestOf */.ol)(record.signature)) {
        collected.conflicts.push({
            target: { component: undefined, path: '/candidate/signature' },
            ...disagreement(`state the candidate's signature differently`, [sources.sourceIdOf(signature.ref), signatureText(signature.value), sources.get(signature.ref)], [record.sourceId, signatureText(record.signature), recordLineage(record)]),
        });
    }
    collected.signature ??= { value: record.signature, ref };
}
/**
 * An artifact of a component: the first statement of a name is kept and a different one is a conflict; a
 * digest Cutover computed itself (the source stated none) is a suspicion.
 */
function reduceArtifact(record, ref, { renderer, sources, collected }) {
    const entry = componentEntry(collected, renderer.render('component', record.component));
    const existing = entry.artifacts.get(record.artifact.name);
    if (existing && (0,canonical/* digestOf */.ol)(existing.artifact) !== (0,canonical/* digestOf */.ol)(record.artifact)) {
        collected.conflicts.push({
            target: { component: record.component },
            ...disagreement(`state artifact ${record.artifact.name} differently`, [sources.sourceIdOf(existing.ref), artifactText(existing.artifact), sources.get(existing.ref)], [record.sourceId, artifactText(record.artifact), recordLineage(record)]),
        });
        return;
    }
    entry.artifacts.set(record.artifact.name, { artifact: { ...record.artifact }, ref });
    if (record.digestComputed) {
        collected.suspicions.push({
            type: 'suspicion',
            sourceId: record.sourceId,
            lineage: recordLineage(record),
            path: '',
            component: record.component,
            rule: 'suspicious-source',
            reason: `digest of ${record.artifact.name} was computed by Cutover from downloaded bytes: the source stated none`,
        });
    }
}
/** Provenance of a component: every statement is kept (duplicates are dropped when the bundle is built). */
function reduceProvenance(record, ref, { renderer, collected }) {
    componentEntry(collected, renderer.render('component', record.component)).provenance.push({
        value: record.provenance,
        ref,
    });
}
/**
 * A dependency: one per (component, name, version, purl), the last statement vouching for it (and keeping the
 * place of the first). The record's dependency is kept as it is when rendering leaves its component unchanged
 * (records are not changed after they are read).
 */
function reduceDependency(record, ref, { renderer, collected }) {
    const given = record.dependency;
    const component = renderer.render('component', given.component);
    const value = component === given.component ? given : { ...given, component };
    let byName = collected.dependencies.get(component);
    if (!byName) {
        byName = new Map();
        collected.dependencies.set(component, byName);
    }
    const stated = { value, ref };
    const same = byName.get(value.name);
    if (!same) {
        byName.set(value.name, stated);
        return;
    }
    const purl = value.purl ?? '';
    const sameKey = (d) => d.value.version === value.version && (d.value.purl ?? '') === purl;
    if (!Array.isArray(same)) {
        byName.set(value.name, sameKey(same) ? stated : [same, stated]);
        return;
    }
    const at = same.findIndex(sameKey);
    if (at < 0)
        same.push(stated);
    else
        same[at] = stated;
}
/** A cohort, names rendered and lists sorted: the first definition is kept; a different one is a conflict. */
function reduceCohort(record, ref, { renderer, sources, collected }) {
    const value = {
        ...record.cohort,
        id: renderer.render('cohort', record.cohort.id),
        environments: unique(record.cohort.environments.map((name) => renderer.render('environment', name))),
        flags: [...record.cohort.flags].sort((a, b) => (0,normalize/* cmp */.r)(a.key, b.key) || (0,normalize/* cmp */.r)(a.variant, b.variant)),
    };
    const existing = collected.cohorts.get(value.id);
    if (existing && (0,canonical/* digestOf */.ol)(existing.value) !== (0,canonical/* digestOf */.ol)(value)) {
        collected.conflicts.push({
            target: { cohort: value.id },
            ...disagreement(`define cohort ${value.id} differently`, [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value), sources.get(existing.ref)], [record.sourceId, JSON.stringify(value), recordLineage(record)]),
        });
        return;
    }
    collected.cohorts.set(value.id, { value, ref });
}
/**
 * Rollback of a component, merged across records: the last pointer (a different one is a conflict), the
 * last hook, and all evidence (vouched for by the first record that had any).
 */
function reduceRollback(record, ref, { renderer, sources, collected }) {
    const name = renderer.render('component', record.component);
    const entry = collected.rollbacks.get(name) ?? { evidence: [] };
    if (record.pointer) {
        if (entry.pointer && (0,canonical/* digestOf */.ol)(entry.pointer.value) !== (0,canonical/* digestOf */.ol)(record.pointer)) {
            collected.conflicts.push({
                target: { rollback: name },
                ...disagreement(`state different rollback pointers for ${name}`, [sources.sourceIdOf(entry.pointer.ref), pointerText(entry.pointer.value), sources.get(entry.pointer.ref)], [record.sourceId, pointerText(record.pointer), recordLineage(record)]),
            });
        }
        entry.pointer = { value: record.pointer, ref };
    }
    if (record.hook !== undefined)
        entry.hook = { value: record.hook, ref };
    if (record.evidence.length > 0) {
        entry.evidence.push(...record.evidence);
        entry.evidenceRef ??= ref;
    }
    collected.rollbacks.set(name, entry);
}
/** An environment's constraints: the first statement is kept; a different one is a conflict. */
function reduceEnvironment(record, ref, { renderer, sources, collected }) {
    const name = renderer.render('environment', record.name);
    const value = { name, constraints: { ...record.constraints } };
    const existing = collected.environments.get(name);
    if (existing && (0,canonical/* digestOf */.ol)(existing.value) !== (0,canonical/* digestOf */.ol)(value)) {
        collected.conflicts.push({
            target: { path: '/environments' },
            ...disagreement(`state different constraints for environment ${name}`, [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value.constraints), sources.get(existing.ref)], [record.sourceId, JSON.stringify(value.constraints), recordLineage(record)]),
        });
        return;
    }
    collected.environments.set(name, { value, ref });
}
/** A waiver: a different statement is a conflict, and the less favourable one is kept. */
function reduceWaiver(record, ref, { sources, collected }) {
    const existing = collected.waivers.get(record.waiver.id);
    if (existing && (0,canonical/* digestOf */.ol)(existing.value) !== (0,canonical/* digestOf */.ol)(record.waiver)) {
        collected.conflicts.push({
            target: { path: '/waivers' },
            ...disagreement(`state waiver ${record.waiver.id} differently`, [
                sources.sourceIdOf(existing.ref),
                `${existing.value.status} until ${existing.value.expiresAt}`,
                sources.get(existing.ref),
            ], [record.sourceId, `${record.waiver.status} until ${record.waiver.expiresAt}`, recordLineage(record)]),
        });
        // Keep the less favourable statement: a conflict never makes a waiver look approved.
        if (existing.value.status !== 'approved')
            return;
    }
    collected.waivers.set(record.waiver.id, { value: record.waiver, ref });
}
/** The change window: exactly one; two different ones make no bundle at all (an AssemblyError, not a hold). */
function reduceWindow(record, ref, { renderer, sources, collected }) {
    const value = {
        ...record.window,
        environments: unique(record.window.environments.map((name) => renderer.render('environment', name))),
    };
    const window = collected.window;
    if (window && (0,canonical/* digestOf */.ol)(window.value) !== (0,canonical/* digestOf */.ol)(value)) {
        throw new AssemblyError(`sources '${sources.sourceIdOf(window.ref)}' and '${record.sourceId}' state different change windows; exactly one change window is expected`);
    }
    collected.window = { value, ref };
}
/** What an SBOM says it describes: checked against its component once the bundle is built. */
function reduceSbomSubject(record, _ref, { collected }) {
    collected.sbomSubjects.push(record);
}
/** A source adapter's doubt: kept as it is, to become a hold. */
function reduceSuspicion(record, _ref, { collected }) {
    collected.suspicions.push(record);
}
/** Reducers by record kind. */
const RECORD_REDUCERS = {
    signature: reduceSignature,
    artifact: reduceArtifact,
    provenance: reduceProvenance,
    dependency: reduceDependency,
    cohort: reduceCohort,
    rollback: reduceRollback,
    environment: reduceEnvironment,
    waiver: reduceWaiver,
    window: reduceWindow,
    'sbom-subject': reduceSbomSubject,
    suspicion: reduceSuspicion,
};
function componentEntry(collected, name) {
    let entry = collected.components.get(name);
    if (!entry) {
        entry = { artifacts: new Map(), provenance: [] };
        collected.components.set(name, entry);
    }
    return entry;
}
/**
 * The reason and evidence of two sources disagreeing: both source ids and both values, in an order that does
 * not depend on which record came first (records arrive in any order; the register must not change).
 */
function disagreement(subject, a, b) {
    const [first, second] = ((0,normalize/* cmp */.r)(a[0], b[0]) || (0,normalize/* cmp */.r)(a[1], b[1])) > 0 ? [b, a] : [a, b];
    return {
        reason: `sources '${first[0]}' and '${second[0]}' ${subject}: ${first[1]} / ${second[1]}`,
        evidence: [first[2], second[2]],
    };
}
const artifactText = (a) => `version ${a.version} digest ${a.digest} at ${a.locator}`;
const signatureText = (s) => `${s.verified ? 'verified' : 'not verified'} (${s.reason})`;
const pointerText = (p) => (p ? `${p.version} ${p.digest}` : 'none');
/** Distinct values, sorted. */
function unique(values) {
    return [...new Set(values)].sort(normalize/* cmp */.r);
}

// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
;// CONCATENATED MODULE: ./src/domain/assemble.ts
/**
 * Assembly: source records in, bundle files out (bundle, lineage, holds). Pure and deterministic: the same
 * records give the same bytes and digest whatever their order or the run.
 */









/**
 * Builds the bundle files from source records, in four steps: fold the records into a collection (one
 * reducer per record kind, `assembly-reducers.ts`), build the bundle from it in sorted order, write its
 * lineage, and evaluate the holds.
 */
function assemble(input) {
    const renderer = new normalize/* Renderer */.A(input.policy);
    const sources = new SourceTable();
    const candidateRef = sources.key(input.candidateLineage.sourceId, input.candidateLineage.lineage);
    const collected = collectRecords(input.records, renderer, sources);
    const { window } = collected;
    if (!window)
        throw new AssemblyError('no source states the change window (queue, start, end, change record, environments)');
    // Field pointers are only known after sorting: the refs, in the bundle's shape, keep the record that
    // vouched for each field.
    const built = buildBundle(input, collected, window, candidateRef);
    // In canonical key order once, so that neither the field digests below nor the bundle digest nor the
    // writer sorts a copy of it again.
    const bundle = (0,canonical/* canonicalForm */.bU)(built.bundle).value;
    const table = sources.finish();
    const fields = fieldLineages(bundle, built.refs, table.field);
    const normalizations = normalizationsOf(renderer, bundle);
    // Keys in RFC 8785 order, as the bundle's (see buildBundle). The holds read their evidence from the sources
    // table as the records stated it; the file holds the same table in canonical order (SourceTable.finish).
    const stated = { fields, normalizations, schemaVersion: 1, sources: table.sources };
    const holds = holdsOf(input, collected, bundle, stated, renderer);
    const lineage = { fields, normalizations, schemaVersion: 1, sources: table.written };
    // The bundle and lineage as digested, every object's keys in the order they are written in (files.ts then
    // sorts nothing); the holds as built, whose order the CLI's --json summary prints.
    const { ordered, digest } = (0,canonical/* digestedBundleFiles */.nQ)({ bundle, lineage, holds });
    return { files: { bundle: ordered.bundle, lineage: ordered.lineage, holds }, digest };
}
/** The bundle, every section sorted, and the handle of the record that stated each of its fields. */
function buildBundle(input, collected, window, candidateRef) {
    const components = componentsOf(collected.components);
    const dependencies = sortedDependencies(collected.dependencies);
    const cohorts = sortedSection(collected.cohorts);
    const rollback = rollbackOf(collected.rollbacks);
    const environments = sortedSection(collected.environments);
    const waivers = sortedSection(collected.waivers);
    // Keys in RFC 8785 order (key-order.ts); the collection keeps the records' order, which conflict reasons print.
    cohorts.values = cohorts.values.map(keySorted);
    environments.values = environments.values.map((e) => ({ constraints: keySorted(e.constraints), name: e.name }));
    waivers.values = waivers.values.map(keySorted);
    // Here and below, objects are built with their keys in RFC 8785 order: the canonical form then keeps them
    // instead of copying them (it copies whatever is out of order, so this order is not needed for the bytes).
    const bundle = {
        candidate: candidateOf(input.candidate, collected.signature),
        cohorts: cohorts.values,
        components: components.values,
        dependencies: dependencies.values,
        environments: environments.values,
        product: input.product,
        release: input.release,
        rollback: rollback.values,
        schemaVersion: 1,
        waivers: waivers.values,
        window: keySorted(window.value),
    };
    const refs = {
        candidate: { commit: candidateRef, signature: collected.signature?.ref, tag: candidateRef },
        cohorts: cohorts.refs,
        components: components.refs,
        dependencies: dependencies.refs,
        environments: environments.refs,
        rollback: rollback.refs,
        waivers: waivers.refs,
        window: window.ref,
    };
    return { bundle, refs };
}
/** The candidate: its identity from the input, its signature from the records (unsigned when none states it). */
function candidateOf(candidate, signature) {
    return {
        commit: candidate.commit,
        ...(candidate.repository ? { repository: candidate.repository } : {}),
        signature: signature ? keySorted(signature.value) : { reason: 'no-signature-source', verified: false },
        tag: candidate.tag,
    };
}
/** Components by name, their artifacts by name, their provenance without duplicates (by digest). */
function componentsOf(components) {
    const values = [];
    const refs = [];
    for (const name of sortedKeys(components)) {
        const entry = components.get(name);
        const artifacts = [...entry.artifacts.values()].sort((a, b) => (0,normalize/* cmp */.r)(a.artifact.name, b.artifact.name));
        // Most components have one provenance statement: nothing to sort or drop, so no digest to compute.
        const provenance = entry.provenance.length < 2
            ? entry.provenance
            : entry.provenance
                .map((p) => ({ ...p, key: (0,canonical/* digestOf */.ol)(p.value) }))
                .sort((a, b) => (0,normalize/* cmp */.r)(a.key, b.key))
                .filter((p, k, all) => k === 0 || all[k - 1]?.key !== p.key);
        refs.push({ artifacts: artifacts.map((a) => a.ref), provenance: provenance.map((p) => p.ref) });
        values.push({
            artifacts: artifacts.map((a) => a.artifact),
            name,
            ...(provenance.length > 0 ? { provenance: provenance.map((p) => provenanceOf(p.value)) } : {}),
        });
    }
    return { values, refs };
}
/**
 * A provenance statement as the bundle holds it: its subjects sorted, its keys (and its signer's and anchor's) in RFC 8785
 * order (the adapters build it in the order of the model), so the canonical form copies neither it nor the
 * component and list around it.
 */
function provenanceOf(value) {
    const copy = { ...value, subjects: [...value.subjects].sort(normalize/* cmp */.r) };
    if (copy.signer)
        copy.signer = keySorted(copy.signer);
    if (copy.anchor)
        copy.anchor = keySorted(copy.anchor);
    return keySorted(copy);
}
/**
 * Dependencies by component, name, version and purl (a missing version or purl sorting as ''); statements
 * equal in all four (a missing version and an empty one) in the order they were first stated. Their values
 * and handles are pushed as they come, with no list of statements in between (tens of thousands of them).
 */
function sortedDependencies(dependencies) {
    const values = [];
    const refs = [];
    for (const component of sortedKeys(dependencies)) {
        const byName = dependencies.get(component);
        for (const name of sortedKeys(byName)) {
            const same = byName.get(name);
            if (!Array.isArray(same)) {
                values.push(same.value);
                refs.push(same.ref);
                continue;
            }
            same.sort((a, b) => (0,normalize/* cmp */.r)(a.value.version ?? '', b.value.version ?? '') || (0,normalize/* cmp */.r)(a.value.purl ?? '', b.value.purl ?? ''));
            for (const stated of same) {
                values.push(stated.value);
                refs.push(stated.ref);
            }
        }
    }
    return { values, refs };
}
/** Rollback by component: pointer, hook, and evidence without duplicates, sorted by kind and reference. */
function rollbackOf(rollbacks) {
    const values = [];
    const refs = [];
    for (const name of sortedKeys(rollbacks)) {
        const entry = rollbacks.get(name);
        refs.push({ evidence: entry.evidenceRef, hook: entry.hook?.ref, pointer: entry.pointer?.ref });
        const evidence = (entry.evidence.length < 2
            ? entry.evidence
            : uniqueBy(entry.evidence, (e) => (0,canonical/* digestOf */.ol)(e)).sort((a, b) => (0,normalize/* cmp */.r)(a.kind, b.kind) || (0,normalize/* cmp */.r)(a.ref, b.ref))).map(keySorted);
        values.push({
            component: name,
            evidence,
            ...(entry.hook ? { hook: entry.hook.value } : {}),
            ...(entry.pointer?.value ? { pointer: entry.pointer.value } : {}),
        });
    }
    return { values, refs };
}
/** A section kept whole per key (cohort id, environment name, waiver id), in key order. */
function sortedSection(entries) {
    return statedValues(sortedKeys(entries).map((key) => entries.get(key)));
}
/** The values of statements, and the handles of the records that stated them. */
function statedValues(statements) {
    const values = [];
    const refs = [];
    for (const { value, ref } of statements) {
        values.push(value);
        refs.push(ref);
    }
    return { values, refs };
}
/**
 * The hold register: conflicts and suspicions pointed at the bundle's fields, SBOMs not bound to their
 * component, and every hold rule of the policy.
 */
function holdsOf(input, collected, bundle, lineage, renderer) {
    const conflicts = [...collected.conflicts];
    // Component name -> its first index (names are unique in a bundle): one lookup per SBOM, not a scan.
    const componentIndex = new Map();
    bundle.components.forEach((c, i) => {
        if (!componentIndex.has(c.name))
            componentIndex.set(c.name, i);
    });
    // A throwaway renderer: comparing names must not record renderings of names that are not in the bundle.
    const compare = new normalize/* Renderer */.A(input.policy);
    for (const subject of collected.sbomSubjects) {
        const problem = sbomSubjectProblem(subject, bundle, componentIndex, renderer, compare, (pointer) => {
            const found = (0,domain_holds/* fieldLineage */.Ky)(lineage, pointer);
            return found ? [found] : [];
        });
        if (problem)
            conflicts.push({ target: problem.target, reason: problem.reason, evidence: problem.evidence });
    }
    const resolve = (target) => resolveTarget(bundle, target, renderer);
    return (0,domain_holds/* evaluateHolds */.Y9)({
        bundle,
        lineage,
        policy: input.policy,
        previous: input.previous?.bundle,
        conflicts: conflicts.map(({ target, reason, evidence }) => ({ path: resolve(target), reason, evidence })),
        suspicions: collected.suspicions.map((s) => ({
            rule: s.rule,
            path: s.component === undefined ? s.path : resolve({ component: s.component }),
            reason: s.reason,
            evidence: [recordLineage(s)],
        })),
    });
}
const LABEL = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
/**
 * Names that must be labels (component names, cohort ids, environment labels) but are not, with their
 * pointers. Assembly keeps them as the sources wrote them; writers refuse a bundle with any (it would fail
 * its own schema) and point at the policy's rendering rules.
 */
function unlabelledNames(bundle) {
    const out = [];
    const check = (path, field, value) => {
        if (!LABEL.test(value))
            out.push({ path: (0,json_pointer/* pointerOf */.rq)(path), field, value });
    };
    bundle.components.forEach((c, i) => check(['components', i, 'name'], 'component', c.name));
    bundle.cohorts.forEach((c, i) => {
        check(['cohorts', i, 'id'], 'cohort', c.id);
        c.environments.forEach((e, k) => check(['cohorts', i, 'environments', k], 'environment', e));
    });
    bundle.environments.forEach((e, i) => check(['environments', i, 'name'], 'environment', e.name));
    bundle.window.environments.forEach((e, k) => check(['window', 'environments', k], 'environment', e));
    return out;
}
function resolveTarget(bundle, target, renderer) {
    if (target.component !== undefined) {
        const name = renderer.render('component', target.component);
        const i = bundle.components.findIndex((c) => c.name === name);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['components', i]) : '';
    }
    if (target.cohort !== undefined) {
        const i = bundle.cohorts.findIndex((c) => c.id === target.cohort);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['cohorts', i]) : '';
    }
    if (target.dependencyOf !== undefined) {
        const i = bundle.dependencies.findIndex((d) => d.component === target.dependencyOf);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['dependencies', i]) : '';
    }
    if (target.rollback !== undefined) {
        const i = bundle.rollback.findIndex((r) => r.component === target.rollback);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'pointer']) : '';
    }
    return target.path ?? '';
}
/**
 * Each rendering change, recorded at the pointer where the name it leads to is defined (for a step inside a
 * chain of rules, the chain's final name). Names are indexed once, so this stays linear in the bundle.
 */
function normalizationsOf(renderer, bundle) {
    const steps = renderer.renderings();
    if (steps.length === 0)
        return [];
    const where = new Map();
    const place = (field, name, path) => {
        const key = `${field}\u0000${name}`;
        if (!where.has(key))
            where.set(key, (0,json_pointer/* pointerOf */.rq)(path));
    };
    bundle.components.forEach((c, i) => place('component', c.name, ['components', i, 'name']));
    bundle.rollback.forEach((r, i) => place('component', r.component, ['rollback', i, 'component']));
    bundle.cohorts.forEach((c, i) => place('cohort', c.id, ['cohorts', i, 'id']));
    bundle.environments.forEach((e, i) => place('environment', e.name, ['environments', i, 'name']));
    bundle.window.environments.forEach((e, k) => place('environment', e, ['window', 'environments', k]));
    bundle.cohorts.forEach((c, i) => c.environments.forEach((e, k) => place('environment', e, ['cohorts', i, 'environments', k])));
    // Keys in RFC 8785 order, as the bundle's.
    return steps.map((r) => ({
        original: r.original,
        path: where.get(`${r.field}\u0000${r.final}`) ?? '',
        rendered: r.rendered,
        rule: r.rule,
    }));
}
const subjectText = (s) => `${s.name} ${s.version ?? '(no version)'}${s.purl ? ` (${s.purl})` : ''}`;
/** The name and version a purl states (`pkg:type/namespace/name@version?q#s`), decoded. */
function purlParts(purl) {
    const match = /^pkg:[^/]+\/(?:.*\/)?([^/@?#]+)(?:@([^?#]+))?/.exec(purl);
    if (!match)
        return {};
    const decode = (v) => {
        if (v === undefined)
            return undefined;
        try {
            return decodeURIComponent(v);
        }
        catch {
            return v;
        }
    };
    const name = decode(match[1]);
    const version = decode(match[2]);
    return { ...(name === undefined ? {} : { name }), ...(version === undefined ? {} : { version }) };
}
/**
 * Whether an SBOM is bound to the component it was attached to: the component is in the bundle, and one of
 * the SBOM's subjects names it (its name, its last `/` segment or its purl's name, rendered by the policy's
 * component rules) with a version one of the component's artifacts has. Otherwise the hold's reason names
 * both sides: what the SBOM describes, and the component with its artifact versions.
 */
function sbomSubjectProblem(record, bundle, componentIndex, renderer, compare, evidenceAt) {
    const name = renderer.render('component', record.component);
    const index = componentIndex.get(name) ?? -1;
    const component = bundle.components[index];
    // The words and the evidence are only needed for a problem: most SBOMs are bound (built lazily).
    const stated = () => record.subjects.length === 0
        ? `names no subject in ${record.statedBy}`
        : `describes ${record.subjects.map(subjectText).join(', ')} (${record.statedBy})`;
    const source = `SBOM '${record.sourceId}'`;
    if (!component) {
        const known = bundle.components.map((c) => c.name).join(', ') || 'none';
        return {
            target: { dependencyOf: name },
            reason: `${source} is attached to component ${name}, which is not a component of this bundle (components: ${known}); it ${stated()}`,
            evidence: [recordLineage(record)],
        };
    }
    const versions = [...new Set(component.artifacts.map((a) => a.version))].sort(normalize/* cmp */.r);
    const wanted = () => `component ${name} (artifact version${versions.length === 1 ? '' : 's'} ${versions.join(', ') || 'none'})`;
    // The SBOM's statement, then where the component's artifact versions came from.
    const evidence = () => [
        recordLineage(record),
        ...component.artifacts.flatMap((_, j) => evidenceAt((0,json_pointer/* pointerOf */.rq)(['components', index, 'artifacts', j, 'version']))),
    ];
    if (record.subjects.length === 0)
        return {
            target: { component: record.component },
            reason: `${source} ${stated()}, so nothing binds it to ${wanted()}`,
            evidence: evidence(),
        };
    const names = (s) => {
        const candidates = [s.name, s.name.slice(s.name.lastIndexOf('/') + 1)];
        const fromPurl = s.purl ? purlParts(s.purl).name : undefined;
        if (fromPurl)
            candidates.push(fromPurl);
        return candidates.flatMap((n) => [n, compare.render('component', n)]);
    };
    const bound = record.subjects.some((s) => {
        const version = s.version ?? (s.purl ? purlParts(s.purl).version : undefined);
        return (names(s).some((n) => n === name || n === record.component) && version !== undefined && versions.includes(version));
    });
    if (bound)
        return undefined;
    return {
        target: { component: record.component },
        reason: `${source} ${stated()}, but it is attached to ${wanted()}`,
        evidence: evidence(),
    };
}
/**
 * A map's keys in code-unit order. The default sort compares strings by UTF-16 code units, as cmp does, and
 * keys are distinct (no tie, so stability plays no part): the native sort with no comparator to call, and no
 * [key, value] pair per entry (tens of thousands of dependency names).
 */
function sortedKeys(map) {
    return [...map.keys()].sort();
}
function uniqueBy(values, key) {
    const seen = new Set();
    return values.filter((v) => {
        const k = key(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

// EXTERNAL MODULE: ./src/sources/credentials.ts
var credentials = __webpack_require__(6876);
// EXTERNAL MODULE: ./src/sources/document.ts
var sources_document = __webpack_require__(8457);
// EXTERNAL MODULE: ./src/sources/options.ts
var sources_options = __webpack_require__(3120);
;// CONCATENATED MODULE: ./src/sources/sbom.ts
/**
 * A dependency record, stated at `fragment` of the SBOM whose lineage is `lineage`; empty optional values are
 * left out. Its keys are in RFC 8785 order (component, licenses, name, purl, version), so the bundle's canonical
 * form keeps each dependency as it is instead of copying it.
 */
function dependencyRecord(sourceId, lineage, fragment, component, found) {
    const dependency = found.licenses.length === 0
        ? { component, name: found.name }
        : { component, licenses: distinct(found.licenses), name: found.name };
    if (found.purl !== undefined)
        dependency.purl = found.purl;
    // Version is optional in CycloneDX 1.5+ and SPDX: left out when not stated (or stated empty), never guessed.
    if (found.version !== undefined && found.version !== '')
        dependency.version = found.version;
    return { type: 'dependency', sourceId, lineage, fragment, dependency };
}
/** The record of what an SBOM says it describes; empty optional values are left out. */
function subjectRecord(sourceId, lineage, fragment, component, statedBy, found) {
    const subjects = found.map((s) => ({
        name: s.name,
        ...(s.version ? { version: s.version } : {}),
        ...(s.purl ? { purl: s.purl } : {}),
    }));
    return { type: 'sbom-subject', sourceId, lineage, fragment, component, statedBy, subjects };
}
/** The values without repeats, first occurrence first; a single value needs no set. */
function distinct(values) {
    return values.length === 1 ? [values[0]] : [...new Set(values)];
}

// EXTERNAL MODULE: ./src/sources/shape.ts
var shape = __webpack_require__(9131);
;// CONCATENATED MODULE: ./src/sources/cyclonedx.ts




/** CycloneDX versions whose JSON component shape this adapter reads. */
const CYCLONEDX_SPEC_VERSIONS = ['1.4', '1.5', '1.6'];
const EXPECTED = `a CycloneDX ${CYCLONEDX_SPEC_VERSIONS.join('/')} JSON BOM`;
/** Reads a CycloneDX SBOM from the workspace. */
const cyclonedxAdapter = {
    kind: 'cyclonedx',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'cyclonedx');
        const loaded = await (0,sources_document/* loadDocument */.A)(context, options.path);
        const view = loaded.view;
        const bom = (0,shape/* expectObject */.Xk)(view, loaded.value, '', EXPECTED);
        if (bom.bomFormat !== 'CycloneDX') {
            throw view.error('/bomFormat', `bomFormat is ${JSON.stringify(bom.bomFormat)}, not "CycloneDX"`, EXPECTED);
        }
        if (typeof bom.specVersion !== 'string' || !CYCLONEDX_SPEC_VERSIONS.includes(bom.specVersion)) {
            throw view.error('/specVersion', `unsupported CycloneDX specVersion ${JSON.stringify(bom.specVersion)}`, EXPECTED);
        }
        const records = [];
        // The components of `parent` (the BOM or a component at `pointer`), nested ones after their parent.
        const walk = (parent, pointer) => {
            const list = (0,shape/* optionalArrayField */.O3)(view, parent, pointer, 'components');
            const at0 = `${pointer}/components`;
            for (let index = 0; index < list.length; index++) {
                const at = `${at0}/${index}`;
                const component = (0,shape/* expectObject */.Xk)(view, list[index], at, 'a CycloneDX component object');
                const name = (0,shape/* expectStringField */.$I)(view, component, at, 'name');
                const group = (0,shape/* optionalStringField */.kn)(view, component, at, 'group');
                records.push(dependencyRecord(options.id, loaded.lineage, at, options.component, {
                    name: group ? `${group}/${name}` : name,
                    version: (0,shape/* optionalStringField */.kn)(view, component, at, 'version'),
                    purl: (0,shape/* optionalStringField */.kn)(view, component, at, 'purl'),
                    licenses: licensesOf(view, component, at),
                }));
                walk(component, at);
            }
        };
        walk(bom, '');
        records.push(subjectOf(view, bom.metadata, options, loaded.lineage));
        return records;
    },
};
/** `metadata.component` (name, with its group as `group/name`; version; purl): what the BOM describes. */
function subjectOf(view, metadata, options, lineage) {
    const statedBy = 'CycloneDX metadata.component';
    const meta = metadata === undefined ? {} : (0,shape/* expectObject */.Xk)(view, metadata, '/metadata', 'a CycloneDX metadata object');
    if (meta.component === undefined)
        return subjectRecord(options.id, lineage, '/metadata', options.component, statedBy, []);
    const at = '/metadata/component';
    const component = (0,shape/* expectObject */.Xk)(view, meta.component, at, 'a CycloneDX component object');
    const name = (0,shape/* expectString */.lK)(view, component.name, (0,shape/* child */.jf)(at, 'name'));
    const group = (0,shape/* optionalString */.sx)(view, component.group, (0,shape/* child */.jf)(at, 'group'));
    return subjectRecord(options.id, lineage, at, options.component, statedBy, [
        {
            name: group ? `${group}/${name}` : name,
            version: (0,shape/* optionalString */.sx)(view, component.version, (0,shape/* child */.jf)(at, 'version')),
            purl: (0,shape/* optionalString */.sx)(view, component.purl, (0,shape/* child */.jf)(at, 'purl')),
        },
    ]);
}
/** The component's `licenses: [{license: {id} | {name}} | {expression}]` -> ids, names and expressions. */
function licensesOf(view, component, pointer) {
    const list = (0,shape/* optionalArrayField */.O3)(view, component, pointer, 'licenses');
    const found = [];
    for (let index = 0; index < list.length; index++) {
        const at = `${pointer}/licenses/${index}`;
        const choice = (0,shape/* expectObject */.Xk)(view, list[index], at, 'a CycloneDX license choice');
        const expression = (0,shape/* optionalStringField */.kn)(view, choice, at, 'expression');
        if (expression) {
            found.push(expression);
            continue;
        }
        if (choice.license === undefined)
            continue;
        const license = (0,shape/* expectObject */.Xk)(view, choice.license, (0,shape/* child */.jf)(at, 'license'), 'a CycloneDX license');
        const id = (0,shape/* optionalStringField */.kn)(view, license, `${at}/license`, 'id');
        const name = (0,shape/* optionalStringField */.kn)(view, license, `${at}/license`, 'name');
        const either = id ?? name;
        if (either)
            found.push(either);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sources/flagd.ts



const flagd_EXPECTED = 'flagd flag definitions ({"flags": {...}}, https://flagd.dev/schema/v0/flags.json)';
const SEGMENT_MAX = 512;
const MAX_DEPTH = 32;
/** Reads a flagd flag file from the workspace. */
const flagdAdapter = {
    kind: 'flagd',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'flagd');
        const flag = findFlag(await (0,sources_document/* loadDocument */.A)(context, options.path), options.flag);
        const defaultVariant = defaultVariantOf(flag);
        const walker = new TargetingWalker(flag.view, flag.evaluators, flag.variants, defaultVariant);
        const found = variantsFound(flag, walker, defaultVariant);
        const override = segmentOverride(flag, walker, options.segmentFrom);
        return [
            ...cohortRecords(found, override, options, flag.loaded.lineage),
            ...holdRecords(walker.unreadable, options, flag.loaded.lineage),
        ];
    },
};
/** The flag named `key` of a loaded flagd file; refuses a file without it, or a flag not ENABLED. */
function findFlag(loaded, key) {
    const view = loaded.view;
    const root = (0,shape/* expectObject */.Xk)(view, loaded.value, '', flagd_EXPECTED);
    const flags = (0,shape/* expectObject */.Xk)(view, root.flags, '/flags', `${flagd_EXPECTED} with a "flags" object`);
    const evaluators = root.$evaluators === undefined ? {} : (0,shape/* expectObject */.Xk)(view, root.$evaluators, '/$evaluators');
    const at = (0,shape/* child */.jf)('/flags', key);
    const flag = flags[key];
    if (!Object.hasOwn(flags, key) || flag === undefined) {
        const known = Object.keys(flags).slice(0, 20).join(', ');
        throw view.error(at, `flag '${key}' is not defined (flags: ${known})`, `a flag named '${key}'`);
    }
    const definition = (0,shape/* expectObject */.Xk)(view, flag, at, 'a flagd flag definition');
    if (definition.state !== 'ENABLED') {
        throw view.error((0,shape/* child */.jf)(at, 'state'), `flag '${key}' is ${JSON.stringify(definition.state)}, so it rolls out nothing`, 'state "ENABLED"');
    }
    const variants = (0,shape/* expectObject */.Xk)(view, definition.variants, (0,shape/* child */.jf)(at, 'variants'), 'an object of variants');
    const noTargeting = definition.targeting === undefined ||
        definition.targeting === null ||
        ((0,shape/* isObject */.Gv)(definition.targeting) && Object.keys(definition.targeting).length === 0);
    return { loaded, view, key, at, definition, variants, evaluators, noTargeting };
}
/**
 * The flag's default variant, which must be one of its variants. A null defaultVariant (flagd-schemas allows
 * it) defers to the application's code default: no variant here (undefined), unless there is no targeting.
 */
function defaultVariantOf(flag) {
    const { view, definition, variants, at } = flag;
    if (!flag.noTargeting && definition.defaultVariant === null)
        return undefined;
    const defaultVariant = (0,shape/* expectString */.lK)(view, definition.defaultVariant, (0,shape/* child */.jf)(at, 'defaultVariant'));
    if (!Object.hasOwn(variants, defaultVariant)) {
        throw view.error((0,shape/* child */.jf)(at, 'defaultVariant'), `flag '${flag.key}' has no variant '${defaultVariant}'`, `one of ${Object.keys(variants).join(', ')}`);
    }
    return defaultVariant;
}
/** The variants the flag's targeting yields (the default variant for 100% without one); refuses none at all. */
function variantsFound(flag, walker, defaultVariant) {
    const found = flag.noTargeting && defaultVariant !== undefined
        ? [{ variant: defaultVariant, pointer: (0,shape/* child */.jf)(flag.at, 'defaultVariant'), conditions: [], share: 100 }]
        : walker.walk(flag.definition.targeting, (0,shape/* child */.jf)(flag.at, 'targeting'), [], 0);
    if (found.length === 0 && walker.unreadable.length === 0) {
        throw flag.view.error((0,shape/* child */.jf)(flag.at, 'targeting'), `flag '${flag.key}' targeting selects no variant`, 'a targeting rule with variants');
    }
    return found;
}
/** The rendered rule of the `$evaluators` entry `segmentFrom` names, the segment of every cohort; refuses an unknown one. */
function segmentOverride(flag, walker, segmentFrom) {
    if (segmentFrom === undefined)
        return undefined;
    const rule = flag.evaluators[segmentFrom];
    if (rule === undefined || !Object.hasOwn(flag.evaluators, segmentFrom)) {
        throw flag.view.error('/$evaluators', `segmentFrom names evaluator '${segmentFrom}', which is not defined`, 'a defined $evaluators entry');
    }
    return walker.render(rule, 0, (0,shape/* child */.jf)('/$evaluators', segmentFrom));
}
/** A cohort record per variant found, in walk order; ids `<flag>-<variant>`, `-2`, `-3`… on repeats. */
function cohortRecords(found, override, options, lineage) {
    const used = new Map();
    return found.map((hit) => {
        const base = `${options.flag}-${hit.variant}`;
        const count = (used.get(base) ?? 0) + 1;
        used.set(base, count);
        const segment = override ?? (hit.conditions.length > 0 ? hit.conditions.join(' and ') : undefined);
        const cohort = {
            id: count === 1 ? base : `${base}-${count}`,
            environments: [...options.environments],
            ...(hit.share === undefined ? {} : { share: hit.share }),
            ...(segment === undefined ? {} : { segment: clip(segment) }),
            flags: [{ key: options.flag, variant: hit.variant }],
        };
        return { type: 'cohort', sourceId: options.id, lineage, fragment: hit.pointer, cohort };
    });
}
/** A `suspicious-source` hold per unreadable construct; a $ref evaluator rendered at several places reports once. */
function holdRecords(found, options, lineage) {
    const unique = new Map(found.map((u) => [`${u.pointer} ${u.reason}`, u]));
    return [...unique.values()].map((u) => ({
        type: 'suspicion',
        sourceId: options.id,
        lineage,
        fragment: u.pointer,
        path: '',
        rule: 'suspicious-source',
        reason: `flagd flag '${options.flag}' at ${u.pointer}: ${u.reason}`,
    }));
}
/** Walks a json-logic targeting rule for the variants it can yield, and renders conditions as text. */
class TargetingWalker {
    view;
    evaluators;
    variants;
    defaultVariant;
    /** Constructs whose rollout cannot be read, each to become a hold. */
    unreadable = [];
    constructor(view, evaluators, variants, defaultVariant) {
        this.view = view;
        this.evaluators = evaluators;
        this.variants = variants;
        this.defaultVariant = defaultVariant;
    }
    walk(node, pointer, conditions, depth) {
        if (depth > MAX_DEPTH)
            throw this.view.error(pointer, 'targeting nests too deeply', `at most ${MAX_DEPTH} levels`);
        if (node === null) {
            // flagd answers the default variant for a null result; a null default defers to the application's code.
            return this.defaultVariant === undefined ? [] : [{ variant: this.defaultVariant, pointer, conditions }];
        }
        if (typeof node === 'string') {
            if (Object.hasOwn(this.variants, node))
                return [{ variant: node, pointer, conditions }];
            // flagd answers an error for this branch and the application falls back to its code default.
            this.unreadable.push({
                pointer,
                reason: `targeting yields '${node}', which is no variant of the flag (variants: ${Object.keys(this.variants).join(', ')}); flagd answers an error there`,
            });
            return [];
        }
        const rule = (0,shape/* expectObject */.Xk)(this.view, node, pointer, 'a targeting rule, a variant name or null');
        const ref = this.reference(rule, pointer);
        if (ref)
            return this.walk(ref.rule, pointer, conditions, depth + 1);
        if (Object.hasOwn(rule, 'fractional'))
            return this.fractional(rule.fractional, (0,shape/* child */.jf)(pointer, 'fractional'), conditions, depth + 1);
        if (Object.hasOwn(rule, 'if')) {
            const at = (0,shape/* child */.jf)(pointer, 'if');
            const args = (0,shape/* expectArray */.J6)(this.view, rule.if, at, 'an "if" argument list');
            const found = [];
            const negated = [];
            // json-logic `if`: [c1, v1, c2, v2, …, else]
            for (let i = 0; i + 1 < args.length; i += 2) {
                const condition = this.render(args[i], depth + 1, (0,shape/* child */.jf)(at, i));
                found.push(...this.walk(args[i + 1], (0,shape/* child */.jf)(at, i + 1), [...conditions, ...negated, condition], depth + 1));
                negated.push(`not (${condition})`);
            }
            if (args.length % 2 === 1)
                found.push(...this.walk(args[args.length - 1], (0,shape/* child */.jf)(at, args.length - 1), [...conditions, ...negated], depth + 1));
            return found;
        }
        // Any other JSON Logic operator (`cat`, `var`, `substr`, a bare `starts_with`…) computes the variant name
        // per request: which variants it yields, and to whom, cannot be read from the file.
        const operator = Object.keys(rule)[0] ?? '';
        this.unreadable.push({
            pointer,
            reason: `targeting computes the variant with '${operator}' (${clip(this.render(rule, depth + 1, pointer))}), so its cohorts cannot be read from the file`,
        });
        return [];
    }
    fractional(value, pointer, conditions, depth) {
        const args = (0,shape/* expectArray */.J6)(this.view, value, pointer, 'a "fractional" argument list');
        // The first argument is the bucketing expression unless it is already a bucket (shorthand form).
        const first = Array.isArray(args[0]) ? 0 : 1;
        let computed = false;
        const buckets = args.slice(first).map((item, i) => {
            const at = (0,shape/* child */.jf)(pointer, first + i);
            const bucket = (0,shape/* expectArray */.J6)(this.view, item, at, 'a fractional bucket [variant, weight]');
            const weight = bucket.length > 1 ? bucket[1] : 1;
            if ((0,shape/* isObject */.Gv)(weight)) {
                // flagd-schemas: a weight may be JSON Logic (time-based progressive rollouts), evaluated per request.
                computed = true;
                this.unreadable.push({
                    pointer: (0,shape/* child */.jf)(at, 1),
                    reason: `fractional weight is computed per request (${clip(this.render(weight, depth + 1, (0,shape/* child */.jf)(at, 1)))}), so the shares of this split cannot be known before it runs`,
                });
                return { variant: bucket[0], weight: 0, at };
            }
            if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
                throw this.view.error((0,shape/* child */.jf)(at, 1), 'fractional weight is not a non-negative number', 'a non-negative number');
            }
            return { variant: bucket[0], weight, at };
        });
        const total = buckets.reduce((sum, b) => sum + b.weight, 0);
        if (buckets.length === 0 || (total <= 0 && !computed)) {
            throw this.view.error(pointer, 'fractional rule has no weighted buckets', 'at least one bucket with a positive weight');
        }
        return buckets.flatMap((b) => {
            // A computed weight leaves every share of the split unknown: cohorts without a share, and the hold above.
            const share = computed ? undefined : (b.weight / total) * 100;
            // The bucket's variant is itself JSON Logic (a string names a variant directly): walk it, share multiplied in.
            // A named variant keeps the bucket as its lineage pointer.
            const hits = typeof b.variant === 'string'
                ? this.walk(b.variant, b.at, conditions, depth + 1)
                : this.walk(b.variant, (0,shape/* child */.jf)(b.at, 0), conditions, depth + 1);
            return hits.map((hit) => {
                const combined = share === undefined ? undefined : hit.share === undefined ? share : (share * hit.share) / 100;
                const { share: _inner, ...rest } = hit;
                return combined === undefined ? rest : { ...rest, share: Math.round(combined * 10_000) / 10_000 };
            });
        });
    }
    reference(rule, pointer) {
        if (!Object.hasOwn(rule, '$ref'))
            return undefined;
        const name = (0,shape/* expectString */.lK)(this.view, rule.$ref, (0,shape/* child */.jf)(pointer, '$ref'), 'the name of an $evaluators entry');
        if (!Object.hasOwn(this.evaluators, name)) {
            throw this.view.error((0,shape/* child */.jf)(pointer, '$ref'), `$ref names evaluator '${name}', which is not defined`, 'a defined $evaluators entry');
        }
        return { rule: this.evaluators[name] };
    }
    /** A json-logic condition as readable text: `"@faas.com" in email`, `id ends_with "xyz"`. */
    render(node, depth, pointer) {
        if (depth > MAX_DEPTH)
            throw this.view.error(pointer, 'targeting nests too deeply', `at most ${MAX_DEPTH} levels`);
        if (Array.isArray(node))
            return `[${node.map((n, i) => this.render(n, depth + 1, (0,shape/* child */.jf)(pointer, i))).join(', ')}]`;
        if (!(0,shape/* isObject */.Gv)(node))
            return JSON.stringify(node) ?? 'null';
        const ref = this.reference(node, pointer);
        if (ref)
            return this.render(ref.rule, depth + 1, pointer);
        const [operator, raw] = Object.entries(node)[0] ?? ['', undefined];
        const args = Array.isArray(raw) ? raw : [raw];
        const at = (i) => (Array.isArray(raw) ? (0,shape/* child */.jf)(pointer, operator, i) : (0,shape/* child */.jf)(pointer, operator));
        const text = (i) => this.render(args[i], depth + 1, at(i));
        if (operator === 'var')
            return typeof args[0] === 'string' ? args[0] : text(0);
        if (operator === 'fractional') {
            // fractional yields a variant name, not a truth value: as a condition it is true for every non-empty name.
            this.unreadable.push({
                pointer,
                reason: "'fractional' is used as a condition; it yields a variant name, not a truth value, so who the branch it guards reaches cannot be read",
            });
        }
        if (operator === '!')
            return `not (${text(0)})`;
        if (operator === 'and' || operator === 'or')
            return args.map((_, i) => `(${text(i)})`).join(` ${operator} `);
        if (args.length === 2 && INFIX.has(operator))
            return `${text(0)} ${operator} ${text(1)}`;
        if (operator === 'sem_ver' && args.length === 3)
            return `${text(0)} sem_ver ${String(args[1])} ${text(2)}`;
        return `${operator}(${args.map((_, i) => text(i)).join(', ')})`;
    }
}
const INFIX = new Set(['in', '==', '===', '!=', '!==', '<', '<=', '>', '>=', 'starts_with', 'ends_with']);
function clip(text) {
    return text.length <= SEGMENT_MAX ? text : `${text.slice(0, SEGMENT_MAX - 1)}…`;
}

// EXTERNAL MODULE: ./src/domain/repository.ts
var repository = __webpack_require__(7110);
;// CONCATENATED MODULE: ./src/sources/attestation.ts
/**
 * in-toto attestations, as they arrive: a bare Statement (v0.1, v1), a DSSE envelope, a Sigstore bundle
 * (media types v0.1, v0.2, v0.3), an npm/GitHub `{"attestations": [...]}` wrapper, or `.intoto.jsonl` lines.
 * Unwraps them to SLSA provenance (v0.2, v1) and extracts builder, source repository, ref, commit and subject
 * digests (sha256, sha384, sha512). Shared by the `provenance` and `github-attestations` kinds.
 *
 * Signatures, two ways. (1) Keyed: the DSSE signature is checked over its PAE with node:crypto against the keys
 * the user trusts (`trustedKeys`: PEM public keys or certificates). (2) Keyless: when the source gives a
 * `trustedRoot`, a Sigstore bundle is verified by sigstore.ts with @sigstore/verify (certificate chain to a Fulcio
 * CA of that root at the signing time, SCT, Rekor SET/inclusion proof and entry body, DSSE signature) and its
 * signer matched against the source's identity policy. `signatureVerified` is set only by a trusted key or by a
 * keyless verification whose signer matches the policy. Otherwise the signature is checked, for information
 * only, against the certificate embedded in a bundle, and the text says that chain and tlog were not checked.
 */




/** in-toto Statement types read. */
const STATEMENT_TYPES = [
    'https://in-toto.io/Statement/v0.1',
    'https://in-toto.io/Statement/v1',
    'https://in-toto.io/Statement/v1?draft',
];
/** SLSA provenance predicate types read. */
const PROVENANCE_TYPES = [
    'https://slsa.dev/provenance/v0.2',
    'https://slsa.dev/provenance/v1',
    'https://slsa.dev/provenance/v1.0',
    'https://slsa.dev/provenance/v1?draft',
];
/** Sigstore bundle media types read. */
const BUNDLE_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json',
];
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
/** What the accepted forms are, for error messages. */
const ATTESTATION_FORMS = 'an in-toto Statement (v0.1/v1) with SLSA provenance (v0.2/v1): bare, in a DSSE envelope, in a Sigstore bundle (v0.1-v0.3), in {"attestations": [...]}, or one DSSE envelope per .intoto.jsonl line';
/** Every in-toto statement in a parsed document (any accepted form). Throws an InputError on unknown forms. */
function findStatements(view, value, pointer = '') {
    const node = (0,shape/* expectObject */.Xk)(view, value, pointer, ATTESTATION_FORMS);
    if (Array.isArray(node.attestations)) {
        return node.attestations.flatMap((item, index) => {
            const at = (0,shape/* child */.jf)(pointer, 'attestations', index);
            const entry = (0,shape/* expectObject */.Xk)(view, item, at, 'an attestation entry');
            return findStatements(view, entry.bundle ?? entry, entry.bundle === undefined ? at : (0,shape/* child */.jf)(at, 'bundle'));
        });
    }
    if (typeof node.mediaType === 'string')
        return [fromBundle(view, node, pointer)];
    if (node.payloadType !== undefined || node.payload !== undefined) {
        const envelope = readEnvelope(view, node, pointer);
        return [{ pointer, statementPointer: pointer, envelope, statement: statementOf(view, envelope, pointer) }];
    }
    if (node._type !== undefined)
        return [{ pointer, statementPointer: pointer, statement: checkStatement(view, node, pointer) }];
    throw view.error(pointer, 'not an attestation: no _type, payloadType, mediaType or attestations', ATTESTATION_FORMS);
}
/** Every statement of an `.intoto.jsonl` text: one JSON document (usually a DSSE envelope) per line. */
function findStatementsInLines(text, file, makeView) {
    const found = [];
    text.split('\n').forEach((line, index) => {
        if (line.trim() === '')
            return;
        const view = makeView(line);
        const value = (0,parse.parseDocument)(line, `${file}:${index + 1}`, 'json');
        found.push(...findStatements(view, value, `/${index}`));
    });
    return found;
}
function fromBundle(view, bundle, pointer) {
    const mediaType = (0,shape/* expectString */.lK)(view, bundle.mediaType, (0,shape/* child */.jf)(pointer, 'mediaType'));
    if (!BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw view.error((0,shape/* child */.jf)(pointer, 'mediaType'), `unsupported Sigstore bundle media type ${JSON.stringify(mediaType)}`, BUNDLE_MEDIA_TYPES.join(', '));
    }
    if (bundle.dsseEnvelope === undefined) {
        throw view.error(pointer, 'Sigstore bundle holds no DSSE envelope (a message signature is not an attestation)', 'a bundle with dsseEnvelope');
    }
    const envelopeAt = (0,shape/* child */.jf)(pointer, 'dsseEnvelope');
    const envelope = readEnvelope(view, (0,shape/* expectObject */.Xk)(view, bundle.dsseEnvelope, envelopeAt), envelopeAt);
    const material = (0,shape/* isObject */.Gv)(bundle.verificationMaterial) ? bundle.verificationMaterial : {};
    const certificate = certificateOf(view, material, (0,shape/* child */.jf)(pointer, 'verificationMaterial'));
    const entry = Array.isArray(material.tlogEntries) && (0,shape/* isObject */.Gv)(material.tlogEntries[0]) ? material.tlogEntries[0] : undefined;
    const integratedTime = entry && typeof entry.integratedTime === 'string' && /^\d{1,12}$/.test(entry.integratedTime)
        ? new Date(Number(entry.integratedTime) * 1000).toISOString().replace('.000Z', 'Z')
        : undefined;
    const logIndex = entry && typeof entry.logIndex === 'string' ? entry.logIndex : undefined;
    return {
        pointer,
        statementPointer: envelopeAt,
        envelope,
        statement: statementOf(view, envelope, envelopeAt),
        bundle,
        ...(certificate ? { certificate } : {}),
        ...(integratedTime ? { integratedTime } : {}),
        ...(logIndex ? { logIndex } : {}),
    };
}
function certificateOf(view, material, pointer) {
    let raw;
    let at = pointer;
    if ((0,shape/* isObject */.Gv)(material.certificate)) {
        raw = material.certificate.rawBytes;
        at = (0,shape/* child */.jf)(pointer, 'certificate', 'rawBytes');
    }
    else if ((0,shape/* isObject */.Gv)(material.x509CertificateChain) && Array.isArray(material.x509CertificateChain.certificates)) {
        const first = material.x509CertificateChain.certificates[0];
        raw = (0,shape/* isObject */.Gv)(first) ? first.rawBytes : undefined;
        at = (0,shape/* child */.jf)(pointer, 'x509CertificateChain', 'certificates', 0, 'rawBytes');
    }
    if (raw === undefined)
        return undefined;
    try {
        return new external_node_crypto_.X509Certificate(base64(view, raw, at));
    }
    catch (cause) {
        if (cause instanceof Error && cause.name === 'InputError')
            throw cause;
        throw view.error(at, 'embedded certificate is not a DER X.509 certificate', 'a base64 DER certificate');
    }
}
function readEnvelope(view, node, pointer) {
    const payloadType = (0,shape/* expectString */.lK)(view, node.payloadType, (0,shape/* child */.jf)(pointer, 'payloadType'));
    if (payloadType !== IN_TOTO_PAYLOAD) {
        throw view.error((0,shape/* child */.jf)(pointer, 'payloadType'), `DSSE payloadType is ${JSON.stringify(payloadType)}`, IN_TOTO_PAYLOAD);
    }
    const payload = base64(view, node.payload, (0,shape/* child */.jf)(pointer, 'payload'));
    const signatures = (0,shape/* expectArray */.J6)(view, node.signatures ?? [], (0,shape/* child */.jf)(pointer, 'signatures')).map((item, i) => {
        const at = (0,shape/* child */.jf)(pointer, 'signatures', i);
        return base64(view, (0,shape/* expectObject */.Xk)(view, item, at, 'a DSSE signature').sig, (0,shape/* child */.jf)(at, 'sig'));
    });
    return { payloadType, payload, signatures };
}
function statementOf(view, envelope, pointer) {
    let value;
    try {
        value = (0,parse.parseDocument)((0,parse.decodeUtf8)(envelope.payload, view.file), view.file, 'json');
    }
    catch {
        throw view.error((0,shape/* child */.jf)(pointer, 'payload'), 'DSSE payload is not JSON', 'a base64 in-toto Statement');
    }
    return checkStatement(view, value, (0,shape/* child */.jf)(pointer, 'payload'));
}
function checkStatement(view, value, pointer) {
    const statement = (0,shape/* expectObject */.Xk)(view, value, pointer, 'an in-toto Statement');
    if (typeof statement._type !== 'string' || !STATEMENT_TYPES.includes(statement._type)) {
        throw view.error((0,shape/* child */.jf)(pointer, '_type'), `unsupported in-toto Statement type ${JSON.stringify(statement._type)}`, STATEMENT_TYPES.join(', '));
    }
    return statement;
}
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
function base64(view, value, pointer) {
    const text = (0,shape/* expectString */.lK)(view, value, pointer, 'base64 text');
    if (!BASE64.test(text))
        throw view.error(pointer, 'not base64', 'base64 text');
    return new Uint8Array(Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64'));
}
/** True when the statement carries SLSA provenance (not, say, an npm publish attestation). */
function isProvenance(found) {
    return typeof found.statement.predicateType === 'string' && PROVENANCE_TYPES.includes(found.statement.predicateType);
}
/**
 * Subject digest algorithms accepted, with their hex lengths. The in-toto DigestSet lists more (sha224, sha3_*,
 * sha1, md5...); its own rule is that consumers accept only algorithms they consider secure and ignore the rest,
 * and that two digest sets match when ANY accepted algorithm matches. sha1 and md5 are collision-broken, so a
 * subject named only by them matches nothing here. npm provenance names its tarball by sha512 only.
 */
const SUBJECT_ALGORITHMS = { sha256: 64, sha384: 96, sha512: 128 };
/** `<algorithm>:<hex>` for every accepted algorithm of a subject's digest set; a malformed accepted one throws. */
function subjectDigests(view, digests, pointer) {
    return Object.entries(SUBJECT_ALGORITHMS).flatMap(([algorithm, length]) => {
        const value = digests[algorithm];
        if (value === undefined)
            return [];
        const hex = (0,shape/* expectString */.lK)(view, value, (0,shape/* child */.jf)(pointer, algorithm), `a ${algorithm} hex digest`).toLowerCase();
        if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
            throw view.error((0,shape/* child */.jf)(pointer, algorithm), `subject ${algorithm} is not ${length} hex digits`, `a ${algorithm} hex digest`);
        }
        return [`${algorithm}:${hex}`];
    });
}
/** The algorithm of a `<algorithm>:<hex>` digest (`sha512` of `sha512:8d9d…`). */
function digestAlgorithm(digest) {
    return digest.slice(0, Math.max(0, digest.indexOf(':')));
}
/**
 * The Provenance of a statement: builder, source, subjects (`sha256:`, `sha384:` or `sha512:` digests, every
 * accepted algorithm a subject states), and the signature status against the trusted keys.
 */
function extractProvenance(view, found, trusted, sigstore) {
    const at = found.statementPointer;
    const statement = found.statement;
    const predicate = (0,shape/* expectObject */.Xk)(view, statement.predicate, (0,shape/* child */.jf)(at, 'predicate'), 'a SLSA provenance predicate');
    const subjects = (0,shape/* expectArray */.J6)(view, statement.subject, (0,shape/* child */.jf)(at, 'subject'), 'an array of subjects').flatMap((item, i) => {
        const subject = (0,shape/* expectObject */.Xk)(view, item, (0,shape/* child */.jf)(at, 'subject', i), 'an in-toto subject');
        const digests = (0,shape/* expectObject */.Xk)(view, subject.digest, (0,shape/* child */.jf)(at, 'subject', i, 'digest'), 'a digest set');
        return subjectDigests(view, digests, (0,shape/* child */.jf)(at, 'subject', i, 'digest'));
    });
    const source = statement.predicateType === 'https://slsa.dev/provenance/v0.2' ? sourceV02(predicate) : sourceV1(predicate);
    const builderAt = statement.predicateType === 'https://slsa.dev/provenance/v0.2'
        ? (0,shape/* child */.jf)(at, 'predicate', 'builder', 'id')
        : (0,shape/* child */.jf)(at, 'predicate', 'runDetails', 'builder', 'id');
    const builderNode = statement.predicateType === 'https://slsa.dev/provenance/v0.2'
        ? predicate.builder
        : (0,shape/* isObject */.Gv)(predicate.runDetails)
            ? predicate.runDetails.builder
            : undefined;
    // A predicate without a builder id (an unfinished SLSA v1 predicate has no runDetails) is kept, with builder ''
    // and `missingBuilder`, so the caller raises a suspicion rather than failing on a real document.
    const builderId = (0,shape/* isObject */.Gv)(builderNode) ? builderNode.id : undefined;
    const builder = builderId === undefined ? '' : (0,shape/* expectString */.lK)(view, builderId, builderAt, 'a builder id');
    const signature = checkSignature(found, trusted, sigstore);
    const signer = signature.signer;
    const sourceConflict = signer ? signerConflict(source, signer) : undefined;
    return {
        found,
        signatureInvalid: signature.invalid,
        ...(signature.mismatches ? { identityMismatches: signature.mismatches } : {}),
        ...(sourceConflict ? { sourceConflict } : {}),
        missingBuilder: builder === '',
        provenance: {
            builder,
            sourceRepository: source.repository ?? '',
            ...(source.ref ? { sourceRef: source.ref } : {}),
            ...(source.commit ? { sourceCommit: source.commit } : {}),
            subjects: [...new Set(subjects)],
            signatureVerified: signature.verified,
            verification: fitText(signature.text),
            ...(signer ? { signer } : {}),
            ...(signature.verified && signature.anchor ? { anchor: signature.anchor } : {}),
        },
    };
}
/**
 * Where the statement's source (the signer's words) contradicts its verified certificate (GitHub's): another
 * repository, or in the same repository another commit or ref. Anyone who can run a workflow in the repository
 * gets a certificate that an identity policy of issuer and repository matches, and can sign a statement claiming
 * the candidate's tag and commit; the certificate still names the run's own ref and commit.
 */
function signerConflict(source, signer) {
    const issued = (to) => `but its Fulcio certificate was issued to a workflow run ${to} (${signer.subjectAlternativeName})`;
    if (signer.sourceRepository && source.repository && !(0,repository/* sameRepository */.R)(signer.sourceRepository, source.repository))
        return `provenance states source repository ${source.repository}, ${issued(`of ${signer.sourceRepository}`)}`;
    if (signer.sourceCommit && source.commit && signer.sourceCommit.toLowerCase() !== source.commit.toLowerCase())
        return `provenance states source commit ${source.commit}, ${issued(`at commit ${signer.sourceCommit}`)}`;
    if (signer.sourceRef && source.ref && signer.sourceRef !== source.ref)
        return `provenance states source ref ${source.ref}, ${issued(`of ${signer.sourceRef}`)}`;
    return undefined;
}
/** bundle.json keeps at most 1,024 characters of verification text; holds carry the whole text. */
function fitText(text) {
    return text.length <= 1024 ? text : `${text.slice(0, 1023)}…`;
}
/** `git+https://github.com/o/r@refs/tags/v1` -> repository and ref. */
function splitUri(uri) {
    if (typeof uri !== 'string' || uri === '')
        return {};
    const bare = uri.replace(/^git\+/, '');
    const at = bare.lastIndexOf('@');
    const slash = bare.indexOf('/', bare.indexOf('://') + 3);
    return at > slash && slash > 0 ? { repository: bare.slice(0, at), ref: bare.slice(at + 1) } : { repository: bare };
}
function commitOf(digest) {
    if (!(0,shape/* isObject */.Gv)(digest))
        return undefined;
    const value = digest.gitCommit ?? digest.sha1;
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value) ? value : undefined;
}
function sourceV02(predicate) {
    const invocation = (0,shape/* isObject */.Gv)(predicate.invocation) ? predicate.invocation : {};
    const config = (0,shape/* isObject */.Gv)(invocation.configSource) ? invocation.configSource : undefined;
    if (config?.uri)
        return { ...splitUri(config.uri), commit: commitOf(config.digest) };
    const material = Array.isArray(predicate.materials)
        ? predicate.materials.find((m) => (0,shape/* isObject */.Gv)(m) && String(m.uri).startsWith('git+'))
        : undefined;
    return (0,shape/* isObject */.Gv)(material) ? { ...splitUri(material.uri), commit: commitOf(material.digest) } : {};
}
function sourceV1(predicate) {
    const definition = (0,shape/* isObject */.Gv)(predicate.buildDefinition) ? predicate.buildDefinition : {};
    const external = (0,shape/* isObject */.Gv)(definition.externalParameters) ? definition.externalParameters : {};
    const dependencies = Array.isArray(definition.resolvedDependencies)
        ? definition.resolvedDependencies.filter(shape/* isObject */.Gv)
        : [];
    const gitDependency = (repository) => dependencies.find((d) => typeof d.uri === 'string' && d.uri.startsWith('git+') && (!repository || d.uri.startsWith(`git+${repository}`)));
    // GitHub Actions workflow build type: externalParameters.workflow {repository, ref, path}.
    if ((0,shape/* isObject */.Gv)(external.workflow) && typeof external.workflow.repository === 'string') {
        const repository = external.workflow.repository;
        const ref = typeof external.workflow.ref === 'string' ? external.workflow.ref : undefined;
        return { repository, ref, commit: commitOf(gitDependency(repository)?.digest) };
    }
    // Container-based and other build types: externalParameters.source {uri, digest}.
    if ((0,shape/* isObject */.Gv)(external.source) && typeof external.source.uri === 'string') {
        return { ...splitUri(external.source.uri), commit: commitOf(external.source.digest) };
    }
    const dependency = gitDependency();
    return dependency ? { ...splitUri(dependency.uri), commit: commitOf(dependency.digest) } : {};
}
/** DSSE pre-authentication encoding: what the signature is over. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
function digestFor(key) {
    if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448')
        return null;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'secp384r1')
        return 'sha384';
    if (curve === 'secp521r1')
        return 'sha512';
    return 'sha256';
}
function verifies(envelope, key) {
    const message = pae(envelope.payloadType, envelope.payload);
    return envelope.signatures.some((signature) => {
        try {
            return (0,external_node_crypto_.verify)(digestFor(key), message, key, signature);
        }
        catch {
            return false;
        }
    });
}
function checkSignature(found, trusted, sigstore) {
    const envelope = found.envelope;
    if (!envelope || envelope.signatures.length === 0) {
        return { verified: false, invalid: false, text: 'not-verified: the statement is not signed (no DSSE signature)' };
    }
    let keyless = '';
    if (sigstore && found.bundle) {
        const outcome = sigstore.verify(found.bundle);
        switch (outcome.kind) {
            case 'verified':
                return {
                    verified: true,
                    invalid: false,
                    text: outcome.text,
                    signer: outcome.signer,
                    anchor: { kind: 'trusted-root', digest: sigstore.rootDigest },
                };
            case 'failed':
                return { verified: false, invalid: true, text: outcome.text };
            case 'identity-mismatch':
                return {
                    verified: false,
                    invalid: false,
                    text: outcome.text,
                    signer: outcome.signer,
                    mismatches: outcome.mismatches,
                };
            case 'not-keyless':
                keyless = `trustedRoot ${sigstore.rootName} not applicable: ${outcome.reason}; `;
                break;
        }
    }
    else if (sigstore) {
        keyless = `trustedRoot ${sigstore.rootName} not applicable: not a Sigstore bundle (a bare DSSE envelope or statement carries no certificate or transparency-log entry); `;
    }
    const limits = sigstore
        ? 'not checked: certificate chain/tlog (not a keyless Sigstore bundle)'
        : 'not checked: certificate chain/tlog (no trustedRoot given)';
    const match = trusted.find((t) => verifies(envelope, t.key));
    if (match) {
        return {
            verified: true,
            invalid: false,
            text: `verified: DSSE signature over the PAE matches trusted key ${match.name}; ${limits}`,
            anchor: { kind: 'key', digest: match.digest },
        };
    }
    const embedded = found.certificate ? verifies(envelope, found.certificate.publicKey) : undefined;
    const trustText = trusted.length === 0 && !sigstore
        ? 'no trust root supplied'
        : trusted.length === 0
            ? 'no trusted key given'
            : `no trusted key (${trusted.map((t) => t.name).join(', ')}) matches`;
    if (embedded === true) {
        return {
            verified: false,
            invalid: false,
            text: `${keyless}not-verified: ${trustText}; the DSSE signature matches the certificate embedded in the bundle (self-consistency only; ${limits})`,
        };
    }
    if (embedded === false) {
        return {
            verified: false,
            invalid: true,
            text: `${keyless}not-verified: the DSSE signature does NOT match the certificate embedded in the bundle; ${trustText}`,
        };
    }
    return {
        verified: false,
        invalid: false,
        text: `${keyless}not-verified: ${trustText}; no certificate embedded to check the signature against (keyless signature, key material elsewhere; ${limits})`,
    };
}
/** Trusted keys from PEM text: public keys and certificates (their public keys). */
function trustedKeysFromPem(text, name) {
    const blocks = text.match(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g) ?? [];
    return blocks.flatMap((block, index) => {
        const label = blocks.length > 1 ? `${name}[${index}]` : name;
        const key = block.includes('BEGIN CERTIFICATE')
            ? new external_node_crypto_.X509Certificate(block).publicKey
            : block.includes('PUBLIC KEY')
                ? (0,external_node_crypto_.createPublicKey)(block)
                : undefined;
        return key ? [{ name: label, key, digest: spkiDigest(key) }] : [];
    });
}
/** `sha256:<hex>` of a public key's SubjectPublicKeyInfo, DER (what `openssl pkey -pubin -outform DER | sha256sum` gives). */
function spkiDigest(key) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256')
        .update(key.export({ type: 'spki', format: 'der' }))
        .digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/sources/github-release.ts
/**
 * Source kind `github-release`: the assets of the candidate tag's GitHub release -> one ArtifactRecord per
 * selected asset, digest from GitHub's `digest` field (`sha256:…`, computed by GitHub since 2025-06).
 *
 * An asset without a digest (uploaded before GitHub computed them) is downloaded, size-limited, and hashed
 * here: the record then says `digestComputed: true` and a SuspicionRecord says the digest was not stated by
 * the source. Lineage: system `github-release`, locator `<release html url>#<asset name>`, revision the release
 * id, digest the asset digest, observedAt the release's publication time (else the reference time).
 */




/** The GitHub port, or a clear error when Cutover runs without GitHub (local CLI). */
function requireGitHub(context, kind) {
    if (context.github)
        return context.github;
    throw new errors/* InputError */.dz(`source kind ${kind} reads from GitHub, which is not available here (local run)`, {
        expected: 'a run inside the GitHub Action, or a local source kind',
    });
}
/** Reads the candidate release's assets. */
const githubReleaseAdapter = {
    kind: 'github-release',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'github-release');
        const github = requireGitHub(context, 'github-release');
        const tag = context.candidate.tag;
        const release = await github.getReleaseByTag(tag);
        if (!release) {
            throw new errors/* InputError */.dz(`no GitHub release for tag '${tag}' in ${github.repository}`, {
                expected: 'a release of the candidate tag',
            });
        }
        const assets = selectAssets(release.assets, options.assets, tag);
        const version = options.version ?? tag.replace(/^v(?=\d)/, '');
        const maxBytes = options.maxBytes ?? context.maxFileBytes;
        const records = [];
        for (const asset of assets) {
            const stated = asset.digest === null ? undefined : (0,shape/* sha256Digest */.sI)(asset.digest);
            if (asset.digest !== null && (!stated || !asset.digest.startsWith('sha256:'))) {
                throw new errors/* InputError */.dz(`asset '${asset.name}' has digest ${JSON.stringify(asset.digest)}`, {
                    field: asset.name,
                    expected: 'sha256:<64 hex>',
                });
            }
            const digest = stated ?? (await computeDigest(github, asset, maxBytes));
            const lineage = {
                system: 'github-release',
                locator: `${release.htmlUrl}#${asset.name}`,
                revision: String(release.id),
                digest,
                observedAt: release.publishedAt ?? context.referenceTime,
            };
            records.push({
                type: 'artifact',
                sourceId: options.id,
                lineage,
                component: options.component,
                artifact: { name: asset.name, version, digest, locator: asset.browserDownloadUrl },
                ...(stated ? {} : { digestComputed: true }),
            });
            if (!stated) {
                records.push({
                    type: 'suspicion',
                    sourceId: options.id,
                    lineage,
                    path: '',
                    component: options.component,
                    rule: 'suspicious-source',
                    reason: `GitHub states no digest for release asset '${asset.name}'; Cutover computed ${digest} from the downloaded bytes, which vouches only for what was downloaded now`,
                });
            }
        }
        return records;
    },
};
function selectAssets(assets, wanted, tag) {
    if (wanted === undefined) {
        if (assets.length === 0)
            throw new errors/* InputError */.dz(`the release of '${tag}' has no assets`, { expected: 'at least one release asset' });
        return [...assets];
    }
    if (Array.isArray(wanted)) {
        return wanted.map((name) => {
            const asset = assets.find((a) => a.name === name);
            if (!asset) {
                throw new errors/* InputError */.dz(`the release of '${tag}' has no asset '${name}' (assets: ${assets.map((a) => a.name).join(', ') || 'none'})`, {
                    field: 'assets',
                    expected: 'names of assets of the release',
                });
            }
            return asset;
        });
    }
    const pattern = globToRegExp(wanted);
    const matched = assets.filter((a) => pattern.test(a.name));
    if (matched.length === 0) {
        throw new errors/* InputError */.dz(`no asset of the release of '${tag}' matches '${wanted}'`, {
            field: 'assets',
            expected: 'a glob matching release assets',
        });
    }
    return matched;
}
/** `*` any run of characters, `?` one character; everything else literal. */
function globToRegExp(glob) {
    const body = [...glob]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`);
}
async function computeDigest(github, asset, maxBytes) {
    if (asset.size > maxBytes) {
        throw new errors/* InputError */.dz(`asset '${asset.name}' has no digest and is ${asset.size} bytes, over the download limit of ${maxBytes} bytes`, {
            field: 'maxBytes',
            expected: `an asset with a GitHub digest, or one of at most ${maxBytes} bytes`,
        });
    }
    const bytes = await github.downloadReleaseAsset(asset.id, maxBytes);
    if (bytes.byteLength > maxBytes) {
        throw new errors/* InputError */.dz(`asset '${asset.name}' download exceeded the limit of ${maxBytes} bytes`, {
            expected: `at most ${maxBytes} bytes`,
        });
    }
    if (bytes.byteLength !== asset.size) {
        throw new errors/* InputError */.dz(`asset '${asset.name}' downloaded ${bytes.byteLength} bytes, but GitHub lists ${asset.size}`, {
            expected: 'the asset size GitHub lists',
        });
    }
    return (0,canonical/* sha256 */.sc)(bytes);
}

;// CONCATENATED MODULE: ./src/sources/sigstore.ts
/**
 * Keyless Sigstore verification for the provenance kinds: a Sigstore bundle (GitHub artifact attestation, npm
 * provenance, slsa-github-generator) is verified with @sigstore/verify against a trusted root the user supplies
 * as a file (Sigstore `trusted_root.json` format; no network at verify time, no TUF refresh), and its signer is
 * matched against an identity policy (issuer plus SAN, SAN pattern or workflow repository, optional ref).
 *
 * What @sigstore/verify checks, in order (Verifier.verify, v3.1): a signing time for every timestamp the bundle
 * carries (RFC 3161 timestamps against the root's TSAs; a Rekor integratedTime counts only with an inclusion
 * promise) and at least one; the certificate chain from the leaf to a certificate authority of the root, valid
 * at each of those times; at least one embedded SCT against the root's CT-log keys; every transparency-log
 * entry: its signed entry timestamp (SET) and/or its inclusion proof against a signed checkpoint, both with the
 * root's Rekor keys, and its body against the bundle's signature and payload digest; at least one entry; and the
 * DSSE signature over the PAE with the certificate's key. The identity policy is checked here, after that, so a
 * mismatch names expected and actual values. Not checked: revocation (Fulcio certificates carry none) and
 * whether the trusted root is current (it is a file; refreshing it is the user's job).
 *
 * The @sigstore packages load on first use (dynamic import), so runs without a trustedRoot never load them.
 */





/** Trusted root media types accepted. */
const TRUSTED_ROOT_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    'application/vnd.dev.sigstore.trustedroot.v0.2+json',
];
/** Names of the checks, by @sigstore/verify error code, as holds report them. */
const CHECK_NAMES = {
    TIMESTAMP_ERROR: 'signing time (a transparency-log entry with a signed entry timestamp, or an RFC 3161 timestamp)',
    CERTIFICATE_ERROR: 'certificate chain to a Fulcio CA of the trusted root, valid at the signing time, with an SCT',
    PUBLIC_KEY_ERROR: 'signing key in the trusted root',
    TLOG_ERROR: 'transparency-log entry present',
    TLOG_MISSING_INCLUSION_ERROR: 'transparency-log inclusion (signed entry timestamp or inclusion proof)',
    TLOG_INCLUSION_PROMISE_ERROR: 'transparency-log signed entry timestamp (SET) against the Rekor key',
    TLOG_INCLUSION_PROOF_ERROR: 'transparency-log inclusion proof against a signed checkpoint',
    TLOG_BODY_ERROR: 'transparency-log entry body matches the signature and payload digest',
    SIGNATURE_ERROR: 'DSSE signature over the PAE with the certificate key',
};
const FULCIO = '1.3.6.1.4.1.57264.1.';
/** What the verified text says was checked (the same list for every verified bundle, plus the entry details). */
const NOT_CHECKED = 'not checked: revocation (Fulcio certificates have none), freshness of the trusted root file';
/**
 * The verifier for a source's `trustedRoot` and `identity`, or undefined when no trustedRoot is configured.
 * Reads and checks the trusted root (InputError naming the file on anything unusable) and compiles the policy's
 * patterns (InputError naming the option).
 */
async function loadSigstoreVerifier(context, options) {
    if (options.trustedRoot === undefined) {
        if (options.identity !== undefined) {
            throw new errors/* InputError */.dz(`source '${options.id}': identity is given without trustedRoot, so it would not be checked`, {
                field: 'identity',
                expected: 'trustedRoot: <workspace path of a Sigstore trusted_root.json> beside identity',
            });
        }
        return undefined;
    }
    const policy = options.identity;
    if (policy === undefined) {
        throw new errors/* InputError */.dz(`source '${options.id}': trustedRoot is given without identity: any GitHub workflow can get a Fulcio certificate`, {
            field: 'identity',
            expected: 'identity: {issuer, and subjectAlternativeName, subjectAlternativeNamePattern or repository}',
        });
    }
    const patterns = {
        san: compilePattern(options.id, 'identity.subjectAlternativeNamePattern', policy.subjectAlternativeNamePattern),
        ref: compilePattern(options.id, 'identity.refPattern', policy.refPattern),
    };
    const file = await context.workspace.read(options.trustedRoot, context.maxFileBytes);
    const json = (0,parse.parseDocument)((0,parse.decodeUtf8)(file.bytes, file.path), file.path, 'json');
    const sigstore = await loadPackages();
    const material = trustMaterialOf(sigstore, json, file.path);
    const verifier = new sigstore.verify.Verifier(material);
    return {
        rootName: file.path,
        rootDigest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(file.bytes).digest('hex')}`,
        verify: (bundle) => verifyBundle(sigstore, verifier, file.path, bundle, policy, patterns),
    };
}
async function loadPackages() {
    const [verify, bundle, specs, core] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 4187)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23)),
        __webpack_require__.e(/* import() */ 917).then(__webpack_require__.t.bind(__webpack_require__, 3917, 23)),
    ]);
    return { verify, bundle, specs, core };
}
function compilePattern(id, field, pattern) {
    if (pattern === undefined)
        return undefined;
    try {
        // The pattern must compile on its own first: one that closes the group itself (`x)|(?:.*`) compiles only
        // inside the wrapper, as `^(?:x)|(?:.*)$`, whose second branch is not anchored and matches anything.
        new RegExp(pattern);
        return new RegExp(`^(?:${pattern})$`);
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`source '${id}': ${field} is not a valid regular expression (${cause instanceof Error ? cause.message : String(cause)})`, { field, expected: 'a JavaScript regular expression (matched against the whole value)' }, { cause });
    }
}
function trustMaterialOf(sigstore, json, file) {
    const expected = `a Sigstore trusted root (${TRUSTED_ROOT_MEDIA_TYPES.join(' or ')}) with certificateAuthorities and tlogs`;
    if (!(0,shape/* isObject */.Gv)(json) || typeof json.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.includes(json.mediaType)) {
        const stated = (0,shape/* isObject */.Gv)(json) ? JSON.stringify(json.mediaType) : 'no object';
        throw new errors/* InputError */.dz(`trusted root has mediaType ${stated}`, { file, field: 'mediaType', expected });
    }
    for (const field of ['certificateAuthorities', 'tlogs']) {
        const list = json[field];
        if (!Array.isArray(list) || list.length === 0) {
            throw new errors/* InputError */.dz(`trusted root lists no ${field === 'tlogs' ? 'transparency log (tlogs)' : 'certificate authority (certificateAuthorities)'}: it can verify no keyless bundle`, { file, field, expected });
        }
    }
    try {
        return sigstore.verify.toTrustMaterial(sigstore.specs.TrustedRoot.fromJSON(json));
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`trusted root is unreadable: ${cause instanceof Error ? cause.message : String(cause)}`, { file, expected }, { cause });
    }
}
function verifyBundle(sigstore, verifier, rootName, json, policy, patterns) {
    const failed = (check, message) => ({
        kind: 'failed',
        check,
        text: `not-verified: Sigstore verification against trusted root ${rootName} failed at the ${check} check: ${message}`,
    });
    let bundle;
    try {
        bundle = sigstore.bundle.bundleFromJSON(json);
    }
    catch (cause) {
        return failed('bundle structure', cause instanceof Error ? cause.message : String(cause));
    }
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'publicKey') {
        return {
            kind: 'not-keyless',
            reason: `the bundle is signed by a key (hint ${JSON.stringify(content.publicKey.hint)}), not a Fulcio certificate; trustedRoot verifies keyless bundles only (trustedKeys verify keyed ones)`,
        };
    }
    // @sigstore/verify would fail this too, but on the missing signing time; name the missing entry itself.
    if (bundle.verificationMaterial.tlogEntries.length === 0)
        return failed(CHECK_NAMES.TLOG_ERROR ?? 'transparency-log entry present', 'the bundle has no transparency-log entry');
    try {
        verifier.verify(sigstore.verify.toSignedEntity(bundle));
    }
    catch (cause) {
        const code = (0,shape/* isObject */.Gv)(cause) && typeof cause.code === 'string' ? cause.code : '';
        const message = cause instanceof Error ? cause.message : String(cause);
        return failed(CHECK_NAMES[code] ?? `@sigstore/verify ${code || 'internal'}`, message);
    }
    const leaf = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.x509CertificateChain.certificates[0]?.rawBytes;
    const signer = signerOf(sigstore, leaf ?? Buffer.alloc(0), bundle.verificationMaterial);
    const checked = checkedText(rootName, bundle.verificationMaterial, signer);
    const mismatches = identityMismatches(signer, policy, patterns);
    if (mismatches.length > 0) {
        return {
            kind: 'identity-mismatch',
            signer,
            mismatches,
            text: `not-verified: the signer does not match the identity policy (${mismatches.join('; ')}); ${checked}`,
        };
    }
    return {
        kind: 'verified',
        signer,
        text: `verified: ${checked}; identity policy matched (${policyText(policy)}); ${NOT_CHECKED}`,
    };
}
function checkedText(rootName, material, signer) {
    const entries = material.tlogEntries.map((entry) => {
        const how = [
            entry.inclusionProof ? 'inclusion proof against a signed checkpoint' : '',
            entry.inclusionPromise ? 'SET' : '',
        ]
            .filter(Boolean)
            .join(' and ');
        return `Rekor entry ${entry.logIndex} (${how}) against the root's Rekor key, body matching signature and payload digest`;
    });
    const tsa = material.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
    return [
        `Sigstore bundle checked against trusted root ${rootName}: DSSE signature over the PAE with the certificate key`,
        `certificate chain to a Fulcio CA of the root valid at the signing time ${signer.signedAt ?? '(RFC 3161)'}`,
        "SCT against the root's CT-log key",
        ...entries,
        ...(tsa > 0 ? [`${tsa} RFC 3161 timestamp(s) against the root's TSAs`] : []),
    ].join(', ');
}
function policyText(policy) {
    return Object.entries(policy)
        .map(([key, value]) => `${key} ${JSON.stringify(value)}`)
        .join(', ');
}
/** The signer's SAN and Fulcio extensions, from the (verified) leaf certificate. */
function signerOf(sigstore, der, material) {
    const certificate = sigstore.core.X509Certificate.parse(Buffer.from(der));
    // Extensions 1.1-1.6 hold the raw string; 1.8 onward a DER UTF8String (Fulcio docs/oid-info.md).
    const v2 = (n) => certificate.extension(`${FULCIO}${n}`)?.valueObj.subs[0]?.value.toString('utf8');
    const v1 = (n) => certificate.extension(`${FULCIO}${n}`)?.value.toString('utf8');
    const legacyRepository = v1(5);
    const entry = material.tlogEntries.find((e) => e.inclusionPromise !== undefined);
    const signedAt = entry && /^\d{1,12}$/.test(entry.integratedTime)
        ? new Date(Number(entry.integratedTime) * 1000).toISOString().replace('.000Z', 'Z')
        : undefined;
    const optional = [
        ['sourceRepository', v2(12) ?? (legacyRepository ? `https://github.com/${legacyRepository}` : undefined)],
        ['sourceRef', v2(14) ?? v1(6)],
        ['sourceCommit', v2(13) ?? v1(3)],
        ['buildConfig', v2(18)],
        ['runInvocation', v2(21)],
        ['runnerEnvironment', v2(11)],
        ['signedAt', signedAt],
        ['logIndex', material.tlogEntries[0]?.logIndex],
    ];
    return {
        subjectAlternativeName: certificate.subjectAltName ?? '',
        issuer: v2(8) ?? v1(1) ?? '',
        ...Object.fromEntries(optional.filter((pair) => pair[1] !== undefined)),
    };
}
function identityMismatches(signer, policy, patterns) {
    const out = [];
    const show = (value) => (value === undefined ? 'none' : JSON.stringify(value));
    if (signer.issuer !== policy.issuer)
        out.push(`issuer expected ${show(policy.issuer)}, got ${show(signer.issuer)}`);
    const san = signer.subjectAlternativeName;
    if (policy.subjectAlternativeName !== undefined && san !== policy.subjectAlternativeName)
        out.push(`subjectAlternativeName expected ${show(policy.subjectAlternativeName)}, got ${show(san)}`);
    if (patterns.san && !patterns.san.test(san))
        out.push(`subjectAlternativeName expected to match ${show(policy.subjectAlternativeNamePattern)}, got ${show(san)}`);
    if (policy.repository !== undefined &&
        (signer.sourceRepository === undefined || !(0,repository/* sameRepository */.R)(signer.sourceRepository, policy.repository)))
        out.push(`repository expected ${show((0,repository/* repositoryKey */.K)(policy.repository))}, got ${show(signer.sourceRepository)}`);
    if (policy.ref !== undefined && signer.sourceRef !== policy.ref)
        out.push(`ref expected ${show(policy.ref)}, got ${show(signer.sourceRef)}`);
    if (patterns.ref && (signer.sourceRef === undefined || !patterns.ref.test(signer.sourceRef)))
        out.push(`ref expected to match ${show(policy.refPattern)}, got ${show(signer.sourceRef)}`);
    return out;
}

;// CONCATENATED MODULE: ./src/sources/provenance.ts






/** Reads a provenance document from the workspace. */
const provenanceAdapter = {
    kind: 'provenance',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'provenance');
        // Most provenance sources name no trust: no key files to read and no verifier to make (loadSigstoreVerifier
        // returns none, and refuses only an identity or a trustedRoot without the other).
        const trusted = options.trustedKeys?.length ? await loadTrustedKeys(context, options.trustedKeys) : [];
        const sigstore = options.trustedRoot === undefined && options.identity === undefined
            ? undefined
            : await loadSigstoreVerifier(context, options);
        const file = await context.workspace.read(options.path, context.maxFileBytes);
        const text = (0,parse.decodeUtf8)(file.bytes, file.path);
        // Attestation files are JSON whatever their extension (.sigstore.json, .build.slsa, .intoto); .jsonl is per line.
        const jsonl = /\.jsonl$/i.test(file.path);
        const view = new shape/* DocumentView */.zL(file.path, jsonl ? undefined : text);
        const found = jsonl
            ? findStatementsInLines(text, file.path, (line) => new shape/* DocumentView */.zL(file.path, line))
            : findStatements(view, (0,parse.parseDocument)(text, file.path, 'json'));
        const provenance = found.filter(isProvenance).map((f) => extractProvenance(view, f, trusted, sigstore));
        if (provenance.length === 0) {
            throw new errors/* InputError */.dz(`no SLSA provenance statement found (${found.length} other statement(s))`, {
                file: file.path,
                expected: ATTESTATION_FORMS,
            });
        }
        const items = provenance.map((item) => ({ item, lineage: file.lineage, fragment: item.found.pointer }));
        return provenanceRecords(items, options, options.expectDigest ?? [], trusted.length > 0 || sigstore !== undefined);
    },
};
/** PEM keys and certificates named by `trustedKeys`, read from the workspace. */
async function loadTrustedKeys(context, paths) {
    const keys = [];
    for (const path of paths) {
        const file = await context.workspace.read(path, context.maxFileBytes);
        let found;
        try {
            found = trustedKeysFromPem((0,parse.decodeUtf8)(file.bytes, file.path), file.path);
        }
        catch (cause) {
            throw new errors/* InputError */.dz('trusted key file holds an unreadable PEM key or certificate', { file: file.path, expected: 'PEM public keys or certificates' }, { cause });
        }
        if (found.length === 0) {
            throw new errors/* InputError */.dz('trusted key file holds no PEM public key or certificate', {
                file: file.path,
                expected: 'PEM public keys or certificates',
            });
        }
        keys.push(...found);
    }
    return keys;
}
/**
 * Provenance records plus the suspicions their checks raise. Each statement comes with its lineage: that of
 * its document plus its place in it (`fragment`, as in `SourceRecord`), or its own.
 */
function provenanceRecords(extracted, options, expectDigests, trustGiven) {
    const records = [];
    const suspicion = ({ lineage, fragment }, rule, reason) => ({
        type: 'suspicion',
        sourceId: options.id,
        lineage,
        fragment,
        path: '',
        component: options.component,
        rule,
        reason,
    });
    for (const statement of extracted) {
        const { item, lineage, fragment } = statement;
        records.push({
            type: 'provenance',
            sourceId: options.id,
            lineage,
            fragment,
            component: options.component,
            provenance: item.provenance,
        });
        if (item.missingBuilder) {
            records.push(suspicion(statement, 'suspicious-source', 'provenance names no builder id (predicate without runDetails.builder)'));
        }
        if (item.identityMismatches) {
            records.push(suspicion(statement, 'suspicious-source', `provenance signer identity does not match the policy of source '${options.id}': ${item.identityMismatches.join('; ')}`));
        }
        else if (item.signatureInvalid) {
            records.push(suspicion(statement, 'suspicious-source', `provenance signature is invalid: ${item.provenance.verification}`));
        }
        else if (!item.provenance.signatureVerified && (options.requireSignature === true || trustGiven)) {
            records.push(suspicion(statement, 'suspicious-source', `provenance signature is not verified against a trusted key or root: ${item.provenance.verification}`));
        }
        if (item.sourceConflict)
            records.push(suspicion(statement, 'suspicious-source', item.sourceConflict));
    }
    if (expectDigests.length === 0)
        return records;
    const named = new Set(extracted.flatMap((e) => e.item.provenance.subjects));
    const algorithms = [...new Set([...named].map(digestAlgorithm))].sort();
    const first = extracted[0];
    for (const digest of expectDigests) {
        if (named.has(digest) || !first)
            continue;
        const algorithm = digestAlgorithm(digest);
        // Digest sets match on an algorithm both sides state; say so when the provenance states none in common.
        const why = algorithms.includes(algorithm)
            ? `subjects: ${[...named].join(', ')}`
            : `it names no ${algorithm} subject; its subjects use ${algorithms.join(', ') || 'no accepted algorithm (sha256, sha384, sha512)'}: ${[...named].join(', ') || 'none'}`;
        records.push(suspicion(first, 'provenance-mismatch', `provenance for ${options.component} names no subject ${digest} (${why})`));
    }
    return records;
}

;// CONCATENATED MODULE: ./src/sources/github-attestations.ts
/**
 * Source kind `github-attestations`: provenance from GitHub's attestations API
 * (GET /repos/{owner}/{repo}/attestations/{subject_digest}) for the digests in option `subjects` ->
 * ProvenanceRecords for option `component`, through the same parser and checks as the `provenance` kind
 * (keyless verification against option `trustedRoot` with the `identity` policy included).
 *
 * Subjects are named in the configuration rather than taken from another source's artifact records, so sources
 * stay independent and the flow stays one-way (sources -> assembly). A subject with no attestation, or whose
 * attestations do not name it, yields a SuspicionRecord (`provenance-mismatch`). Lineage: system
 * `github-attestations`, locator `<owner/repo>/attestations/<digest>#<index>`, revision the transparency-log
 * index (`rekor:<n>`, '' when absent), digest sha256 of the canonical JSON of the bundle, observedAt the log's
 * integration time (else the reference time).
 */







/** Reads attestations of the given subjects from GitHub. */
const githubAttestationsAdapter = {
    kind: 'github-attestations',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'github-attestations');
        const github = requireGitHub(context, 'github-attestations');
        const trusted = await loadTrustedKeys(context, options.trustedKeys ?? []);
        const sigstore = await loadSigstoreVerifier(context, options);
        const records = [];
        for (const subject of options.subjects) {
            const base = `${github.repository}/attestations/${subject}`;
            const entries = await github.listAttestations(subject);
            const extracted = [];
            entries.forEach((entry, index) => {
                const view = new shape/* DocumentView */.zL(`${base}#${index}`, undefined);
                for (const found of findStatements(view, entry.bundle).filter(isProvenance)) {
                    extracted.push({
                        item: extractProvenance(view, found, trusted, sigstore),
                        lineage: {
                            system: 'github-attestations',
                            locator: `${base}#${index}`,
                            revision: found.logIndex === undefined ? '' : `rekor:${found.logIndex}`,
                            digest: (0,canonical/* digestOf */.ol)(entry.bundle),
                            observedAt: found.integratedTime ?? context.referenceTime,
                        },
                    });
                }
            });
            if (extracted.length === 0) {
                records.push({
                    type: 'suspicion',
                    sourceId: options.id,
                    lineage: {
                        system: 'github-attestations',
                        locator: base,
                        revision: '',
                        digest: '',
                        observedAt: context.referenceTime,
                    },
                    path: '',
                    component: options.component,
                    rule: 'provenance-mismatch',
                    reason: `GitHub has no SLSA provenance attestation for ${subject} of ${options.component} (${entries.length} attestation(s) found)`,
                });
                continue;
            }
            records.push(...provenanceRecords(extracted, options, [subject], trusted.length > 0 || sigstore !== undefined));
        }
        return records;
    },
};

// EXTERNAL MODULE: ./src/sources/records.ts
var records = __webpack_require__(1872);
;// CONCATENATED MODULE: ./src/sources/spdx.ts




const spdx_EXPECTED = 'an SPDX-2.3 JSON document, or GitHub\'s {"sbom": {...}} export of one';
const NOT_LICENSES = new Set(['NOASSERTION', 'NONE']);
/** Where a package states its licenses, in the order they are kept. */
const LICENSE_KEYS = ['licenseConcluded', 'licenseDeclared'];
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
const spdxAdapter = {
    kind: 'spdx',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'spdx');
        const loaded = await (0,sources_document/* loadDocument */.A)(context, options.path);
        const view = loaded.view;
        const top = (0,shape/* expectObject */.Xk)(view, loaded.value, '', spdx_EXPECTED);
        const wrapped = (0,shape/* isObject */.Gv)(top.sbom) && top.spdxVersion === undefined;
        const base = wrapped ? '/sbom' : '';
        const document = wrapped ? (0,shape/* expectObject */.Xk)(view, top.sbom, base, spdx_EXPECTED) : top;
        if (document.spdxVersion !== 'SPDX-2.3') {
            throw view.error((0,shape/* child */.jf)(base, 'spdxVersion'), `unsupported spdxVersion ${JSON.stringify(document.spdxVersion)}`, spdx_EXPECTED);
        }
        const documentId = (0,shape/* optionalString */.sx)(view, document.SPDXID, (0,shape/* child */.jf)(base, 'SPDXID')) ?? 'SPDXRef-DOCUMENT';
        const described = new Set();
        (0,shape/* optionalArray */.oS)(view, document.documentDescribes, (0,shape/* child */.jf)(base, 'documentDescribes')).forEach((id, i) => {
            described.add((0,shape/* expectString */.lK)(view, id, (0,shape/* child */.jf)(base, 'documentDescribes', i)));
        });
        const notRuntime = new Set();
        const runtime = new Set();
        (0,shape/* optionalArray */.oS)(view, document.relationships, (0,shape/* child */.jf)(base, 'relationships')).forEach((item, i) => {
            const at = (0,shape/* child */.jf)(base, 'relationships', i);
            const relation = (0,shape/* expectObject */.Xk)(view, item, at, 'an SPDX relationship');
            const type = relation.relationshipType;
            if (type === 'DESCRIBES' && relation.spdxElementId === documentId) {
                described.add((0,shape/* expectString */.lK)(view, relation.relatedSpdxElement, (0,shape/* child */.jf)(at, 'relatedSpdxElement')));
            }
            if (typeof type !== 'string')
                return;
            const element = typeof relation.spdxElementId === 'string' ? relation.spdxElementId : undefined;
            const related = typeof relation.relatedSpdxElement === 'string' ? relation.relatedSpdxElement : undefined;
            if (NOT_RUNTIME.has(type) && element)
                notRuntime.add(element);
            if (RUNTIME_OF.has(type) && element)
                runtime.add(element);
            if (type === 'DEPENDS_ON' && related)
                runtime.add(related);
        });
        const records = [];
        const subjects = [];
        const packagesAt = (0,shape/* child */.jf)(base, 'packages');
        const packages = (0,shape/* expectArray */.J6)(view, document.packages, packagesAt, 'an array of SPDX packages');
        for (let i = 0; i < packages.length; i++) {
            const at = `${packagesAt}/${i}`;
            const pkg = (0,shape/* expectObject */.Xk)(view, packages[i], at, 'an SPDX package');
            const spdxId = (0,shape/* expectStringField */.$I)(view, pkg, at, 'SPDXID');
            if (described.has(spdxId)) {
                subjects.push({
                    at,
                    name: (0,shape/* expectStringField */.$I)(view, pkg, at, 'name'),
                    version: versionOf(view, pkg, at),
                    purl: purlOf(view, pkg, at),
                });
                continue;
            }
            if (notRuntime.has(spdxId) && !runtime.has(spdxId))
                continue;
            const licenses = [];
            for (const key of LICENSE_KEYS) {
                const license = (0,shape/* optionalStringField */.kn)(view, pkg, at, key);
                if (license !== undefined && !NOT_LICENSES.has(license))
                    licenses.push(license);
            }
            records.push(dependencyRecord(options.id, loaded.lineage, at, options.component, {
                name: (0,shape/* expectStringField */.$I)(view, pkg, at, 'name'),
                version: versionOf(view, pkg, at),
                purl: purlOf(view, pkg, at),
                licenses,
            }));
        }
        records.push(subjectRecord(options.id, loaded.lineage, subjects[0]?.at ?? (0,shape/* child */.jf)(base, 'documentDescribes'), options.component, 'SPDX described package', subjects));
        return records;
    },
};
/** The package's `versionInfo`, or undefined when absent or empty (an empty string states no version). */
function versionOf(view, pkg, pointer) {
    return pkg.versionInfo === '' ? undefined : (0,shape/* optionalStringField */.kn)(view, pkg, pointer, 'versionInfo');
}
/** The purl of the package's first PACKAGE-MANAGER `purl` external reference. */
function purlOf(view, pkg, pointer) {
    const refs = (0,shape/* optionalArrayField */.O3)(view, pkg, pointer, 'externalRefs');
    for (let index = 0; index < refs.length; index++) {
        const at = `${pointer}/externalRefs/${index}`;
        const ref = (0,shape/* expectObject */.Xk)(view, refs[index], at, 'an SPDX external reference');
        if (typeof ref.referenceCategory === 'string' &&
            PACKAGE_MANAGER.has(ref.referenceCategory) &&
            ref.referenceType === 'purl') {
            return (0,shape/* expectStringField */.$I)(view, ref, at, 'referenceLocator');
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/index.ts










/**
 * An adapter whose module loads when a source of its kind is read: the HTTP kinds bring node:http, node:https,
 * the proxy agents and JSONPath, which a release with local sources only never needs (the CLI's cold start).
 */
function onDemand(kind, load) {
    return { kind, read: async (entry, context) => (await load()).read(entry, context) };
}
const httpJsonAdapter = onDemand('http-json', async () => (await Promise.all(/* import() */[__webpack_require__.e(229), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 7903))).httpJsonAdapter);
const serviceNowAdapter = onDemand('servicenow', async () => (await Promise.all(/* import() */[__webpack_require__.e(229), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 2617))).serviceNowAdapter);
const ADAPTERS = [
    records/* recordsAdapter */._,
    cyclonedxAdapter,
    spdxAdapter,
    flagdAdapter,
    provenanceAdapter,
    githubReleaseAdapter,
    githubAttestationsAdapter,
    httpJsonAdapter,
    serviceNowAdapter,
];
/** Adapters by kind. */
const SOURCE_ADAPTERS = new Map(ADAPTERS.map((adapter) => [adapter.kind, adapter]));
/** Every source kind Cutover reads, in registration order. */
const SOURCE_KINDS = ADAPTERS.map((adapter) => adapter.kind);
/**
 * Reads every source in order and concatenates their records. Every entry's kind and options are checked
 * first, so a typo in the last entry fails before any file or network source is read. Stops at the first
 * source that fails.
 */
async function readSources(entries, context) {
    const adapters = entries.map((entry) => {
        const adapter = adapterFor(entry);
        (0,sources_options/* sourceOptions */.k)(entry, adapter.kind);
        return adapter;
    });
    const records = [];
    for (const [index, entry] of entries.entries()) {
        const adapter = adapters[index];
        if (adapter)
            records.push(...(await readWith(adapter, entry, context)));
    }
    return records;
}
function adapterFor(entry) {
    const adapter = SOURCE_ADAPTERS.get(entry.kind);
    if (!adapter) {
        throw new errors/* InputError */.dz(`source '${entry.id}' has unknown kind '${entry.kind}'`, {
            field: 'kind',
            expected: `one of ${SOURCE_KINDS.join(', ')}`,
        });
    }
    return adapter;
}
async function readWith(adapter, entry, context) {
    try {
        const records = await adapter.read(entry, context);
        const echoed = headerSecrets(entry, context.env);
        for (const record of records)
            refuseCredentials(record, echoed);
        return records;
    }
    catch (error) {
        const label = `source '${entry.id}' (kind ${entry.kind})`;
        if (error instanceof errors/* InputError */.dz) {
            if (error.message.includes(`source '${entry.id}'`))
                throw error;
            throw new errors/* InputError */.dz(`${label}: ${error.message}`, { file: error.file, line: error.line, field: error.field, expected: error.expected }, { cause: error });
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz(`${label} could not be read: ${message}`, { expected: 'a readable source' }, { cause: error });
    }
}
/**
 * The secrets an entry sends in its headers (http-json, servicenow). Values under 8 characters are left out: any
 * text would hold them, and they protect nothing a record could leak.
 */
function headerSecrets(entry, env) {
    const headers = entry.headers;
    if (headers === null || typeof headers !== 'object')
        return [];
    return Object.entries(headers).flatMap(([header, variable]) => {
        const value = typeof variable === 'string' ? env[variable] : undefined;
        return typeof variable === 'string' && value !== undefined && value.length >= 8
            ? [{ header, variable, value }]
            : [];
    });
}
/**
 * Fails on the first string of `record` (its lineage included) that holds a URL carrying credentials, or the value
 * of a secret the source sent in a header (an API that echoes the request's key back, and a map that took it).
 * The error names the document, the record's place in it and the record's field, and what was found; never the
 * value.
 */
function refuseCredentials(record, secrets) {
    const path = [];
    const found = firstCredential(record, secrets, path);
    if (!found)
        return;
    const { lineage, fragment } = record;
    const place = fragment ? `${lineage.locator}#${fragment}` : lineage.locator;
    throw new errors/* InputError */.dz(`${place} states ${found.what}; everything a source states is written to the bundle, committed for good to the release-bundles repository and shown in its pull request`, { file: documentFile(lineage), field: fieldOf(path), expected: found.expected });
}
/**
 * The first string of `value` that credentialIn finds something in, with its path pushed onto `path` (innermost
 * first) as the search returns. The path is built only for what is found: every record of every source is
 * walked, and a path string per value was most of the walk's cost (issue 13 goal 2).
 */
function firstCredential(value, secrets, path) {
    if (typeof value === 'string')
        return credentialIn(value, secrets);
    if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
            const found = firstCredential(value[index], secrets, path);
            if (found) {
                path.push(index);
                return found;
            }
        }
        return undefined;
    }
    if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
        const record = value;
        for (const key of Object.keys(record)) {
            const found = firstCredential(record[key], secrets, path);
            if (found) {
                path.push(key);
                return found;
            }
        }
    }
    return undefined;
}
/** A path found by firstCredential (innermost first) as a field: `a.b[2].c`. */
function fieldOf(path) {
    let field = '';
    for (let i = path.length - 1; i >= 0; i--) {
        const step = path[i];
        field = typeof step === 'number' ? `${field}[${step}]` : field ? `${field}.${step}` : step;
    }
    return field;
}
function credentialIn(text, secrets) {
    const secret = secrets.length > 0 ? secrets.find((s) => text.includes(s.value)) : undefined;
    if (secret)
        return {
            what: `the value of ${secret.variable}, which it sent as its ${secret.header} header (the response echoed it)`,
            expected: 'a mapping that leaves out what the response echoes of the request',
        };
    const url = (0,credentials/* urlCredential */.by)(text);
    if (url)
        return {
            what: `a URL to ${url.url} carrying ${url.kind}`,
            expected: 'a URL without user:password@, <token>@, or a token, signature or key parameter',
        };
    return undefined;
}
/** The workspace file a document lineage names (`path`, or `owner/repo@<commit>:path` in the action), if any. */
function documentFile(lineage) {
    if (lineage.system === 'file')
        return lineage.locator;
    if (lineage.system === 'github')
        return /^[^@\s]+@[0-9a-f]{40,64}:(.+)$/.exec(lineage.locator)?.[1];
    return undefined;
}

// EXTERNAL MODULE: ./src/sources/workspace.ts
var sources_workspace = __webpack_require__(7899);
;// CONCATENATED MODULE: ./src/modes/build.ts
/**
 * Builds a bundle from a sources configuration: validates the release names, reads every source through
 * its adapter, and assembles. Shared by the CLI and the action's assemble mode.
 */






const DEFAULT_RELEASE_PATTERN = '^v?(?<release>[0-9][A-Za-z0-9.+_-]*?)(?:-rc[.-]?[0-9]+)?$';
/** The release name: stated in the sources file, or taken from the candidate tag by `releasePattern`. */
function releaseNameOf(config, tag, file) {
    if (config.release !== undefined)
        return config.release;
    let pattern;
    try {
        pattern = new RegExp(config.releasePattern ?? DEFAULT_RELEASE_PATTERN);
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`releasePattern is not a valid regular expression: ${cause.message}`, {
            file,
            field: 'releasePattern',
            expected: "a regular expression with a named group 'release'",
        });
    }
    const release = pattern.exec(tag)?.groups?.release;
    if (!release) {
        throw new errors/* InputError */.dz(`cannot take the release name from tag ${JSON.stringify(tag)}`, {
            file,
            field: 'releasePattern',
            expected: "a pattern whose named group 'release' matches the tag, or a 'release' key",
        });
    }
    return release;
}
/** Rejects product or release names that could leave the bundles directory, naming the field. */
function assertReleaseNames(names, file) {
    for (const field of ['product', 'release']) {
        const reason = (0,domain_names/* unsafeSegmentReason */.Ku)(names[field]);
        if (reason) {
            throw new errors/* InputError */.dz(`${field} ${JSON.stringify(names[field])} ${reason}`, {
                file,
                field,
                expected: "one path segment of letters, digits, '.', '_', '+', '-', without '..'",
            });
        }
    }
}
/**
 * The workspace seen from the directory of the sources file: its paths are relative to that file, and stay
 * confined to the workspace root (which gives lineage its repository-relative paths).
 */
function relativeWorkspace(workspace, directory) {
    if (directory === '' || directory === '.')
        return workspace;
    return { read: (file, maxBytes) => workspace.read(external_node_path_.posix.join(directory, (0,sources_workspace.checkRelativePath)(file)), maxBytes) };
}
/** Reads the sources and assembles the bundle. */
async function build_buildBundle(input) {
    const { config, configPath, candidate } = input;
    const release = releaseNameOf(config, candidate.tag, configPath);
    assertReleaseNames({ product: config.product, release }, configPath);
    const identity = {
        tag: candidate.tag,
        commit: candidate.commit,
        ...(candidate.repository ? { repository: candidate.repository } : {}),
    };
    const context = {
        ...input.context,
        workspace: input.workspace,
        candidate: identity,
        referenceTime: candidate.committedAt,
    };
    const configFile = await input.workspace.read(configPath, input.context.maxFileBytes);
    const read = await readSources(config.sources, {
        ...context,
        workspace: relativeWorkspace(input.workspace, external_node_path_.posix.dirname(configPath)),
    });
    // The extra records first; no copy of what the sources returned when there are none.
    const records = input.extraRecords?.length ? [...input.extraRecords, ...read] : read;
    let assembly;
    try {
        assembly = assemble({
            product: config.product,
            release,
            candidate: identity,
            candidateLineage: {
                sourceId: 'candidate',
                lineage: input.candidateLineage ?? {
                    ...configFile.lineage,
                    locator: `${configFile.lineage.locator}#/candidate`,
                },
            },
            records,
            policy: input.policy,
            previous: input.previous,
        });
    }
    catch (error) {
        if (error instanceof AssemblyError)
            throw new errors/* InputError */.dz(error.message, { file: configPath, field: 'sources' }, { cause: error });
        throw error;
    }
    const [bad] = unlabelledNames(assembly.files.bundle);
    if (bad) {
        throw new errors/* InputError */.dz(`${bad.field} name ${JSON.stringify(bad.value)} (bundle ${bad.path}) is not a label`, {
            file: configPath,
            field: 'sources',
            expected: `letters, digits, '.', '_', '+', '-' in the source, or a policy rendering rule for ${bad.field} names (e.g. transform: kebab-case)`,
        });
    }
    return assembly;
}

// EXTERNAL MODULE: ./src/modes/bundles-repo.ts
var bundles_repo = __webpack_require__(9766);
// EXTERNAL MODULE: ./src/modes/context.ts
var context = __webpack_require__(1235);
// EXTERNAL MODULE: ./src/modes/trust.ts
var trust = __webpack_require__(350);
;// CONCATENATED MODULE: ./src/modes/assemble.ts
/**
 * assemble (service repository, on a release-candidate tag): builds the bundle from the workspace at the
 * tag's commit and the tag's release, and writes all its files as ONE commit on `cutover/<product>/<release>`
 * of the bundles repository, then opens or updates the pull request. Re-running with the same inputs writes
 * nothing. API calls do not grow with bundle size.
 *
 * Concurrent runs of one release converge (issue 11): every branch write is a fast-forward or a creation, so a
 * run that loses a race re-reads and rebuilds on the winner's commit (or finds its bundle already there) and
 * never deletes or rewinds it. A branch without an open pull request is continued, unless its head is the head
 * of a merged or closed pull request: then one run claims the restart with a marker commit (a fast-forward only
 * one run can make) and only that run moves the branch off its own marker to a new commit on the default
 * branch, the one forced update. Runs that keep losing fail with "another run is assembling this release".
 */

















/** Reads and writes of the branch before giving up to other runs (each failed write means another run wrote). */
const MAX_ATTEMPTS = 12;
/** Base of the jittered pause between attempts. */
const RETRY_BASE_MS = 150;
/** A restart marker older than this was left by a run that died between claiming and replacing the branch. */
const ABANDONED_MARKER_MS = 10 * 60_000;
/** Trailer of a restart marker commit: the stale head it claims. */
const RESTART_TRAILER = 'Cutover-Restart-Of';
/** How a run that lost to concurrent runs of the same release says so. */
const CONCURRENT = 'another run is assembling this release';
/** Runs assemble; returns outputs and a summary. */
async function runAssemble(ctx, input) {
    // The candidate's reads (its repository only) go out first; a problem with the candidate is reported before
    // one with the sources file's names, as it always was.
    const candidate = (0,context/* early */.Q)(readCandidate(ctx, input));
    let release;
    try {
        release = releaseOf(input);
    }
    catch (error) {
        await candidate;
        throw error;
    }
    // Then every read of the bundles repository at once, the release branch's included (the first attempt's).
    const stateRead = (0,context/* early */.Q)(readBundlesState(ctx, release));
    let branchRead = (0,context/* early */.Q)(readBranch(ctx, release));
    const { commit, signature } = await candidate;
    const state = await stateRead;
    const built = await build(input, state, commit.committedAt, signature);
    let waitingOn = 'kept changing';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (attempt > 1) {
            await pause(attempt);
            branchRead = readBranch(ctx, release);
        }
        const branch = await branchRead;
        if (branch.state.kind === 'restarting') {
            waitingOn = `is being restarted by another run (marker ${branch.state.marker.slice(0, 12)})`;
            ctx.log(`${CONCURRENT}: ${release.branch} ${waitingOn}; waiting (attempt ${attempt})`);
            continue;
        }
        if (branch.state.kind === 'continues' && branch.head)
            await assertWriterBranch(ctx, release, state, branch.head.sha);
        const done = await unchanged(ctx, release, state, built, branch);
        if (done)
            return done;
        const written = await writeRevision(ctx, input, release, state, built, branch, attempt);
        if (written)
            return written;
        waitingOn = 'kept changing';
    }
    throw new errors/* RefusalError */.XQ(`${CONCURRENT}: branch ${release.branch} ${waitingOn} during ${MAX_ATTEMPTS} attempts; this run wrote nothing over another run's work. Re-run the job when the other runs have finished.`);
}
/** The sources file's candidate (when it names one) must be the triggering tag; the release's names and places. */
function releaseOf(input) {
    const { candidate } = input.config;
    if (candidate && (candidate.tag !== input.tag || candidate.commit !== input.commit)) {
        throw new errors/* InputError */.dz(`the sources file names candidate ${candidate.tag} at ${candidate.commit}, but the workflow runs for ${input.tag} at ${input.commit}`, { file: input.configPath, field: '/candidate', expected: 'no candidate key, or the triggering tag and commit' });
    }
    const product = input.config.product;
    const release = releaseNameOf(input.config, input.tag, input.configPath);
    // The names become a branch, a directory and tags: refused here, before anything is read from or written to the
    // bundles repository, when git would refuse them.
    assertReleaseNames({ product, release }, input.configPath);
    return { product, release, branch: (0,domain_names/* releaseBranch */.CT)(product, release), directory: (0,domain_names/* releaseDirectory */.fF)(product, release) };
}
/** The candidate commit and its tag's signature (the tag must point at the checked-out commit). */
async function readCandidate(ctx, input) {
    const commitRead = (0,context/* early */.Q)(ctx.github.getCommit(input.candidateRepo, input.commit));
    const tagRead = (0,context/* early */.Q)(readCandidateTag(ctx, input));
    const commit = await commitRead;
    return { commit, signature: signatureOf(input, await tagRead, commit.committedAt) };
}
/** The default branch, its policy, the latest seal and the revision merged on the default branch, read at once. */
async function readBundlesState(ctx, release) {
    const { github, bundlesRepo } = ctx;
    const headRead = (0,context/* early */.Q)(github.getDefaultBranch(bundlesRepo).then(async (name) => {
        const ref = await github.getRef(bundlesRepo, `heads/${name}`);
        return { name, sha: ref?.sha };
    }));
    const policyRead = (0,context/* early */.Q)((0,trust/* readTrustedPolicy */.gY)(ctx));
    const sealedRead = (0,context/* early */.Q)(latestSealed(ctx, release));
    const { name, sha } = await headRead;
    if (!sha)
        throw new errors/* RefusalError */.XQ(`the bundles repository ${(0,port/* slug */.y)(bundlesRepo)} has no ${name} branch`);
    // A revision merged on the default branch is a link of the chain even before (or without) its seal: the next
    // revision follows it (verify's binding rule judges the chain the same way).
    const mergedRead = (0,context/* early */.Q)((0,bundles_repo/* readManifestAt */.HB)(github, bundlesRepo, sha, release.directory));
    const headCommit = (0,context/* early */.Q)(github.getCommit(bundlesRepo, sha));
    const policy = await policyRead;
    const sealed = await sealedRead;
    const merged = await mergedRead;
    return { defaultBranch: name, defaultHead: { sha, treeSha: (await headCommit).treeSha }, policy, sealed, merged };
}
/** Builds the bundle against the latest sealed revision's. */
async function build(input, state, committedAt, signature) {
    const assembly = await build_buildBundle({
        config: input.config,
        configPath: input.configPath,
        candidate: { tag: input.tag, commit: input.commit, repository: (0,port/* slug */.y)(input.candidateRepo), committedAt },
        candidateLineage: signature.lineage,
        policy: state.policy,
        workspace: typeof input.workspace === 'function' ? input.workspace(committedAt) : input.workspace,
        context: { github: input.sourceGitHub, env: input.env, maxFileBytes: input.maxFileBytes },
        extraRecords: [signature],
        previous: state.sealed ? { bundle: state.sealed.bundle } : undefined,
    });
    const manifestFor = (revision, supersedes) => (0,manifest/* buildManifest */.u1)({
        bundle: assembly.files.bundle,
        digest: assembly.digest,
        revision,
        policy: state.policy,
        supersedes,
        queue: input.queue,
        window: input.window,
    });
    return { assembly, holds: assembly.files.holds.holds.length, manifestFor };
}
async function readBranch(ctx, release) {
    const head = await ctx.github.getRef(ctx.bundlesRepo, `heads/${release.branch}`);
    if (!head)
        return { head, state: { kind: 'absent' }, onBranch: undefined };
    // Read with the state, and used only when the branch's revision counts.
    const manifest = (0,context/* early */.Q)((0,bundles_repo/* readManifestAt */.HB)(ctx.github, ctx.bundlesRepo, head.sha, release.directory));
    const state = await branchState(ctx, release.branch, head.sha);
    const counts = state.kind === 'continues' || (state.kind === 'stale' && state.pull.merged);
    return { head, state, onBranch: counts ? await manifest : undefined };
}
/** The highest revision of the chain so far: the branch's own, the latest seal's or the merged one's. */
function latestOf(state, branch) {
    return [branch.onBranch, state.sealed?.manifest, state.merged]
        .filter((m) => m !== undefined)
        .sort((a, b) => b.revision - a.revision)[0];
}
/** The result when this bundle is already where it would be written (nothing to write), else undefined. */
async function unchanged(ctx, release, state, built, branch) {
    const { product, release: name, directory } = release;
    const { head, onBranch, state: standing } = branch;
    const latest = latestOf(state, branch);
    const same = (m) => (0,canonical/* canonicalJson */.dj)(built.manifestFor(m.revision, m.supersedes)) === (0,canonical/* canonicalJson */.dj)(m);
    if (head && onBranch && latest === onBranch && same(onBranch)) {
        if (standing.kind === 'continues') {
            // Same bundle and same binding as the revision already on the branch: nothing to write.
            const number = await openPullRequest(ctx, release, state, built, onBranch, head.sha);
            ctx.log(`unchanged: ${product} ${name} revision ${onBranch.revision} is already on ${release.branch} (#${number})`);
            return result(onBranch, built.holds, number, directory, false, head.sha);
        }
        if (standing.kind === 'stale' && standing.pull.merged) {
            ctx.log(`unchanged: ${product} ${name} revision ${onBranch.revision} was merged in #${standing.pull.number}; it awaits its seal`);
            return result(onBranch, built.holds, standing.pull.number, directory, false, head.sha);
        }
    }
    const { sealed, merged } = state;
    if (standing.kind !== 'continues' && sealed && sealed.manifest.bundleDigest === built.assembly.digest) {
        ctx.log(`unchanged: ${product} ${name} revision ${sealed.manifest.revision} with this digest is already sealed as ${sealed.tag}`);
        return result(sealed.manifest, built.holds, 0, directory, false);
    }
    if (standing.kind !== 'continues' && merged && latest === merged && same(merged)) {
        ctx.log(`unchanged: ${product} ${name} revision ${merged.revision} with this digest is merged on ${state.defaultBranch}; it awaits its seal`);
        return result(merged, built.holds, 0, directory, false);
    }
    return undefined;
}
/**
 * Writes the next revision as one commit on the release branch and opens or updates its pull request; undefined
 * when another run moved the branch meanwhile (the caller re-reads and tries again).
 */
async function writeRevision(ctx, input, release, state, built, branch, attempt) {
    const latest = latestOf(state, branch);
    const manifest = built.manifestFor((latest?.revision ?? 0) + 1, latest ? { revision: latest.revision, bundleDigest: latest.bundleDigest } : null);
    const base = await baseOfWrite(ctx, release, state, branch, attempt);
    if (!base)
        return undefined;
    const { assembly, holds } = built;
    const files = renderReleaseFiles(assembly.files, manifest);
    const committed = await ctx.github.commitFiles(ctx.bundlesRepo, {
        ...base,
        branch: release.branch,
        message: [
            // The names come from the service repository (the tag, the sources file): GitHub must not read an issue
            // reference or a mention in them (a tag `rc-#7`, a product `GH-7`).
            `cutover: ${(0,markdown/* commitText */.tT)(release.product)} ${(0,markdown/* commitText */.tT)(release.release)} revision ${manifest.revision}`,
            '',
            `Bundle ${assembly.digest} from ${(0,markdown/* commitText */.tT)(input.tag)} (${input.commit}) of ${(0,markdown/* commitText */.tT)((0,port/* slug */.y)(input.candidateRepo))}.`,
            `${holds} open hold(s).${manifest.supersedes ? ` Supersedes revision ${manifest.supersedes.revision}.` : ''}`,
            '',
            `Cutover-Revision: ${manifest.revision}`,
            `Cutover-Bundle-Digest: ${assembly.digest}`,
        ].join('\n'),
        files: Object.fromEntries(Object.entries(files).map(([key, text]) => [
            `${release.directory}/${domain_names/* BUNDLE_FILES */.HJ[key]}`,
            text,
        ])),
    });
    if (committed.kind === 'moved') {
        ctx.log(`${CONCURRENT}: ${release.branch} moved while writing (attempt ${attempt}); re-reading and rebuilding`);
        return undefined;
    }
    // A branch this run created had no pull request: open one (adopting one another run opened meanwhile).
    const created = base.expectedHead === null;
    const number = await openPullRequest(ctx, release, state, built, manifest, committed.sha, created);
    ctx.log(`wrote ${release.product} ${release.release} revision ${manifest.revision} as ${committed.sha} on ${release.branch} (#${number})`);
    return result(manifest, holds, number, release.directory, true, committed.sha);
}
/**
 * What the commit builds on: the branch's head while it continues, else the default branch's head (a new branch,
 * or a stale one replaced). A stale branch (left by a merged or closed pull request: its head is that pull
 * request's head) is first claimed with a marker commit on top, a fast-forward only one run can make; then only
 * the claimant moves the branch off its own marker. Nothing is deleted, and no run rewinds a branch another run
 * wrote. Undefined when another run claimed it first.
 */
async function baseOfWrite(ctx, release, state, branch, attempt) {
    const { head, state: standing } = branch;
    const fromDefault = { parent: state.defaultHead.sha, parentTree: state.defaultHead.treeSha };
    if (!head || standing.kind === 'absent')
        return { ...fromDefault, expectedHead: null };
    if (standing.kind === 'continues')
        return { parent: head.sha, expectedHead: head.sha };
    if (standing.kind !== 'stale')
        return undefined;
    const claim = await ctx.github.commitFiles(ctx.bundlesRepo, {
        branch: release.branch,
        parent: head.sha,
        expectedHead: head.sha,
        files: {},
        message: [
            `cutover: restarting ${(0,markdown/* commitText */.tT)(release.branch)} after #${standing.pull.number}`,
            '',
            `${RESTART_TRAILER}: ${head.sha}`,
            // Unique to this run: two runs' markers are never the same commit, so exactly one claim succeeds.
            `Cutover-Restart-Claim: ${(0,external_node_crypto_.randomUUID)()}`,
        ].join('\n'),
    });
    if (claim.kind === 'moved') {
        ctx.log(`${CONCURRENT}: ${release.branch} changed while claiming its restart (attempt ${attempt}); re-reading`);
        return undefined;
    }
    return { ...fromDefault, expectedHead: claim.sha, replace: true };
}
/**
 * The open pull request of the branch, updated, or a new one (adopting one another run opened meanwhile). A
 * branch this run has just created has no pull request yet: it is opened without looking for one first.
 * `commit` is the branch head the description is of.
 */
async function openPullRequest(ctx, release, state, built, manifest, commit, created = false) {
    const { github, bundlesRepo } = ctx;
    const view = { files: built.assembly.files, manifest, directory: release.directory, sealed: sealedView(state) };
    const title = pullRequestTitle(view);
    const body = pullRequestBody(view);
    const current = created
        ? undefined
        : (await github.findPullRequests(bundlesRepo, { head: release.branch, state: 'open' })).find((p) => p.headRef === release.branch);
    if (current) {
        await github.updatePullRequest(bundlesRepo, current.number, { title, body });
        await describeHead(ctx, release, state, current.number, commit);
        return current.number;
    }
    const base = state.defaultBranch;
    return (await github.createPullRequest(bundlesRepo, { head: release.branch, base, title, body })).number;
}
function sealedView(state) {
    const { sealed } = state;
    return sealed && { revision: sealed.manifest.revision, bundle: sealed.bundle, tag: sealed.tag };
}
/** Re-descriptions of a pull request whose branch other runs keep moving, before leaving it to them. */
const MAX_REDESCRIBE = 3;
/**
 * After updating the pull request's description of `described`: when the branch still stands there, any later
 * run's update comes after this one. When another run has moved the branch meanwhile, its update may have landed
 * first and this one over it (GitHub's update takes no expected value): the pull request is described again from
 * the release files at the branch head, until the head stays put.
 */
async function describeHead(ctx, release, state, number, described) {
    const { github, bundlesRepo } = ctx;
    let last = described;
    for (let i = 0; i <= MAX_REDESCRIBE; i++) {
        const head = (await github.getRef(bundlesRepo, `heads/${release.branch}`))?.sha;
        if (!head || head === last)
            return;
        if (i === MAX_REDESCRIBE)
            break;
        const { documents } = (0,schema_release/* parseRelease */.B)(await (0,bundles_repo/* readReleaseAt */.Jv)(github, bundlesRepo, head, release.directory));
        const { bundle, holds, lineage, manifest } = documents;
        if (!bundle || !holds || !lineage || !manifest) {
            ctx.log(`#${number}: ${release.branch} moved to ${head}, whose ${release.directory} does not parse; not describing it`);
            return;
        }
        const view = {
            files: { bundle, holds, lineage },
            manifest,
            directory: release.directory,
            sealed: sealedView(state),
        };
        ctx.log(`#${number}: another run moved ${release.branch} to ${head} meanwhile; describing revision ${manifest.revision}`);
        await github.updatePullRequest(bundlesRepo, number, { title: pullRequestTitle(view), body: pullRequestBody(view) });
        last = head;
    }
    ctx.log(`#${number}: ${release.branch} kept moving; its description is left to the run that moved it last`);
}
/**
 * A branch assemble continues must hold only the writer's own commits since the default branch: anyone with
 * write access can create `cutover/<product>/<release>` first, or push to it, and a revision written on top of
 * their commits would carry them into the writer's pull request (and take their manifest as a link of the
 * chain). Refused, naming each such commit: a person must remove them (delete the branch, or close its pull
 * request); assemble never rewrites a branch someone else wrote to.
 */
async function assertWriterBranch(ctx, release, state, head) {
    const writer = state.policy.bundleWriter;
    if (!writer)
        throw new errors/* RefusalError */.XQ(`the policy ${ctx.policyPath} on ${state.defaultBranch} names no bundleWriter, so assemble cannot tell its own commits on ${release.branch} from anyone else's; name the writer App's bot login there`);
    const { commits } = await ctx.github.compare(ctx.bundlesRepo, state.defaultHead.sha, head);
    const foreign = (0,domain_writer/* foreignCommits */.BX)(commits, writer);
    if (foreign.length > 0)
        throw new errors/* RefusalError */.XQ(`branch ${release.branch} holds commits assemble did not write, and it builds on no one else's: ${foreign
            .map((c) => c.message)
            .join('; ')}. Delete the branch (or close its pull request) and re-run.`);
}
async function branchState(ctx, branch, headSha) {
    const pulls = (await ctx.github.findPullRequests(ctx.bundlesRepo, { head: branch, state: 'all' })).filter((p) => p.headRef === branch);
    if (pulls.some((p) => p.state === 'open'))
        return { kind: 'continues' };
    const stale = pulls.find((p) => p.headSha === headSha);
    if (stale)
        return { kind: 'stale', pull: stale };
    // No open pull request and not a closed one's head: either another run is between writing the branch and
    // opening its pull request, or it is restarting the branch (its marker), or a run died in between.
    const commit = await ctx.github.getCommit(ctx.bundlesRepo, headSha);
    const marker = new RegExp(`^${RESTART_TRAILER}: ([0-9a-f]{40,64})$`, 'm').exec(commit.message);
    if (!marker)
        return { kind: 'continues' };
    const age = ctx.now().getTime() - Date.parse(commit.committedAt);
    if (age < ABANDONED_MARKER_MS)
        return { kind: 'restarting', marker: headSha };
    // A marker this old belongs to a run that died after claiming: claim the restart again, on top of it.
    const claimed = pulls.find((p) => p.headSha === marker[1]);
    return claimed ? { kind: 'stale', pull: claimed } : { kind: 'continues' };
}
/** A jittered pause before re-reading, so competing runs do not retry in lockstep. */
function pause(attempt) {
    const ms = Math.round(RETRY_BASE_MS * Math.min(attempt, 5) * (0.5 + Math.random()));
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function result(manifest, holds, pullRequest, directory, written, commit) {
    return {
        outputs: {
            'bundle-digest': manifest.bundleDigest,
            revision: String(manifest.revision),
            'pull-request-number': pullRequest ? String(pullRequest) : '',
            'holds-count': String(holds),
            'manifest-path': `${directory}/${domain_names/* BUNDLE_FILES */.HJ.manifest}`,
            ...(commit ? { commit } : {}),
        },
        summary: [
            `### Cutover assemble: ${(0,markdown/* text */.Qq)(manifest.product)} ${(0,markdown/* text */.Qq)(manifest.release)} revision ${manifest.revision}`,
            '',
            `- ${written ? 'Written' : 'Unchanged, nothing written'}${pullRequest ? `; pull request #${pullRequest}` : ''}`,
            `- Bundle digest ${(0,markdown/* code */.aY)(manifest.bundleDigest)}`,
            `- ${holds} open hold(s)`,
        ].join('\n'),
    };
}
/** Reads the candidate tag; it must exist and point at the checked-out commit. */
async function readCandidateTag(ctx, input) {
    const ref = await ctx.github.getRef(input.candidateRepo, `tags/${input.tag}`);
    if (!ref)
        throw new errors/* InputError */.dz(`tag ${input.tag} does not exist in ${(0,port/* slug */.y)(input.candidateRepo)}`, {
            field: 'tag',
            expected: 'the release-candidate tag that triggered the workflow',
        });
    if (ref.objectType !== 'tag') {
        if (ref.sha !== input.commit)
            throw new errors/* RefusalError */.XQ(`tag ${input.tag} points at ${ref.sha}, not at the checked-out commit ${input.commit}`);
        return { ref, object: undefined };
    }
    const object = await ctx.github.getTagObject(input.candidateRepo, ref.sha);
    if (object.object.sha !== input.commit)
        throw new errors/* RefusalError */.XQ(`tag ${input.tag} points at ${object.object.sha}, not at the checked-out commit ${input.commit}`);
    return { ref, object };
}
/** The candidate tag's signature status, from GitHub's verification object, with its lineage. */
function signatureOf(input, tag, observedAt) {
    const locator = `${(0,port/* slug */.y)(input.candidateRepo)}@refs/tags/${input.tag}`;
    const revision = tag.object?.sha ?? tag.ref.sha;
    const lineage = { system: 'github', locator, revision, digest: `gitobject:${revision}`, observedAt };
    return {
        type: 'signature',
        sourceId: 'candidate-tag',
        lineage,
        signature: tag.object
            ? { verified: tag.object.verification.verified, reason: tag.object.verification.reason }
            : { verified: false, reason: 'lightweight-tag' },
    };
}
/**
 * The highest sealed revision of a release, with its bundle and manifest as tagged. Only a seal counts (the
 * trusted reading of the tags, shared with verify and seal): a lightweight tag, or an annotated one without a
 * seal record, is no seal, so the numbering follows the revision verify's binding rule will anchor on.
 */
async function latestSealed(ctx, release) {
    const seal = await (0,trust/* latestSeal */.Vp)(ctx, release);
    if (!seal)
        return undefined;
    const { directory } = release;
    const [bundlePath, manifestPath] = [`${directory}/${domain_names/* BUNDLE_FILES */.HJ.bundle}`, `${directory}/${domain_names/* BUNDLE_FILES */.HJ.manifest}`];
    const files = await ctx.github.readFiles(ctx.bundlesRepo, seal.commit, [bundlePath, manifestPath]);
    const bundleText = files[bundlePath];
    const manifestText = files[manifestPath];
    if (bundleText === undefined || manifestText === undefined)
        throw new errors/* RefusalError */.XQ(`sealed tag ${seal.tag} points at a commit without ${directory}`);
    return {
        tag: seal.tag,
        bundle: (0,validate/* validateDocument */.mv)('bundle', (0,parse.parseDocument)(bundleText, bundlePath, 'json'), bundlePath, bundleText),
        manifest: (0,validate/* validateDocument */.mv)('manifest', (0,parse.parseDocument)(manifestText, manifestPath, 'json'), manifestPath, manifestText),
    };
}


/***/ }),

/***/ 9801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kindAcceptedInSourcesFile: () => (/* binding */ kindAcceptedInSourcesFile),
/* harmony export */   readDocument: () => (/* binding */ readDocument),
/* harmony export */   readPolicy: () => (/* binding */ readPolicy),
/* harmony export */   readSourcesConfig: () => (/* binding */ readSourcesConfig),
/* harmony export */   readTextFile: () => (/* binding */ readTextFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6416);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2306);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);




/**
 * Reads a text file with a size limit; a missing or unreadable file, or one that is not a regular file, is an
 * InputError naming it. Through one descriptor (regular-file.ts): what is checked is what is read.
 * Synchronously: a configuration file is small and read before anything else could run meanwhile, and each step
 * of an asynchronous read is a round trip to libuv's thread pool (about ten for the policy and the sources file,
 * milliseconds of `cutover assemble` on a busy machine; issue 13 goal 3).
 */
async function readTextFile(path, maxBytes = _parse_js__WEBPACK_IMPORTED_MODULE_1__.DEFAULT_MAX_FILE_BYTES) {
    const bytes = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(path, { maxBytes, notRegular, missingIsUndefined: false });
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.decodeUtf8)(bytes, path);
}
const notRegular = (file) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('is not a regular file', { file, expected: 'a file' });
/** Reads, parses and validates a document file against a named schema. */
async function readDocument(path, schema, maxBytes) {
    const text = await readTextFile(path, maxBytes);
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)(schema, (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.parseDocument)(text, path), path, text);
}
function readPolicy(path) {
    return readDocument(path, 'policy');
}
/**
 * Entries of a sources file its schema accepted, each with the kind it was accepted as. The schema applies each
 * kind's options schema to the entries of that kind (`allOf` of `if kind = K then source-kinds/K`, pinned by
 * test/sources/options-checked.test.ts), so src/sources/options.ts need not check those options again.
 */
const acceptedEntries = new WeakMap();
async function readSourcesConfig(path, maxBytes) {
    const config = await readDocument(path, 'sources', maxBytes);
    for (const entry of config.sources)
        acceptedEntries.set(entry, entry.kind);
    return config;
}
/** The kind a sources file's schema accepted this entry's options as, if it came from one (readSourcesConfig). */
function kindAcceptedInSourcesFile(entry) {
    return acceptedEntries.get(entry);
}


/***/ }),

/***/ 2306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile),
/* harmony export */   n: () => (/* binding */ readToLimit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/**
 * Reads one regular file through one descriptor, within a size limit. readRegularFile serves the configuration
 * files (documents.ts) and a release directory's files (cli/release-dir.ts); its read loop, readToLimit, also
 * serves the workspace's input files (sources/workspace.ts, which opens them itself, not following links).
 *
 * - Opened once, with O_NONBLOCK, and checked with fstat on that descriptor: what is checked is what is read.
 *   Checking a path and then reading it again by path would let the file be swapped in between, for a FIFO (the
 *   command blocks until something writes to it) or a larger file (past the limit). O_NONBLOCK makes opening a
 *   FIFO return at once instead of waiting for a writer; fstat then refuses it.
 * - Read to at most the limit, whatever fstat said: a file that grows while it is read, or a procfs file whose
 *   size reads as 0 (`/proc/self/environ`), is refused at the limit instead of read whole.
 */



/** The bytes of a regular file (see the module's comment); undefined for a missing file when so asked. */
function readRegularFile(file, options) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (cause) {
        const code = cause.code;
        if (code === 'ENOENT' && options.missingIsUndefined)
            return undefined;
        // A socket cannot be opened (ENXIO): say what it is rather than how opening it failed.
        const info = code === 'ENOENT' ? undefined : statOrUndefined(file);
        if (info && !info.isFile())
            throw options.notRegular(file);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read file: ${code ?? String(cause)}`, { file, expected: 'a readable file' }, { cause });
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            throw options.notRegular(file);
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__.assertSize)(info.size, file, options.maxBytes);
        return readToLimit(fd, info.size, options.maxBytes, holdsTooMuch(file, options.maxBytes));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Room for the first read of a file whose size reads as 0 (procfs), and how a buffer grows past its first size. */
const FIRST_ROOM = 64 * 1024;
/**
 * Reads an open file to its end, refusing it (`tooLarge(maxBytes + 1)`) once it holds more than maxBytes: also
 * a file that grew after fstat or whose size reads as 0 (procfs). `size` is fstat's: the buffer has one byte
 * more, and a read that brings the bytes to exactly `size` below the limit ends the file without a read that
 * finds its end (a system call per file; what readFileSync reads of a file that grows meanwhile). The bytes
 * are returned as a view that starts `headRoom` bytes into its buffer: room the caller may write before them
 * (the workspace's git blob header, hashed with them in one pass).
 */
function readToLimit(fd, size, maxBytes, tooLarge, headRoom = 0) {
    let buffer = Buffer.allocUnsafeSlow(headRoom + Math.min(size > 0 ? size + 1 : FIRST_ROOM, maxBytes + 1));
    let filled = 0;
    for (;;) {
        if (headRoom + filled === buffer.length) {
            if (filled > maxBytes)
                throw tooLarge(filled);
            const grown = Buffer.allocUnsafeSlow(headRoom + Math.min(Math.max(filled * 2, FIRST_ROOM), maxBytes + 1));
            buffer.copy(grown, 0, 0, headRoom + filled);
            buffer = grown;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, headRoom + filled, buffer.length - headRoom - filled, null);
        if (read === 0)
            break;
        filled += read;
        if (filled === size && size < maxBytes)
            break;
    }
    return buffer.subarray(headRoom, headRoom + filled);
}
/** The configuration files' and release files' refusal of a file that holds more than maxBytes. */
function holdsTooMuch(file, maxBytes) {
    return () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`file holds more than ${maxBytes} bytes, over the limit of ${maxBytes} bytes`, {
        file,
        expected: `a file of at most ${maxBytes} bytes`,
    });
}
function statOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadDocument)
/* harmony export */ });
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6416);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9131);


/** Reads, size-checks (by the workspace), decodes and parses `path`. */
async function loadDocument(context, path) {
    const file = await context.workspace.read(path, context.maxFileBytes);
    const text = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_0__.decodeUtf8)(file.bytes, file.path);
    const value = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, file.path);
    const json = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_0__.formatOf)(file.path) === 'json';
    return {
        path: file.path,
        bytes: file.bytes,
        text,
        value,
        lineage: file.lineage,
        view: new _shape_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentView */ .zL(file.path, json ? text : undefined),
    };
}


/***/ }),

/***/ 3120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ sourceOptions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schema_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9801);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8671);
/**
 * Per-kind source options: each entry of the sources configuration is validated against the options schema
 * of its kind (schemas/source-kinds/<kind>.schema.json) before an adapter reads it, unless the sources file's
 * own schema already did (schema/documents.ts kindAcceptedInSourcesFile: the same schema, applied by kind).
 */



/** `$id` of the options schema of a source kind. */
function kindSchemaId(kind) {
    return `https://cutover.dev/schemas/source-kinds/${kind}.schema.json`;
}
/**
 * Entries already found valid, with the kind they were checked as: `readSources` checks every entry before
 * reading any, and each adapter asks again for its typed options (20,000 entries in a large release).
 */
const checked = new WeakMap();
/**
 * The entry's options, typed by its kind's schema. `T` must describe exactly what that schema accepts.
 * An entry that does not match is an InputError naming the source id and kind.
 */
function sourceOptions(entry, kind) {
    try {
        if (checked.get(entry) === kind || (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_1__.kindAcceptedInSourcesFile)(entry) === kind)
            return entry;
        const options = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateById */ .n_)(kindSchemaId(kind), entry, `source '${entry.id}'`);
        checked.set(entry, kind);
        return options;
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid options for source '${entry.id}' (kind ${kind}): ${error.message}`, { field: error.field, expected: `options matching ${kindSchemaId(kind)}` }, { cause: error });
    }
}


/***/ }),

/***/ 1872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ recordsFromDocument),
/* harmony export */   _: () => (/* binding */ recordsAdapter)
/* harmony export */ });
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8671);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8457);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3120);



/**
 * Records of a validated records document. `lineage` is the lineage of the document, which every record
 * shares with its JSON Pointer into it as its fragment (`/components/0/artifacts/1`, `/window`); or a
 * function giving each record's own lineage from that pointer (a document mapped from another shape).
 */
function recordsFromDocument(document, sourceId, lineage) {
    const at = typeof lineage === 'function'
        ? (pointer) => ({ sourceId, lineage: lineage(pointer) })
        : (pointer) => ({ sourceId, lineage, fragment: pointer });
    const out = [];
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
const recordsAdapter = {
    kind: 'records',
    async read(entry, context) {
        const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceOptions */ .k)(entry, 'records');
        const loaded = await (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .loadDocument */ .A)(context, options.path);
        const document = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateDocument */ .mv)('records', loaded.value, loaded.path, loaded.text);
        return recordsFromDocument(document, options.id, loaded.lineage);
    },
};


/***/ }),

/***/ 9131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ expectStringField),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   J6: () => (/* binding */ expectArray),
/* harmony export */   O3: () => (/* binding */ optionalArrayField),
/* harmony export */   Xk: () => (/* binding */ expectObject),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   kn: () => (/* binding */ optionalStringField),
/* harmony export */   lK: () => (/* binding */ expectString),
/* harmony export */   oS: () => (/* binding */ optionalArray),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   zL: () => (/* binding */ DocumentView)
/* harmony export */ });
/* harmony import */ var _domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2812);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schema_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2177);
/**
 * Reading untrusted JSON documents (SBOMs, flag files, attestations) into typed values, with errors that
 * name the file, the JSON Pointer, the line (for JSON text) and the expected form. No casts: each value is
 * narrowed from `unknown` where it is read.
 */



/** A parsed document and where it came from, so errors can point into it. */
class DocumentView {
    file;
    text;
    locate;
    /**
     * @param file the path or locator errors name
     * @param text the JSON text (for line numbers), or undefined when the value did not come from JSON text
     */
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    /** An InputError about the value at `pointer`. */
    error(pointer, message, expected) {
        if (this.text !== undefined && !this.locate)
            this.locate = (0,_schema_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonLineLocator */ .nD)(this.text);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(message, { file: this.file, line: this.locate?.(pointer), field: pointer || '/', expected });
    }
}
/** True for a plain JSON object. */
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The value as an object, or an error naming `pointer`. */
function expectObject(view, value, pointer, what = 'an object') {
    if (isObject(value))
        return value;
    throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}
/** The value as an array, or an error naming `pointer`. */
function expectArray(view, value, pointer, what = 'an array') {
    if (Array.isArray(value))
        return value;
    throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}
/** The value as a non-empty string, or an error naming `pointer`. */
function expectString(view, value, pointer, what = 'a non-empty string') {
    if (typeof value === 'string' && value.length > 0)
        return value;
    throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}
/** The value as a string when present (undefined/null count as absent); a non-string is an error. */
function optionalString(view, value, pointer) {
    if (value === undefined || value === null)
        return undefined;
    return expectString(view, value, pointer);
}
/** The value as an array when present (undefined counts as absent). */
function optionalArray(view, value, pointer) {
    if (value === undefined)
        return [];
    return expectArray(view, value, pointer);
}
/**
 * `object[key]` read the way the functions above read a value, for the fields of the many items of a large
 * document (SBOM components and packages): the pointer `<pointer>/<key>` is made only for an error.
 */
function expectStringField(view, object, pointer, key) {
    const value = object[key];
    return typeof value === 'string' && value.length > 0 ? value : expectString(view, value, child(pointer, key));
}
/** `object[key]` as optionalString reads it; the pointer is made only for an error. */
function optionalStringField(view, object, pointer, key) {
    const value = object[key];
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' && value.length > 0 ? value : expectString(view, value, child(pointer, key));
}
/** `object[key]` as optionalArray reads it; the pointer is made only for an error. */
function optionalArrayField(view, object, pointer, key) {
    const value = object[key];
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : expectArray(view, value, child(pointer, key));
}
/** A JSON Pointer extended by segments. */
function child(pointer, ...segments) {
    // An array index (the most common segment by far) needs no escaping.
    if (segments.length === 1 && typeof segments[0] === 'number')
        return `${pointer}/${segments[0]}`;
    return pointer + (0,_domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerOf */ .rq)(segments);
}
/** `a string`, `an array`, `null`… for error messages (never the value: it may be large or secret). */
function describeType(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return value.length === 0 ? 'an empty string' : 'a string';
    return `a ${typeof value}`;
}
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `sha256:<hex>` from a bare or prefixed hex digest; upper-case hex is lowered. Undefined when not a sha256. */
function sha256Digest(value) {
    const hex = value.replace(/^sha256:/, '').toLowerCase();
    return SHA256_HEX.test(hex) ? `sha256:${hex}` : undefined;
}


/***/ }),

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRelativePath: () => (/* binding */ checkRelativePath),
/* harmony export */   localWorkspace: () => (/* binding */ localWorkspace)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6416);
/* harmony import */ var _schema_regular_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2306);
/**
 * The local workspace: files of the candidate read from a directory, confined to it, with lineage.
 *
 * In the action the directory is the checked-out repository at the tag's commit, and lineage names
 * `owner/repo@<commit>:<path>` with the git blob id. In the CLI it is a plain directory, and lineage names the
 * relative path with its content hashes. `observedAt` is always the given reference time (the candidate
 * commit's time), never the wall clock, so two assemblies of the same candidate are identical.
 *
 * Files are read with synchronous calls: a release reads thousands of small local files, and each
 * asynchronous call is a round trip through libuv's thread pool (realpath, open, stat, read, close: five per
 * file), which at 10,000 files cost more wall time than the reading itself (bench/run.ts).
 */







/** True when text holds a C0 control (incl. NUL), DEL or a C1 control: never part of a path a person meant. */
function hasControlCharacter(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            return true;
    }
    return false;
}
/**
 * A workspace over `root`. Rejects absolute paths, `..` segments, backslashes, control characters,
 * symlinks that resolve outside root, non-regular files and files over the size limit.
 */
function localWorkspace(root, options) {
    let rootReal;
    // What every real path inside the root starts with (the root `/` already ends with the separator).
    let prefix = '';
    // Real paths of the directories read from, by workspace-relative path: thousands of files share a few
    // directories, and resolving each file's whole path again costs a system call per path component.
    const directories = new Map();
    return {
        async read(requested, maxBytes = options.maxBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_5__.DEFAULT_MAX_FILE_BYTES) {
            const relative = checkRelativePath(requested);
            if (rootReal === undefined) {
                rootReal = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root));
                prefix = rootReal.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? rootReal : rootReal + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep);
            }
            const base = rootReal;
            let real;
            let opened;
            try {
                const slash = relative.lastIndexOf('/');
                const directory = slash < 0 ? '' : relative.slice(0, slash);
                let directoryReal = directories.get(directory);
                if (directoryReal === undefined) {
                    directoryReal = inside(directory === '' ? base : node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, directory)), base, prefix, relative);
                    directories.set(directory, directoryReal);
                }
                // The file name is one segment checkRelativePath let through (no '', '.' or '..') and the directory a
                // real path: path.join would only put the separator between them (none after the root '/').
                const name = relative.slice(slash + 1);
                real = directoryReal.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? directoryReal + name : directoryReal + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) + name;
                // Nearly every file is a plain file: an open that does not follow a symbolic link proves it is not one,
                // and saves the lstat (a system call per file). When that open fails for any reason (the file is a
                // symbolic link, missing, a socket), the checks below run in their usual order and name the cause.
                if (real.startsWith(prefix))
                    opened = openNotFollowing(real);
                // The file itself may be a symbolic link: then resolve it whole, as for any path.
                if (opened === undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(real).isSymbolicLink())
                    real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(real);
            }
            catch (cause) {
                if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
                    throw cause;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot read '${relative}': ${codeOf(cause) === 'ENOENT' ? 'no such file' : codeOf(cause)}`, {
                    file: relative,
                    expected: 'an existing file inside the workspace',
                }, { cause });
            }
            const { bytes, blob } = opened === undefined
                ? readLimited(inside(real, base, prefix, relative), relative, maxBytes)
                : readOpened(opened, relative, maxBytes);
            // Lineage names where the bytes are. Through a symbolic link that is the link's target: git holds the link
            // itself as a blob of its target's name, and a path through a linked directory is in no tree at all, so
            // `<commit>:<requested path>` would not hold the blob read.
            const located = real.slice(prefix.length);
            const named = located === relative || (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) === '/' ? located : located.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
            return { path: relative, bytes, lineage: lineageOf(named, bytes, blob, options) };
        },
    };
}
/** A real path, when it is the root (`base`) or inside it (starts with `prefix`); else an InputError. */
function inside(real, base, prefix, relative) {
    if (real !== base && !real.startsWith(prefix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`'${relative}' resolves outside the workspace (a symbolic link?)`, {
            file: relative,
            expected: 'a file inside the workspace',
        });
    }
    return real;
}
/**
 * A relative path made of plain segments (letters, digits, `.`, `_`, `-`, none empty, `.` or `..`): what
 * checkRelativePath returns as it is, recognised by one test. Anything else (a `..` segment, `./`, `//`, a
 * backslash, a control character, a drive letter, other characters) takes the checks below.
 */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[\w.-]+(?:\/(?!\.\.?(?:\/|$))[\w.-]+)*$/;
/** Normalizes a workspace-relative path with forward slashes, or throws an InputError saying why it is refused. */
function checkRelativePath(requested) {
    if (typeof requested === 'string' && PLAIN_PATH.test(requested))
        return requested;
    const refuse = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`path ${JSON.stringify(requested)} ${why}`, {
            file: requested,
            expected: 'a relative path inside the workspace, with forward slashes',
        });
    };
    if (typeof requested !== 'string' || requested.length === 0)
        refuse('is empty');
    if (hasControlCharacter(requested))
        refuse('contains a NUL or control character');
    if (requested.includes('\\'))
        refuse('contains a backslash');
    if (requested.startsWith('/') || /^[A-Za-z]:/.test(requested))
        refuse('is absolute');
    const segments = requested.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..'))
        refuse("contains a '..' segment");
    if (segments.length === 0)
        refuse('names no file');
    return segments.join('/');
}
/**
 * Flags of every open: O_NOFOLLOW refuses a symbolic link that appeared after it was resolved; O_NONBLOCK, because
 * opening a FIFO for reading otherwise waits for a writer, forever, before fstat can refuse it. It changes
 * nothing for regular files. (Both undefined on Windows, where FIFOs do not live in directories.)
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
/**
 * The file opened without following a symbolic link, or undefined when it cannot be opened so (also where the
 * platform has no O_NOFOLLOW, Windows: there an open would follow a link, so only lstat can tell).
 */
function openNotFollowing(real) {
    if (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW === undefined)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(real, OPEN_FLAGS);
    }
    catch {
        return undefined;
    }
}
function readLimited(real, relative, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(real, OPEN_FLAGS);
    }
    catch (cause) {
        // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
        const kind = kindOf((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real, { throwIfNoEntry: false }));
        if (kind)
            throw notRegular(relative, kind);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot open '${relative}': ${codeOf(cause)}`, { file: relative, expected: 'a readable file' }, { cause });
    }
    return readOpened(fd, relative, maxBytes);
}
/** Room before a file's bytes for git's blob header, `blob <size>\0` (a size of up to 16 digits). */
const BLOB_HEADER_ROOM = 22;
/**
 * Reads an open file (and closes it): a regular file of at most maxBytes, or an InputError saying why not. The
 * bytes are read behind room for git's blob header, so that the blob id is one hash over one buffer (the
 * blob id of the bytes as gitBlobSha computes it: sha1 of `blob <size>\0<bytes>`), with no copy.
 */
function readOpened(fd, relative, maxBytes) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        const kind = kindOf(stat);
        if (kind)
            throw notRegular(relative, kind);
        tooLarge(stat.size, relative, maxBytes);
        const bytes = (0,_schema_regular_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readToLimit */ .n)(fd, stat.size, maxBytes, (size) => tooLargeError(size, relative, maxBytes), BLOB_HEADER_ROOM);
        const filled = bytes.byteLength;
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset - BLOB_HEADER_ROOM, BLOB_HEADER_ROOM + filled);
        const header = `blob ${filled}\0`;
        const start = BLOB_HEADER_ROOM - header.length;
        buffer.write(header, start, 'latin1');
        return {
            bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + BLOB_HEADER_ROOM, filled),
            blob: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha1', buffer.subarray(start, BLOB_HEADER_ROOM + filled), 'hex'),
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** What a file is when it is not a regular file (`a FIFO (named pipe)`), or undefined for a regular file. */
function kindOf(stat) {
    if (!stat || stat.isFile())
        return undefined;
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isDirectory())
        return 'a directory';
    return 'a special file';
}
function notRegular(relative, kind) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`'${relative}' is ${kind}, not a regular file`, { file: relative, expected: 'a regular file' });
}
function tooLarge(size, relative, maxBytes) {
    if (size > maxBytes)
        throw tooLargeError(size, relative, maxBytes);
}
function tooLargeError(size, relative, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`'${relative}' is ${size} bytes or more, over the limit of ${maxBytes} bytes`, {
        file: relative,
        expected: `a file of at most ${maxBytes} bytes`,
    });
}
function lineageOf(relative, bytes, blob, options) {
    if (options.repository !== undefined && options.commit !== undefined) {
        return {
            system: 'github',
            locator: `${options.repository}@${options.commit}:${relative}`,
            revision: options.commit,
            digest: `gitblob:${blob}`,
            observedAt: options.observedAt,
        };
    }
    return { system: 'file', locator: relative, revision: blob, digest: (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(bytes), observedAt: options.observedAt };
}
function codeOf(error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string')
        return error.code;
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
