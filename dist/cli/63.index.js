"use strict";
exports.id = 63;
exports.ids = [63];
exports.modules = {

/***/ 1654:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ COMMAND_META)
/* harmony export */ });
/**
 * What the command line shows of each command before loading it: its one-line summary and usage. The
 * commands themselves load on demand (src/cli/main.ts), so `cutover list` never evaluates the demo's
 * GitHub-compatible server, Ajv for assembly or Octokit.
 */
const COMMAND_META = {
    assemble: {
        summary: 'build a release directory (bundle, lineage, holds, manifest) from local sources',
        usage: 'cutover assemble --sources <file> --out <dir> [--policy <file>] [--previous <dir>] [--json]',
    },
    verify: {
        summary: 'run every verification rule over a release directory',
        usage: 'cutover verify <dir> [--policy <file>] [--json]',
    },
    inspect: {
        summary: 'read a sealed revision from a bundles git repository and check its integrity',
        usage: 'cutover inspect <repository> --tag <tag> [--at <time>] [--json]',
    },
    list: {
        summary: 'list the sealed revisions in a bundles git repository',
        usage: 'cutover list <repository> [--product <product>] [--release <release>] [--json]',
    },
    demo: {
        summary: 'run the whole lifecycle on an embedded GitHub-compatible server (no GitHub account needed)',
        usage: 'cutover demo [--json] [--keep <dir>]',
    },
};


/***/ }),

/***/ 1604:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ pathsAsGiven),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Exit codes: 0 clean, 1 findings (or failed integrity results), 2 usage or input error. */
const EXIT = { ok: 0, findings: 1, usage: 2 };
/** `1 finding`, `2 findings`, `0 findings`: a count with its noun in the right number. */
function count(n, singular, plural = `${singular}s`) {
    return `${n} ${n === 1 ? singular : plural}`;
}
const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/**
 * A message with the paths it names written as the user gave them: commands resolve relative arguments
 * against the working directory, so their errors name absolute paths. Each absolute form of a relative
 * argument, and the directory holding it (for files found beside it), is put back as typed; an absolute
 * argument stays exactly as given, and URLs are left alone.
 */
function pathsAsGiven(text, args, cwd) {
    const replacements = new Map();
    for (const arg of args) {
        if (arg === '' || arg.startsWith('-') || URL_LIKE.test(arg))
            continue;
        if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(arg)) {
            // Matched before any shorter prefix, so the working directory's prefix is not taken off it.
            replacements.set(arg, arg);
            continue;
        }
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, arg);
        replacements.set(absolute, arg);
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(arg);
        replacements.set(`${node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(absolute)}${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`, dir === '.' ? '' : `${dir}${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`);
    }
    if (replacements.size === 0)
        return text;
    // One pass; at each position the longest form wins (a file's own form over its directory's). A whole path
    // must not run on into a longer name; a directory form ends in a separator already.
    const forms = [...replacements.keys()].sort((a, b) => b.length - a.length);
    const pattern = forms
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (f.endsWith((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) ? '' : '(?![A-Za-z0-9._+-])'))
        .join('|');
    return text.replace(new RegExp(pattern, 'g'), (match) => replacements.get(match) ?? match);
}


/***/ }),

