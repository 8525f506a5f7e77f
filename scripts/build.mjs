// Bundles the action entry (dist/index.js) and the CLI (dist/cli/index.js) with @vercel/ncc.
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
