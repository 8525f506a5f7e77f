export const id = 123;
export const ids = [123];
export const modules = {

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ renderReleaseFiles)
/* harmony export */ });
/* unused harmony export renderJson */
/**
 * Pretty JSON text with keys in RFC 8785 order (UTF-16 code units, which is what Array.prototype.sort does
 * with strings). Numbers and strings serialize as JSON.stringify does, which is also what RFC 8785 specifies,
 * so parsing this text and canonicalizing it gives the canonical form; this path avoids canonicalizing and
 * re-parsing multi-megabyte files just to indent them. (JavaScript orders integer-like keys numerically;
 * Cutover's documents have none: their keys are schema names, JSON Pointers and `sourceId#n`.)
 */
function renderJson(value) {
    return `${JSON.stringify(value, sortKeys, 2)}\n`;
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


/***/ }),

/***/ 2359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ decideRevision),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports HANDOFF_STATEMENT, assertRevision */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8800);
/**
 * The approval manifest: binds one exact bundle revision (number + content digest) to one deployment queue
 * and one time window, and names the required approver teams. It states where Cutover's work ends.
 */


/** The handoff boundary, written into every manifest and seal record. */
const HANDOFF_STATEMENT = 'Approving this manifest approves exactly this bundle revision (its digest) for this deployment queue within this window. ' +
    'Cutover stops at the seal: it gives no go/no-go verdict and performs no deployment or rollback; ' +
    'the deployment queue decides when and whether to act within the window.';
/** Refuses a revision number outside 1..MAX_REVISION (the schema's and the seal tag's bound), naming it. */
function assertRevision(revision, what = 'revision') {
    const reason = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionReason */ .eC)(revision);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ(`${what} ${revision} ${reason}; a release cannot take more revisions (start a new release name)`);
}
/** Builds the manifest of one revision; a revision outside 1..MAX_REVISION is refused. */
function buildManifest(input) {
    assertRevision(input.revision);
    return {
        schemaVersion: 1,
        product: input.bundle.product,
        release: input.bundle.release,
        revision: input.revision,
        bundleDigest: input.digest,
        queue: input.queue ?? input.bundle.window.queue,
        window: {
            start: input.window?.start ?? input.bundle.window.start,
            end: input.window?.end ?? input.bundle.window.end,
        },
        requiredApprovers: { teams: [...input.policy.approvers.teams] },
        supersedes: input.supersedes,
        handoff: HANDOFF_STATEMENT,
    };
}
/**
 * Same digest as the latest revision: nothing to write. Otherwise the next number, superseding the latest
 * (sealed or not: an unsealed revision that is replaced is superseded just the same).
 */
function decideRevision(latest, digest) {
    if (!latest)
        return { kind: 'next', revision: 1, supersedes: null };
    if (latest.bundleDigest === digest)
        return { kind: 'unchanged', revision: latest.revision };
    assertRevision(latest.revision + 1, 'next revision');
    return {
        kind: 'next',
        revision: latest.revision + 1,
        supersedes: { revision: latest.revision, bundleDigest: latest.bundleDigest },
    };
}


/***/ }),

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ USER_AGENT),
  t: () => (/* binding */ httpFetch)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github/proxy.ts


/** The proxy a request to `target` goes through, or undefined for a direct connection. */
function proxyFor(target, env = process.env) {
    const scheme = target.protocol === 'https:' ? 'https' : target.protocol === 'http:' ? 'http' : undefined;
    if (!scheme)
        return undefined;
    const proxy = variable(env, `${scheme}_proxy`);
    if (!proxy)
        return undefined;
    const noProxy = variable(env, 'no_proxy');
    if (noProxy && bypasses(noProxy.value, target))
        return undefined;
    return parseProxy(proxy.value, proxy.name);
}
/** Whether the NO_PROXY list `list` sends requests to `target` directly. */
function bypasses(list, target) {
    const host = unbracket(target.hostname.toLowerCase()).replace(/\.$/, '');
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const hostIp = (0,external_node_net_.isIP)(host);
    for (const raw of list.split(/[\s,]+/)) {
        let entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return true;
        let entryPort;
        const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
        if (withPort?.[1] && withPort[2]) {
            entry = withPort[1];
            entryPort = withPort[2];
        }
        entry = unbracket(entry);
        if (entryPort !== undefined && entryPort !== port)
            continue;
        const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
        if (cidr?.[1] && cidr[2]) {
            const family = (0,external_node_net_.isIP)(cidr[1]);
            const bits = Number(cidr[2]);
            if (!hostIp || family !== hostIp || bits > (family === 4 ? 32 : 128))
                continue;
            const subnet = new external_node_net_.BlockList();
            subnet.addSubnet(cidr[1], bits, family === 4 ? 'ipv4' : 'ipv6');
            if (subnet.check(host, hostIp === 4 ? 'ipv4' : 'ipv6'))
                return true;
            continue;
        }
        if ((0,external_node_net_.isIP)(entry) || hostIp) {
            if ((0,external_node_net_.isIP)(entry) && hostIp && sameAddress(entry, host))
                return true;
            continue;
        }
        const domain = entry.replace(/^\*?\./, '').replace(/\.$/, '');
        if (domain && (host === domain || host.endsWith(`.${domain}`)))
            return true;
    }
    return false;
}
/** The agent for a request to `target`: one per proxy and target scheme, kept alive; undefined when direct. */
async function proxyAgent(target, env = process.env) {
    const proxy = proxyFor(target, env);
    if (!proxy)
        return undefined;
    const key = `${target.protocol} ${proxy.url.href}`;
    let agent = agents.get(key);
    if (!agent) {
        agent =
            target.protocol === 'https:'
                ? new (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 1566))).HttpsProxyAgent(proxy.url, { keepAlive: true })
                : new (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 8947))).HttpProxyAgent(proxy.url, { keepAlive: true });
        agents.set(key, agent);
    }
    return agent;
}
const agents = new Map();
function variable(env, lower) {
    for (const name of [lower, lower.toUpperCase()]) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}
function parseProxy(value, name) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        throw new errors/* InputError */.dz(`environment variable ${name} is not a valid proxy URL`, { field: name, expected });
    }
    const display = `${url.protocol}//${url.username || url.password ? '***@' : ''}${url.host}`;
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* InputError */.dz(`environment variable ${name} names a ${url.protocol.slice(0, -1)} proxy (${display})`, {
            field: name,
            expected,
        });
    if (!url.hostname)
        throw new errors/* InputError */.dz(`environment variable ${name} names no proxy host`, { field: name, expected });
    return { url, display, variable: name };
}
const expected = 'an http:// or https:// proxy URL, e.g. http://proxy.example.com:3128';
function unbracket(host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
function sameAddress(a, b) {
    if ((0,external_node_net_.isIP)(a) !== (0,external_node_net_.isIP)(b))
        return false;
    const list = new external_node_net_.BlockList();
    list.addAddress(a, (0,external_node_net_.isIP)(a) === 4 ? 'ipv4' : 'ipv6');
    return list.check(b, (0,external_node_net_.isIP)(b) === 4 ? 'ipv4' : 'ipv6');
}

;// CONCATENATED MODULE: ./src/github/http-fetch.ts
/**
 * The part of fetch Octokit uses, over node:http(s): Node loads the global fetch's implementation (undici) on
 * first use, and that alone took longer than a bare Node start, before the action's first API request
 * (issue 4, bench/cold-start.ts). Used by the one Octokit client (./octokit.ts) and by the action's first read
 * (./first-read.ts), which must not wait for that client to load, and by the http-json source kind.
 *
 * Proxies: the standard variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, lower or upper case) choose, per request
 * and per redirect hop, a proxy agent (./proxy.ts); without them requests go directly, through the global agents.
 */



/** The product part of the User-Agent of every request Cutover sends to GitHub. */
const USER_AGENT = 'cutover-action';
const MAX_REDIRECTS = 20;
/** Like fetch's (undici's) header and body timeouts: a stalled connection fails instead of hanging the job. */
const IDLE_TIMEOUT_MS = 300_000;
/**
 * fetch over node:http(s), through the proxy the standard variables name for the URL (./proxy.ts) or else the
 * global agents (keep-alive), following redirects as fetch does: 303 (and 301/302 after a POST) become a GET without body, and the
 * authorization header is dropped when a redirect leaves the origin (a release asset's download URL).
 */
async function httpFetch(url, init = {}, onSent) {
    let method = (init.method ?? 'GET').toUpperCase();
    let body = requestBody(init.body);
    const headers = { ...init.headers };
    let current = new URL(url);
    for (let redirects = 0;; redirects++) {
        const response = await send(current, { method, headers, signal: init.signal ?? undefined }, body, onSent);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (![301, 302, 303, 307, 308].includes(status) || !location || init.redirect === 'manual')
            return fetchResponse(response, current, method);
        response.resume();
        if (init.redirect === 'error')
            throw new Error(`redirected (${status}) from ${current.href}`);
        if (redirects >= MAX_REDIRECTS)
            throw new Error(`too many redirects from ${url}`);
        const next = new URL(location, current);
        if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
            method = 'GET';
            body = undefined;
            for (const name of Object.keys(headers))
                if (/^content-(type|length|encoding|language|location)$/i.test(name))
                    delete headers[name];
        }
        if (next.origin !== current.origin)
            for (const name of Object.keys(headers))
                if (/^(authorization|cookie)$/i.test(name))
                    delete headers[name];
        current = next;
    }
}
function requestBody(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || body instanceof Uint8Array)
        return body;
    if (body instanceof ArrayBuffer)
        return new Uint8Array(body);
    throw new TypeError('request body: only a string or bytes can be sent');
}
async function send(url, options, body, onSent) {
    // node:https (and TLS) is loaded only when a request needs it: GITHUB_API_URL may be plain http (a test server).
    const request = url.protocol === 'https:' ? process.getBuiltinModule('node:https').request : external_node_http_.request;
    const agent = await proxyAgent(url);
    return new Promise((resolve, reject) => {
        const req = request(url, { ...options, ...(agent ? { agent } : {}), timeout: IDLE_TIMEOUT_MS }, resolve);
        req.on('timeout', () => req.destroy(new Error(`no response from ${url.origin} in ${IDLE_TIMEOUT_MS / 1000}s`)));
        req.on('error', reject);
        if (onSent)
            req.on('finish', onSent);
        req.end(body);
    });
}
function fetchResponse(response, url, method) {
    const status = response.statusCode ?? 0;
    // No body can follow: drain it so the connection returns to the pool (Octokit reads none of these).
    if (method === 'HEAD' || status === 204 || status === 205 || status === 304)
        response.resume();
    response.on('error', () => { }); // a failing body fails its reader (bytes() below, or the web stream)
    const headers = Object.entries(response.headers).flatMap(([name, value]) => value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]]);
    let stream;
    const bytes = async () => {
        const chunks = [];
        for await (const chunk of response)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    };
    return {
        status,
        statusText: response.statusMessage ?? '',
        url: url.href,
        headers: {
            get: (name) => headers.find(([n]) => n === name.toLowerCase())?.[1] ?? null,
            [Symbol.iterator]: () => headers[Symbol.iterator](),
        },
        text: async () => (await bytes()).toString('utf8'),
        json: async () => JSON.parse((await bytes()).toString('utf8')),
        arrayBuffer: async () => new Uint8Array(await bytes()).buffer,
        // One web stream per response, however often `body` is read (a second toWeb would compete for the data).
        get body() {
            stream ??= external_node_stream_.Readable.toWeb(response);
            return stream;
        },
    };
}