/***/ 3063:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: COMMANDS, closest, packageVersion

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
;// CONCATENATED MODULE: ./src/cli/help.ts
const JSON_OPTION = { name: '--json', description: 'print the result as JSON on stdout instead of text' };
const HELP_OPTION = { name: '-h, --help', description: 'print this help and exit 0' };
const REPOSITORY = {
    name: '<repository>',
    description: 'the release-bundles git repository: a local path (a bare repository or a clone), or an http(s)://, file:// or ssh:// URL (fetched with git; no API, no token)',
};
/** Help for every command, by command name. */
const COMMAND_HELP = {
    assemble: {
        description: 'Reads the release candidate and its sources from local files, applies the policy, and writes the release directory (bundle.json, lineage.json, holds.json, manifest.json). Holds are data, not errors: they are listed and the exit code is 0. Assembling the same inputs again writes nothing; a different bundle becomes the next revision.',
        arguments: [],
        options: [
            {
                name: '--sources <file>',
                description: 'the sources configuration (YAML or JSON, schemas/sources.schema.json), with a `candidate` key (tag, commit, committedAt); the paths it names are relative to it. Required.',
            },
            {
                name: '--out <dir>',
                description: 'the release directory to write; created when missing. A manifest already there for the same release counts as the latest revision. Required.',
            },
            {
                name: '--policy <file>',
                description: 'the policy (YAML or JSON, schemas/policy.schema.json): hold rules, approver teams, rendering, limits. Default: the built-in policy.',
            },
            {
                name: '--previous <dir>',
                description: 'the release directory of the previous approved revision of the same release: the new revision is numbered after it and checked against it (supersession, rollback pointers).',
            },
            JSON_OPTION,
            HELP_OPTION,
        ],
        exit: '0 assembled (with or without holds), 2 usage or input error (nothing is written)',
        examples: [
            'cutover assemble --sources examples/payments-platform/cutover.sources.yaml --out /tmp/bundle --policy examples/policy.yaml',
            'cutover assemble --sources examples/held-release/cutover.sources.yaml --previous examples/held-release/previous --out /tmp/held',
        ],
    },
    verify: {
        description: 'Runs every verification rule (schema, lineage, rollback, environment, holds, binding) over a release directory, as the verify check runs do on a pull request, and lists each finding with its file and line.',
        arguments: [{ name: '<dir>', description: 'the release directory (as written by `cutover assemble`)' }],
        options: [
            {
                name: '--policy <file>',
                description: 'the policy (YAML or JSON, schemas/policy.schema.json) to verify against. Default: the built-in policy.',
            },
            JSON_OPTION,
            HELP_OPTION,
        ],
        exit: '0 every rule passes, 1 findings (an open hold included), 2 usage or input error',
        examples: ['cutover verify /tmp/bundle --policy examples/policy.yaml', 'cutover verify /tmp/bundle --json'],
    },
    inspect: {
        description: 'Reads one sealed revision from a release-bundles repository with git alone and reports its named integrity checks (annotated-tag, seal-record, tag-target, bundle-digest, manifest-binding, latest-revision, required-approvers) and whether the change window is not started, open or ended.',
        arguments: [REPOSITORY],
        options: [
            {
                name: '--tag <tag>',
                description: 'the seal tag to read, cutover/<product>/<release>/r<revision>, e.g. cutover/payments/2026.12.0/r1. Required.',
            },
            {
                name: '--at <time>',
                description: 'the moment at which to place the change window, an RFC 3339 time with offset, e.g. 2026-12-04T16:20:00Z. Default: now.',
            },
            JSON_OPTION,
            HELP_OPTION,
        ],
        exit: '0 every integrity check holds, 1 a check fails, 2 usage error (a tag that does not exist included)',
        examples: [
            'cutover inspect ../release-bundles --tag cutover/payments/2026.12.0/r1',
            'cutover inspect https://github.com/acme/release-bundles.git --tag cutover/payments/2026.12.0/r2 --at 2026-12-04T16:20:00Z --json',
        ],
    },
    list: {
        description: 'Lists every seal tag of a release-bundles repository with its own checks and its standing in its release (latest, or superseded by a later revision), read with git alone.',
        arguments: [REPOSITORY],
        options: [
            { name: '--product <product>', description: "only this product's seal tags" },
            { name: '--release <release>', description: "only this release's seal tags (with --product)" },
            JSON_OPTION,
            HELP_OPTION,
        ],
        exit: '0 every listed tag is a valid seal, 1 one is not, 2 usage error',
        examples: ['cutover list ../release-bundles', 'cutover list ../release-bundles --product payments --json'],
    },
    demo: {
        description: 'Runs the whole lifecycle (assemble, verify, both approvals, merge under the repository rules, seal, read) against the GitHub-compatible test server on this machine, with temporary git repositories: no GitHub account and no network.',
        arguments: [],
        options: [
            {
                name: '--keep <dir>',
                description: 'leave the sealed release-bundles repository in <dir> (a bare git repository; <dir> must be new or empty) to try `cutover inspect` and `cutover list` on it afterwards. Default: everything the demo created is removed.',
            },
            JSON_OPTION,
            HELP_OPTION,
        ],
        exit: '0 every step behaved as expected, 1 a step did not, 2 usage error (including a --keep path that is not new or empty)',
        examples: [
            'cutover demo',
            'cutover demo --json',
            'cutover demo --keep /tmp/release-bundles && cutover list /tmp/release-bundles',
        ],
    },
};
/** The long option names (`--out`) among help entries. */
function describedOptions(options) {
    return options.flatMap((o) => o.name.split(/,\s*/)).flatMap((n) => /^--[a-z][a-z-]*/.exec(n) ?? []);
}
/** Two columns, the second wrapped under itself. */
function entries(list, width = 100) {
    const left = Math.max(...list.map((e) => e.name.length)) + 4;
    return list.flatMap((entry) => wrap(entry.description, width - left).map((line, i) => (i === 0 ? `  ${entry.name}`.padEnd(left) : ' '.repeat(left)) + line));
}
/** The text of `cutover <name> --help`; its first line is the usage line. */
function renderCommandHelp(name, command) {
    const help = COMMAND_HELP[name];
    if (!help)
        return `usage: ${command.usage}`;
    return [
        `usage: ${command.usage}`,
        '',
        `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
        '',
        ...wrap(help.description),
        ...(help.arguments.length > 0 ? ['', 'Arguments:', ...entries(help.arguments)] : []),
        '',
        'Options:',
        ...entries(help.options),
        '',
        `Exit codes: ${help.exit}.`,
        '',
        'Examples:',
        ...help.examples.map((e) => `  ${e}`),
    ].join('\n');
}
/** Words of a text in lines of at most `width` characters (a longer word stands alone). */
function wrap(text, width = 100) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `cutover` command line: dispatches to one command per verb, turns errors into exit codes and
 * one-line messages (never a stack trace). `--help` after a command describes its arguments and every
 * option (./help.ts); `--version` prints the package's version; a mistyped command or option gets a
 * did-you-mean.
 */







/** Each command's module, loaded only when that command runs (the bundle keeps each in its own chunk). */
const LOADERS = {
    assemble: async () => (await __webpack_require__.e("163-399-535-628-671").then(__webpack_require__.bind(__webpack_require__, 3628))).assembleCommand,
    verify: async () => (await __webpack_require__.e("137-399-535-671-789").then(__webpack_require__.bind(__webpack_require__, 1137))).verifyCommand,
    inspect: async () => (await Promise.all(/* import() */[__webpack_require__.e(399), __webpack_require__.e(671), __webpack_require__.e(536), __webpack_require__.e(273)]).then(__webpack_require__.bind(__webpack_require__, 6850))).inspectCommand,
    list: async () => (await Promise.all(/* import() */[__webpack_require__.e(399), __webpack_require__.e(536), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 7916))).listCommand,
    demo: async () => (await Promise.all(/* import() */[__webpack_require__.e(903), __webpack_require__.e(399), __webpack_require__.e(671), __webpack_require__.e(536), __webpack_require__.e(535), __webpack_require__.e(163), __webpack_require__.e(789), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 8839))).demoCommand,
};
const COMMANDS = Object.fromEntries(Object.keys(commands/* COMMAND_META */.w).map((name) => [
    name,
    { ...commands/* COMMAND_META */.w[name], run: async (args, io) => (await LOADERS[name]()).run(args, io) },
]));
function help() {
    const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
    return [
        'cutover: turn a signed release candidate into one governed, sealed cutover bundle',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        'Usage:',
        ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
        '',
        "Run 'cutover <command> --help' for a command's arguments and options, 'cutover --version' for the version.",
        'Exit codes: 0 clean, 1 findings, 2 usage or input error.',
    ].join('\n');
}
/**
 * The version in the package's package.json: two directories up from this module both in src/cli/ (tests)
 * and in dist/cli/ (the bundled command, whose package.json beside it only sets the module type).
 */
function packageVersion() {
    const file = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)), '..', '..', 'package.json');
    const manifest = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const version = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined;
    if (typeof version !== 'string')
        throw new Error(`${file} has no "version"`);
    return version;
}
/** Edit distance with adjacent transpositions (optimal string alignment): 'inpsect' is 1 from 'inspect'. */
function distance(a, b) {
    // Three rows of the dynamic-programming table: i-2, i-1 and i.
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, (before[j - 2] ?? 0) + 1);
            current.push(best);
        }
        before = previous;
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The candidate closest to what was typed, when it is close enough to be a typo (or the only one it starts). */
function closest(typed, candidates) {
    const lower = typed.toLowerCase();
    const prefixed = candidates.filter((c) => lower.length >= 2 && c.startsWith(lower));
    if (prefixed.length === 1)
        return prefixed[0];
    const scored = candidates
        .map((c) => ({ c, d: distance(lower, c) }))
        .filter(({ c, d }) => d <= Math.min(2, Math.floor(c.length / 3)))
        .sort((x, y) => x.d - y.d);
    return scored.length > 0 && scored[0]?.d !== scored[1]?.d ? scored[0]?.c : undefined;
}
/** A parseArgs error in words, with a did-you-mean for an unknown option. */
function argumentError(name, error) {
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(error.message)?.[1];
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
        const options = describedOptions(COMMAND_HELP[name]?.options ?? []);
        const guess = closest(unknown.replace(/=.*$/, ''), options);
        return `unknown option '${unknown}'${guess ? `; did you mean '${guess}'?` : ''}`;
    }
    return error.message;
}
/** Runs one CLI invocation; returns the exit code. */
async function main(argv, io) {
    const [name, ...args] = argv;
    // `cutover help <command>` is `cutover <command> --help`.
    const asked = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
    if (asked && args[0]) {
        io.stdout(`${renderCommandHelp(args[0], asked)}\n`);
        return cli_io/* EXIT */.dc.ok;
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(`${help()}\n`);
        return name ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.usage;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
        io.stdout(`cutover ${packageVersion()}\n`);
        return cli_io/* EXIT */.dc.ok;
    }
    const command = COMMANDS[name];
    if (!command) {
        const guess = closest(name, Object.keys(COMMANDS));
        io.stderr(`cutover: unknown command '${(0,errors/* escapeControls */.UN)(name)}'${guess ? `; did you mean '${guess}'?` : ''}\n` +
            `Commands: ${Object.keys(COMMANDS).join(', ')}. Run 'cutover --help' for their usage.\n`);
        return cli_io/* EXIT */.dc.usage;
    }
    if (args.includes('--help') || args.includes('-h')) {
        io.stdout(`${renderCommandHelp(name, command)}\n`);
        return cli_io/* EXIT */.dc.ok;
    }
    try {
        return await command.run(args, io);
    }
    catch (error) {
        const parse = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
        const known = error instanceof errors/* InputError */.dz || parse;
        const message = parse ? (0,errors/* escapeControls */.UN)(argumentError(name, error)) : (0,cli_io/* pathsAsGiven */.ED)((0,errors/* messageOf */.bD)(error), args, io.cwd);
        // One line, like every other error: the usage and where every option is described.
        const usage = parse ? ` (expected: ${command.usage}; 'cutover ${name} --help' describes every option)` : '';
        io.stderr(`cutover ${name}: ${known ? 'error' : 'internal error'}: ${message}${usage}\n`);
        if (io.env.CUTOVER_DEBUG && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
        return cli_io/* EXIT */.dc.usage;
    }
}


/***/ }),

/***/ 3916:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ credentialsInText),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   XQ: () => (/* binding */ RefusalError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports urlCredentials, redactCredentials */
/**
 * Typed errors, converted to messages and exit codes only at the boundaries (CLI, action main).
 */
/** Bad input: a file, field or argument that does not have the expected form. CLI exit code 2. */
class InputError extends Error {
    name = 'InputError';
    file;
    line;
    field;
    expected;
    constructor(message, where = {}, options) {
        super(message, options);
        this.file = where.file;
        this.line = where.line;
        this.field = where.field;
        this.expected = where.expected;
    }
    /**
     * One line a person can act on: `file:line: field: message (expected: …)`, control characters escaped and the
     * credentials of any URL it quotes redacted.
     */
    describe() {
        const place = [this.file, this.line === undefined ? undefined : String(this.line)].filter(Boolean).join(':');
        const parts = [place, this.field ? `field ${this.field}` : undefined].filter(Boolean).join(': ');
        const expected = this.expected ? ` (expected ${this.expected})` : '';
        return escapeControls(redactCredentials(`${parts ? `${parts}: ` : ''}${this.message}${expected}`));
    }
}
/** A failed call to GitHub, keeping the HTTP status and the original error. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
/** A state the action refuses to act on (a moved tag, a merge carrying unapproved changes). */
class RefusalError extends Error {
    name = 'RefusalError';
}
/**
 * Message of any thrown value, without a stack trace, on one line: control characters are escaped, and the
 * credentials of any URL it quotes redacted (a schema error quotes the value it refuses: a sources file's `url`
 * with a password in it, say).
 */
function messageOf(error) {
    if (error instanceof InputError)
        return error.describe();
    if (error instanceof Error)
        return escapeControls(redactCredentials(error.message));
    return escapeControls(redactCredentials(String(error)));
}
/** A URL in a text, up to whitespace, quotes, backquotes or angle brackets. */
const URL_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>`]+/g;
/**
 * Query and fragment parameter names that carry secrets: OAuth and API tokens, cloud storage signatures
 * (Azure SAS `sig`, S3 `X-Amz-Signature`/`X-Amz-Credential`/`X-Amz-Security-Token`, GCS `X-Goog-Signature`),
 * passwords and API keys. Compared case-insensitively; a name ending in `_token`, `-token`, `_secret`,
 * `-signature` and the like counts too.
 */
const SECRET_PARAMETER = /^(?:token|sig|signature|jwt|key|apikey|api[_-]key|password|passwd|pwd|secret|auth|authorization|credentials?)$|[_-](?:token|secret|signature|sig|credential|password|key)$/i;
/**
 * The credentials of one URL (as URL_IN_TEXT finds them): a password in the user-info (`user:password@`), a user
 * name alone over http(s) (`<token>@`, how git hosts take tokens; `git@` and `ssh://git@host` name an account,
 * not a secret), and query or fragment parameters whose name says they carry a secret (SECRET_PARAMETER).
 */
function urlCredentials(url) {
    const separator = url.indexOf('://');
    const scheme = url.slice(0, separator);
    const rest = url.slice(separator + 3);
    // The authority ends at the first `/`, `?` or `#`: an `@` after it is a path's (`oci://host/repo@sha256:...`).
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const at = authority.lastIndexOf('@');
    const host = authority.slice(at + 1);
    const kinds = [];
    let userInfo = at < 0 ? undefined : authority.slice(0, at);
    if (userInfo?.includes(':')) {
        kinds.push('a password (user:password@)');
        userInfo = `${userInfo.slice(0, userInfo.indexOf(':'))}:***`;
    }
    else if (userInfo && userInfo.toLowerCase() !== 'git' && /(^|\+)https?$/i.test(scheme)) {
        // `git@` is the account every git host names in its clone URLs (package manifests and SBOMs copy
        // `git+https://git@github.com/...`), not a token.
        kinds.push('a user name over http(s) (<token>@, how git hosts take tokens)');
        userInfo = '***';
    }
    const after = (end < 0 ? '' : rest.slice(end)).replace(/([?#&;])([^=&;#]*)=([^&;#]*)/g, (pair, lead, name) => {
        const decoded = decodedName(name);
        if (!SECRET_PARAMETER.test(decoded))
            return pair;
        kinds.push(`${lead === '#' ? 'fragment' : 'query'} parameter '${decoded.slice(0, 64)}'`);
        return `${lead}${name}=***`;
    });
    return {
        origin: `${scheme.toLowerCase()}://${host}`,
        kinds,
        redacted: `${scheme}://${userInfo === undefined ? '' : `${userInfo}@`}${host}${after}`,
    };
}
function decodedName(name) {
    try {
        return decodeURIComponent(name.replace(/\+/g, ' '));
    }
    catch {
        return name;
    }
}
/** Every URL in `text` with its credentials replaced by `***` (urlCredentials); the rest of the text as it was. */
function redactCredentials(text) {
    if (!mayCarryCredentials(text))
        return text;
    return text.replace(URL_IN_TEXT, (url) => urlCredentials(url).redacted);
}
/** What every credential urlCredentials finds is written with: a user-info `@`, or a parameter's lead. */
const CREDENTIAL_MARK = /[@?#&;]/;
/**
 * Whether `text` may hold a URL with a credential: a URL (`://`) and an `@` (user-info) or a parameter (`?`,
 * `#`, `&`, `;`). Most texts, and most URLs a source states, have neither, and the assemble scan tests every
 * string of every record; a URL without them is its own redaction.
 */
const mayCarryCredentials = (text) => text.includes('://') && CREDENTIAL_MARK.test(text);
/** Every URL in `text` with the credentials it carries, in order (those that carry none left out). */
function credentialsInText(text) {
    if (!mayCarryCredentials(text))
        return [];
    return [...text.matchAll(URL_IN_TEXT)].map(([url]) => urlCredentials(url)).filter((c) => c.kinds.length > 0);
}
/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional embedding, override
 * and isolate controls: characters that, echoed from an input into a message, split it into lines, move the
 * cursor, recolour the terminal or reorder what a reader sees.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * Text with every control character written as an escape (`\n`, `\r`, `\t`, `\u001b`), so a message taken from
 * an input stays on one line and prints as it reads. Every other character, backslashes and non-ASCII letters
 * included, is left exactly as it was.
 */
function escapeControls(text) {
    return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ })

};
;