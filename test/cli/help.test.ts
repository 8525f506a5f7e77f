/**
 * `cutover <command> --help` describes every option the command accepts; `--version` prints the package's
 * version; a mistyped command or option gets a did-you-mean. The options a command accepts are learnt from
 * the command itself: an option followed by an unknown one fails on the unknown one only when the first
 * was accepted (parseArgs checks tokens in order), so nothing runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP, describedOptions } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

const NAMES = Object.keys(COMMANDS);
const VERSION = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** The long options a usage line names: `--out <dir>`, `[--json]`. */
const usageOptions = (usage: string): string[] => [...usage.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]).sort();

describe('cutover <command> --help', () => {
  it('every command has help', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s --help exits 0, starts with the usage line and describes every option of it', async (name) => {
    const command = COMMANDS[name];
    const run = await runCli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe(`usage: ${command?.usage}`);
    const described = describedOptions(COMMAND_HELP[name]?.options ?? []).sort();
    expect(described).toEqual([...usageOptions(command?.usage ?? ''), '--help'].sort());
    for (const option of described) expect(run.stdout).toMatch(new RegExp(`^ {2}(-h, )?${option}\\b.* {2}\\S`, 'm'));
    for (const argument of COMMAND_HELP[name]?.arguments ?? []) expect(command?.usage).toContain(argument.name);
    expect(run.stdout).toMatch(/\nExit codes: .+\n/);
    expect(run.stdout).toMatch(/\nExamples:\n {2}cutover /);
  });

  it.each(NAMES)('cutover help %s is cutover %s --help', async (name) => {
    const run = await runCli(['help', name]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await runCli([name, '--help'])).stdout);
  });

  const accepted = NAMES.flatMap((name) =>
    (COMMAND_HELP[name]?.options ?? []).filter((o) => !o.name.includes('--help')).map((o) => [name, o.name] as const),
  );

  it.each(accepted)('%s accepts the option it describes: %s', async (name, option) => {
    const [flag = '', value] = option.split(' ');
    const run = await runCli([name, flag, ...(value ? ['x'] : []), '--zz-not-an-option']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--zz-not-an-option'");
  });
});

describe('--version', () => {
  it.each([['--version'], ['-V'], ['version']])('cutover %s prints the package version and exits 0', async (arg) => {
    const run = await runCli([arg]);
    expect(run).toEqual({ code: 0, stdout: `cutover ${VERSION}\n`, stderr: '' });
  });

  const bundled = path.join(repoRoot, 'dist', 'cli', 'index.js');
  it.skipIf(!existsSync(bundled))('the bundled CLI (dist/cli/index.js) prints it too', () => {
    const run = spawnSync(process.execPath, [bundled, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`cutover ${VERSION}\n`);
  });
});

describe('did you mean', () => {
  it.each([
    ['asemble', 'assemble'],
    ['verfy', 'verify'],
    ['inpsect', 'inspect'],
    ['lsit', 'list'],
    ['Demo', 'demo'],
    ['ver', 'verify'],
  ])('%s -> %s', async (typed, meant) => {
    const run = await runCli([typed]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`unknown command '${typed}'; did you mean '${meant}'?`);
    expect(run.stderr).toContain('Commands: assemble, verify, inspect, list, demo.');
  });

  it('suggests nothing for a word that is no command', async () => {
    const run = await runCli(['deploy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'deploy'\n");
    expect(run.stderr).not.toContain('did you mean');
  });

  it('a mistyped option gets the closest option of that command, and the usage', async () => {
    const run = await runCli(['verify', 'some/dir', '--polcy', 'p.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--polcy'; did you mean '--policy'?");
    expect(run.stderr).toContain('(expected: cutover verify <dir>');
    expect(run.stderr).toContain("'cutover verify --help' describes every option)");
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const inspect = await runCli(['inspect', 'repo', '--tags', 'x']);
    expect(inspect.stderr).toContain("unknown option '--tags'; did you mean '--tag'?");
  });
});
