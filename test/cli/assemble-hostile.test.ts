/**
 * `cutover assemble` on sources that hold terminal controls: the summary quotes the sources (a hold's reason
 * names a waiver's subject, free text of the release records), and that reaches the release engineer's terminal.
 * Printed raw, ESC sequences would erase or rewrite what the summary says (a hold turned into "all clear").
 * Text output escapes every control character; `--json` spells the ones JSON.stringify leaves raw as `\u`
 * escapes, so a parser still reads the same reason.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { examplesDir } from '../helpers/paths.js';
import { TERMINAL_CONTROL } from '../helpers/terminal.js';

/** Erase the line, go up one line and say all is clear; then a C1 CSI and a bidi override. */
const REWRITE = '\u001b[2K\u001b[1Aall clear\u009b2K\u202e';

describe('cutover assemble on sources holding terminal controls', () => {
  let root: string;
  let sources: string;

  beforeAll(async () => {
    root = await makeTempDir('cutover-assemble-hostile-');
    await cp(path.join(examplesDir, 'payments-platform'), path.join(root, 'payments-platform'), { recursive: true });
    const records = path.join(root, 'payments-platform', 'release-records.yaml');
    const text = await readFile(records, 'utf8');
    // The waiver pending (a hold), its subject carrying the controls (YAML double-quoted escapes).
    const hostile = text
      .replace('subject: "pkg:npm/xml-crypto', 'subject: "\\e[2K\\e[1Aall clear\\x9b2K\\u202epkg:npm/xml-crypto')
      .replace('status: approved', 'status: pending');
    expect(hostile).not.toBe(text);
    await writeFile(records, hostile);
    sources = path.join(root, 'payments-platform', 'cutover.sources.yaml');
  });

  afterAll(async () => {
    await removeDir(root);
  });

  it('prints the hold with every control character escaped', async () => {
    const run = await runCli(['assemble', '--sources', sources, '--out', path.join(root, 'text')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('waiver WVR-2291 (\\u001b[2K\\u001b[1Aall clear\\u009b2K\\u202epkg:npm/xml-crypto');
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
  });

  it('--json keeps the reason (a parser reads it as it is) but writes no terminal control raw', async () => {
    const run = await runCli(['assemble', '--sources', sources, '--out', path.join(root, 'json'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    // JSON.stringify escapes ESC itself; the C1 CSI and the override it leaves raw are written as escapes.
    expect(run.stdout).toContain('\\u009b2K\\u202e');
    const reasons = JSON.stringify(JSON.parse(run.stdout));
    expect(reasons).toContain(JSON.stringify(`waiver WVR-2291 (${REWRITE}pkg:npm/xml-crypto`).slice(1, -1));
  });
});
