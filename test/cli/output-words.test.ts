/**
 * What the CLI prints reads as written for a person: paths as they were given on the command line (an
 * absolute --out stays absolute, a relative one stays relative), and counts with their noun in the right
 * number ("1 waiver", "2 findings"), never "(s)".
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from '../../src/cli/io.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { EXAMPLES, examplesDir } from '../helpers/paths.js';

const POLICY = path.join(examplesDir, 'policy.yaml');
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => removeDir(dir));

describe('paths are printed as given', () => {
  it('an absolute --out is echoed absolute, and verify names the directory as given', async () => {
    const out = path.join(dir, 'absolute', 'bundle');
    const assembled = await runCli([
      'assemble',
      '--sources',
      EXAMPLES.payments.sources,
      '--out',
      out,
      '--policy',
      POLICY,
    ]);
    expect(assembled.code).toBe(0);
    expect(assembled.stdout.split('\n')[0]).toMatch(new RegExp(` -> ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const verified = await runCli(['verify', out, '--policy', POLICY]);
    expect(verified.stdout).toContain(`verify: ${out} passed every rule`);
  });

  it('a relative --out is echoed as typed, relative to the working directory', async () => {
    const typed = './relative/../relative/bundle';
    const assembled = await runCli(
      ['assemble', '--sources', EXAMPLES.payments.sources, '--out', typed, '--policy', POLICY],
      { cwd: dir },
    );
    expect(assembled.code).toBe(0);
    expect(assembled.stdout.split('\n')[0]).toMatch(/ -> \.\/relative\/\.\.\/relative\/bundle$/);
    const verified = await runCli(['verify', typed, '--policy', POLICY], { cwd: dir });
    expect(verified.stdout).toContain(`verify: ${typed} passed every rule`);
  });
});

describe('errors name paths as given', () => {
  it('a relative path in an error is the one typed; an absolute one stays absolute', async () => {
    const relative = await runCli(['assemble', '--sources', 'nowhere/sources.yaml', '--out', 'out'], { cwd: dir });
    expect(relative.code).toBe(2);
    expect(relative.stderr).toMatch(/^cutover assemble: error: nowhere\/sources\.yaml: cannot read file/);
    const absolute = path.join(dir, 'nowhere', 'sources.yaml');
    const run = await runCli(['assemble', '--sources', absolute, '--out', 'out'], { cwd: dir });
    expect(run.stderr).toContain(`error: ${absolute}: cannot read file`);
  });
});

describe('counts with the noun in the right number', () => {
  it('count()', () => {
    expect(count(0, 'finding')).toBe('0 findings');
    expect(count(1, 'finding')).toBe('1 finding');
    expect(count(2, 'dependency', 'dependencies')).toBe('2 dependencies');
  });

  it('assemble: "1 waiver", not "1 waivers"; no "(s)" anywhere', async () => {
    const run = await runCli([
      'assemble',
      '--sources',
      EXAMPLES.payments.sources,
      '--out',
      path.join(dir, 'counts'),
      '--policy',
      POLICY,
    ]);
    expect(run.code).toBe(0);
    const contents = run.stdout.split('\n').find((l) => l.startsWith('contents'));
    for (const [, n, noun] of (contents ?? '').matchAll(/(\d+) ([a-z]+)/g)) {
      if (n === '1') expect(noun).not.toMatch(/s$/);
      else expect(noun).toMatch(/s$/);
    }
    expect(contents).toMatch(/\b1 waiver\b/);
    expect(run.stdout).not.toContain('(s)');
  });

  it('verify: "1 finding" for one finding', async () => {
    const out = path.join(dir, 'one-finding');
    expect(
      (await runCli(['assemble', '--sources', EXAMPLES.payments.sources, '--out', out, '--policy', POLICY])).code,
    ).toBe(0);
    // A changed digest in the manifest is exactly one binding finding.
    const manifestFile = path.join(out, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { bundleDigest: string };
    manifest.bundleDigest = `sha256:${'0'.repeat(64)}`;
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    const run = await runCli(['verify', out, '--policy', POLICY]);
    expect(run.code).toBe(1);
    const errors = Number(/verify: (\d+) finding/.exec(run.stdout)?.[1]);
    expect(run.stdout).toContain(`verify: ${count(errors, 'finding')} in ${out}`);
    expect(run.stdout).not.toContain('(s)');
  });
});
