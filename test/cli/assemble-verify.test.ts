/**
 * The CLI in-process: assemble then verify the examples, `--json` summaries, and the revision logic
 * (unchanged inputs write nothing; a new digest supersedes the previous revision).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDigest } from '../../src/domain/canonical.js';
import { renderJson } from '../../src/domain/files.js';
import type { ApprovalManifest, Bundle, LineageDocument } from '../../src/domain/model.js';
import { makeTempDir, removeDir, runCli, snapshotTree, stackLines } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/paths.js';
import { arrayAt, isRecord, objectAt } from '../helpers/records.js';

let root = '';
beforeAll(async () => {
  root = await makeTempDir('cutover-cli-');
});
afterAll(async () => {
  await removeDir(root);
});

const assembleArgs = (sources: string, out: string, ...extra: string[]): string[] => [
  'assemble',
  '--sources',
  sources,
  '--out',
  out,
  '--policy',
  EXAMPLES.policy,
  ...extra,
];

function json(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new Error(`not a JSON object: ${text}`);
  return value;
}

describe('assemble then verify', () => {
  it('the payments example assembles (exit 0) and verifies clean (exit 0)', async () => {
    const out = path.join(root, 'payments');
    const assembled = await runCli(assembleArgs(EXAMPLES.payments.sources, out));
    expect(assembled.stderr).toBe('');
    expect(assembled.code).toBe(0);
    expect(assembled.stdout).toMatch(/^assembled payments-platform 2026\.11\.3 revision 1 -> /);
    expect(assembled.stdout).toMatch(/bundle digest {2}sha256:[0-9a-f]{64}/);
    expect(assembled.stdout).toMatch(/holds {10}0 open/);
    expect(Object.keys((await snapshotTree(out)) ?? {}).sort()).toEqual([
      'bundle.json',
      'holds.json',
      'lineage.json',
      'manifest.json',
    ]);

    const verified = await runCli(['verify', out, '--policy', EXAMPLES.policy]);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/passed every rule/);
  });

  it('the held-release example assembles with exit 0 reporting its holds, and verifies with exit 1', async () => {
    const out = path.join(root, 'held');
    const assembled = await runCli(assembleArgs(EXAMPLES.held.sources, out, '--previous', EXAMPLES.held.previous));
    expect(assembled.stderr).toBe('');
    expect(assembled.code).toBe(0);
    const holds = /holds {10}(\d+) open/.exec(assembled.stdout)?.[1];
    expect(Number(holds)).toBeGreaterThan(0);
    for (const rule of ['missing-rollback-evidence', 'scope-drift', 'supersession', 'unsigned-candidate']) {
      expect(assembled.stdout).toContain(rule);
    }

    const verified = await runCli(['verify', out, '--policy', EXAMPLES.policy]);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/verify: (1 finding|\d+ findings) in /);
    expect(verified.stdout).toMatch(/holds\.json:\d+ \/holds\/0/);
    expect(stackLines(verified.stdout + verified.stderr)).toEqual([]);
  });
});

describe('--json output', () => {
  it('assemble --json has the documented fields', async () => {
    const out = path.join(root, 'held-json');
    const run = await runCli(assembleArgs(EXAMPLES.held.sources, out, '--previous', EXAMPLES.held.previous, '--json'));
    expect(run.code).toBe(0);
    const summary = json(run.stdout);
    expect(Object.keys(summary).sort()).toEqual(
      [
        'bundleDigest',
        'counts',
        'directory',
        'holds',
        'product',
        'release',
        'revision',
        'supersedes',
        'written',
      ].sort(),
    );
    expect(summary).toMatchObject({ product: 'checkout-gateway', release: '2026.12.0', directory: out, written: true });
    expect(summary.bundleDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(objectAt(summary, 'counts')).sort()).toEqual(
      ['artifacts', 'cohorts', 'components', 'dependencies', 'waivers'].sort(),
    );
    const holds = arrayAt(summary, 'holds');
    expect(holds.length).toBeGreaterThan(0);
    for (const hold of holds) {
      expect(Object.keys(objectAt(hold)).sort()).toEqual(['evidence', 'id', 'path', 'reason', 'rule']);
    }
    // The summary agrees with the files written.
    const manifest = json(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.bundleDigest).toBe(summary.bundleDigest);
    expect(manifest.revision).toBe(summary.revision);
    const register = json(await readFile(path.join(out, 'holds.json'), 'utf8'));
    expect(arrayAt(register, 'holds').map((h) => objectAt(h).id)).toEqual(holds.map((h) => objectAt(h).id));
  });

  it('verify --json has directory, passed and one outcome per rule with located findings', async () => {
    const out = path.join(root, 'held-json');
    const run = await runCli(['verify', out, '--policy', EXAMPLES.policy, '--json']);
    expect(run.code).toBe(1);
    const report = json(run.stdout);
    expect(Object.keys(report).sort()).toEqual(['directory', 'passed', 'rules']);
    expect(report.passed).toBe(false);
    const rules = arrayAt(report, 'rules').map((r) => objectAt(r));
    expect(rules.map((r) => r.rule)).toEqual(['schema', 'lineage', 'rollback', 'environment', 'holds', 'binding']);
    const holds = rules.find((r) => r.rule === 'holds');
    expect(holds?.status).toBe('failed');
    const finding = objectAt(arrayAt(holds, 'findings')[0]);
    expect(finding).toMatchObject({ rule: 'holds', severity: 'error', file: 'holds.json', path: '/holds/0' });
    const text = await readFile(path.join(out, 'holds.json'), 'utf8');
    const line = Number(finding.line);
    expect(text.split('\n')[line - 1]?.trim()).toBe('{');
    expect(text.split('\n')[line]).toMatch(/"evidence"|"id"/);
  });
});

describe('revisions', () => {
  it('re-assembling identical inputs writes nothing and keeps the revision', async () => {
    const out = path.join(root, 'same');
    const first = json((await runCli(assembleArgs(EXAMPLES.payments.sources, out, '--json'))).stdout);
    const before = await snapshotTree(out);
    const mtime = (await stat(path.join(out, 'bundle.json'))).mtimeMs;
    const again = await runCli(assembleArgs(EXAMPLES.payments.sources, out, '--json'));
    expect(again.code).toBe(0);
    const second = json(again.stdout);
    expect(second.written).toBe(false);
    expect(second.revision).toBe(first.revision);
    expect(second.bundleDigest).toBe(first.bundleDigest);
    expect(await snapshotTree(out)).toEqual(before);
    expect((await stat(path.join(out, 'bundle.json'))).mtimeMs).toBe(mtime);
    // The same with the directory itself given as the previous revision.
    const withPrevious = json(
      (await runCli(assembleArgs(EXAMPLES.payments.sources, out, '--previous', out, '--json'))).stdout,
    );
    expect(withPrevious).toMatchObject({ written: false, revision: first.revision, supersedes: null });
    const text = await runCli(assembleArgs(EXAMPLES.payments.sources, out));
    expect(text.stdout).toMatch(/^unchanged payments-platform 2026\.11\.3 revision 1 /);
  });

  it('--previous with a different digest gives revision previous+1, superseding the previous revision', async () => {
    const previous = json(await readFile(path.join(EXAMPLES.held.previous, 'manifest.json'), 'utf8'));
    const out = path.join(root, 'next');
    const run = await runCli(assembleArgs(EXAMPLES.held.sources, out, '--previous', EXAMPLES.held.previous, '--json'));
    const summary = json(run.stdout);
    expect(summary.bundleDigest).not.toBe(previous.bundleDigest);
    expect(summary.revision).toBe(Number(previous.revision) + 1);
    expect(summary.supersedes).toEqual({ revision: previous.revision, bundleDigest: previous.bundleDigest });
    const manifest = json(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.revision).toBe(summary.revision);
    expect(manifest.supersedes).toEqual(summary.supersedes);

    // That revision has open holds, so it was never approved: it cannot be the previous of another
    // (test/cli/hidden-holds.test.ts covers each refusal).
    const chained = await runCli(assembleArgs(EXAMPLES.held.sources, path.join(root, 'next-2'), '--previous', out));
    expect(chained.code).toBe(2);
    expect(chained.stderr).toMatch(/--previous revision 2 has \d+ open hold/);
  });

  it('an unchanged assembly against --previous elsewhere keeps the previous manifest byte for byte', async () => {
    const source = path.join(root, 'prev-src');
    await runCli(assembleArgs(EXAMPLES.payments.sources, source));
    const before = await snapshotTree(source);
    const out = path.join(root, 'prev-copy');
    const run = json(
      (await runCli(assembleArgs(EXAMPLES.payments.sources, out, '--previous', source, '--json'))).stdout,
    );
    expect(run).toMatchObject({ revision: 1, supersedes: null, written: true });
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('the previous revision decides supersession holds: against itself the held release has none', async () => {
    const rev2 = path.join(root, 'held-rev2');
    const second = json(
      (await runCli(assembleArgs(EXAMPLES.held.sources, rev2, '--previous', EXAMPLES.held.previous, '--json'))).stdout,
    );
    expect(arrayAt(second, 'holds').some((h) => objectAt(h).rule === 'supersession')).toBe(true);
    // Revision 2 as if its holds had been resolved and it had been approved: the same files without holds,
    // bound again by its manifest (a previous revision with open holds is refused).
    const holdsFile = path.join(rev2, 'holds.json');
    await writeFile(holdsFile, renderJson({ schemaVersion: 1, holds: [] }));
    const files = {
      bundle: JSON.parse(await readFile(path.join(rev2, 'bundle.json'), 'utf8')) as Bundle,
      lineage: JSON.parse(await readFile(path.join(rev2, 'lineage.json'), 'utf8')) as LineageDocument,
      holds: { schemaVersion: 1 as const, holds: [] },
    };
    const manifestFile = path.join(rev2, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as ApprovalManifest;
    await writeFile(manifestFile, renderJson({ ...manifest, bundleDigest: bundleDigest(files) }));
    const approved = { revision: 2, bundleDigest: bundleDigest(files) };
    const third = json(
      (await runCli(assembleArgs(EXAMPLES.held.sources, path.join(root, 'held-rev3'), '--previous', rev2, '--json')))
        .stdout,
    );
    expect(arrayAt(third, 'holds').some((h) => objectAt(h).rule === 'supersession')).toBe(false);
    expect(third).toMatchObject({ revision: 3, supersedes: approved });
  });
});

describe('help and usage', () => {
  it('no command is a usage error (exit 2) that lists the commands', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/assemble/);
    expect(run.stdout).toMatch(/verify/);
  });

  it('an unknown command exits 2 and names it', async () => {
    const run = await runCli(['asemble']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'asemble'/);
  });

  it('--help exits 0 with the usage', async () => {
    const run = await runCli(['assemble', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: cutover assemble --sources <file> --out <dir>/);
  });
});
