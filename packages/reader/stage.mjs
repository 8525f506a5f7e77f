// Stages the reader for `npm pack` / `npm publish` in this directory: copies the project's built library
// (dist/reader/: index.js, an ncc bundle with its licenses.txt, and generated/ beside it) and its declarations (dist/types/,
// emitted by tsconfig.reader.json) and the LICENSE from the project root; `--clean` removes the copies again
// (postpack), so the working tree keeps no second dist/. Build first: `npm run build` in the project root.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const root = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

rmSync(here('dist'), { recursive: true, force: true });
rmSync(here('LICENSE'), { force: true });
if (process.argv.includes('--clean')) process.exit(0);

for (const file of ['dist/reader/index.js', 'dist/reader/licenses.txt', 'dist/types/reader/index.d.ts', 'LICENSE']) {
  if (!existsSync(root(file))) {
    console.error(`@cutover/reader: ${root(file)} is missing; run \`npm run build\` in the project root first`);
    process.exit(1);
  }
}
cpSync(root('dist/reader'), here('dist/reader'), { recursive: true });
cpSync(root('dist/types'), here('dist/types'), { recursive: true });
cpSync(root('LICENSE'), here('LICENSE'));
