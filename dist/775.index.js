export const id = 775;
export const ids = [775,416];
export const modules = {

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   rq: () => (/* binding */ pointerOf)
/* harmony export */ });
/* unused harmony export resolvePointer */
/**
 * RFC 6901 JSON Pointers: how lineage, holds and findings name a field.
 */
/** Splits a JSON Pointer into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Builds a JSON Pointer from segments. */
function pointerOf(segments) {
    let pointer = '';
    for (const s of segments)
        pointer += `/${typeof s === 'number' ? s : escapeSegment(s)}`;
    return pointer;
}
const escapeSegment = (s) => s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
/** The value a JSON Pointer names in a document, or undefined when it names nothing. */
function resolvePointer(root, pointer) {
    let value = root;
    for (const segment of pointerSegments(pointer)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        if (Array.isArray(value)) {
            if (!/^(0|[1-9][0-9]*)$/.test(segment))
                return undefined;
            value = value[Number(segment)];
        }
        else {
            if (!Object.hasOwn(value, segment))
                return undefined;
            value = value[segment];
        }
    }
    return value;
}


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ jsonLineLocator)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2812);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6416);
/**
 * Finds the line of a JSON Pointer in JSON text, so findings and errors can point at file and line.
 */



/**
 * Line locator over one JSON text; parses once. Falls back to the deepest existing parent when the
 * pointer names a missing member (the line where it should have been).
 */
function jsonLineLocator(text) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    return (pointer) => {
        if (!root)
            return undefined;
        const segments = (0,_domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        for (let depth = segments.length; depth >= 0; depth--) {
            const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, segments.slice(0, depth));
            if (node) {
                const target = node.parent?.type === 'property' ? node.parent : node;
                return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.lineAt)(text, target.offset);
            }
        }
        return undefined;
    };
}


/***/ }),

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_FILE_BYTES: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   MAX_RELEASE_FILE_BYTES: () => (/* binding */ MAX_RELEASE_FILE_BYTES),
/* harmony export */   assertSize: () => (/* binding */ assertSize),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   formatOf: () => (/* binding */ formatOf),
/* harmony export */   lineAt: () => (/* binding */ lineAt),
/* harmony export */   parseDocument: () => (/* binding */ parseDocument)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */



/** Default largest input file accepted, in bytes. */
const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Largest release-directory file (Cutover's own output: a 10,000-component bundle.json is about 17 MB). */
const MAX_RELEASE_FILE_BYTES = 256 * 1024 * 1024;
/** Largest number of values a YAML document may expand to through aliases, relative to its size. */
const EXPANSION_FACTOR = 64;
const EXPANSION_FLOOR = 100_000;
/** The format a file name implies: `.json` (and `.jsonl`) is JSON, everything else YAML (a superset of JSON). */
function formatOf(file) {
    return /\.json$/i.test(file) ? 'json' : 'yaml';
}
/** Parses JSON or YAML text into a plain value. Throws InputError with file and line. */
function parseDocument(text, file, format = formatOf(file)) {
    if (format === 'json')
        return parseJson(text, file);
    return parseYaml(text, file);
}
/** Rejects inputs over the size limit before they are parsed. */
function assertSize(bytes, file, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    if (bytes > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`file is ${bytes} bytes, over the limit of ${maxBytes} bytes`, {
            file,
            expected: `a file of at most ${maxBytes} bytes`,
        });
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an input error, not mojibake. */
function decodeUtf8(bytes, file) {
    try {
        const text = utf8.decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
    }
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (cause) {
        // V8's message may quote the whole input and often lacks a position: ask a tolerant parser where it broke.
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const reason = first ? describeJsonError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.printParseErrorCode)(first.error)) : 'unexpected end of input';
        const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
    }
}
function describeJsonError(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
function parseYaml(text, file) {
    let value;
    try {
        const documents = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text, undefined, { filename: file, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA });
        if (documents.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
        }
        value = documents[0] ?? null;
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw cause;
        if (cause instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException) {
            const line = cause.mark ? cause.mark.line + 1 : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
        }
        throw cause;
    }
    assertExpansion(value, file, Math.max(EXPANSION_FLOOR, text.length * EXPANSION_FACTOR));
    return value;
}
/**
 * js-yaml resolves aliases to shared objects, so a "billion laughs" document parses into a small graph
 * that explodes when anything walks it. Walk it once here, with a budget, and refuse what would explode.
 */
