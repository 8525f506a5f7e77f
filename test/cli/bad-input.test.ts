/**
 * Bad input: every class exits 2 with one message naming the file, the line or field, and the expected form,
 * without a stack trace, and leaves --out untouched (absent when it was absent, byte-identical when it existed).
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineOf, makeTempDir, removeDir, runCli, snapshotTree, stackLines } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/paths.js';

const SOURCES_TEXT = readFileSync(EXAMPLES.payments.sources, 'utf8');
const RECORDS_TEXT = readFileSync(EXAMPLES.payments.records, 'utf8');

/** A YAML alias bomb ("billion laughs"): 9^7 values from a few hundred bytes. */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  '',
].join('\n');

const replaceLine = (text: string, pattern: RegExp, replacement: string): string => {
  expect(text).toMatch(pattern);
  return text.replace(pattern, replacement);
};

interface BadCase {
  name: string;
  /** Files written into the case directory (name -> text); the payments example is copied first. */
  files?: Record<string, string>;
  /** CLI arguments; `{dir}` is the case directory, `{out}` the output directory. */
  args?: string[];
  /** Every one of these must appear in stderr. */
  expect: Array<string | RegExp>;
  /** The line the message must name, as `file:line`. */
  line?: { file: string; line: (files: Record<string, string>) => number };
}

const defaultArgs = ['assemble', '--sources', '{dir}/cutover.sources.yaml', '--out', '{out}'];

