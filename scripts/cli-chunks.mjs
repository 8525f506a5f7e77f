// One chunk file per CLI command that needs several (scripts/build.mjs): webpack splits what `cutover assemble`
// and `cutover verify` import into chunks shared among the commands (dist/cli/<id>.index.js), and the command
// loads each with a require() of its own (the CLI is bundled as CommonJS): each a file to find, read and
// compile on its own. This writes the chunks of such an `import()` in the main chunk (src/cli/main.ts's
// LOADERS) into one file, `<ids joined by '-'>.index.js`, that installs them all (webpack's chunk format:
// `ids` lists every chunk the file installs), and makes the `import()` load that file alone. The chunk files
// stay as they were for every other `import()` of them (one already installed is not loaded again). When the
// chunks were ES modules, `cutover assemble` of the payments example on Node 20 exited ~7% sooner with them
// merged, the same CPU time (issue 13 goal 3).

/** The commands whose chunks are merged: the two whose cold start issue 13 goal 3 measures. */
export const MERGED_COMMANDS = ['assemble', 'verify'];

const MAIN_MARK = '// CONCATENATED MODULE: ./src/cli/main.ts';

/** A LOADERS entry: `<command>: async () => (await Promise.all(/* import() *\/[<chunk loads>]).then(`. */
const LOADER =
  /^( {4}(\w+): async \(\) => \(await )Promise\.all\(\/\* import\(\) \*\/\[((?:__webpack_require__\.e\(\d+\)(?:, )?)+)\]\)\.then\(/gm;

/** A chunk's modules, from its file as webpack writes it (throws on any other shape). */
function chunkModules(file, text, id) {
  const head = `"use strict";\nexports.id = ${id};\nexports.ids = [${id}];\nexports.modules = {\n`;
  const end = text.lastIndexOf('\n};');
  if (!text.startsWith(head) || end < head.length || !/^\n\};\n;?\s*$/.test(text.slice(end)))
    throw new Error(`${file} is not a webpack chunk of the expected form (${JSON.stringify(head)} ... '};')`);
  return text.slice(head.length, end);
}

/**
 * The files to write (by name under dist/cli/) so that each command of MERGED_COMMANDS loads its chunks as one
 * file: the main chunk with those loaders rewritten, and each merged chunk file. `files` maps every .js file
 * of dist/cli/ to its text. Throws when the main chunk or a command's loader is not found, so a change in
 * ncc's output fails the build instead of silently leaving the chunks apart.
 */
export function mergeCommandChunks(files) {
  const mains = Object.keys(files).filter((file) => files[file].includes(MAIN_MARK));
  if (mains.length !== 1) throw new Error(`expected one chunk holding src/cli/main.ts, found ${mains.length}`);
  const main = mains[0];
  const out = {};
  const merged = new Set();
  out[main] = files[main].replace(LOADER, (all, start, command, loads) => {
    if (!MERGED_COMMANDS.includes(command)) return all;
    const ids = [...loads.matchAll(/\.e\((\d+)\)/g)].map((match) => match[1]);
    const name = [...ids].sort((a, b) => a - b).join('-');
    const bodies = ids.map((id) => chunkModules(`${id}.index.js`, files[`${id}.index.js`] ?? '', id));
    out[`${name}.index.js`] =
      `"use strict";\nexports.id = ${JSON.stringify(name)};\nexports.ids = [${JSON.stringify(name)}, ${ids.join(', ')}];\n` +
      `exports.modules = {\n${bodies.join(',\n')}\n};\n`;
    merged.add(command);
    return `${start}__webpack_require__.e(${JSON.stringify(name)}).then(`;
  });
  const missing = MERGED_COMMANDS.filter((command) => !merged.has(command));
  if (missing.length > 0) throw new Error(`${main}: no chunk loader found for ${missing.join(', ')}`);
  return out;
}