function assertExpansion(root, file, budget) {
    let visited = 0;
    const stack = [root];
    while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (++visited > budget) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`YAML aliases expand to more than ${budget} values (an alias bomb?)`, {
                file,
                expected: 'a document without exponential alias expansion',
            });
        }
        for (const child of Array.isArray(value) ? value : Object.values(value)) {
            if (child !== null && typeof child === 'object')
                stack.push(child);
        }
    }
}
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}


/***/ }),

/***/ 775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K3: () => (/* binding */ schemaViolations),
  n_: () => (/* binding */ validateById),
  mv: () => (/* binding */ validateDocument)
});

// UNUSED EXPORTS: validatorFor

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/schema/locate.ts
var schema_locate = __webpack_require__(2177);
// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
;// CONCATENATED MODULE: ./schemas/bundle.schema.json
const bundle_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/bundle.schema.json","title":"Cutover bundle (bundle.json)","description":"The content of one release-candidate cutover: what is deployed, to whom, how it is undone, within which window.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","candidate","components","dependencies","cohorts","rollback","environments","waivers","window"],"properties":{"schemaVersion":{"const":1},"product":{"$ref":"common.schema.json#/$defs/label"},"release":{"$ref":"common.schema.json#/$defs/label"},"candidate":{"type":"object","additionalProperties":false,"required":["tag","commit","signature"],"properties":{"tag":{"type":"string","minLength":1,"maxLength":255},"commit":{"$ref":"common.schema.json#/$defs/commit"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"signature":{"$ref":"common.schema.json#/$defs/signature"}}},"components":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","artifacts"],"properties":{"name":{"$ref":"common.schema.json#/$defs/label"},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","version","digest","locator"],"properties":{"name":{"type":"string","minLength":1,"maxLength":255},"version":{"type":"string","minLength":1,"maxLength":128},"digest":{"$ref":"common.schema.json#/$defs/sha256"},"locator":{"type":"string","minLength":1,"maxLength":2048}}}},"provenance":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["builder","sourceRepository","subjects","signatureVerified","verification"],"properties":{"builder":{"type":"string","maxLength":2048},"sourceRepository":{"type":"string","maxLength":2048},"sourceRef":{"type":"string","maxLength":1024},"sourceCommit":{"type":"string","maxLength":128},"subjects":{"type":"array","items":{"$ref":"common.schema.json#/$defs/sha256"}},"signatureVerified":{"type":"boolean"},"verification":{"type":"string","maxLength":1024}}}}}}},"dependencies":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["component","name","version"],"properties":{"component":{"$ref":"common.schema.json#/$defs/label"},"name":{"type":"string","minLength":1,"maxLength":512},"version":{"type":"string","maxLength":256},"purl":{"type":"string","maxLength":2048},"licenses":{"type":"array","items":{"type":"string","maxLength":512}}}}},"cohorts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","environments","flags"],"anyOf":[{"required":["share"]},{"required":["segment"]}],"properties":{"id":{"$ref":"common.schema.json#/$defs/label"},"environments":{"type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/label"},"uniqueItems":true},"share":{"type":"number","minimum":0,"maximum":100},"segment":{"type":"string","minLength":1,"maxLength":512},"flags":{"type":"array","items":{"$ref":"common.schema.json#/$defs/cohortFlag"}}}}},"rollback":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["component","evidence"],"properties":{"component":{"$ref":"common.schema.json#/$defs/label"},"pointer":{"type":"object","additionalProperties":false,"required":["version","digest"],"properties":{"version":{"type":"string","minLength":1,"maxLength":128},"digest":{"$ref":"common.schema.json#/$defs/sha256"}}},"hook":{"type":"string","minLength":1,"maxLength":2048},"evidence":{"type":"array","items":{"$ref":"common.schema.json#/$defs/rollbackEvidence"}}},"description":"Rollback of one component. A missing pointer or empty evidence is a hold, never filled in."}},"environments":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","constraints"],"properties":{"name":{"$ref":"common.schema.json#/$defs/label"},"constraints":{"$ref":"common.schema.json#/$defs/environmentConstraints"}}}},"waivers":{"type":"array","items":{"$ref":"common.schema.json#/$defs/waiver"}},"window":{"$ref":"common.schema.json#/$defs/window"}}}');
;// CONCATENATED MODULE: ./schemas/common.schema.json
const common_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/common.schema.json","title":"Cutover shared definitions","$defs":{"label":{"description":"A name that is safe as one path segment: letters, digits, \'.\', \'_\', \'+\', \'-\'; no \'..\'; at most 100 characters.","type":"string","pattern":"^(?!.*\\\\.\\\\.)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},"text":{"type":"string","minLength":1,"maxLength":4096},"sha256":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"sourceDigest":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|gitblob:[0-9a-f]{40}([0-9a-f]{24})?)$"},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"time":{"type":"string","format":"date-time","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?(Z|[+-]\\\\d{2}:\\\\d{2})$"},"team":{"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository\'s organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},"pointer":{"type":"string","pattern":"^(/([^~/]|~[01])*)*$"},"lineage":{"type":"object","additionalProperties":false,"required":["system","locator","revision","digest","observedAt"],"properties":{"system":{"type":"string","minLength":1,"maxLength":100},"locator":{"type":"string","maxLength":2048},"revision":{"type":"string","maxLength":256},"digest":{"type":"string","maxLength":100},"observedAt":{"$ref":"#/$defs/time"}}},"environmentConstraints":{"type":"object","additionalProperties":false,"properties":{"maxCohortShare":{"type":"number","minimum":0,"maximum":100},"requireRollbackHook":{"type":"boolean"},"allowedQueues":{"type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}},"rollbackEvidence":{"type":"object","additionalProperties":false,"required":["kind","ref"],"properties":{"kind":{"type":"string","minLength":1,"maxLength":100},"ref":{"$ref":"#/$defs/text"},"at":{"$ref":"#/$defs/time"}}},"waiver":{"type":"object","additionalProperties":false,"required":["id","subject","status","owner","expiresAt"],"properties":{"id":{"$ref":"#/$defs/label"},"subject":{"$ref":"#/$defs/text"},"status":{"enum":["approved","pending","rejected"]},"owner":{"$ref":"#/$defs/text"},"expiresAt":{"$ref":"#/$defs/time"},"reason":{"$ref":"#/$defs/text"}}},"window":{"type":"object","additionalProperties":false,"required":["queue","start","end","changeRecord","environments"],"properties":{"queue":{"$ref":"#/$defs/label"},"start":{"$ref":"#/$defs/time"},"end":{"$ref":"#/$defs/time"},"changeRecord":{"type":"string","minLength":1,"maxLength":200},"environments":{"type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}},"signature":{"type":"object","additionalProperties":false,"required":["verified","reason"],"properties":{"verified":{"type":"boolean"},"reason":{"type":"string","minLength":1,"maxLength":100}}},"cohortFlag":{"type":"object","additionalProperties":false,"required":["key","variant"],"properties":{"key":{"type":"string","minLength":1,"maxLength":200},"variant":{"type":"string","minLength":1,"maxLength":200}}}}}');
;// CONCATENATED MODULE: ./schemas/holds.schema.json
const holds_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/holds.schema.json","title":"Cutover hold register (holds.json)","description":"Everything unresolved about the candidate. An open hold fails the cutover/holds check.","type":"object","additionalProperties":false,"required":["schemaVersion","holds"],"properties":{"schemaVersion":{"const":1},"holds":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","rule","path","reason","status","evidence"],"properties":{"id":{"type":"string","pattern":"^H-[0-9a-f]{12}$"},"rule":{"enum":["missing-rollback-evidence","waiver-pending","waiver-expired","supersession","scope-drift","missing-lineage","unsigned-candidate","provenance-mismatch","suspicious-source"]},"path":{"$ref":"common.schema.json#/$defs/pointer"},"reason":{"type":"string","minLength":1},"status":{"const":"open"},"evidence":{"type":"array","items":{"$ref":"common.schema.json#/$defs/lineage"}}}}}}}');
;// CONCATENATED MODULE: ./schemas/lineage.schema.json
const lineage_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/lineage.schema.json","title":"Cutover lineage (lineage.json)","description":"Where every consequential field of bundle.json came from, and every rendering change made to it.","type":"object","additionalProperties":false,"required":["schemaVersion","sources","fields","normalizations"],"properties":{"schemaVersion":{"const":1},"sources":{"type":"object","propertyNames":{"pattern":"^[A-Za-z0-9._-]+#[0-9]+$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/lineage"}},"fields":{"type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/pointer"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["source","valueDigest"],"properties":{"source":{"type":"string","pattern":"^[A-Za-z0-9._-]+#[0-9]+$"},"valueDigest":{"$ref":"common.schema.json#/$defs/sha256"},"fragment":{"description":"Where in the source document the value was stated, appended to the source\'s locator.","type":"string","pattern":"^#","maxLength":1024}}}},"normalizations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","original","rendered","rule"],"properties":{"path":{"$ref":"common.schema.json#/$defs/pointer"},"original":{"type":"string"},"rendered":{"type":"string"},"rule":{"type":"string","minLength":1}}}}}}');
;// CONCATENATED MODULE: ./schemas/manifest.schema.json
const manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/manifest.schema.json","title":"Cutover approval manifest (manifest.json)","description":"Binds one bundle revision (number and content digest) to one deployment queue and one time window, and names the approver teams.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredApprovers","supersedes","handoff"],"properties":{"schemaVersion":{"const":1},"product":{"$ref":"common.schema.json#/$defs/label"},"release":{"$ref":"common.schema.json#/$defs/label"},"revision":{"type":"integer","minimum":1},"bundleDigest":{"$ref":"common.schema.json#/$defs/sha256"},"queue":{"$ref":"common.schema.json#/$defs/label"},"window":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"common.schema.json#/$defs/time"},"end":{"$ref":"common.schema.json#/$defs/time"}}},"requiredApprovers":{"type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/team"}}}},"supersedes":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"type":"integer","minimum":1},"bundleDigest":{"$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"type":"string","minLength":1}}}');
;// CONCATENATED MODULE: ./schemas/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/policy.schema.json","title":"Cutover policy","description":"Who must approve, how names are rendered, and which hold rules apply with which parameters. Disabling a hold rule requires a written justification.","type":"object","additionalProperties":false,"required":["schemaVersion","approvers"],"properties":{"schemaVersion":{"const":1},"approvers":{"type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/team"}}}},"rendering":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","field"],"oneOf":[{"required":["transform"]},{"required":["map"]}],"properties":{"id":{"$ref":"common.schema.json#/$defs/label"},"field":{"enum":["component","cohort","environment"]},"transform":{"enum":["lowercase","kebab-case","trim"]},"map":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/label"}}}}},"holds":{"type":"object","additionalProperties":false,"properties":{"missing-rollback-evidence":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"waiver-pending":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"waiver-expired":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048},"marginMinutes":{"type":"integer","minimum":0,"maximum":525600}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"supersession":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"scope-drift":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"missing-lineage":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"unsigned-candidate":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"provenance-mismatch":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"suspicious-source":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"justification":{"type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}}}},"limits":{"type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"type":"integer","minimum":1024,"maximum":268435456}}},"bundleWriter":{"description":"GitHub login of the App bot that writes bundles, e.g. cutover-release[bot]. Commits to a release directory by anyone else are flagged by the lineage check as hand edits.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*(\\\\[bot\\\\])?$"}}}');
;// CONCATENATED MODULE: ./schemas/records.schema.json
const records_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/records.schema.json","title":"Cutover release records file (source kind \'records\')","description":"Release facts stated directly by a release system: artifacts, cohorts, rollback pointers, environments, waivers, the change window and the candidate\'s signature status. Every section is optional.","type":"object","additionalProperties":false,"properties":{"signature":{"$ref":"common.schema.json#/$defs/signature"},"components":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","artifacts"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","version","digest","locator"],"properties":{"name":{"type":"string","minLength":1,"maxLength":255},"version":{"type":"string","minLength":1,"maxLength":128},"digest":{"$ref":"common.schema.json#/$defs/sha256"},"locator":{"type":"string","minLength":1,"maxLength":2048}}}}}}},"cohorts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","environments"],"anyOf":[{"required":["share"]},{"required":["segment"]}],"properties":{"id":{"type":"string","minLength":1,"maxLength":200},"environments":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"maxLength":200}},"share":{"type":"number","minimum":0,"maximum":100},"segment":{"type":"string","minLength":1,"maxLength":512},"flags":{"type":"array","items":{"$ref":"common.schema.json#/$defs/cohortFlag"}}}}},"rollback":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["component"],"properties":{"component":{"type":"string","minLength":1,"maxLength":200},"pointer":{"type":"object","additionalProperties":false,"required":["version","digest"],"properties":{"version":{"type":"string","minLength":1,"maxLength":128},"digest":{"$ref":"common.schema.json#/$defs/sha256"}}},"hook":{"type":"string","minLength":1,"maxLength":2048},"evidence":{"type":"array","items":{"$ref":"common.schema.json#/$defs/rollbackEvidence"}}}}},"environments":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"constraints":{"$ref":"common.schema.json#/$defs/environmentConstraints"}}}},"waivers":{"type":"array","items":{"$ref":"common.schema.json#/$defs/waiver"}},"window":{"$ref":"common.schema.json#/$defs/window"}}}');
;// CONCATENATED MODULE: ./schemas/seal-record.schema.json
const seal_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/seal-record.schema.json","title":"Cutover seal record (annotated tag message)","description":"The approval record carried by the annotated tag cutover/<product>/<release>/r<revision> on the merged commit.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredTeams","repository","pullRequest","headSha","mergeCommit","mergeMethod","mergedAt","approvers","supersedes","handoff"],"properties":{"schemaVersion":{"const":1},"product":{"$ref":"common.schema.json#/$defs/label"},"release":{"$ref":"common.schema.json#/$defs/label"},"revision":{"type":"integer","minimum":1},"bundleDigest":{"$ref":"common.schema.json#/$defs/sha256"},"queue":{"$ref":"common.schema.json#/$defs/label"},"window":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"common.schema.json#/$defs/time"},"end":{"$ref":"common.schema.json#/$defs/time"}}},"requiredTeams":{"type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/team"}},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pullRequest":{"type":"integer","minimum":1},"headSha":{"$ref":"common.schema.json#/$defs/commit"},"mergeCommit":{"$ref":"common.schema.json#/$defs/commit"},"mergeMethod":{"enum":["merge","squash","rebase","squash-or-rebase"]},"mergedAt":{"$ref":"common.schema.json#/$defs/time"},"approvers":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["login","team","reviewId","commitId"],"properties":{"login":{"type":"string","minLength":1,"maxLength":100},"team":{"$ref":"common.schema.json#/$defs/team"},"reviewId":{"type":"integer","minimum":1},"commitId":{"$ref":"common.schema.json#/$defs/commit"}}}},"supersedes":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"type":"integer","minimum":1},"bundleDigest":{"$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"type":"string","minLength":1}}}');
;// CONCATENATED MODULE: ./schemas/sources.schema.json
const sources_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/sources.schema.json","title":"Cutover sources configuration","description":"Names the release candidate and the authoritative sources a bundle is assembled from. Each source has an id, a kind, and the options of that kind.","type":"object","additionalProperties":false,"required":["schemaVersion","product","sources"],"properties":{"schemaVersion":{"const":1},"product":{"$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release name. When absent, it is taken from the candidate tag with releasePattern.","$ref":"common.schema.json#/$defs/label"},"candidate":{"type":"object","additionalProperties":false,"required":["tag","commit","committedAt"],"properties":{"tag":{"type":"string","minLength":1,"maxLength":255},"commit":{"$ref":"common.schema.json#/$defs/commit"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"committedAt":{"$ref":"common.schema.json#/$defs/time"}},"description":"The release candidate. Required for the CLI; in the action it comes from the tag that triggered the workflow, and when given here it must match."},"sources":{"type":"array","minItems":1,"items":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"kind":{"enum":["records","cyclonedx","spdx","flagd","provenance","github-release","github-attestations","http-json"]}},"allOf":[{"if":{"properties":{"kind":{"const":"records"}},"required":["kind"]},"then":{"$ref":"source-kinds/records.schema.json"}},{"if":{"properties":{"kind":{"const":"cyclonedx"}},"required":["kind"]},"then":{"$ref":"source-kinds/cyclonedx.schema.json"}},{"if":{"properties":{"kind":{"const":"spdx"}},"required":["kind"]},"then":{"$ref":"source-kinds/spdx.schema.json"}},{"if":{"properties":{"kind":{"const":"flagd"}},"required":["kind"]},"then":{"$ref":"source-kinds/flagd.schema.json"}},{"if":{"properties":{"kind":{"const":"provenance"}},"required":["kind"]},"then":{"$ref":"source-kinds/provenance.schema.json"}},{"if":{"properties":{"kind":{"const":"github-release"}},"required":["kind"]},"then":{"$ref":"source-kinds/github-release.schema.json"}},{"if":{"properties":{"kind":{"const":"github-attestations"}},"required":["kind"]},"then":{"$ref":"source-kinds/github-attestations.schema.json"}},{"if":{"properties":{"kind":{"const":"http-json"}},"required":["kind"]},"then":{"$ref":"source-kinds/http-json.schema.json"}}]}},"releasePattern":{"description":"Regular expression with a named group \'release\' that extracts the release from the candidate tag. Default: ^v?(?<release>[0-9][A-Za-z0-9.+_-]*?)(?:-rc[.-]?[0-9]+)?$","type":"string","minLength":1,"maxLength":500}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/cyclonedx.schema.json
const cyclonedx_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json","title":"Source kind \'cyclonedx\': a CycloneDX 1.4-1.6 JSON SBOM in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":true,"kind":{"const":"cyclonedx"},"path":{"type":"string","minLength":1,"maxLength":1024},"component":{"type":"string","minLength":1,"maxLength":200}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/flagd.schema.json
const flagd_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/flagd.schema.json","title":"Source kind \'flagd\': the rollout cohorts of one flag in an OpenFeature flagd flag definitions file","type":"object","additionalProperties":false,"required":["id","kind","path","flag","environments"],"properties":{"id":true,"kind":{"const":"flagd"},"path":{"type":"string","minLength":1,"maxLength":1024},"flag":{"type":"string","minLength":1,"maxLength":200},"environments":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"segmentFrom":{"type":"string","minLength":1,"maxLength":200}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/github-attestations.schema.json
const github_attestations_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-attestations.schema.json","title":"Source kind \'github-attestations\': SLSA provenance from GitHub\'s attestations API for given subject digests of one component","type":"object","additionalProperties":false,"required":["id","kind","component","subjects"],"properties":{"id":true,"kind":{"const":"github-attestations"},"component":{"type":"string","minLength":1,"maxLength":200},"subjects":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance.","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"type":"boolean"}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/github-release.schema.json
const github_release_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-release.schema.json","title":"Source kind \'github-release\': assets of the candidate tag\'s GitHub release as artifacts of one component","type":"object","additionalProperties":false,"required":["id","kind","component"],"properties":{"id":true,"kind":{"const":"github-release"},"component":{"type":"string","minLength":1,"maxLength":200},"assets":{"description":"Asset names, or one glob (* and ?) over asset names. All assets when absent.","oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255}}]},"version":{"type":"string","minLength":1,"maxLength":128},"maxBytes":{"type":"integer","minimum":1}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/http-json.schema.json
const http_json_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/http-json.schema.json","title":"Source kind \'http-json\': a JSON document over HTTPS (change management, rollout planning, rollback references) mapped into one records section","type":"object","additionalProperties":false,"required":["id","kind","url","provides"],"properties":{"id":true,"kind":{"const":"http-json"},"url":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://"},"provides":{"enum":["window","cohorts","rollback","waivers","environments"]},"headers":{"description":"Header name -> name of the environment variable holding its secret value.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9-]{1,100}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,99}$"}},"items":{"description":"JSONPath selecting one element per record.","type":"string","minLength":1,"maxLength":1024},"map":{"description":"Record field (dotted for nested) -> JSONPath relative to the element.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9]*(\\\\.[A-Za-z][A-Za-z0-9]*)*$"},"additionalProperties":{"type":"string","minLength":1,"maxLength":1024}},"timeoutMs":{"type":"integer","minimum":1,"maximum":300000},"retries":{"type":"integer","minimum":0,"maximum":10},"backoffMs":{"type":"integer","minimum":0,"maximum":60000},"maxBytes":{"type":"integer","minimum":1}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/provenance.schema.json
const provenance_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/provenance.schema.json","title":"Source kind \'provenance\': an in-toto/SLSA provenance document (bare, DSSE, Sigstore bundle, .intoto.jsonl, {attestations}) for one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":true,"kind":{"const":"provenance"},"path":{"type":"string","minLength":1,"maxLength":1024},"component":{"type":"string","minLength":1,"maxLength":200},"expectDigest":{"type":"array","items":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"uniqueItems":true},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance.","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"type":"boolean"}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/records.schema.json
const source_kinds_records_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/records.schema.json","title":"Source kind \'records\': a YAML or JSON file of release records in Cutover\'s own shape","type":"object","additionalProperties":false,"required":["id","kind","path"],"properties":{"id":true,"kind":{"const":"records"},"path":{"type":"string","minLength":1,"maxLength":1024}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/spdx.schema.json
const spdx_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/spdx.schema.json","title":"Source kind \'spdx\': a SPDX 2.3 JSON SBOM (or GitHub dependency-graph export) in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":true,"kind":{"const":"spdx"},"path":{"type":"string","minLength":1,"maxLength":1024},"component":{"type":"string","minLength":1,"maxLength":200}}}');
;// CONCATENATED MODULE: ./src/schema/source-kinds.ts
/**
 * The options schema of every source kind (schemas/source-kinds/*.schema.json), registered with Ajv
 * beside the document schemas. Add one line per kind together with its adapter.
 */