const CASES: BadCase[] = [
  {
    name: 'invalid YAML in the sources file',
    files: { 'cutover.sources.yaml': replaceLine(SOURCES_TEXT, /^release: .*$/m, 'release: 2026.11.3: oops') },
    expect: ['invalid YAML', 'expected valid YAML'],
    line: { file: 'cutover.sources.yaml', line: (f) => lineOf(f['cutover.sources.yaml'] ?? '', 'oops') },
  },
  {
    name: 'invalid YAML in a records file a source names',
    files: { 'release-records.yaml': `${RECORDS_TEXT.trimEnd()}\nbroken: key: value\n` },
    expect: ['invalid YAML', "source 'release-records'", 'expected valid YAML'],
    line: { file: 'release-records.yaml', line: (f) => lineOf(f['release-records.yaml'] ?? '', 'broken: key: value') },
  },
  {
    name: 'invalid JSON in the sources file',
    files: {
      'cutover.sources.json': '{\n  "schemaVersion": 1,\n  "product": "payments",\n  "release": "1",\n}\n',
    },
    args: ['assemble', '--sources', '{dir}/cutover.sources.json', '--out', '{out}'],
    expect: ['invalid JSON', 'expected valid JSON'],
    line: { file: 'cutover.sources.json', line: () => 5 },
  },
  {
    name: 'a schema violation in the sources file',
    files: { 'cutover.sources.yaml': replaceLine(SOURCES_TEXT, /^ {2}commit: .*$/m, '  commit: not-a-sha') },
    expect: [
      'field /candidate/commit',
      'must be a full commit SHA',
      'expected a document matching',
      'sources.schema.json',
    ],
  },
  {
    name: 'a schema violation in a JSON records file, with its line',
    files: {
      'cutover.sources.yaml': SOURCES_TEXT.replace('path: release-records.yaml', 'path: release-records.json'),
      'release-records.json': `${JSON.stringify(
        { window: { queue: 'q', start: '2026-12-01T06:00:00Z', end: 'soon', changeRecord: 'C', environments: [] } },
        null,
        2,
      )}\n`,
    },
    expect: ['field /window/end', 'records.schema.json'],
    line: { file: 'release-records.json', line: (f) => lineOf(f['release-records.json'] ?? '', '"end"') },
  },
  {
    name: 'an unknown key in the sources file',
    files: {
      'cutover.sources.yaml': replaceLine(SOURCES_TEXT, /^release: .*$/m, 'release: "2026.11.3"\ncolour: blue'),
    },
    expect: ["unknown key 'colour'", 'field /colour', 'expected a document matching'],
  },
  {
    name: 'an unknown key in a source entry',
    files: { 'cutover.sources.yaml': `${SOURCES_TEXT}    branch: main\n` },
    expect: ["unknown key 'branch'", /field \/sources\/\d+\/branch/],
  },
  {
    name: 'an unknown key in the policy',
    files: { 'policy.yaml': 'schemaVersion: 1\napprovers:\n  teams: [a, b]\nhold:\n  waiver-expired: {}\n' },
    args: [...defaultArgs, '--policy', '{dir}/policy.yaml'],
    expect: ['policy.yaml', "unknown key 'hold'", 'policy.schema.json'],
  },
  ...(
    [
      ['product', '..'],
      ['product', 'a/b'],
      ['release', '/abs'],
      ['release', '..\\\\windows'],
      ['product', 'pay\\u0007ments'],
      ['release', 'r1\\nr2'],
    ] as const
  ).map(
    ([field, value]): BadCase => ({
      name: `${field} name ${JSON.stringify(value)}`,
      files: {
        'cutover.sources.yaml': replaceLine(SOURCES_TEXT, new RegExp(`^${field}: .*$`, 'm'), `${field}: "${value}"`),
      },
      expect: [`field /${field}`, /expected (a document matching|one path segment)/],
    }),
  ),
  {
    name: 'a YAML alias bomb as the records file',
    files: { 'release-records.yaml': ALIAS_BOMB },
    expect: ['release-records.yaml', 'alias bomb', 'expected a document without exponential alias expansion'],
  },
  {
    name: 'a YAML alias bomb as the sources file',
    files: { 'cutover.sources.yaml': ALIAS_BOMB },
    expect: ['cutover.sources.yaml', 'alias bomb'],
  },
  {
    name: 'a records file over the policy limits.maxFileBytes',
    files: {
      'policy.yaml': 'schemaVersion: 1\napprovers:\n  teams: [a, b]\nlimits:\n  maxFileBytes: 2048\n',
      'release-records.yaml': `${RECORDS_TEXT}${'#'.repeat(2100)}\n`,
    },
    args: [...defaultArgs, '--policy', '{dir}/policy.yaml'],
    expect: ['release-records.yaml', 'over the limit of 2048 bytes', 'expected a file of at most 2048 bytes'],
  },
  {
    name: 'a sources file over the default 16 MiB limit',
    files: { 'cutover.sources.yaml': `${SOURCES_TEXT}#${'x'.repeat(16 * 1024 * 1024)}\n` },
    expect: ['cutover.sources.yaml', 'over the limit of 16777216 bytes', 'expected a file of at most'],
  },
  {
    name: 'a missing sources file',
    args: ['assemble', '--sources', '{dir}/nope.yaml', '--out', '{out}'],
    expect: ['nope.yaml', 'ENOENT', 'expected a readable file'],
  },
  {
    name: 'a records file the sources name but that does not exist',
    files: { 'cutover.sources.yaml': SOURCES_TEXT.replace('path: release-records.yaml', 'path: gone.yaml') },
    expect: ['gone.yaml', 'no such file', 'expected an existing file inside the workspace'],
  },
  {
    name: 'a missing --previous directory',
    args: [...defaultArgs, '--previous', '{dir}/no-such-revision'],
    expect: ['no-such-revision', 'is not a directory', 'expected a release directory'],
  },
  {
    name: 'an unknown CLI option',
    args: [...defaultArgs, '--bogus'],
    expect: ["'--bogus'"],
  },
  {
    name: 'a missing --out',
    args: ['assemble', '--sources', '{dir}/cutover.sources.yaml'],
    expect: ['missing --out <dir>', 'expected cutover assemble --sources <file> --out <dir>'],
  },
  {
    name: 'a missing --sources',
    args: ['assemble', '--out', '{out}'],
    expect: ['missing --sources <file>', 'expected cutover assemble'],
  },
];

