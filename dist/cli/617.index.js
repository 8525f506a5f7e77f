"use strict";
exports.id = 617;
exports.ids = [617,284];
exports.modules = {

/***/ 1122:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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
        const { url, headers } = withoutCredentials(proxy.url);
        if (target.protocol === 'https:') {
            const tunnel = new (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 1566))).HttpsProxyAgent(url, { keepAlive: true, headers });
            refuseUnopenedTunnels(tunnel, proxy.display);
            agent = tunnel;
        }
        else {
            agent = new (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 8947))).HttpProxyAgent(url, { keepAlive: true, headers });
        }
        agents.set(key, agent);
    }
    return agent;
}
/**
 * The proxy URL without its `user:password@`, and the Proxy-Authorization header that carries them instead.
 * The agents log their proxy's URL through `debug` (DEBUG=https-proxy-agent), so a URL with credentials
 * would print the password; the header is sent, never logged.
 */
function withoutCredentials(proxy) {
    if (!proxy.username && !proxy.password)
        return { url: proxy, headers: {} };
    const url = new URL(proxy.href);
    url.username = '';
    url.password = '';
    const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { url, headers: { 'Proxy-Authorization': `Basic ${Buffer.from(auth).toString('base64')}` } };
}
/**
 * Fails a request whose CONNECT the proxy answered with anything but 200. https-proxy-agent replays such a reply
 * to the request as the origin's response (meant for a 407), outside TLS: a proxy, or anyone on the plain-TCP path
 * to an http:// proxy, could otherwise answer `203` with a JSON body and be read as GitHub or an https source.
 */
