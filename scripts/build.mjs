// Bundles the action entry (dist/index.js) and the CLI (dist/cli/index.js) with @vercel/ncc.
// Also the library entry (dist/reader/index.js, package `exports`) and its declarations (dist/types/).
// dist/ is committed; .ci/run rebuilds it from a clean install and fails when it differs.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt'];
const targets = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];

rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of targets) {
  execFileSync(process.execPath, [...ncc, entry, '-o', out], { stdio: 'inherit' });
}

// The library (`import { readSealedBundle } from 'cutover'`): the reader bundled like the targets above, and
// its declarations emitted by tsc (tsconfig.reader.json: declarations only, src/ mirrored under dist/types/).
execFileSync(process.execPath, [...ncc, 'src/reader/index.ts', '-o', 'dist/reader'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.reader.json'], { stdio: 'inherit' });