let root = '';
beforeAll(async () => {
  root = await makeTempDir('cutover-bad-');
});
afterAll(async () => {
  await removeDir(root);
});

async function caseDir(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name.replace(/[^A-Za-z0-9]+/g, '-'));
  await mkdir(dir, { recursive: true });
  await cp(path.dirname(EXAMPLES.payments.sources), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

describe('bad input exits 2 with a located message, no stack trace, nothing written', () => {
  it.each(CASES)('$name', async (c) => {
    const files = c.files ?? {};
    const dir = await caseDir(c.name, files);
    const out = path.join(dir, 'out');
    const args = (c.args ?? defaultArgs).map((a) => a.replace('{dir}', dir).replace('{out}', out));
    const before = await readdir(dir);
    const run = await runCli(args, { cwd: dir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cutover assemble: error: /);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(stackLines(run.stderr)).toEqual([]);
    for (const expected of c.expect) {
      if (typeof expected === 'string') expect(run.stderr).toContain(expected);
      else expect(run.stderr).toMatch(expected);
    }
    if (c.line) expect(run.stderr).toContain(`${c.line.file}:${c.line.line(files)}:`);
    expect(await snapshotTree(out)).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(before.sort());
  });

  it('the stack trace appears only when CUTOVER_DEBUG asks for it', async () => {
    const dir = await caseDir('debug', {});
    const args = ['assemble', '--sources', path.join(dir, 'nope.yaml'), '--out', path.join(dir, 'out')];
    expect(stackLines((await runCli(args)).stderr)).toEqual([]);
    expect(stackLines((await runCli(args, { env: { CUTOVER_DEBUG: '1' } })).stderr).length).toBeGreaterThan(0);
  });
});

describe('an existing release directory survives failures', () => {
  it('a failing assembly leaves the previous directory byte-identical', async () => {
    const dir = await caseDir('existing', {});
    const out = path.join(dir, 'out');
    expect((await runCli(['assemble', '--sources', path.join(dir, 'cutover.sources.yaml'), '--out', out])).code).toBe(
      0,
    );
    const before = await snapshotTree(out);
    await writeFile(path.join(dir, 'release-records.yaml'), ALIAS_BOMB);
    const run = await runCli(['assemble', '--sources', path.join(dir, 'cutover.sources.yaml'), '--out', out]);
    expect(run.code).toBe(2);
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('--out naming an existing regular file exits 2 and leaves the file unchanged', async () => {
    const dir = await caseDir('out-is-file', {});
    const out = path.join(dir, 'out');
    await writeFile(out, 'not a directory\n');
    const run = await runCli(['assemble', '--sources', path.join(dir, 'cutover.sources.yaml'), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(out);
    expect(run.stderr).toContain('exists and is not a directory');
    expect(run.stderr).toContain('expected a new or existing release directory');
    expect(stackLines(run.stderr)).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe('not a directory\n');
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('verify: bad input exits 2', () => {
  it('a directory that does not exist', async () => {
    const run = await runCli(['verify', path.join(root, 'missing-dir')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing-dir: is not a directory \(expected a release directory/);
    expect(stackLines(run.stderr)).toEqual([]);
  });

  it('no directory, or two', async () => {
    for (const args of [['verify'], ['verify', 'a', 'b']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/expected exactly one release directory \(expected cutover verify <dir>/);
    }
  });

  it('a release file that is not JSON is a schema finding (exit 1) with its line, not a crash', async () => {
    const dir = await caseDir('verify-broken', {});
    const out = path.join(dir, 'out');
    const policy = ['--policy', EXAMPLES.policy];
    await runCli(['assemble', '--sources', path.join(dir, 'cutover.sources.yaml'), '--out', out, ...policy]);
    await writeFile(path.join(out, 'holds.json'), '{\n  "schemaVersion": 1,\n  "holds": [],\n}\n');
    const run = await runCli(['verify', out, '--json', ...policy]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"file": "holds.json"');
    expect(run.stdout).toContain('"line": 4');
  });
});