function refuseUnopenedTunnels(agent, display) {
    agent.on('proxyConnect', (connect, request) => {
        if (connect.statusCode === 200)
            return;
        const to = String(request.getHeader('host') ?? request.host);
        const status = `${connect.statusCode ?? '?'} ${String(connect.statusText ?? '').slice(0, 100)}`.trim();
        const error = new Error(`the proxy ${display} did not open a tunnel to ${to}: it answered CONNECT with HTTP ${status}`);
        request.destroy(Object.assign(error, { code: 'ERR_PROXY_TUNNEL' }));
    });
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
 * The part of fetch Octokit uses, over node:http(s) rather than the global fetch (the cold start:
 * ../action/main.ts). Used by the one Octokit client (./octokit.ts) and by the action's first read
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

/***/ 7903:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkUrl: () => (/* binding */ checkUrl),
/* harmony export */   fetchWithRetries: () => (/* binding */ fetchWithRetries),
/* harmony export */   headersFrom: () => (/* binding */ headersFrom),
/* harmony export */   httpJsonAdapter: () => (/* binding */ httpJsonAdapter),
/* harmony export */   safeLocator: () => (/* binding */ safeLocator),
/* harmony export */   splitTrimmed: () => (/* binding */ splitTrimmed),
/* harmony export */   utcTimestamp: () => (/* binding */ utcTimestamp)
/* harmony export */ });
/* harmony import */ var jsonpath_plus__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6229);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_http_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1122);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6416);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8671);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5922);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6876);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3120);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1872);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9131);
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
const proxiedFetch = (url, init) => (0,_github_http_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFetch */ .t)(url.href, init);
/** A failure worth another attempt (5xx, network error, time-out). */
class RetryableError extends Error {
}
/** Reads a JSON document over HTTP(S) and maps it into records. */
const httpJsonAdapter = {
    kind: 'http-json',
    async read(entry, context) {
        const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .sourceOptions */ .k)(entry, 'http-json');
        const url = checkUrl(options.url);
        const where = safeLocator(url);
        const headers = headersFrom(options.headers ?? {}, context.env);
        const fetched = await fetchWithRetries(url, headers, options, context, where);
        const value = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDocument */ .Tp)((0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(fetched.bytes, where), where, 'json');
        const lineage = {
            system: 'http',
            locator: where,
            revision: fetched.etag ?? fetched.lastModified ?? '',
            digest: (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(fetched.bytes),
            observedAt: rfc3339(fetched.lastModified) ?? context.referenceTime,
        };
        const items = select(value, options.items ?? (options.provides === 'window' ? '$' : '$[*]'), where);
        const mapped = items.map((item) => (options.map ? mapItem(item.value, options.map, where) : item.value));
        if (options.provides === 'window' && mapped.length !== 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`items selects ${mapped.length} elements for the change window`, {
                file: where,
                field: 'items',
                expected: 'exactly one element',
            });
        }
        const document = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateDocument */ .mv)('records', options.provides === 'window' ? { window: mapped[0] } : { [options.provides]: mapped }, `${where} (mapped to records section '${options.provides}')`);
        return (0,_records_js__WEBPACK_IMPORTED_MODULE_8__/* .recordsFromDocument */ .U)(document, options.id, (pointer) => {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('url is not a valid absolute URL', { field: 'url', expected: 'an https:// URL' });
    }
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('url carries credentials; put secrets in headers named by environment variables', {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${safeLocator(url)} is not https`, {
        field,
        expected: 'an https:// URL (http only to localhost)',
    });
}
/** The URL as lineage and errors may show it: no credentials, query or fragment. */
function safeLocator(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/**
 * Request headers: `accept` plus each named header with the value of its environment variable. A header may not
 * name one of the run's own credentials (./credentials.ts `isRunCredential`): it would go to whatever URL the
 * sources file names.
 */
function headersFrom(named, env) {
    const headers = { accept: 'application/json' };
    for (const [header, variable] of Object.entries(named)) {
        if ((0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .isRunCredential */ .fO)(variable)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`header ${header} names ${variable}, a credential of the run itself`, {
                field: `headers.${header}`,
                expected: _credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .HEADER_VARIABLE_EXPECTED */ .yn,
            });
        }
        const value = env[variable];
        if (value === undefined || value === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`environment variable ${variable} for header ${header} is not set`, {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`GET ${where} failed after ${retries + 1} attempt(s): ${last}`, {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`GET ${where} answered 304 Not Modified, but Cutover keeps no cache and sent no conditional request`, {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`GET ${where} answered HTTP ${response.status}`, {
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz || error instanceof RetryableError)
            throw error;
        if (signal.aborted)
            throw new RetryableError(`timed out after ${timeoutMs} ms`);
        // fetch's own errors name the URL at most, never the request headers; keep only the cause's code.
        throw new RetryableError(`network error (${networkCode(error)})`);
    }
}
function followRedirect(from, start, location, hop) {
    if (hop >= MAX_REDIRECTS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`more than ${MAX_REDIRECTS} redirects from ${safeLocator(start)}`, {
            expected: 'at most 5 redirects',
        });
    }
    if (!location)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`redirect from ${safeLocator(from)} names no location`, { expected: 'a Location header' });
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`redirect from ${safeLocator(from)} names an invalid location`, {
            expected: 'a valid Location URL',
        });
    }
    if (next.host !== start.host || (start.protocol === 'https:' && next.protocol !== 'https:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`redirect from ${safeLocator(from)} to another host (${next.protocol}//${next.host}) refused`, { file: safeLocator(start), expected: `redirects only within ${start.protocol}//${start.host}` });
    }
    allowedScheme(next, 'url');
    return next;
}
async function readLimited(response, maxBytes, where) {
    if (!response.body)
        return new Uint8Array();
    const bytes = await (0,_streams_js__WEBPACK_IMPORTED_MODULE_10__/* .readAtMost */ .r)(response.body, maxBytes);
    if (!bytes)
        throw tooLarge(where, maxBytes, `more than ${maxBytes} bytes received`);
    return bytes;
}
function tooLarge(where, maxBytes, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`response from ${where} is over the limit of ${maxBytes} bytes (${what})`, {
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
function select(json, path, where) {
    if (json === undefined)
        return [];
    let results;
    try {
        results = (0,jsonpath_plus__WEBPACK_IMPORTED_MODULE_0__/* .JSONPath */ .E)({ path, json: jsonArgument(json), resultType: 'all', wrap: true, eval: false });
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`JSONPath ${JSON.stringify(path)} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
            file: where,
            field: 'map',
            expected: 'a JSONPath expression without script',
        });
    }
    if (!Array.isArray(results))
        return [];
    return results.flatMap((result) => (0,_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(result) && typeof result.pointer === 'string' ? [{ value: result.value, pointer: result.pointer }] : []);
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
        const found = select(item, mapping.path, where);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`map.${field}: split applies to strings, got ${typeof value}`, {
            file: where,
            field: `map.${field}.split`,
            expected: `a string separated by ${JSON.stringify(separator)}`,
        });
    }
    return splitTrimmed(value, separator);
}
/** The parts of `text` between `separator`s, trimmed, empty parts dropped (`"a, b,"` -> `["a", "b"]`). */
function splitTrimmed(text, separator) {
    return text
        .split(separator)
        .map((part) => part.trim())
        .filter((part) => part !== '');
}
function convertValue(value, field, where) {
    const converted = typeof value === 'string' ? utcTimestamp(value) : undefined;
    if (converted === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`map.${field}: ${JSON.stringify(value)} is not a timestamp-utc value`, {
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
    const next = (0,_shape_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(target[head]) ? target[head] : {};
    target[head] = next;
    setPath(next, rest, value);
}


/***/ }),

/***/ 2617:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serviceNowAdapter: () => (/* binding */ serviceNowAdapter)
/* harmony export */ });
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);
/* harmony import */ var _http_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7903);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3120);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1872);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9131);
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
        const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceOptions */ .k)(entry, 'servicenow');
        const instance = (0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.checkUrl)(options.instance);
        const url = changeRequestQuery(instance, options.number);
        const where = (0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.safeLocator)(url);
        const headers = (0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.headersFrom)(options.headers ?? {}, context.env);
        const fetched = await (0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.fetchWithRetries)(url, headers, options, context, where);
        const change = onlyChangeRequest(fetched.bytes, where, options.number);
        const field = (name) => fieldOf(change, name, where);
        const sysId = field('sys_id').value;
        const number = checkChangeRequest(field, options, where);
        const record = new URL(`/api/now/table/change_request/${encodeURIComponent(sysId)}`, instance);
        const lineage = {
            system: 'servicenow',
            locator: (0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.safeLocator)(record),
            revision: sysId,
            digest: (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(fetched.bytes),
            observedAt: time(field('sys_updated_on').value, 'sys_updated_on', where),
        };
        const document = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)('records', { window: windowOf(field, options, number, where) }, `${(0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.safeLocator)(record)} (change request ${number} as the change window)`);
        return (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .recordsFromDocument */ .U)(document, options.id, () => lineage);
    },
};
/** The Table API query for the change request `number`, every field with its value and display value. */
function changeRequestQuery(instance, number) {
    const url = new URL('/api/now/table/change_request', instance);
    url.searchParams.set('sysparm_query', `number=${number}`);
    url.searchParams.set('sysparm_display_value', 'all');
    url.searchParams.set('sysparm_limit', '2');
    return url;
}
/** The one change request of a Table API response body; refuses a body with none, several, or not an object. */
function onlyChangeRequest(bytes, where, number) {
    const body = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)((0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(bytes, where), where, 'json');
    const result = (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(body) ? body.result : undefined;
    if (!Array.isArray(result)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`response from ${where} has no 'result' array`, {
            file: where,
            field: 'result',
            expected: 'a Table API response {"result": [...]}',
        });
    }
    if (result.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`change request ${number}: the Table API returned ${result.length} records`, {
            file: where,
            field: 'result',
            expected: `exactly one change_request with number ${number}`,
        });
    }
    const change = result[0];
    if (!(0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(change)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`result[0] from ${where} is not an object`, {
            file: where,
            field: 'result[0]',
            expected: 'a change_request record',
        });
    }
    return change;
}
/**
 * The change request's number, once it is the one asked for, approved, and in a state the window may come from
 * (checked in that order).
 */
function checkChangeRequest(field, options, where) {
    const number = field('number').value;
    if (number !== options.number) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`change request number is ${number}, not ${options.number}`, {
            file: where,
            field: 'number',
            expected: options.number,
        });
    }
    const approval = field('approval');
    if (approval.value !== 'approved') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`change request ${number} is not approved (approval '${approval.value}')`, {
            file: where,
            field: 'approval',
            expected: "'approved'",
        });
    }
    const state = field('state');
    const states = options.states ?? DEFAULT_STATES;
    if (!states.includes(state.value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`change request ${number} is in state ${state.value} (${state.display}), not one the window may come from`, { file: where, field: 'state', expected: `one of ${states.join(', ')}` });
    }
    return number;
}
/** The change window the change request describes: queue, UTC start and end, environments. */
function windowOf(field, options, number, where) {
    return {
        queue: field(options.queueField ?? 'assignment_group').display,
        start: time(field('start_date').value, 'start_date', where),
        end: time(field('end_date').value, 'end_date', where),
        changeRecord: number,
        environments: splitList(field(options.environmentsField ?? 'cmdb_ci').display),
    };
}
function fieldOf(change, name, where) {
    const raw = change[name];
    if (typeof raw === 'string' && raw !== '')
        return { value: raw, display: raw };
    if ((0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(raw) && typeof raw.value === 'string' && raw.value !== '') {
        return { value: raw.value, display: typeof raw.display_value === 'string' ? raw.display_value : raw.value };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`change request field '${name}' is missing or empty`, {
        file: where,
        field: `result[0].${name}`,
        expected: 'a non-empty value (requested with sysparm_display_value=all)',
    });
}
function time(text, name, where) {
    const converted = (0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.utcTimestamp)(text);
    if (converted === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`change request field '${name}' is '${text}', not a UTC timestamp`, {
            file: where,
            field: `result[0].${name}`,
            expected: 'YYYY-MM-DD HH:mm:ss (the stored UTC value)',
        });
    }
    return converted;
}
function splitList(text) {
    return [...new Set((0,_http_json_js__WEBPACK_IMPORTED_MODULE_4__.splitTrimmed)(text, ','))];
}


/***/ }),

/***/ 5922:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
;