/** Every per-kind options schema. */
const SOURCE_KIND_SCHEMAS = [
    source_kinds_records_schema_namespaceObject,
    cyclonedx_schema_namespaceObject,
    spdx_schema_namespaceObject,
    flagd_schema_namespaceObject,
    provenance_schema_namespaceObject,
    github_release_schema_namespaceObject,
    github_attestations_schema_namespaceObject,
    http_json_schema_namespaceObject,
];

;// CONCATENATED MODULE: ./src/schema/registry.ts
/**
 * Every JSON Schema Cutover validates against, imported so the bundler embeds them (no file reads at run time).
 */










/** Named document schemas. */
const SCHEMAS = {
    bundle: bundle_schema_namespaceObject,
    common: common_schema_namespaceObject,
    holds: holds_schema_namespaceObject,
    lineage: lineage_schema_namespaceObject,
    manifest: manifest_schema_namespaceObject,
    policy: policy_schema_namespaceObject,
    records: records_schema_namespaceObject,
    'seal-record': seal_record_schema_namespaceObject,
    sources: sources_schema_namespaceObject,
};
/** Every schema to register with Ajv, including the per-kind source option schemas. */
const ALL_SCHEMAS = [...Object.values(SCHEMAS), ...SOURCE_KIND_SCHEMAS];
/** The `$id` of a named schema. */
function schemaId(name) {
    return SCHEMAS[name].$id;
}

