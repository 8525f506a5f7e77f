export const id = 916;
export const ids = [916];
export const modules = {

/***/ 7916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listCommand: () => (/* binding */ listCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _reader_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5323);
/* harmony import */ var _render_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(900);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);
/**
 * `cutover list <repository> [--product P] [--release R] [--json]`: lists the seal tags of a
 * release-bundles git repository (path or URL), each with its own checks and its standing in its release.
 * Exit 0 when every listed tag is a valid seal, 1 when one is not, 2 for usage errors.
 */






const listCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_META */ .w.list,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                product: { type: 'string' },
                release: { type: 'string' },
                json: { type: 'boolean', default: false },
            },
            strict: true,
            allowPositionals: true,
        });
        if (positionals.length !== 1 || positionals[0] === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('expected exactly one repository (a path or a URL)', { expected: this.usage });
        const list = await (0,_reader_list_js__WEBPACK_IMPORTED_MODULE_2__/* .listSealedRevisions */ .H)({
            repository: positionals[0],
            product: values.product,
            release: values.release,
            cwd: io.cwd,
        });
        const invalid = list.revisions.filter((r) => !r.sealed);
        if (values.json) {
            io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        }
        else {
            const lines = [
                (0,_render_table_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .t)(['PRODUCT', 'RELEASE', 'REV', 'STANDING', 'SEAL', 'COMMIT', 'DIGEST', 'TAGGED'], list.revisions.map((r) => [
                    r.product,
                    r.release,
                    `r${r.revision}`,
                    r.latest
                        ? 'latest'
                        : r.supersededBy !== undefined
                            ? `superseded by r${r.supersededBy}`
                            : 'later tags invalid',
                    r.sealed ? 'valid' : r.annotated ? 'invalid' : 'lightweight',
                    r.commit?.slice(0, 12) ?? '-',
                    r.bundleDigest ? `${r.bundleDigest.slice(0, 19)}…` : '-',
                    r.taggedAt ?? '-',
                ])),
            ];
            for (const r of invalid)
                lines.push('', `${r.tag}:`, ...r.problems.map((p) => `  - ${p}`));
            if (list.ignoredRefs.length > 0)
                lines.push('', `ignored (not seal tag names): ${list.ignoredRefs.join(', ')}`);
            lines.push('', `list: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(list.revisions.length, 'seal tag')} in ${list.repository}${invalid.length > 0 ? `, ${invalid.length} not a valid seal` : ''}`);
            io.stdout(`${lines.join('\n')}\n`);
        }
        return invalid.length === 0 ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.findings;
    },
};


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ listSealedRevisions)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5702);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1079);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1910);
/**
 * `listSealedRevisions`: every seal tag of a release-bundles git repository (optionally one product or one
 * release), each checked on its own (annotated, valid record, pointing at the record's merge commit, that
 * commit on the repository's default branch) and placed in its release's sequence (latest, or superseded by
 * which revision). Bundle files are not read: `readSealedBundle` verifies one revision fully. The tags are
 * read by a constant number of git processes, however many there are (see tags.ts).
 */





function assertLabel(value, field) {
    if (value === undefined)
        return;
    const reason = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .unsafeSegmentReason */ .Ku)(value);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${field} '${value}' ${reason}`, {
            field,
            expected: `a ${field} name such as those in seal tags`,
        });
}
/**
 * Lists the seal tags of `repository`, each with its own checks and its standing in its release. Throws
 * InputError for a bad product or release name or an unreachable repository.
 */
async function listSealedRevisions(options) {
    const { product, release } = options;
    assertLabel(product, 'product');
    assertLabel(release, 'release');
    if (release !== undefined && product === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('a release filter needs a product', { field: 'release', expected: 'product and release' });
    const location = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .locateRepository */ .ZX)(options.repository, options.cwd);
    const prefix = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .sealTagPrefix */ .OQ)(product, release);
    const repository = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        const { readings, ignoredRefs } = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .readSealTags */ .Vs)(repository.gitDir, prefix, repository.defaultBranch, {
            keepRecords: false,
        });
        const byRelease = new Map();
        for (const r of readings) {
            const key = `${r.product}/${r.release}`;
            const list = byRelease.get(key) ?? [];
            list.push({ revision: r.revision, sealed: (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsOf */ .GW)(r).length === 0 });
            byRelease.set(key, list);
        }
        const standings = new Map([...byRelease].map(([key, release]) => [key, (0,_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseStandings */ .t7)(release)]));
        const revisions = readings.map((r) => {
            const problems = (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsOf */ .GW)(r);
            const standing = standings.get(`${r.product}/${r.release}`)?.get(r.revision) ?? {
                latest: true,
                supersededBy: undefined,
            };
            return {
                tag: r.tag,
                product: r.product,
                release: r.release,
                revision: r.revision,
                annotated: r.tagObject !== undefined,
                commit: r.commit,
                taggedAt: r.tagObject?.taggedAt,
                bundleDigest: r.summary?.bundleDigest,
                mergedAt: r.summary?.mergedAt,
                queue: r.summary?.queue,
                window: r.summary ? { ...r.summary.window } : undefined,
                sealed: problems.length === 0,
                latest: standing.latest,
                supersededBy: standing.supersededBy,
                problems,
            };
        });
        revisions.sort((a, b) => compare(a.product, b.product) || compare(a.release, b.release) || a.revision - b.revision);
        return { repository: repository.display, revisions, ignoredRefs };
    }
    finally {
        await repository.close();
    }
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/**
 * Plain-text tables for the terminal.
 */
/** Renders rows as a left-aligned table with a header rule. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ })

};
