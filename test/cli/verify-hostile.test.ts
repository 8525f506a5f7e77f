/**
 * `cutover verify` on a hostile release directory (a pull request's checkout a reviewer verifies locally): the
 * findings quote what the directory holds (an unknown key of a hand-edited bundle.json), and that reaches the
 * reviewer's terminal. ESC sequences, C1 controls or bidirectional overrides printed raw would erase or rewrite
 * the lines the reviewer reads (the findings table overwritten by "passed every rule"). Text output escapes
 * every control character; `--json` spells the ones JSON.stringify leaves raw as `\u` escapes, so a parser
 * still reads the same key.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { TERMINAL_CONTROL } from '../helpers/terminal.js';

/** Erase the line, go up, erase it, and write what a passing run prints; then a C1 CSI and a bidi override. */
const REWRITE = '\u001b[2K\u001b[1A\u001b[2K\rverify: passed every rule\u009b2K\u202e';

describe('cutover verify on a release directory holding terminal controls', () => {
  let root: string;
  let dir: string;

  beforeAll(async () => {
    root = await makeTempDir('cutover-verify-hostile-');
    dir = path.join(root, 'release');
    const assembled = await runCli([
      'assemble',
      '--sources',
      'examples/payments-platform/cutover.sources.yaml',
      '--out',
      dir,
    ]);
    expect(assembled.code).toBe(0);
    const file = path.join(dir, 'bundle.json');
    const bundle = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    bundle[REWRITE] = 1;
    await writeFile(file, `${JSON.stringify(bundle, null, 2)}\n`);
  });

  afterAll(async () => {
    await removeDir(root);
  });

  it('prints the finding with every control character escaped, and fails', async () => {
    const run = await runCli(['verify', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "unknown key '\\u001b[2K\\u001b[1A\\u001b[2K\\rverify: passed every rule\\u009b2K\\u202e'",
    );
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('--json keeps the key (a parser reads it as it is) but writes no terminal control raw', async () => {
    const run = await runCli(['verify', dir, '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    const report = JSON.parse(run.stdout) as {
      passed: boolean;
      rules: Array<{ findings: Array<{ message: string }> }>;
    };
    expect(report.passed).toBe(false);
    const messages = report.rules.flatMap((r) => r.findings.map((f) => f.message));
    expect(messages).toContain(`unknown key '${REWRITE}'`);
  });
});