;// CONCATENATED MODULE: ./src/schema/validate.ts
/**
 * Ajv over the JSON Schemas in schemas/: compiled once per process, per schema, on first use.
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field
 * and the expected form.
 */






// ajv-formats is CommonJS (`exports.default = formatsPlugin`); under ESM interop the plugin is `.default`.
const addFormats = (dist_default())["default"];
let ajv;
const compiled = new Map();
function instance() {
    if (!ajv) {
        // strictRequired off: `anyOf: [{ required: [a] }, { required: [b] }]` ("one of these keys") names keys
        // declared in the parent's `properties`, which Ajv's strict check does not see from inside anyOf/oneOf.
        ajv = new _2020.Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
        addFormats(ajv, ['date-time', 'uri', 'email']);
        for (const schema of ALL_SCHEMAS)
            ajv.addSchema(schema);
    }
    return ajv;
}
/** The compiled validator of a schema, compiled on first use and kept. */
function validatorFor(name) {
    const id = schemaId(name);
    let validate = compiled.get(id);
    if (!validate) {
        validate = instance().getSchema(id);
        if (!validate)
            throw new Error(`schema ${id} is not registered`);
        compiled.set(id, validate);
    }
    return validate;
}
/** Validates without throwing; returns the violations (empty when valid). */
function schemaViolations(name, value, text, file) {
    const validate = validatorFor(name);
    if (validate(value))
        return [];
    const locate = text !== undefined && file !== undefined && (0,parse.formatOf)(file) === 'json' ? (0,schema_locate/* jsonLineLocator */.n)(text) : undefined;
    return dedupe(validate.errors ?? []).map((error) => {
        const path = violationPath(error);
        const line = locate?.(path);
        return line === undefined ? { path, message: describe(error) } : { path, message: describe(error), line };
    });
}
/** Validates and returns the value typed, or throws an InputError naming the first violations. */
function validateDocument(name, value, file, text) {
    const violations = schemaViolations(name, value, text, file);
    const first = violations[0];
    if (!first)
        return value;
    const more = violations.length > 1
        ? ` (and ${violations.length - 1} more: ${violations
            .slice(1, 4)
            .map((v) => `${v.path || '/'} ${v.message}`)
            .join('; ')})`
        : '';
    throw new errors/* InputError */.dz(`${first.message}${more}`, {
        file,
        line: first.line,
        field: first.path || '/',
        expected: `a document matching ${schemaId(name)}`,
    });
}
function violationPath(error) {
    if (error.keyword === 'additionalProperties') {
        const extra = String(error.params.additionalProperty);
        return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    }
    if (error.keyword === 'required') {
        return `${error.instancePath}/${String(error.params.missingProperty)}`;
    }
    return error.instancePath;
}
function describe(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key '${String(params.additionalProperty)}'`;
        case 'required':
            return `missing required key '${String(params.missingProperty)}'`;
        case 'enum':
            return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `must be ${JSON.stringify(params.allowedValue)}`;
        case 'pattern':
            return `must match ${String(params.pattern)}`;
        default:
            return error.message ?? error.keyword;
    }
}
/** Ajv reports the failing branch of every if/then and anyOf; keep the most specific error per path. */
function dedupe(errors) {
    const seen = new Set();
    const out = [];
    for (const error of errors) {
        if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf')
            continue;
        const key = `${violationPath(error)}|${describe(error)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(error);
    }
    return out.length > 0 ? out : errors;
}
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
function validateById(id, value, file) {
    let validate = compiled.get(id);
    if (!validate) {
        validate = instance().getSchema(id);
        if (!validate)
            throw new Error(`schema ${id} is not registered`);
        compiled.set(id, validate);
    }
    if (validate(value))
        return value;
    const violations = dedupe(validate.errors ?? []).map((error) => ({
        path: violationPath(error),
        message: describe(error),
    }));
    const first = violations[0];
    const more = violations.length > 1
        ? ` (and ${violations.length - 1} more: ${violations
            .slice(1, 4)
            .map((v) => `${v.path || '/'} ${v.message}`)
            .join('; ')})`
        : '';
    throw new errors/* InputError */.dz(`${first?.message ?? 'invalid'}${more}`, {
        file,
        field: first?.path || '/',
        expected: `a value matching ${id}`,
    });
}


/***/ })

};
