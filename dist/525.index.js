export const id = 525;
export const ids = [525];
export const modules = {

/***/ 6525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   authorizationHeader: () => (/* binding */ authorizationHeader),
/* harmony export */   repositoryGitUrl: () => (/* binding */ repositoryGitUrl),
/* harmony export */   withGitToken: () => (/* binding */ withGitToken)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * How `read` reaches the bundles repository's git. The sealed-bundle reader runs the git CLI and reads the
 * repository over HTTPS at `<GITHUB_SERVER_URL>/<owner>/<repo>.git`. The token reaches git the way
 * actions/checkout passes it: an `http.<url>.extraheader` (`AUTHORIZATION: basic base64(x-access-token:token)`)
 * in a private git config file (mode 0600) that GIT_CONFIG_GLOBAL names for the duration of the read, scoped to
 * that one repository's URL, and removed afterwards. The token is never in a URL, a command argument or a
 * message; the header value is masked before anything is written.
 */




/** The git URL of a repository on a GitHub server (github.com, GHES, or the test server). */
function repositoryGitUrl(serverUrl, repo) {
    let url;
    try {
        url = new URL(serverUrl);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Invalid server URL '${serverUrl}'`, { field: 'GITHUB_SERVER_URL', expected: 'an http(s) URL' }, { cause });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Invalid server URL '${serverUrl}'`, {
            field: 'GITHUB_SERVER_URL',
            expected: 'an http(s) URL',
        });
    const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    return `${base}/${repo.owner}/${repo.repo}.git`;
}
/** The header value git sends: what GitHub accepts for an installation token over HTTPS. */
function authorizationHeader(token) {
    return `basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
}
/** The git config text: the extraheader for `gitUrl`, after the user's own global config (when there is one). */
function credentialConfig(gitUrl, header, include) {
    const quote = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return [
        ...(include ? ['[include]', `\tpath = ${quote(include)}`] : []),
        `[http ${quote(gitUrl)}]`,
        `\textraheader = ${quote(`AUTHORIZATION: ${header}`)}`,
        '',
    ].join('\n');
}
/**
 * Runs `read` with git authorized for `gitUrl` only. `env` is the process environment git inherits (the
 * reader copies it for every git process), restored afterwards; `mask` hides the header value in the log.
 */
async function withGitToken(options, mask, read) {
    const header = authorizationHeader(options.token);
    mask(header);
    mask(header.slice('basic '.length));
    const { env } = options;
    const previous = env.GIT_CONFIG_GLOBAL;
    const include = previous ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.gitconfig');
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'cutover-git-'));
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'gitconfig');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, credentialConfig(options.gitUrl, header, previous === '/dev/null' ? undefined : include), {
            mode: 0o600,
        });
        env.GIT_CONFIG_GLOBAL = file;
        return await read();
    }
    finally {
        if (previous === undefined)
            delete env.GIT_CONFIG_GLOBAL;
        else
            env.GIT_CONFIG_GLOBAL = previous;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