/***/ }),

/***/ 7411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sX: () => (/* binding */ assertReleaseNames),
  bS: () => (/* binding */ build_buildBundle),
  a: () => (/* binding */ releaseNameOf)
});

// UNUSED EXPORTS: relativeWorkspace

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/domain/canonical.ts
var canonical = __webpack_require__(5610);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/domain/normalize.ts
var normalize = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/domain/assembly-lineage.ts
/**
 * Lineage bookkeeping for assembly: which source document vouched for each record (`SourceTable`) and for
 * each bundle field (`Slots`), turned into lineage.json's `sources` table and `fields` once the bundle is built.
 */



/**
 * Source lineages. Records from one source document share its lineage and differ only in the locator's
 * `#fragment` (their place in it), so the table holds one entry per document and each field keeps its
 * fragment. Keys `sourceId#n` are numbered in content order, not arrival order, so record order never
 * changes the bundle.
 */
class SourceTable {
    handles = [];
    bases = new Map();
    /** An opaque handle for a record's lineage. */
    key(sourceId, lineage) {
        const hash = lineage.locator.indexOf('#');
        const locator = hash < 0 ? lineage.locator : lineage.locator.slice(0, hash);
        const fragment = hash < 0 ? '' : lineage.locator.slice(hash);
        const base = { ...lineage, locator };
        // Identity and sort key of the document: its lineage fields in RFC 8785 key order (digest, locator,
        // observedAt, revision, system), so keys sort as the canonical JSON of the lineage would.
        const baseKey = `${sourceId}\u0000${JSON.stringify([base.digest, locator, base.observedAt, base.revision, base.system])}`;
        if (!this.bases.has(baseKey))
            this.bases.set(baseKey, { sourceId, lineage: base });
        this.handles.push({ base: baseKey, fragment, lineage });
        return String(this.handles.length - 1);
    }
    /** The full lineage (fragment included) behind a handle. */
    get(handle) {
        const entry = this.handles[Number(handle)];
        if (!entry)
            throw new Error(`unknown source handle ${handle}`);
        return entry.lineage;
    }
    sourceIdOf(handle) {
        const entry = this.handles[Number(handle)];
        return entry ? (this.bases.get(entry.base)?.sourceId ?? '') : '';
    }
    /** The lineage.json `sources` table and a resolver from handles to `{source, fragment}`. */
    finish() {
        const keys = new Map();
        const counters = new Map();
        const sources = {};
        for (const baseKey of [...this.bases.keys()].sort(normalize/* cmp */.r)) {
            const { sourceId, lineage } = this.bases.get(baseKey) ?? { sourceId: '', lineage: undefined };
            if (!lineage)
                continue;
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
/** Field slot -> source handle, resolved to pointers and value digests once the bundle is built. */
class Slots {
    entries = [];
    set(path, ref) {
        this.entries.push({ path, ref });
    }
    fields(bundle, resolve) {
        const out = {};
        for (const { path, ref } of this.entries) {
            const { source, fragment } = resolve(ref);
            // Keys in file order (fragment, source, valueDigest), so rendering needs no sorted copy.
            const valueDigest = (0,canonical/* digestOf */.ol)(valueAt(bundle, path));
            out[(0,json_pointer/* pointerOf */.rq)(path)] = fragment ? { fragment, source, valueDigest } : { source, valueDigest };
        }
        return out;
    }
}
/** The value at a path of segments, or undefined. */
function valueAt(root, path) {
    let value = root;
    for (const segment of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
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
        reduceRecord(record.type, record, sources.key(record.sourceId, record.lineage), at);
    return at.collected;
}
/** Looks the reducer up by kind; typed per kind so each reducer receives its own record type. */
function reduceRecord(type, record, ref, at) {
    RECORD_REDUCERS[type](record, ref, at);
}
/** The candidate's signature: the last statement is kept; a different one is a conflict. */
function reduceSignature(record, ref, { sources, collected }) {
    const signature = collected.signature;
    if (signature && (0,canonical/* digestOf */.ol)(signature.value) !== (0,canonical/* digestOf */.ol)(record.signature)) {
        collected.conflicts.push({
            target: { component: undefined, path: '/candidate/signature' },
            ...disagreement(`state the candidate's signature differently`, [sources.sourceIdOf(signature.ref), signatureText(signature.value), sources.get(signature.ref)], [record.sourceId, signatureText(record.signature), record.lineage]),
        });
    }
    collected.signature = { value: record.signature, ref };
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
            ...disagreement(`state artifact ${record.artifact.name} differently`, [sources.sourceIdOf(existing.ref), artifactText(existing.artifact), sources.get(existing.ref)], [record.sourceId, artifactText(record.artifact), record.lineage]),
        });
        return;
    }
    entry.artifacts.set(record.artifact.name, { artifact: { ...record.artifact }, ref });
    if (record.digestComputed) {
        collected.suspicions.push({
            type: 'suspicion',
            sourceId: record.sourceId,
            lineage: record.lineage,
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
/** A dependency: one per (component, name, version, purl), the last statement vouching for it. */
function reduceDependency(record, ref, { renderer, collected }) {
    const value = { ...record.dependency, component: renderer.render('component', record.dependency.component) };
    collected.dependencies.set(JSON.stringify([value.component, value.name, value.version, value.purl ?? '']), {
        value,
        ref,
    });
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
            ...disagreement(`define cohort ${value.id} differently`, [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value), sources.get(existing.ref)], [record.sourceId, JSON.stringify(value), record.lineage]),
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
                ...disagreement(`state different rollback pointers for ${name}`, [sources.sourceIdOf(entry.pointer.ref), pointerText(entry.pointer.value), sources.get(entry.pointer.ref)], [record.sourceId, pointerText(record.pointer), record.lineage]),
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
            ...disagreement(`state different constraints for environment ${name}`, [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value.constraints), sources.get(existing.ref)], [record.sourceId, JSON.stringify(value.constraints), record.lineage]),
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
            ], [record.sourceId, `${record.waiver.status} until ${record.waiver.expiresAt}`, record.lineage]),
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

// EXTERNAL MODULE: ./src/domain/holds.ts + 1 modules
var holds = __webpack_require__(1208);
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
    // Field pointers are only known after sorting, so each slot keeps the record that vouched for it.
    const slots = new Slots();
    const bundle = buildBundle(input, collected, window, candidateRef, slots);
    const table = sources.finish();
    const lineage = {
        schemaVersion: 1,
        sources: table.sources,
        fields: slots.fields(bundle, table.resolve),
        normalizations: normalizationsOf(renderer, bundle),
    };
    const holds = holdsOf(input, collected, bundle, lineage, renderer);
    const files = { bundle, lineage, holds };
    return { files, digest: (0,canonical/* bundleDigest */.bH)(files) };
}
/** The bundle: every section sorted, each field's slot pointing at the record that stated it. */
function buildBundle(input, collected, window, candidateRef, slots) {
    // Property order is slot order (and so the order of lineage.json's fields): keep it the file's order.
    const bundle = {
        schemaVersion: 1,
        product: input.product,
        release: input.release,
        candidate: candidateOf(input.candidate, collected.signature, candidateRef, slots),
        components: componentsOf(collected.components, slots),
        dependencies: dependenciesOf(collected.dependencies, slots),
        cohorts: sortedSection(collected.cohorts, 'cohorts', slots),
        rollback: rollbackOf(collected.rollbacks, slots),
        environments: sortedSection(collected.environments, 'environments', slots),
        waivers: sortedSection(collected.waivers, 'waivers', slots),
        window: window.value,
    };
    slots.set(['window'], window.ref);
    return bundle;
}
/** The candidate: its identity from the input, its signature from the records (unsigned when none states it). */
function candidateOf(candidate, signature, candidateRef, slots) {
    slots.set(['candidate', 'tag'], candidateRef);
    slots.set(['candidate', 'commit'], candidateRef);
    if (signature)
        slots.set(['candidate', 'signature'], signature.ref);
    return {
        tag: candidate.tag,
        commit: candidate.commit,
        ...(candidate.repository ? { repository: candidate.repository } : {}),
        signature: signature?.value ?? { verified: false, reason: 'no-signature-source' },
    };
}
/** Components by name, their artifacts by name, their provenance without duplicates (by digest). */
function componentsOf(components, slots) {
    return sorted(components).map(([name, entry], i) => {
        const artifacts = [...entry.artifacts.values()].sort((a, b) => (0,normalize/* cmp */.r)(a.artifact.name, b.artifact.name));
        artifacts.forEach(({ ref }, j) => {
            for (const field of ['version', 'digest', 'locator'])
                slots.set(['components', i, 'artifacts', j, field], ref);
        });
        const provenance = entry.provenance
            .map((p) => ({ ...p, key: (0,canonical/* digestOf */.ol)(p.value) }))
            .sort((a, b) => (0,normalize/* cmp */.r)(a.key, b.key))
            .filter((p, k, all) => k === 0 || all[k - 1]?.key !== p.key);
        provenance.forEach(({ ref }, k) => slots.set(['components', i, 'provenance', k], ref));
        return {
            name,
            artifacts: artifacts.map((a) => a.artifact),
            ...(provenance.length > 0
                ? { provenance: provenance.map((p) => ({ ...p.value, subjects: [...p.value.subjects].sort(normalize/* cmp */.r) })) }
                : {}),
        };
    });
}
/** Dependencies by component, name, version and purl. */
function dependenciesOf(dependencies, slots) {
    const ordered = [...dependencies.values()].sort((a, b) => (0,normalize/* cmp */.r)(a.value.component, b.value.component) ||
        (0,normalize/* cmp */.r)(a.value.name, b.value.name) ||
        (0,normalize/* cmp */.r)(a.value.version ?? '', b.value.version ?? '') ||
        (0,normalize/* cmp */.r)(a.value.purl ?? '', b.value.purl ?? ''));
    ordered.forEach(({ ref }, i) => slots.set(['dependencies', i], ref));
    return ordered.map((d) => d.value);
}
/** Rollback by component: pointer, hook, and evidence without duplicates, sorted by kind and reference. */
function rollbackOf(rollbacks, slots) {
    return sorted(rollbacks).map(([name, entry], i) => {
        if (entry.pointer)
            slots.set(['rollback', i, 'pointer'], entry.pointer.ref);
        if (entry.hook)
            slots.set(['rollback', i, 'hook'], entry.hook.ref);
        if (entry.evidenceRef)
            slots.set(['rollback', i, 'evidence'], entry.evidenceRef);
        const evidence = uniqueBy(entry.evidence, (e) => (0,canonical/* digestOf */.ol)(e)).sort((a, b) => (0,normalize/* cmp */.r)(a.kind, b.kind) || (0,normalize/* cmp */.r)(a.ref, b.ref));
        return {
            component: name,
            ...(entry.pointer?.value ? { pointer: entry.pointer.value } : {}),
            ...(entry.hook ? { hook: entry.hook.value } : {}),
            evidence,
        };
    });
}
/** A section kept whole per key (cohort id, environment name, waiver id), in key order. */
function sortedSection(entries, section, slots) {
    return sorted(entries).map(([, { value, ref }], i) => {
        slots.set([section, i], ref);
        return value;
    });
}
/**
 * The hold register: conflicts and suspicions pointed at the bundle's fields, SBOMs not bound to their
 * component, and every hold rule of the policy.
 */
function holdsOf(input, collected, bundle, lineage, renderer) {
    const conflicts = [...collected.conflicts];
    for (const subject of collected.sbomSubjects) {
        const problem = sbomSubjectProblem(subject, bundle, renderer, input.policy, (pointer) => {
            const found = (0,holds/* fieldLineage */.Ky)(lineage, pointer);
            return found ? [found] : [];
        });
        if (problem)
            conflicts.push({ target: problem.target, reason: problem.reason, evidence: problem.evidence });
    }
    const resolve = (target) => resolveTarget(bundle, target, renderer);
    return (0,holds/* evaluateHolds */.Y9)({
        bundle,
        lineage,
        policy: input.policy,
        previous: input.previous?.bundle,
        conflicts: conflicts.map(({ target, reason, evidence }) => ({ path: resolve(target), reason, evidence })),
        suspicions: collected.suspicions.map((s) => ({
            rule: s.rule,
            path: s.component === undefined ? s.path : resolve({ component: s.component }),
            reason: s.reason,
            evidence: [s.lineage],
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
    return steps.map((r) => ({
        path: where.get(`${r.field}\u0000${r.final}`) ?? '',
        original: r.original,
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
function sbomSubjectProblem(record, bundle, renderer, policy, evidenceAt) {
    const name = renderer.render('component', record.component);
    const index = bundle.components.findIndex((c) => c.name === name);
    const component = bundle.components[index];
    const stated = record.subjects.length === 0
        ? `names no subject in ${record.statedBy}`
        : `describes ${record.subjects.map(subjectText).join(', ')} (${record.statedBy})`;
    const source = `SBOM '${record.sourceId}'`;
    if (!component) {
        const known = bundle.components.map((c) => c.name).join(', ') || 'none';
        return {
            target: { dependencyOf: name },
            reason: `${source} is attached to component ${name}, which is not a component of this bundle (components: ${known}); it ${stated}`,
            evidence: [record.lineage],
        };
    }
    const versions = [...new Set(component.artifacts.map((a) => a.version))].sort(normalize/* cmp */.r);
    const wanted = `component ${name} (artifact version${versions.length === 1 ? '' : 's'} ${versions.join(', ') || 'none'})`;
    // The SBOM's statement, then where the component's artifact versions came from.
    const evidence = [
        record.lineage,
        ...component.artifacts.flatMap((_, j) => evidenceAt((0,json_pointer/* pointerOf */.rq)(['components', index, 'artifacts', j, 'version']))),
    ];
    if (record.subjects.length === 0)
        return {
            target: { component: record.component },
            reason: `${source} ${stated}, so nothing binds it to ${wanted}`,
            evidence,
        };
    // A throwaway renderer: comparing names must not record renderings of names that are not in the bundle.
    const compare = new normalize/* Renderer */.A(policy);
    const names = (s) => {
        const candidates = [s.name, s.name.slice(s.name.lastIndexOf('/') + 1)];
        const fromPurl = s.purl ? purlParts(s.purl).name : undefined;
        if (fromPurl)
            candidates.push(fromPurl);
        return candidates.flatMap((n) => [n, compare.render('component', n)]);
    };
    const bound = record.subjects.some((s) => {
        const version = s.version ?? (s.purl ? purlParts(s.purl).version : undefined);
        return ((names(s).includes(name) || names(s).includes(record.component)) &&
            version !== undefined &&
            versions.includes(version));
    });
    if (bound)
        return undefined;
    return {
        target: { component: record.component },
        reason: `${source} ${stated}, but it is attached to ${wanted}`,
        evidence,
    };
}
function sorted(map) {
    return [...map.entries()].sort(([a], [b]) => (0,normalize/* cmp */.r)(a, b));
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

// EXTERNAL MODULE: ./src/domain/names.ts
var domain_names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/schema/locate.ts
var locate = __webpack_require__(2177);
;// CONCATENATED MODULE: ./src/sources/shape.ts
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
            this.locate = (0,locate/* jsonLineLocator */.n)(this.text);
        return new errors/* InputError */.dz(message, { file: this.file, line: this.locate?.(pointer), field: pointer || '/', expected });
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
/** A JSON Pointer extended by segments. */
function child(pointer, ...segments) {
    return pointer + (0,json_pointer/* pointerOf */.rq)(segments);
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

;// CONCATENATED MODULE: ./src/sources/document.ts


/** Reads, size-checks (by the workspace), decodes and parses `path`. */
async function loadDocument(context, path) {
    const file = await context.workspace.read(path, context.maxFileBytes);
    const text = (0,parse/* decodeUtf8 */._6)(file.bytes, file.path);
    const value = (0,parse/* parseDocument */.Tp)(text, file.path);
    const json = (0,parse/* formatOf */.be)(file.path) === 'json';
    return {
        path: file.path,
        bytes: file.bytes,
        text,
        value,
        lineage: file.lineage,
        view: new DocumentView(file.path, json ? text : undefined),
    };
}
/** The lineage of a value inside a source: the source's lineage with `#<pointer>` appended to its locator. */
function lineageAt(lineage, pointer) {
    return { ...lineage, locator: `${lineage.locator}#${pointer}` };
}

// EXTERNAL MODULE: ./src/schema/validate.ts + 21 modules
var validate = __webpack_require__(6780);
;// CONCATENATED MODULE: ./src/sources/options.ts
/**
 * Per-kind source options: each entry of the sources configuration is validated against the options schema
 * of its kind (schemas/source-kinds/<kind>.schema.json) before an adapter reads it.
 */


/** `$id` of the options schema of a source kind. */
function kindSchemaId(kind) {
    return `https://cutover.dev/schemas/source-kinds/${kind}.schema.json`;
}
/**
 * The entry's options, typed by its kind's schema. `T` must describe exactly what that schema accepts.
 * An entry that does not match is an InputError naming the source id and kind.
 */
function sourceOptions(entry, kind) {
    try {
        return (0,validate/* validateById */.n_)(kindSchemaId(kind), entry, `source '${entry.id}'`);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new errors/* InputError */.dz(`invalid options for source '${entry.id}' (kind ${kind}): ${error.message}`, { field: error.field, expected: `options matching ${kindSchemaId(kind)}` }, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/sources/sbom.ts
/** A dependency record; empty optional values are left out. */
function dependencyRecord(sourceId, lineage, component, found) {
    const dependency = {
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
function subjectRecord(sourceId, lineage, component, statedBy, found) {
    const subjects = found.map((s) => ({
        name: s.name,
        ...(s.version ? { version: s.version } : {}),
        ...(s.purl ? { purl: s.purl } : {}),
    }));
    return { type: 'sbom-subject', sourceId, lineage, component, statedBy, subjects };
}

;// CONCATENATED MODULE: ./src/sources/cyclonedx.ts




/** CycloneDX versions whose JSON component shape this adapter reads. */
const CYCLONEDX_SPEC_VERSIONS = ['1.4', '1.5', '1.6'];
const EXPECTED = `a CycloneDX ${CYCLONEDX_SPEC_VERSIONS.join('/')} JSON BOM`;
/** Reads a CycloneDX SBOM from the workspace. */
const cyclonedxAdapter = {
    kind: 'cyclonedx',
    async read(entry, context) {
        const options = sourceOptions(entry, 'cyclonedx');
        const loaded = await loadDocument(context, options.path);
        const view = loaded.view;
        const bom = expectObject(view, loaded.value, '', EXPECTED);
        if (bom.bomFormat !== 'CycloneDX') {
            throw view.error('/bomFormat', `bomFormat is ${JSON.stringify(bom.bomFormat)}, not "CycloneDX"`, EXPECTED);
        }
        if (typeof bom.specVersion !== 'string' || !CYCLONEDX_SPEC_VERSIONS.includes(bom.specVersion)) {
            throw view.error('/specVersion', `unsupported CycloneDX specVersion ${JSON.stringify(bom.specVersion)}`, EXPECTED);
        }
        const records = [];
        const walk = (list, pointer) => {
            optionalArray(view, list, pointer).forEach((item, index) => {
                const at = child(pointer, index);
                const component = expectObject(view, item, at, 'a CycloneDX component object');
                const name = expectString(view, component.name, child(at, 'name'));
                const group = optionalString(view, component.group, child(at, 'group'));
                records.push(dependencyRecord(options.id, lineageAt(loaded.lineage, at), options.component, {
                    name: group ? `${group}/${name}` : name,
                    version: optionalString(view, component.version, child(at, 'version')),
                    purl: optionalString(view, component.purl, child(at, 'purl')),
                    licenses: licensesOf(view, component.licenses, child(at, 'licenses')),
                }));
                walk(component.components, child(at, 'components'));
            });
        };
        walk(bom.components, '/components');
        records.push(subjectOf(view, bom.metadata, options, loaded.lineage));
        return records;
    },
};
/** `metadata.component` (name, with its group as `group/name`; version; purl): what the BOM describes. */
function subjectOf(view, metadata, options, lineage) {
    const statedBy = 'CycloneDX metadata.component';
    const meta = metadata === undefined ? {} : expectObject(view, metadata, '/metadata', 'a CycloneDX metadata object');
    if (meta.component === undefined)
        return subjectRecord(options.id, lineageAt(lineage, '/metadata'), options.component, statedBy, []);
    const at = '/metadata/component';
    const component = expectObject(view, meta.component, at, 'a CycloneDX component object');
    const name = expectString(view, component.name, child(at, 'name'));
    const group = optionalString(view, component.group, child(at, 'group'));
    return subjectRecord(options.id, lineageAt(lineage, at), options.component, statedBy, [
        {
            name: group ? `${group}/${name}` : name,
            version: optionalString(view, component.version, child(at, 'version')),
            purl: optionalString(view, component.purl, child(at, 'purl')),
        },
    ]);
}
/** `licenses: [{license: {id} | {name}} | {expression}]` -> ids, names and expressions. */
function licensesOf(view, value, pointer) {
    return optionalArray(view, value, pointer).flatMap((item, index) => {
        const at = child(pointer, index);
        const choice = expectObject(view, item, at, 'a CycloneDX license choice');
        const expression = optionalString(view, choice.expression, child(at, 'expression'));
        if (expression)
            return [expression];
        if (choice.license === undefined)
            return [];
        const license = expectObject(view, choice.license, child(at, 'license'), 'a CycloneDX license');
        const id = optionalString(view, license.id, child(at, 'license', 'id'));
        const name = optionalString(view, license.name, child(at, 'license', 'name'));
        const found = id ?? name;
        return found ? [found] : [];
    });
}

;// CONCATENATED MODULE: ./src/sources/flagd.ts



const flagd_EXPECTED = 'flagd flag definitions ({"flags": {...}}, https://flagd.dev/schema/v0/flags.json)';
const SEGMENT_MAX = 512;
const MAX_DEPTH = 32;
/** Reads a flagd flag file from the workspace. */
const flagdAdapter = {
    kind: 'flagd',
    async read(entry, context) {
        const options = sourceOptions(entry, 'flagd');
        const loaded = await loadDocument(context, options.path);
        const view = loaded.view;
        const root = expectObject(view, loaded.value, '', flagd_EXPECTED);
        const flags = expectObject(view, root.flags, '/flags', `${flagd_EXPECTED} with a "flags" object`);
        const evaluators = root.$evaluators === undefined ? {} : expectObject(view, root.$evaluators, '/$evaluators');
        const flagAt = child('/flags', options.flag);
        const flag = flags[options.flag];
        if (!Object.hasOwn(flags, options.flag) || flag === undefined) {
            const known = Object.keys(flags).slice(0, 20).join(', ');
            throw view.error(flagAt, `flag '${options.flag}' is not defined (flags: ${known})`, `a flag named '${options.flag}'`);
        }
        const definition = expectObject(view, flag, flagAt, 'a flagd flag definition');
        if (definition.state !== 'ENABLED') {
            throw view.error(child(flagAt, 'state'), `flag '${options.flag}' is ${JSON.stringify(definition.state)}, so it rolls out nothing`, 'state "ENABLED"');
        }
        const variants = expectObject(view, definition.variants, child(flagAt, 'variants'), 'an object of variants');
        const noTargeting = definition.targeting === undefined ||
            definition.targeting === null ||
            (isObject(definition.targeting) && Object.keys(definition.targeting).length === 0);
        // A null defaultVariant (flagd-schemas allows it) defers to the application's code default: no variant here.
        let defaultVariant;
        if (noTargeting || definition.defaultVariant !== null) {
            defaultVariant = expectString(view, definition.defaultVariant, child(flagAt, 'defaultVariant'));
            if (!Object.hasOwn(variants, defaultVariant)) {
                throw view.error(child(flagAt, 'defaultVariant'), `flag '${options.flag}' has no variant '${defaultVariant}'`, `one of ${Object.keys(variants).join(', ')}`);
            }
        }
        const walker = new TargetingWalker(view, evaluators, variants, defaultVariant);
        let found;
        if (noTargeting && defaultVariant !== undefined) {
            found = [{ variant: defaultVariant, pointer: child(flagAt, 'defaultVariant'), conditions: [], share: 100 }];
        }
        else {
            found = walker.walk(definition.targeting, child(flagAt, 'targeting'), [], 0);
        }
        if (found.length === 0 && walker.unreadable.length === 0) {
            throw view.error(child(flagAt, 'targeting'), `flag '${options.flag}' targeting selects no variant`, 'a targeting rule with variants');
        }
        let override;
        if (options.segmentFrom !== undefined) {
            const rule = evaluators[options.segmentFrom];
            if (rule === undefined || !Object.hasOwn(evaluators, options.segmentFrom)) {
                throw view.error('/$evaluators', `segmentFrom names evaluator '${options.segmentFrom}', which is not defined`, 'a defined $evaluators entry');
            }
            override = walker.render(rule, 0, child('/$evaluators', options.segmentFrom));
        }
        const used = new Map();
        const seen = new Set();
        // A $ref evaluator rendered at several places reports its construct once.
        const unreadable = walker.unreadable.filter((u) => !seen.has(`${u.pointer} ${u.reason}`) && seen.add(`${u.pointer} ${u.reason}`));
        const holds = unreadable.map((u) => ({
            type: 'suspicion',
            sourceId: options.id,
            lineage: lineageAt(loaded.lineage, u.pointer),
            path: '',
            rule: 'suspicious-source',
            reason: `flagd flag '${options.flag}' at ${u.pointer}: ${u.reason}`,
        }));
        const records = found.map((hit) => {
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
            return { type: 'cohort', sourceId: options.id, lineage: lineageAt(loaded.lineage, hit.pointer), cohort };
        });
        return [...records, ...holds];
    },
};
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
        const rule = expectObject(this.view, node, pointer, 'a targeting rule, a variant name or null');
        const ref = this.reference(rule, pointer);
        if (ref)
            return this.walk(ref.rule, pointer, conditions, depth + 1);
        if (Object.hasOwn(rule, 'fractional'))
            return this.fractional(rule.fractional, child(pointer, 'fractional'), conditions, depth + 1);
        if (Object.hasOwn(rule, 'if')) {
            const at = child(pointer, 'if');
            const args = expectArray(this.view, rule.if, at, 'an "if" argument list');
            const found = [];
            const negated = [];
            // json-logic `if`: [c1, v1, c2, v2, …, else]
            for (let i = 0; i + 1 < args.length; i += 2) {
                const condition = this.render(args[i], depth + 1, child(at, i));
                found.push(...this.walk(args[i + 1], child(at, i + 1), [...conditions, ...negated, condition], depth + 1));
                negated.push(`not (${condition})`);
            }
            if (args.length % 2 === 1)
                found.push(...this.walk(args[args.length - 1], child(at, args.length - 1), [...conditions, ...negated], depth + 1));
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
        const args = expectArray(this.view, value, pointer, 'a "fractional" argument list');
        // The first argument is the bucketing expression unless it is already a bucket (shorthand form).
        const first = Array.isArray(args[0]) ? 0 : 1;
        let computed = false;
        const buckets = args.slice(first).map((item, i) => {
            const at = child(pointer, first + i);
            const bucket = expectArray(this.view, item, at, 'a fractional bucket [variant, weight]');
            const weight = bucket.length > 1 ? bucket[1] : 1;
            if (isObject(weight)) {
                // flagd-schemas: a weight may be JSON Logic (time-based progressive rollouts), evaluated per request.
                computed = true;
                this.unreadable.push({
                    pointer: child(at, 1),
                    reason: `fractional weight is computed per request (${clip(this.render(weight, depth + 1, child(at, 1)))}), so the shares of this split cannot be known before it runs`,
                });
                return { variant: bucket[0], weight: 0, at };
            }
            if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
                throw this.view.error(child(at, 1), 'fractional weight is not a non-negative number', 'a non-negative number');
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
                : this.walk(b.variant, child(b.at, 0), conditions, depth + 1);
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
        const name = expectString(this.view, rule.$ref, child(pointer, '$ref'), 'the name of an $evaluators entry');
        if (!Object.hasOwn(this.evaluators, name)) {
            throw this.view.error(child(pointer, '$ref'), `$ref names evaluator '${name}', which is not defined`, 'a defined $evaluators entry');
        }
        return { rule: this.evaluators[name] };
    }
    /** A json-logic condition as readable text: `"@faas.com" in email`, `id ends_with "xyz"`. */
    render(node, depth, pointer) {
        if (depth > MAX_DEPTH)
            throw this.view.error(pointer, 'targeting nests too deeply', `at most ${MAX_DEPTH} levels`);
        if (Array.isArray(node))
            return `[${node.map((n, i) => this.render(n, depth + 1, child(pointer, i))).join(', ')}]`;
        if (!isObject(node))
            return JSON.stringify(node) ?? 'null';
        const ref = this.reference(node, pointer);
        if (ref)
            return this.render(ref.rule, depth + 1, pointer);
        const [operator, raw] = Object.entries(node)[0] ?? ['', undefined];
        const args = Array.isArray(raw) ? raw : [raw];
        const at = (i) => (Array.isArray(raw) ? child(pointer, operator, i) : child(pointer, operator));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sources/attestation.ts
/**
 * in-toto attestations, as they arrive: a bare Statement (v0.1, v1), a DSSE envelope, a Sigstore bundle
 * (media types v0.1, v0.2, v0.3), an npm/GitHub `{"attestations": [...]}` wrapper, or `.intoto.jsonl` lines.
 * Unwraps them to SLSA provenance (v0.2, v1) and extracts builder, source repository, ref, commit and subject
 * digests (sha256, sha384, sha512). Shared by the `provenance` and `github-attestations` kinds.
 *
 * Signatures: the DSSE signature is checked over its PAE with node:crypto, against the keys the user trusts
 * (`trustedKeys`: PEM public keys or certificates) and, for information only, against the certificate embedded
 * in a Sigstore bundle. Only a match with a trusted key sets `signatureVerified`. Fulcio certificate chains,
 * certificate identities and Rekor transparency-log entries are NOT checked here.
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
    const node = expectObject(view, value, pointer, ATTESTATION_FORMS);
    if (Array.isArray(node.attestations)) {
        return node.attestations.flatMap((item, index) => {
            const at = child(pointer, 'attestations', index);
            const entry = expectObject(view, item, at, 'an attestation entry');
            return findStatements(view, entry.bundle ?? entry, entry.bundle === undefined ? at : child(at, 'bundle'));
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
        const value = (0,parse/* parseDocument */.Tp)(line, `${file}:${index + 1}`, 'json');
        found.push(...findStatements(view, value, `/${index}`));
    });
    return found;
}
function fromBundle(view, bundle, pointer) {
    const mediaType = expectString(view, bundle.mediaType, child(pointer, 'mediaType'));
    if (!BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw view.error(child(pointer, 'mediaType'), `unsupported Sigstore bundle media type ${JSON.stringify(mediaType)}`, BUNDLE_MEDIA_TYPES.join(', '));
    }
    if (bundle.dsseEnvelope === undefined) {
        throw view.error(pointer, 'Sigstore bundle holds no DSSE envelope (a message signature is not an attestation)', 'a bundle with dsseEnvelope');
    }
    const envelopeAt = child(pointer, 'dsseEnvelope');
    const envelope = readEnvelope(view, expectObject(view, bundle.dsseEnvelope, envelopeAt), envelopeAt);
    const material = isObject(bundle.verificationMaterial) ? bundle.verificationMaterial : {};
    const certificate = certificateOf(view, material, child(pointer, 'verificationMaterial'));
    const entry = Array.isArray(material.tlogEntries) && isObject(material.tlogEntries[0]) ? material.tlogEntries[0] : undefined;
    const integratedTime = entry && typeof entry.integratedTime === 'string' && /^\d{1,12}$/.test(entry.integratedTime)
        ? new Date(Number(entry.integratedTime) * 1000).toISOString().replace('.000Z', 'Z')
        : undefined;
    const logIndex = entry && typeof entry.logIndex === 'string' ? entry.logIndex : undefined;
    return {
        pointer,
        statementPointer: envelopeAt,
        envelope,
        statement: statementOf(view, envelope, envelopeAt),
        ...(certificate ? { certificate } : {}),
        ...(integratedTime ? { integratedTime } : {}),
        ...(logIndex ? { logIndex } : {}),
    };
}
function certificateOf(view, material, pointer) {
    let raw;
    let at = pointer;
    if (isObject(material.certificate)) {
        raw = material.certificate.rawBytes;
        at = child(pointer, 'certificate', 'rawBytes');
    }
    else if (isObject(material.x509CertificateChain) && Array.isArray(material.x509CertificateChain.certificates)) {
        const first = material.x509CertificateChain.certificates[0];
        raw = isObject(first) ? first.rawBytes : undefined;
        at = child(pointer, 'x509CertificateChain', 'certificates', 0, 'rawBytes');
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
    const payloadType = expectString(view, node.payloadType, child(pointer, 'payloadType'));
    if (payloadType !== IN_TOTO_PAYLOAD) {
        throw view.error(child(pointer, 'payloadType'), `DSSE payloadType is ${JSON.stringify(payloadType)}`, IN_TOTO_PAYLOAD);
    }
    const payload = base64(view, node.payload, child(pointer, 'payload'));
    const signatures = expectArray(view, node.signatures ?? [], child(pointer, 'signatures')).map((item, i) => {
        const at = child(pointer, 'signatures', i);
        return base64(view, expectObject(view, item, at, 'a DSSE signature').sig, child(at, 'sig'));
    });
    return { payloadType, payload, signatures };
}
function statementOf(view, envelope, pointer) {
    let value;
    try {
        value = (0,parse/* parseDocument */.Tp)((0,parse/* decodeUtf8 */._6)(envelope.payload, view.file), view.file, 'json');
    }
    catch {
        throw view.error(child(pointer, 'payload'), 'DSSE payload is not JSON', 'a base64 in-toto Statement');
    }
    return checkStatement(view, value, child(pointer, 'payload'));
}
function checkStatement(view, value, pointer) {
    const statement = expectObject(view, value, pointer, 'an in-toto Statement');
    if (typeof statement._type !== 'string' || !STATEMENT_TYPES.includes(statement._type)) {
        throw view.error(child(pointer, '_type'), `unsupported in-toto Statement type ${JSON.stringify(statement._type)}`, STATEMENT_TYPES.join(', '));
    }
    return statement;
}
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
function base64(view, value, pointer) {
    const text = expectString(view, value, pointer, 'base64 text');
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
        const hex = expectString(view, value, child(pointer, algorithm), `a ${algorithm} hex digest`).toLowerCase();
        if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
            throw view.error(child(pointer, algorithm), `subject ${algorithm} is not ${length} hex digits`, `a ${algorithm} hex digest`);
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
function extractProvenance(view, found, trusted) {
    const at = found.statementPointer;
    const statement = found.statement;
    const predicate = expectObject(view, statement.predicate, child(at, 'predicate'), 'a SLSA provenance predicate');
    const subjects = expectArray(view, statement.subject, child(at, 'subject'), 'an array of subjects').flatMap((item, i) => {
        const subject = expectObject(view, item, child(at, 'subject', i), 'an in-toto subject');
        const digests = expectObject(view, subject.digest, child(at, 'subject', i, 'digest'), 'a digest set');
        return subjectDigests(view, digests, child(at, 'subject', i, 'digest'));
    });
    const source = statement.predicateType === 'https://slsa.dev/provenance/v0.2' ? sourceV02(predicate) : sourceV1(predicate);
    const builderAt = statement.predicateType === 'https://slsa.dev/provenance/v0.2'
        ? child(at, 'predicate', 'builder', 'id')
        : child(at, 'predicate', 'runDetails', 'builder', 'id');
    const builderNode = statement.predicateType === 'https://slsa.dev/provenance/v0.2'
        ? predicate.builder
        : isObject(predicate.runDetails)
            ? predicate.runDetails.builder
            : undefined;
    // A predicate without a builder id (an unfinished SLSA v1 predicate has no runDetails) is kept, with builder ''
    // and `missingBuilder`, so the caller raises a suspicion rather than failing on a real document.
    const builderId = isObject(builderNode) ? builderNode.id : undefined;
    const builder = builderId === undefined ? '' : expectString(view, builderId, builderAt, 'a builder id');
    const signature = checkSignature(found, trusted);
    return {
        found,
        signatureInvalid: signature.invalid,
        missingBuilder: builder === '',
        provenance: {
            builder,
            sourceRepository: source.repository ?? '',
            ...(source.ref ? { sourceRef: source.ref } : {}),
            ...(source.commit ? { sourceCommit: source.commit } : {}),
            subjects: [...new Set(subjects)],
            signatureVerified: signature.verified,
            verification: signature.text,
        },
    };
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
    if (!isObject(digest))
        return undefined;
    const value = digest.gitCommit ?? digest.sha1;
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value) ? value : undefined;
}
function sourceV02(predicate) {
    const invocation = isObject(predicate.invocation) ? predicate.invocation : {};
    const config = isObject(invocation.configSource) ? invocation.configSource : undefined;
    if (config?.uri)
        return { ...splitUri(config.uri), commit: commitOf(config.digest) };
    const material = Array.isArray(predicate.materials)
        ? predicate.materials.find((m) => isObject(m) && String(m.uri).startsWith('git+'))
        : undefined;
    return isObject(material) ? { ...splitUri(material.uri), commit: commitOf(material.digest) } : {};
}
function sourceV1(predicate) {
    const definition = isObject(predicate.buildDefinition) ? predicate.buildDefinition : {};
    const external = isObject(definition.externalParameters) ? definition.externalParameters : {};
    const dependencies = Array.isArray(definition.resolvedDependencies)
        ? definition.resolvedDependencies.filter(isObject)
        : [];
    const gitDependency = (repository) => dependencies.find((d) => typeof d.uri === 'string' && d.uri.startsWith('git+') && (!repository || d.uri.startsWith(`git+${repository}`)));
    // GitHub Actions workflow build type: externalParameters.workflow {repository, ref, path}.
    if (isObject(external.workflow) && typeof external.workflow.repository === 'string') {
        const repository = external.workflow.repository;
        const ref = typeof external.workflow.ref === 'string' ? external.workflow.ref : undefined;
        return { repository, ref, commit: commitOf(gitDependency(repository)?.digest) };
    }
    // Container-based and other build types: externalParameters.source {uri, digest}.
    if (isObject(external.source) && typeof external.source.uri === 'string') {
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
function checkSignature(found, trusted) {
    const envelope = found.envelope;
    const limits = 'certificate chain, signer identity and transparency-log entry not checked';
    if (!envelope || envelope.signatures.length === 0) {
        return { verified: false, invalid: false, text: 'not-verified: the statement is not signed (no DSSE signature)' };
    }
    const match = trusted.find((t) => verifies(envelope, t.key));
    if (match) {
        return {
            verified: true,
            invalid: false,
            text: `verified: DSSE signature over the statement matches trusted key ${match.name}; ${limits}`,
        };
    }
    const embedded = found.certificate ? verifies(envelope, found.certificate.publicKey) : undefined;
    const trustText = trusted.length === 0
        ? 'no trust root supplied'
        : `no trusted key (${trusted.map((t) => t.name).join(', ')}) matches`;
    if (embedded === true) {
        return {
            verified: false,
            invalid: false,
            text: `not-verified: ${trustText}; the DSSE signature matches the certificate embedded in the bundle (self-consistency only; ${limits})`,
        };
    }
    if (embedded === false) {
        return {
            verified: false,
            invalid: true,
            text: `not-verified: the DSSE signature does NOT match the certificate embedded in the bundle; ${trustText}`,
        };
    }
    return {
        verified: false,
        invalid: false,
        text: `not-verified: ${trustText}; no certificate embedded to check the signature against (keyless signature, key material elsewhere)`,
    };
}
/** Trusted keys from PEM text: public keys and certificates (their public keys). */
function trustedKeysFromPem(text, name) {
    const blocks = text.match(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g) ?? [];
    return blocks.flatMap((block, index) => {
        const label = blocks.length > 1 ? `${name}[${index}]` : name;
        if (block.includes('BEGIN CERTIFICATE'))
            return [{ name: label, key: new external_node_crypto_.X509Certificate(block).publicKey }];
        if (block.includes('PUBLIC KEY'))
            return [{ name: label, key: (0,external_node_crypto_.createPublicKey)(block) }];
        return [];
    });
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
        const options = sourceOptions(entry, 'github-release');
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
            const stated = asset.digest === null ? undefined : sha256Digest(asset.digest);
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

;// CONCATENATED MODULE: ./src/sources/provenance.ts






/** Reads a provenance document from the workspace. */
const provenanceAdapter = {
    kind: 'provenance',
    async read(entry, context) {
        const options = sourceOptions(entry, 'provenance');
        const trusted = await loadTrustedKeys(context, options.trustedKeys ?? []);
        const file = await context.workspace.read(options.path, context.maxFileBytes);
        const text = (0,parse/* decodeUtf8 */._6)(file.bytes, file.path);
        // Attestation files are JSON whatever their extension (.sigstore.json, .build.slsa, .intoto); .jsonl is per line.
        const jsonl = /\.jsonl$/i.test(file.path);
        const view = new DocumentView(file.path, jsonl ? undefined : text);
        const found = jsonl
            ? findStatementsInLines(text, file.path, (line) => new DocumentView(file.path, line))
            : findStatements(view, (0,parse/* parseDocument */.Tp)(text, file.path, 'json'));
        const provenance = found.filter(isProvenance).map((f) => extractProvenance(view, f, trusted));
        if (provenance.length === 0) {
            throw new errors/* InputError */.dz(`no SLSA provenance statement found (${found.length} other statement(s))`, {
                file: file.path,
                expected: ATTESTATION_FORMS,
            });
        }
        const items = provenance.map((item) => ({ item, lineage: lineageAt(file.lineage, item.found.pointer) }));
        return provenanceRecords(items, options, options.expectDigest ?? [], trusted.length > 0);
    },
};
/** PEM keys and certificates named by `trustedKeys`, read from the workspace. */
async function loadTrustedKeys(context, paths) {
    const keys = [];
    for (const path of paths) {
        const file = await context.workspace.read(path, context.maxFileBytes);
        let found;
        try {
            found = trustedKeysFromPem((0,parse/* decodeUtf8 */._6)(file.bytes, file.path), file.path);
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
/** Provenance records plus the suspicions their checks raise. */
function provenanceRecords(extracted, options, expectDigests, trustGiven) {
    const records = [];
    const suspicion = (lineage, rule, reason) => ({
        type: 'suspicion',
        sourceId: options.id,
        lineage,
        path: '',
        component: options.component,
        rule,
        reason,
    });
    for (const { item, lineage } of extracted) {
        records.push({
            type: 'provenance',
            sourceId: options.id,
            lineage,
            component: options.component,
            provenance: item.provenance,
        });
        if (item.missingBuilder) {
            records.push(suspicion(lineage, 'suspicious-source', 'provenance names no builder id (predicate without runDetails.builder)'));
        }
        if (item.signatureInvalid) {
            records.push(suspicion(lineage, 'suspicious-source', `provenance signature is invalid: ${item.provenance.verification}`));
        }
        else if (!item.provenance.signatureVerified && (options.requireSignature === true || trustGiven)) {
            records.push(suspicion(lineage, 'suspicious-source', `provenance signature is not verified against a trusted key: ${item.provenance.verification}`));
        }
    }
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
        records.push(suspicion(first.lineage, 'provenance-mismatch', `provenance for ${options.component} names no subject ${digest} (${why})`));
    }
    return records;
}

;// CONCATENATED MODULE: ./src/sources/github-attestations.ts
/**
 * Source kind `github-attestations`: provenance from GitHub's attestations API
 * (GET /repos/{owner}/{repo}/attestations/{subject_digest}) for the digests in option `subjects` ->
 * ProvenanceRecords for option `component`, through the same parser and checks as the `provenance` kind.
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
        const options = sourceOptions(entry, 'github-attestations');
        const github = requireGitHub(context, 'github-attestations');
        const trusted = await loadTrustedKeys(context, options.trustedKeys ?? []);
        const records = [];
        for (const subject of options.subjects) {
            const base = `${github.repository}/attestations/${subject}`;
            const entries = await github.listAttestations(subject);
            const extracted = [];
            entries.forEach((entry, index) => {
                const view = new DocumentView(`${base}#${index}`, undefined);
                for (const found of findStatements(view, entry.bundle).filter(isProvenance)) {
                    extracted.push({
                        item: extractProvenance(view, found, trusted),
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
            records.push(...provenanceRecords(extracted, options, [subject], trusted.length > 0));
        }
        return records;
    },
};

// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
// EXTERNAL MODULE: ./src/github/http-fetch.ts + 1 modules
var http_fetch = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/streams.ts
var streams = __webpack_require__(5922);
;// CONCATENATED MODULE: ./src/sources/records.ts



/**
 * Records of a validated records document. `lineageOf(pointer)` gives the lineage of the value at a JSON
 * Pointer into the document (`/components/0/artifacts/1`, `/window`).
 */
function recordsFromDocument(document, sourceId, lineageOf) {
    const out = [];
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
const recordsAdapter = {
    kind: 'records',
    async read(entry, context) {
        const options = sourceOptions(entry, 'records');
        const loaded = await loadDocument(context, options.path);
        const document = (0,validate/* validateDocument */.mv)('records', loaded.value, loaded.path, loaded.text);
        return recordsFromDocument(document, options.id, (pointer) => lineageAt(loaded.lineage, pointer));
    },
};

;// CONCATENATED MODULE: ./src/sources/http-json.ts
/**
 * Source kind `http-json`: a JSON document from a change-management, rollout-planning or rollback-reference
 * system over HTTPS, mapped into one records section (`provides`: window, cohorts, rollback, waivers,
 * environments) and read like a `records` file.
 *
 * Mapping: `items` (JSONPath, default `$` for window and `$[*]` for lists) selects one element per record; `map`
 * gives, per record field (dotted for nested: `pointer.version`), a JSONPath relative to the element. One match
 * is the value; several matches become an array. A field may instead be `{ path, split?, convert? }` with declared
 * conversions (see MappedField). Without `map`, elements are taken as they are. The mapped
 * section is validated against schemas/records.schema.json. JSONPath script evaluation is disabled.
 *
 * Transport: https only (http only to 127.0.0.1, localhost, [::1], for tests); secrets only in headers whose
 * values come from named environment variables and never appear in errors or lineage; `redirect: 'manual'` and
 * only same-host redirects followed (never to another host or down to http); time-out per attempt; retries with
 * exponential backoff on 5xx, network errors and time-outs, never on 4xx; body size limited while reading.
 * No cache, so no conditional requests: a 304 is an error. Requests go through the action's transport
 * (src/github/http-fetch.ts), so the standard proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) apply.
 *
 * Lineage: system `http`, locator the URL without credentials, query or fragment plus `#<pointer>` of the
 * element, revision the ETag (else Last-Modified, else ''), digest sha256 of the body, observedAt Last-Modified
 * as RFC 3339 (else the reference time). A revision of '' (no ETag, no Last-Modified) is left for assembly,
 * which holds it as missing lineage.
 */










const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_BACKOFF_MS = 250;
const MAX_REDIRECTS = 5;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** The transport unless a test injects one: node:http(s) through the standard proxy variables. */
const proxiedFetch = (url, init) => (0,http_fetch/* httpFetch */.t)(url.href, init);
/** A failure worth another attempt (5xx, network error, time-out). */
class RetryableError extends Error {
}
/** Reads a JSON document over HTTP(S) and maps it into records. */
const httpJsonAdapter = {
    kind: 'http-json',
    async read(entry, context) {
        const options = sourceOptions(entry, 'http-json');
        const url = checkUrl(options.url);
        const where = safeLocator(url);
        const headers = headersFrom(options.headers ?? {}, context.env);
        const fetched = await fetchWithRetries(url, headers, options, context, where);
        const value = (0,parse/* parseDocument */.Tp)((0,parse/* decodeUtf8 */._6)(fetched.bytes, where), where, 'json');
        const lineage = {
            system: 'http',
            locator: where,
            revision: fetched.etag ?? fetched.lastModified ?? '',
            digest: (0,canonical/* sha256 */.sc)(fetched.bytes),
            observedAt: rfc3339(fetched.lastModified) ?? context.referenceTime,
        };
        const items = http_json_select(value, options.items ?? (options.provides === 'window' ? '$' : '$[*]'), where);
        const mapped = items.map((item) => (options.map ? mapItem(item.value, options.map, where) : item.value));
        if (options.provides === 'window' && mapped.length !== 1) {
            throw new errors/* InputError */.dz(`items selects ${mapped.length} elements for the change window`, {
                file: where,
                field: 'items',
                expected: 'exactly one element',
            });
        }
        const document = (0,validate/* validateDocument */.mv)('records', options.provides === 'window' ? { window: mapped[0] } : { [options.provides]: mapped }, `${where} (mapped to records section '${options.provides}')`);
        return recordsFromDocument(document, options.id, (pointer) => {
            const index = Number(pointer.split('/')[2] ?? '0');
            return { ...lineage, locator: `${where}#${items[Number.isInteger(index) ? index : 0]?.pointer ?? ''}` };
        });
    },
};
/** The URL checked: absolute, no credentials, https (http only to loopback). */
function checkUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz('url is not a valid absolute URL', { field: 'url', expected: 'an https:// URL' });
    }
    if (url.username !== '' || url.password !== '') {
        throw new errors/* InputError */.dz('url carries credentials; put secrets in headers named by environment variables', {
            field: 'url',
            expected: 'an https:// URL without user:password',
        });
    }
    allowedScheme(url, 'url');
    return url;
}
function allowedScheme(url, field) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
        return;
    throw new errors/* InputError */.dz(`${safeLocator(url)} is not https`, {
        field,
        expected: 'an https:// URL (http only to localhost)',
    });
}
/** The URL as lineage and errors may show it: no credentials, query or fragment. */
function safeLocator(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/** Request headers: `accept` plus each named header with the value of its environment variable. */
function headersFrom(named, env) {
    const headers = { accept: 'application/json' };
    for (const [header, variable] of Object.entries(named)) {
        const value = env[variable];
        if (value === undefined || value === '') {
            throw new errors/* InputError */.dz(`environment variable ${variable} for header ${header} is not set`, {
                field: `headers.${header}`,
                expected: `the secret in environment variable ${variable}`,
            });
        }
        headers[header] = value;
    }
    return headers;
}
/** GET with redirects, time-out, retries and body limit as described above (shared with `servicenow`). */
async function fetchWithRetries(url, headers, options, context, where) {
    const retries = options.retries ?? DEFAULT_RETRIES;
    const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0)
            await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** (attempt - 1)));
        try {
            return await fetchOnce(url, headers, options, context, where);
        }
        catch (error) {
            if (!(error instanceof RetryableError))
                throw error;
            last = error.message;
        }
    }
    throw new errors/* InputError */.dz(`GET ${where} failed after ${retries + 1} attempt(s): ${last}`, {
        file: where,
        expected: 'a 2xx JSON response',
    });
}
async function fetchOnce(start, headers, options, context, where) {
    const doFetch = context.fetch ?? proxiedFetch;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = options.maxBytes ?? context.maxFileBytes;
    const signal = AbortSignal.timeout(timeoutMs);
    let url = start;
    try {
        for (let hop = 0;; hop++) {
            const response = await doFetch(url, { method: 'GET', headers, redirect: 'manual', signal });
            if (REDIRECTS.has(response.status)) {
                await response.body?.cancel();
                url = followRedirect(url, start, response.headers.get('location'), hop);
                continue;
            }
            if (response.status === 304) {
                await response.body?.cancel();
                throw new errors/* InputError */.dz(`GET ${where} answered 304 Not Modified, but Cutover keeps no cache and sent no conditional request`, {
                    file: where,
                    expected: 'a 200 JSON response',
                });
            }
            if (response.status >= 500) {
                await response.body?.cancel();
                throw new RetryableError(`HTTP ${response.status}`);
            }
            if (response.status < 200 || response.status > 299) {
                await response.body?.cancel();
                throw new errors/* InputError */.dz(`GET ${where} answered HTTP ${response.status}`, {
                    file: where,
                    expected: 'a 2xx JSON response',
                });
            }
            const declared = Number(response.headers.get('content-length') ?? '0');
            if (declared > maxBytes) {
                await response.body?.cancel();
                throw tooLarge(where, maxBytes, `${declared} bytes declared`);
            }
            const bytes = await readLimited(response, maxBytes, where);
            return {
                bytes,
                etag: response.headers.get('etag') ?? undefined,
                lastModified: response.headers.get('last-modified') ?? undefined,
            };
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz || error instanceof RetryableError)
            throw error;
        if (signal.aborted)
            throw new RetryableError(`timed out after ${timeoutMs} ms`);
        // fetch's own errors name the URL at most, never the request headers; keep only the cause's code.
        throw new RetryableError(`network error (${networkCode(error)})`);
    }
}
function followRedirect(from, start, location, hop) {
    if (hop >= MAX_REDIRECTS) {
        throw new errors/* InputError */.dz(`more than ${MAX_REDIRECTS} redirects from ${safeLocator(start)}`, {
            expected: 'at most 5 redirects',
        });
    }
    if (!location)
        throw new errors/* InputError */.dz(`redirect from ${safeLocator(from)} names no location`, { expected: 'a Location header' });
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new errors/* InputError */.dz(`redirect from ${safeLocator(from)} names an invalid location`, {
            expected: 'a valid Location URL',
        });
    }
    if (next.host !== start.host || (start.protocol === 'https:' && next.protocol !== 'https:')) {
        throw new errors/* InputError */.dz(`redirect from ${safeLocator(from)} to another host (${next.protocol}//${next.host}) refused`, { file: safeLocator(start), expected: `redirects only within ${start.protocol}//${start.host}` });
    }
    allowedScheme(next, 'url');
    return next;
}
async function readLimited(response, maxBytes, where) {
    if (!response.body)
        return new Uint8Array();
    const bytes = await (0,streams/* readAtMost */.r)(response.body, maxBytes);
    if (!bytes)
        throw tooLarge(where, maxBytes, `more than ${maxBytes} bytes received`);
    return bytes;
}
function tooLarge(where, maxBytes, what) {
    return new errors/* InputError */.dz(`response from ${where} is over the limit of ${maxBytes} bytes (${what})`, {
        file: where,
        expected: `a body of at most ${maxBytes} bytes`,
    });
}
function networkCode(error) {
    // node:http's errors carry their code themselves; fetch's carry it on their cause.
    if (error instanceof Error && 'code' in error && typeof error.code === 'string')
        return error.code;
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string')
        return cause.code;
    if (cause instanceof Error)
        return cause.message.slice(0, 200);
    return error instanceof Error ? error.name : 'unknown';
}
function rfc3339(httpDate) {
    if (!httpDate)
        return undefined;
    const time = Date.parse(httpDate);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace('.000Z', 'Z');
}
/** JSONPath over a parsed document, script evaluation disabled. */
function http_json_select(json, path, where) {
    if (json === undefined)
        return [];
    let results;
    try {
        results = (0,index_node_esm/* JSONPath */.E)({ path, json: jsonArgument(json), resultType: 'all', wrap: true, eval: false });
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`JSONPath ${JSON.stringify(path)} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
            file: where,
            field: 'map',
            expected: 'a JSONPath expression without script',
        });
    }
    if (!Array.isArray(results))
        return [];
    return results.flatMap((result) => isObject(result) && typeof result.pointer === 'string' ? [{ value: result.value, pointer: result.pointer }] : []);
}
function jsonArgument(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
        return value;
    if (typeof value === 'object')
        return value;
    return null;
}
function mapItem(item, map, where) {
    const out = {};
    for (const [field, spec] of Object.entries(map)) {
        const mapping = typeof spec === 'string' ? { path: spec } : spec;
        const found = http_json_select(item, mapping.path, where);
        if (found.length === 0)
            continue;
        const values = found.map((f) => f.value);
        const split = mapping.split;
        const parts = split === undefined ? values : values.flatMap((v) => splitValue(v, split, field, where));
        const converted = mapping.convert === undefined ? parts : parts.map((v) => convertValue(v, field, where));
        const value = split === undefined && converted.length === 1 ? converted[0] : converted;
        setPath(out, field.split('.'), value);
    }
    return out;
}
function splitValue(value, separator, field, where) {
    if (typeof value !== 'string') {
        throw new errors/* InputError */.dz(`map.${field}: split applies to strings, got ${typeof value}`, {
            file: where,
            field: `map.${field}.split`,
            expected: `a string separated by ${JSON.stringify(separator)}`,
        });
    }
    return value
        .split(separator)
        .map((part) => part.trim())
        .filter((part) => part !== '');
}
function convertValue(value, field, where) {
    const converted = typeof value === 'string' ? utcTimestamp(value) : undefined;
    if (converted === undefined) {
        throw new errors/* InputError */.dz(`map.${field}: ${JSON.stringify(value)} is not a timestamp-utc value`, {
            file: where,
            field: `map.${field}.convert`,
            expected: 'YYYY-MM-DD HH:mm:ss (UTC, no zone)',
        });
    }
    return converted;
}
/** `YYYY-MM-DD HH:mm:ss` (UTC without zone) as RFC 3339 `YYYY-MM-DDTHH:mm:ssZ`; undefined if not a valid time. */
function utcTimestamp(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
    if (!match)
        return undefined;
    const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`;
    const parsed = new Date(iso);
    // Date rolls 2026-02-30 over into March; a real calendar time survives the round trip unchanged.
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString() !== iso.replace('Z', '.000Z'))
        return undefined;
    return iso;
}
function setPath(target, keys, value) {
    const [head, ...rest] = keys;
    if (head === undefined)
        return;
    if (rest.length === 0) {
        target[head] = value;
        return;
    }
    const next = isObject(target[head]) ? target[head] : {};
    target[head] = next;
    setPath(next, rest, value);
}

;// CONCATENATED MODULE: ./src/sources/servicenow.ts
/**
 * Source kind `servicenow`: one change request from ServiceNow's Table API, read as the change window.
 *
 * Request: GET <instance>/api/now/table/change_request?sysparm_query=number=<number>&sysparm_display_value=all
 * &sysparm_limit=2. With `sysparm_display_value=all` every field comes back as `{ "value", "display_value" }`
 * (reference fields add `link`). Cutover assumes, and relies on, that setting:
 * - times (`start_date`, `end_date`, `sys_updated_on`) are taken from `value`, the stored value, which the Table
 *   API returns in UTC as `YYYY-MM-DD HH:mm:ss`; `display_value` is in the API user's time zone and is never used;
 * - the queue (`assignment_group` unless `queueField` says otherwise) and the environments (`cmdb_ci`, the affected
 *   configuration item, unless `environmentsField` says otherwise; comma-separated values are split) are taken from
 *   `display_value`, the names people read, since `value` of a reference is a sys_id;
 * - `state` and `approval` are compared on `value` (`approval` must be `approved`; `state` one of `states`,
 *   default `-2` Scheduled and `-1` Implement in the base system), so a localized display does not matter.
 * A plain string instead of `{ value, display_value }` (an instance answering as with `sysparm_display_value=false`)
 * is read as both.
 *
 * Transport is http-json's (https only, secrets only in headers from named environment variables and never in
 * errors or lineage, same-host redirects, retries, size limit). Lineage: system `servicenow`, locator the record's
 * Table API URL `<instance>/api/now/table/change_request/<sys_id>`, revision the `sys_id`, digest sha256 of the
 * response body, observedAt `sys_updated_on` as RFC 3339.
 */








const DEFAULT_STATES = ['-2', '-1'];
/** Reads one change request and returns its change window record. */
const serviceNowAdapter = {
    kind: 'servicenow',
    async read(entry, context) {
        const options = sourceOptions(entry, 'servicenow');
        const instance = checkUrl(options.instance);
        const url = new URL('/api/now/table/change_request', instance);
        url.searchParams.set('sysparm_query', `number=${options.number}`);
        url.searchParams.set('sysparm_display_value', 'all');
        url.searchParams.set('sysparm_limit', '2');
        const where = safeLocator(url);
        const headers = headersFrom(options.headers ?? {}, context.env);
        const fetched = await fetchWithRetries(url, headers, options, context, where);
        const body = (0,parse/* parseDocument */.Tp)((0,parse/* decodeUtf8 */._6)(fetched.bytes, where), where, 'json');
        const result = isObject(body) ? body.result : undefined;
        if (!Array.isArray(result)) {
            throw new errors/* InputError */.dz(`response from ${where} has no 'result' array`, {
                file: where,
                field: 'result',
                expected: 'a Table API response {"result": [...]}',
            });
        }
        if (result.length !== 1) {
            throw new errors/* InputError */.dz(`change request ${options.number}: the Table API returned ${result.length} records`, {
                file: where,
                field: 'result',
                expected: `exactly one change_request with number ${options.number}`,
            });
        }
        const change = result[0];
        if (!isObject(change)) {
            throw new errors/* InputError */.dz(`result[0] from ${where} is not an object`, {
                file: where,
                field: 'result[0]',
                expected: 'a change_request record',
            });
        }
        const field = (name) => fieldOf(change, name, where);
        const sysId = field('sys_id').value;
        const number = field('number').value;
        if (number !== options.number) {
            throw new errors/* InputError */.dz(`change request number is ${number}, not ${options.number}`, {
                file: where,
                field: 'number',
                expected: options.number,
            });
        }
        const approval = field('approval');
        if (approval.value !== 'approved') {
            throw new errors/* InputError */.dz(`change request ${number} is not approved (approval '${approval.value}')`, {
                file: where,
                field: 'approval',
                expected: "'approved'",
            });
        }
        const state = field('state');
        const states = options.states ?? DEFAULT_STATES;
        if (!states.includes(state.value)) {
            throw new errors/* InputError */.dz(`change request ${number} is in state ${state.value} (${state.display}), not one the window may come from`, { file: where, field: 'state', expected: `one of ${states.join(', ')}` });
        }
        const record = new URL(`/api/now/table/change_request/${encodeURIComponent(sysId)}`, instance);
        const lineage = {
            system: 'servicenow',
            locator: safeLocator(record),
            revision: sysId,
            digest: (0,canonical/* sha256 */.sc)(fetched.bytes),
            observedAt: time(field('sys_updated_on').value, 'sys_updated_on', where),
        };
        const window = {
            queue: field(options.queueField ?? 'assignment_group').display,
            start: time(field('start_date').value, 'start_date', where),
            end: time(field('end_date').value, 'end_date', where),
            changeRecord: number,
            environments: splitList(field(options.environmentsField ?? 'cmdb_ci').display),
        };
        const document = (0,validate/* validateDocument */.mv)('records', { window }, `${safeLocator(record)} (change request ${number} as the change window)`);
        return recordsFromDocument(document, options.id, () => lineage);
    },
};
function fieldOf(change, name, where) {
    const raw = change[name];
    if (typeof raw === 'string' && raw !== '')
        return { value: raw, display: raw };
    if (isObject(raw) && typeof raw.value === 'string' && raw.value !== '') {
        return { value: raw.value, display: typeof raw.display_value === 'string' ? raw.display_value : raw.value };
    }
    throw new errors/* InputError */.dz(`change request field '${name}' is missing or empty`, {
        file: where,
        field: `result[0].${name}`,
        expected: 'a non-empty value (requested with sysparm_display_value=all)',
    });
}
function time(text, name, where) {
    const converted = utcTimestamp(text);
    if (converted === undefined) {
        throw new errors/* InputError */.dz(`change request field '${name}' is '${text}', not a UTC timestamp`, {
            file: where,
            field: `result[0].${name}`,
            expected: 'YYYY-MM-DD HH:mm:ss (the stored UTC value)',
        });
    }
    return converted;
}
function splitList(text) {
    return [
        ...new Set(text
            .split(',')
            .map((part) => part.trim())
            .filter((part) => part !== '')),
    ];
}

;// CONCATENATED MODULE: ./src/sources/spdx.ts




const spdx_EXPECTED = 'an SPDX-2.3 JSON document, or GitHub\'s {"sbom": {...}} export of one';
const NOT_LICENSES = new Set(['NOASSERTION', 'NONE']);
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
        const options = sourceOptions(entry, 'spdx');
        const loaded = await loadDocument(context, options.path);
        const view = loaded.view;
        const top = expectObject(view, loaded.value, '', spdx_EXPECTED);
        const wrapped = isObject(top.sbom) && top.spdxVersion === undefined;
        const base = wrapped ? '/sbom' : '';
        const document = wrapped ? expectObject(view, top.sbom, base, spdx_EXPECTED) : top;
        if (document.spdxVersion !== 'SPDX-2.3') {
            throw view.error(child(base, 'spdxVersion'), `unsupported spdxVersion ${JSON.stringify(document.spdxVersion)}`, spdx_EXPECTED);
        }
        const documentId = optionalString(view, document.SPDXID, child(base, 'SPDXID')) ?? 'SPDXRef-DOCUMENT';
        const described = new Set();
        optionalArray(view, document.documentDescribes, child(base, 'documentDescribes')).forEach((id, i) => {
            described.add(expectString(view, id, child(base, 'documentDescribes', i)));
        });
        const notRuntime = new Set();
        const runtime = new Set();
        optionalArray(view, document.relationships, child(base, 'relationships')).forEach((item, i) => {
            const at = child(base, 'relationships', i);
            const relation = expectObject(view, item, at, 'an SPDX relationship');
            const type = relation.relationshipType;
            if (type === 'DESCRIBES' && relation.spdxElementId === documentId) {
                described.add(expectString(view, relation.relatedSpdxElement, child(at, 'relatedSpdxElement')));
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
        const packagesAt = child(base, 'packages');
        expectArray(view, document.packages, packagesAt, 'an array of SPDX packages').forEach((item, i) => {
            const at = child(packagesAt, i);
            const pkg = expectObject(view, item, at, 'an SPDX package');
            const spdxId = expectString(view, pkg.SPDXID, child(at, 'SPDXID'));
            if (described.has(spdxId)) {
                subjects.push({
                    at,
                    name: expectString(view, pkg.name, child(at, 'name')),
                    version: versionOf(view, pkg.versionInfo, child(at, 'versionInfo')),
                    purl: purlOf(view, pkg.externalRefs, child(at, 'externalRefs')),
                });
                return;
            }
            if (notRuntime.has(spdxId) && !runtime.has(spdxId))
                return;
            const licenses = ['licenseConcluded', 'licenseDeclared']
                .map((key) => optionalString(view, pkg[key], child(at, key)))
                .filter((license) => license !== undefined && !NOT_LICENSES.has(license));
            records.push(dependencyRecord(options.id, lineageAt(loaded.lineage, at), options.component, {
                name: expectString(view, pkg.name, child(at, 'name')),
                version: versionOf(view, pkg.versionInfo, child(at, 'versionInfo')),
                purl: purlOf(view, pkg.externalRefs, child(at, 'externalRefs')),
                licenses,
            }));
        });
        records.push(subjectRecord(options.id, lineageAt(loaded.lineage, subjects[0]?.at ?? child(base, 'documentDescribes')), options.component, 'SPDX described package', subjects));
        return records;
    },
};
/** `versionInfo`, or undefined when absent or empty (an empty string states no version). */
function versionOf(view, value, pointer) {
    return value === '' ? undefined : optionalString(view, value, pointer);
}
function purlOf(view, value, pointer) {
    for (const [index, item] of optionalArray(view, value, pointer).entries()) {
        const at = child(pointer, index);
        const ref = expectObject(view, item, at, 'an SPDX external reference');
        if (typeof ref.referenceCategory === 'string' &&
            PACKAGE_MANAGER.has(ref.referenceCategory) &&
            ref.referenceType === 'purl') {
            return expectString(view, ref.referenceLocator, child(at, 'referenceLocator'));
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/index.ts











const ADAPTERS = [
    recordsAdapter,
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
        sourceOptions(entry, adapter.kind);
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
        return await adapter.read(entry, context);
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
    return { read: (file, maxBytes) => workspace.read(external_node_path_.posix.join(directory, (0,sources_workspace/* checkRelativePath */._)(file)), maxBytes) };
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
    const records = [
        ...(input.extraRecords ?? []),
        ...(await readSources(config.sources, {
            ...context,
            workspace: relativeWorkspace(input.workspace, external_node_path_.posix.dirname(configPath)),
        })),
    ];
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


/***/ }),

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ checkRelativePath),
/* harmony export */   r: () => (/* binding */ localWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6416);
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
    return {
        async read(requested, maxBytes = options.maxBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_FILE_BYTES */ .CR) {
            const relative = checkRelativePath(requested);
            rootReal ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root));
            const base = rootReal;
            let real;
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, relative));
            }
            catch (cause) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read '${relative}': ${codeOf(cause) === 'ENOENT' ? 'no such file' : codeOf(cause)}`, {
                    file: relative,
                    expected: 'an existing file inside the workspace',
                }, { cause });
            }
            if (real !== base && !real.startsWith(base + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`'${relative}' resolves outside the workspace (a symbolic link?)`, {
                    file: relative,
                    expected: 'a file inside the workspace',
                });
            }
            const bytes = readLimited(real, relative, maxBytes);
            return { path: relative, bytes, lineage: lineageOf(relative, bytes, options) };
        },
    };
}
/** Normalizes a workspace-relative path with forward slashes, or throws an InputError saying why it is refused. */
function checkRelativePath(requested) {
    const refuse = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`path ${JSON.stringify(requested)} ${why}`, {
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
function readLimited(real, relative, maxBytes) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever, before fstat can refuse it.
        // It changes nothing for regular files. (Undefined on Windows, where FIFOs do not live in directories.)
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (cause) {
        // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
        const kind = kindOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real, { throwIfNoEntry: false }));
        if (kind)
            throw notRegular(relative, kind);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot open '${relative}': ${codeOf(cause)}`, { file: relative, expected: 'a readable file' }, { cause });
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const kind = kindOf(stat);
        if (kind)
            throw notRegular(relative, kind);
        tooLarge(stat.size, relative, maxBytes);
        // Read one byte past the limit so a file that grew after stat is still refused.
        const buffer = Buffer.allocUnsafeSlow(Math.min(stat.size, maxBytes) + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        tooLarge(filled, relative, maxBytes);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`'${relative}' is ${kind}, not a regular file`, { file: relative, expected: 'a regular file' });
}
function tooLarge(size, relative, maxBytes) {
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`'${relative}' is ${size} bytes or more, over the limit of ${maxBytes} bytes`, {
            file: relative,
            expected: `a file of at most ${maxBytes} bytes`,
        });
    }
}
function lineageOf(relative, bytes, options) {
    const blob = (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobSha */ .Ak)(bytes);
    if (options.repository !== undefined && options.commit !== undefined) {
        return {
            system: 'github',
            locator: `${options.repository}@${options.commit}:${relative}`,
            revision: options.commit,
            digest: `gitblob:${blob}`,
            observedAt: options.observedAt,
        };
    }
    return { system: 'file', locator: relative, revision: blob, digest: (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(bytes), observedAt: options.observedAt };
}
function codeOf(error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string')
        return error.code;
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 5922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readAtMost)
/* harmony export */ });
/**
 * Reading a response body with a byte limit: the limit is enforced while reading, so an oversized or endless
 * body is cut off instead of filling memory.
 */
/** The body's bytes, or `undefined` as soon as it exceeds `maxBytes` (the stream is then cancelled). */
async function readAtMost(body, maxBytes) {
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel();
            return undefined;
        }
        chunks.push(value);
    }
    return new Uint8Array(Buffer.concat(chunks));
}


/***/ })

};
