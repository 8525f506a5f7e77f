/**
 * No hidden holds, through the CLI: two flagd sources on one environment assemble and verify alike; a
 * `--previous` that is not an approved revision of the same release is an input error naming both values;
 * every hold printed names its evidence (sources and values).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { EXAMPLES, examplesDir } from '../helpers/paths.js';
import { editJson } from '../helpers/records.js';

let dir = '';
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const policy = ['--policy', EXAMPLES.policy];

/** A copy of an example directory in the temporary directory. */
async function copyExample(name: string): Promise<string> {
  const target = path.join(dir, name);
  await cp(path.join(examplesDir, name), target, { recursive: true });
  return target;
}

async function assembleHeld(extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['assemble', '--sources', EXAMPLES.held.sources, '--out', path.join(dir, 'out'), ...policy, ...extra]);
}

describe('two flagd sources on one environment', () => {
  it('assemble without holds and verify passes (shares are judged per flag and segment)', async () => {
    const example = await copyExample('payments-platform');
    await writeFile(
      path.join(example, 'inputs', 'theme.flagd.json'),
      JSON.stringify({
        flags: {
          'new-theme': {
            state: 'ENABLED',
            variants: { a: 'a', b: 'b' },
            defaultVariant: 'a',
            targeting: { fractional: [{ var: 'merchant.id' }, ['a', 50], ['b', 50]] },
          },
        },
      }),
    );
    const sources = path.join(example, 'cutover.sources.yaml');
    await writeFile(
      sources,
      `${await readFile(sources, 'utf8')}  - id: theme-flags\n    kind: flagd\n    path: inputs/theme.flagd.json\n    flag: new-theme\n    environments: [prod-eu]\n`,
    );
    const out = path.join(dir, 'out');
    const assembled = await runCli(['assemble', '--sources', sources, '--out', out, ...policy]);
    expect(assembled.code, assembled.stderr).toBe(0);
    expect(assembled.stdout).toMatch(/5 cohorts/);
    expect(assembled.stdout).toMatch(/holds {10}0 open/);
    const verified = await runCli(['verify', out, ...policy]);
    expect(verified.stdout).toMatch(/passed every rule/);
    expect(verified.code).toBe(0);
  });
});

describe('--previous must be an approved revision of the same release', () => {
  it('the approved previous revision of the release is accepted', async () => {
    const run = await assembleHeld(['--previous', EXAMPLES.held.previous]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/revision 2/);
  });

  it('a revision of another product is an error naming both', async () => {
    const other = path.join(dir, 'payments');
    expect((await runCli(['assemble', '--sources', EXAMPLES.payments.sources, '--out', other, ...policy])).code).toBe(
      0,
    );
    const run = await assembleHeld(['--previous', other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--previous is payments-platform 2026.11.3, not checkout-gateway 2026.12.0: a revision supersedes only a revision of the same release',
    );
    expect(run.stderr).toContain(path.join(other, 'bundle.json'));
    expect(run.stdout).toBe('');
  });

  it('a revision with open holds is an error listing them', async () => {
    const held = path.join(dir, 'held');
    expect((await assembleHeld(['--previous', EXAMPLES.held.previous])).code).toBe(0);
    await cp(path.join(dir, 'out'), held, { recursive: true });
    const run = await assembleHeld(['--previous', held]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--previous revision 2 has 8 open holds? \((the first 5: )?H-[0-9a-f]{12} missing-rollback-evidence at /,
    );
    expect(run.stderr).toContain('so it was never approved');
    expect(run.stderr).toContain(path.join(held, 'holds.json'));
  });

  it('a revision whose files no longer hash to the digest its manifest binds is an error', async () => {
    const previous = path.join(dir, 'previous');
    await cp(EXAMPLES.held.previous, previous, { recursive: true });
    const file = path.join(previous, 'bundle.json');
    await writeFile(
      file,
      editJson(await readFile(file, 'utf8'), (bundle) => {
        bundle.waivers = [];
      }),
    );
    const run = await assembleHeld(['--previous', previous]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--previous manifest binds sha256:[0-9a-f]{64}, but its bundle, lineage and holds files hash to sha256:[0-9a-f]{64}/,
    );
  });
});

describe('every hold printed names its evidence', () => {
  it('two sources disagreeing about an artifact: both sources and both values, in text and JSON', async () => {
    const example = await copyExample('held-release');
    const records = path.join(example, 'release-records.yaml');
    const text = await readFile(records, 'utf8');
    const changed = text.replace(
      /sha256:5d2a3b8e7f4c1a9d6e0b2c7f8a1d4e6b9c3f5a7d2e8b1c4f6a9d3e5b7c2f8a1d/g,
      `sha256:${'e'.repeat(64)}`,
    );
    expect(changed).not.toBe(text);
    await writeFile(path.join(example, 'registry-records.yaml'), changed);
    const sources = path.join(example, 'cutover.sources.yaml');
    await writeFile(
      sources,
      `${await readFile(sources, 'utf8')}  - id: registry\n    kind: records\n    path: registry-records.yaml\n`,
    );
    const out = path.join(dir, 'out');
    const run = await runCli(['assemble', '--sources', sources, '--out', out, ...policy]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /sources 'registry' and 'release-records' state artifact checkout-api-image differently: version 2026\.12\.0 digest sha256:e{64} at \S+ \/ version 2026\.12\.0 digest sha256:5d2a3b8e/,
    );
    expect(run.stdout).toMatch(
      /evidence: file registry-records\.yaml#\/components\/0\/artifacts\/0 @ \S+; file release-records\.yaml#\/components\/0\/artifacts\/0 @ \S+/,
    );
    // Every hold block has its evidence line.
    const blocks = run.stdout.split('\n\n').filter((b) => /^H-[0-9a-f]{12} {2}/.test(b));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).toMatch(/\n {2}evidence: /);

    const json = await runCli(['assemble', '--sources', sources, '--out', out, ...policy, '--json']);
    const summary = JSON.parse(json.stdout) as {
      holds: Array<{ reason: string; evidence: Array<{ locator: string }> }>;
    };
    const conflict = summary.holds.find((h) => h.reason.startsWith("sources 'registry' and 'release-records'"));
    expect(conflict?.evidence.map((e) => e.locator)).toEqual([
      'registry-records.yaml#/components/0/artifacts/0',
      'release-records.yaml#/components/0/artifacts/0',
    ]);

    const verified = await runCli(['verify', out, ...policy]);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(
      /state artifact checkout-api-image differently: .*; evidence: file registry-records\.yaml/,
    );
  });
});
