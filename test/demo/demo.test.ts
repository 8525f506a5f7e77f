/**
 * `cutover demo`, the README's first command: the whole lifecycle on the embedded GitHub-compatible server,
 * in-process through main(), and as the bundled CLI (dist/cli/index.js) in a child process when it is built.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackageRoot, runDemo } from '../../src/cli/demo.js';
import { INTEGRITY_CHECKS } from '../../src/reader/checks.js';
import { makeTempDir, runCli } from '../helpers/cli.js';
import { examplesDir, repoRoot } from '../helpers/paths.js';

// The demo's temporary directories go to a directory of this file's own (os.tmpdir() reads TMPDIR on each call):
// other test files running at the same time create and keep `cutover-demo-workspace-*` directories in the
// shared one (test/demo/keep.test.ts), which would make the leftover check below race with them.
const privateTmp = mkdtempSync(path.join(tmpdir(), 'cutover-demo-test-'));
process.env.TMPDIR = privateTmp;
afterAll(() => rmSync(privateTmp, { recursive: true, force: true }));

const CLI_ENTRY = path.join(repoRoot, 'dist/cli/index.js');
/** dist/ is rebuilt and compared by check-dist; a bundle older than the demo command cannot run it. */
// The CLI's help (which names `cutover demo`) sits in whichever chunk of dist/cli/ holds main.ts.
const bundled =
  existsSync(CLI_ENTRY) &&
  readdirSync(path.dirname(CLI_ENTRY))
    .filter((file) => file.endsWith('.js'))
    .some((file) => readFileSync(path.join(path.dirname(CLI_ENTRY), file), 'utf8').includes('cutover demo [--json]'));
const STEPS = [
  'server',
  'checkout',
  'assemble',
  'verify',
  'rules',
  'gate',
  'rules',
  'gate',
  'merge',
  'seal',
  'read',
  'contract',
];
const TAG = 'cutover/payments-platform/2026.11.3/r1';

/** The step names in the order the demo printed them (`NN. name  text`). */
function printedSteps(stdout: string): string[] {
  return [...stdout.matchAll(/^\s*\d+\. (\S+)/gm)].map((m) => m[1] ?? '');
}

/** Temporary directories the demo leaves behind (it must leave none). */
function leftovers(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('cutover-demo-workspace-'));
}

function expectLifecycle(stdout: string): void {
  expect(printedSteps(stdout)).toEqual(STEPS);
  expect(stdout).toMatch(/assemble +revision 1, bundle sha256:[0-9a-f]{64}, 0 open holds/);
  expect(stdout).toMatch(/6 check runs on [0-9a-f]{12}: schema success, lineage success/);
  expect(stdout).toContain(
    'before any approval: GitHub refuses (405) "Required status check "cutover/approval" is expected."',
  );
  expect(stdout).toContain('alice-releng (release-engineering) approves');
  expect(stdout).toContain('cutover/approval: failure: Missing approval from acme/operations');
  expect(stdout).toContain('with one team: GitHub refuses (405)');
  expect(stdout).toContain('cutover/approval: success: Approved by 2 teams');
  expect(stdout).toMatch(/max-maintainer squash-merges #1: .* -> [0-9a-f]{12}/);
  expect(stdout).toContain(`annotated tag ${TAG} on`);
  for (const check of [
    'annotated-tag',
    'seal-record',
    'tag-target',
    'bundle-digest',
    'manifest-binding',
    'latest-revision',
    'required-approvers',
  ])
    expect(stdout).toMatch(new RegExp(`^\\s+${check} +pass `, 'm'));
  expect(stdout).toMatch(/\d+ API requests.*, 0 unimplemented routes/);
  expect(stdout).toMatch(/demo: sealed and verified in \d+\.\d s/);
}

describe('cutover demo', () => {
  if (!bundled)
    console.warn('dist/cli/index.js is missing or predates `cutover demo`: run `npm run build`; bundled run skipped');
  it('runs the lifecycle in-process and prints each step', async () => {
    const before = leftovers();
    const run = await runCli(['demo'], { cwd: tmpdir() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectLifecycle(run.stdout);
    // The contract checker is installed here (a dev dependency): validation is on and finds nothing.
    expect(run.stdout).toContain('OpenAPI contract validation on');
    expect(run.stdout).toContain('0 OpenAPI contract violations');
    expect(leftovers()).toEqual(before);
  });

  it('prints one JSON document with --json', async () => {
    const run = await runCli(['demo', '--json'], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      tag: string;
      steps: Array<{ step: string; ok: boolean }>;
      integrity: Array<{ name: string; status: string }>;
    };
    expect(report.ok).toBe(true);
    expect(report.tag).toBe(TAG);
    expect(report.steps.map((s) => s.step)).toEqual(STEPS);
    expect(report.integrity.map((r) => r.status)).toEqual(Array(INTEGRITY_CHECKS.length).fill('pass'));
  });

  it('names the failing step, exits 1 without a stack trace and still cleans up', async () => {
    const examples = await makeTempDir('cutover-demo-examples-');
    try {
      await cp(examplesDir, examples, { recursive: true });
      // A policy the bundles repository cannot be governed by: assemble refuses it.
      const policy = path.join(examples, 'bundles-repo/.cutover/policy.yaml');
      await writeFile(policy, (await readFile(policy, 'utf8')).replace(/^schemaVersion: 1$/m, 'schemaVersion: 99'));
      const before = leftovers();
      let stdout = '';
      let stderr = '';
      const code = await runDemo(
        { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: tmpdir() },
        { json: false, examples },
      );
      expect(code).toBe(1);
      expect(printedSteps(stdout)).toEqual(['server', 'checkout']);
      expect(stderr).toMatch(/^\ncutover demo: step 'assemble' failed: .*schemaVersion/);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(leftovers()).toEqual(before);
    } finally {
      await rm(examples, { recursive: true, force: true });
    }
  });

  it('rejects unknown options as a usage error', async () => {
    const run = await runCli(['demo', '--nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cutover demo: error: .*--nope/);
  });

  it('finds the package root from the source and the bundle locations, not from elsewhere', () => {
    expect(findPackageRoot([path.join(repoRoot, 'src/cli')])).toBe(repoRoot);
    expect(findPackageRoot([path.join(repoRoot, 'dist/cli')])).toBe(repoRoot);
    expect(findPackageRoot([tmpdir()])).toBeUndefined();
    expect(findPackageRoot([tmpdir(), repoRoot])).toBe(repoRoot);
  });

  it.skipIf(!bundled)('runs as the bundled CLI: node dist/cli/index.js demo', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI_ENTRY, 'demo'],
        {
          cwd: tmpdir(),
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), TMPDIR: privateTmp },
        },
        (error, out, err) => {
          const exit = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
          resolve({ code: exit, stdout: out, stderr: err });
        },
      );
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectLifecycle(stdout);
    // The bundle loads the contract checker too (a CommonJS bundle once broke its createRequire).
    expect(stdout).toContain('OpenAPI contract validation on');
    expect(stdout).toContain('0 OpenAPI contract violations');
  });
});
