/**
 * `npm run bench`: assemble + verify for 10, 1,000 and 10,000 components, each size in fresh child processes
 * (so peak RSS is per size), against the design floor measured in the same run: parsing the same input files,
 * then serializing the output once, writing it, reading it back, parsing it and hashing it. Goal: at 1,000 and at
 * 10,000 components at most 3x the floor's wall time.
 *
 * Then, through the built action (dist/index.js; run `npm run build` first): API calls per command at 10 and
 * 10,000 components and after earlier sealed releases (bench/api-calls.ts), and the cold start to the first
 * API request against bare `node -e 0` (bench/cold-start.ts, goal at most 2x).
 *
 * Then the reader at scale (bench/reader.ts, through the built CLI dist/cli/index.js): `cutover list` over
 * 5,000 seal tags against `node -e 0` + `git for-each-ref` reading the tags' contents (goal at most 3x), and
 * `cutover inspect` with 5,000 tags against 10 (goal at most 1.5x), on repositories the bench builds.
 *
 * Each child runs src/ as TypeScript through tsx; the .cjs files it requires (the generated validators) load with
 * Node's own loader, as in the built CLI, not through tsx's transform (bench/native-cjs/restore.mjs).
 *
 * Inputs: the realistic mix of source kinds (records, flagd, CycloneDX and SPDX SBOMs, provenance; see
 * bench/generate.ts), or with --mix=minimal the older records + small CycloneDX set.
 *
 * Options: --check (exit 1 when a goal is missed), --sizes=10,1000 (override), --runs=5 (alternated runs per
 * size, medians), --node=<path>[,<path>] (run the assemble + verify children on these Node binaries, e.g. also
 * a Node 24, the action's runtime; a table and goal lines for each), --compare=<checkout> (another checkout's assemble + verify on the same inputs: before and
 * after in one run), --profile (CPU-profile the
 * largest size and print the hot spots), --keep (keep the generated workspaces), --api-sizes=10,10000,
 * --history=3, --cold-runs=15, --cold-node=<path>[,<path>] (also measure the cold start under other Node
 * binaries, e.g. Node 24, the action's runtime), --no-api, --no-cold, --only-action (skip the assemble +
 * verify table), --no-reader, --only-reader (the reader table alone), --reader-tags=5000, --reader-runs=7,
 * --reader-cli=<path> (another build of the CLI, e.g. one made from the working tree), --reader-compare=<path> (a
 * second build whose `list` is measured in the same alternation, e.g. the build before a change).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureApiCalls, printApiCalls } from './api-calls.js';
import { measureColdStart, printColdStart } from './cold-start.js';
import { summarizeProfile } from './profile.js';
import { measureReader, printReader } from './reader.js';

const GOAL_RATIO = 3;
const GOAL_SIZE = 10_000;
/** The sizes the goal applies to. */
const GOAL_SIZES = [1_000, GOAL_SIZE];
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? `10,1000,${GOAL_SIZE}`)
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

type Measurement = Record<string, number | string>;

/** Runs bench/child.ts of this checkout, or of another one (`root`, for --compare), in a fresh process. */
function child(
  mode: string,
  dir: string,
  arg: string | string[],
  extraNodeArgs: string[] = [],
  root: string = path.dirname(here),
  node: string = process.execPath,
): Measurement {
  const result = spawnSync(
    node,
    [
      ...extraNodeArgs,
      // .cjs files (the generated validators) load with Node's own loader, as in the built CLI, not through
      // tsx's transform: bench/native-cjs/restore.mjs says why. This checkout's hooks serve both sides.
      '--require',
      path.join(here, 'native-cjs', 'keep.cjs'),
      '--import',
      'tsx',
      '--import',
      pathToFileURL(path.join(here, 'native-cjs', 'restore.mjs')).href,
      path.join(root, 'bench', 'child.ts'),
      mode,
      dir,
      ...[arg].flat(),
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, cwd: root },
  );
  if (result.status !== 0) throw new Error(`bench child ${mode} ${arg} failed (${result.status}): ${result.stderr}`);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  const parsed: unknown = JSON.parse(line);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`bench child printed ${line}`);
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'number' ? v : String(v)]));
}

const num = (m: Measurement, key: string): number => {
  const value = m[key];
  if (typeof value !== 'number') throw new Error(`measurement has no ${key}`);
  return value;
};
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

interface Row {
  size: number;
  /** The Node binary the children ran on (--node), and its version. */
  node: string;
  version: string;
  /** Medians over --runs of each figure. */
  cutover: Measurement;
  floor: Measurement;
  /** The --compare checkout's assemble + verify on the same inputs, in the same alternation. */
  compared: Measurement | undefined;
  /** One bundle digest computation (RFC 8785 by the in-house canonicalizer, then sha256). */
  canonical: Measurement;
}

const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
const rows: Row[] = [];
/** Runs per size (each subject alternated with the others), medians reported. */
const runs = Math.max(1, Number(option('runs') ?? 1) || 1);
/**
 * --compare=<checkout>: another checkout of Cutover (e.g. `git archive <commit> | tar x -C /tmp/before` with
 * node_modules linked) whose bench/child.ts assembles and verifies the same inputs in the same alternation:
 * before and after from one run.
 */
const compareRoot = option('compare') ? path.resolve(option('compare') ?? '') : undefined;
/** The median of each numeric figure over several measurements. */
function medians(measurements: Measurement[]): Measurement {
  const out: Measurement = { ...measurements[0] };
  for (const key of Object.keys(out)) {
    const values = measurements.map((m) => m[key]).filter((v): v is number => typeof v === 'number');
    if (values.length !== measurements.length) continue;
    const sorted = values.sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    out[key] = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  }
  return out;
}
// The inputs: the realistic mix of source kinds by default (bench/generate.ts), --mix=minimal for the old set.
const mix = option('mix') === 'minimal' ? 'minimal' : 'realistic';
const started = Date.now();
const onlyReader = flag('only-reader');
/**
 * --node=<path>[,<path>]: the Node binaries the assemble + verify children (Cutover, the floor and --compare) run
 * on, each with its own table and goal lines; default this one. The action runs on Node 24 (`runs.using: node24`)
 * while the CLI runs on the user's Node, so both can be measured in one run.
 */
const nodeBins = option('node')
  ?.split(',')
  .filter(Boolean)
  .map((p) => path.resolve(p)) ?? [process.execPath];
const versionOf = (node: string): string => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
for (const node of flag('only-action') || onlyReader ? [] : nodeBins) {
  const version = versionOf(node);
  for (const size of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `cutover-bench-${size}-`));
    try {
      child('generate', dir, [String(size), mix], [], undefined, node);
      const out = path.join(dir, 'out');
      const profiling = flag('profile') && size === Math.max(...sizes);
      const profileDir = path.join(dir, 'profile');
      // Alternated, so machine noise hits every subject alike; only the first run of this checkout is profiled.
      const cutovers: Measurement[] = [];
      const floors: Measurement[] = [];
      const compares: Measurement[] = [];
      for (let run = 0; run < runs; run++) {
        const profiled = profiling && run === 0;
        cutovers.push(
          child('cutover', dir, out, profiled ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [], undefined, node),
        );
        if (compareRoot) compares.push(child('cutover', dir, path.join(dir, 'out-compared'), [], compareRoot, node));
        floors.push(child('floor', dir, out, [], undefined, node));
      }
      const canonical = child('canonical', dir, out, [], undefined, node);
      rows.push({
        size,
        node,
        version,
        cutover: medians(cutovers),
        floor: medians(floors),
        compared: compareRoot ? medians(compares) : undefined,
        canonical,
      });
      process.stderr.write(`bench: ${size} components done (node ${version})\n`);
      if (profiling) {
        const [file] = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
        if (file) printProfile(size, path.join(profileDir, file));
      }
    } finally {
      if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
    }
  }
}

const header = [
  'node',
  'components',
  'assemble s',
  'verify s',
  'total s',
  'floor s',
  'time ratio',
  'CPU ratio',
  'faults ratio',
  'digest s',
  'peak RSS MiB',
  'floor RSS MiB',
  'RSS ratio',
  'output MiB',
  ...(compareRoot ? ['before s', 'before ratio', 'before/after'] : []),
];
const table = rows.map(({ size, version, cutover, floor, canonical, compared }) => [
  version,
  size.toLocaleString('en-US'),
  seconds(num(cutover, 'assembleMs')),
  seconds(num(cutover, 'verifyMs')),
  seconds(num(cutover, 'totalMs')),
  seconds(num(floor, 'totalMs')),
  `${(num(cutover, 'totalMs') / num(floor, 'totalMs')).toFixed(2)}x`,
  `${(num(cutover, 'cpuMs') / num(floor, 'cpuMs')).toFixed(2)}x`,
  `${(num(cutover, 'faults') / num(floor, 'faults')).toFixed(2)}x`,
  seconds(num(canonical, 'totalMs')),
  mib(num(cutover, 'peakRss')),
  mib(num(floor, 'peakRss')),
  `${(num(cutover, 'peakRss') / num(floor, 'peakRss')).toFixed(1)}x`,
  mib(num(cutover, 'outputBytes')),
  ...(compared
    ? [
        seconds(num(compared, 'totalMs')),
        `${(num(compared, 'totalMs') / num(floor, 'totalMs')).toFixed(2)}x`,
        `${(num(compared, 'totalMs') / num(cutover, 'totalMs')).toFixed(2)}x`,
      ]
    : []),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
if (rows.length) {
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  console.log(
    `\ninputs: ${mix === 'realistic' ? 'records, flagd, and per component a CycloneDX or SPDX SBOM (5-35 packages) and an in-toto provenance statement' : 'records and a 5-package CycloneDX SBOM per component (--mix=minimal)'}\n` +
      `floor = parse every input file (YAML/JSON), then serialize the output once, write it, read it back, parse it and\n` +
      `sha256 it; CPU ratio = the same two in CPU time (user + system), steadier than wall time on a shared\n` +
      `machine (the goal is the time ratio); faults ratio = minor page faults (first touches of memory pages) in the\n` +
      `measured time, Cutover's against the floor's; digest = one bundle digest\n` +
      `(RFC 8785 by the in-house canonicalizer + sha256) over the parsed output, which assemble and verify each\n` +
      `compute once; each measurement in a fresh process` +
      (runs > 1 ? `; medians of ${runs} alternated runs` : '') +
      (compareRoot ? `;\nbefore = ${compareRoot} (its bench/child.ts on the same inputs, same alternation)` : '') +
      '.',
  );
}

for (const [node, goalSize] of nodeBins.flatMap((n) => GOAL_SIZES.map((g) => [n, g] as const))) {
  const goal = rows.find((r) => r.size === goalSize && r.node === node);
  if (flag('only-action') || onlyReader) break; // assemble + verify table skipped
  const on = nodeBins.length > 1 ? `, node ${rows.find((r) => r.node === node)?.version ?? node}` : '';
  const label = `goal (${goalSize.toLocaleString('en-US')} components <= ${GOAL_RATIO}x floor${on})`;
  if (!goal) {
    console.log(`${label}: not measured in this run`);
    continue;
  }
  const ratio = num(goal.cutover, 'totalMs') / num(goal.floor, 'totalMs');
  const met = ratio <= GOAL_RATIO;
  const digests = (2 * num(goal.canonical, 'totalMs')) / num(goal.floor, 'totalMs');
  console.log(
    `${label}: ${met ? 'MET' : 'NOT MET'} (${ratio.toFixed(2)}x); ` +
      `the two required digest computations alone take ${digests.toFixed(2)}x the floor`,
  );
  if (!met && flag('check')) process.exitCode = 1;
}

if (!flag('no-api') && !onlyReader) {
  const apiSizes = (option('api-sizes') ?? '10,10000').split(',').map(Number);
  const held = printApiCalls(await measureApiCalls(apiSizes, Number(option('history') ?? 3)));
  if (!held && flag('check')) process.exitCode = 1;
}
if (!flag('no-reader')) {
  const reader = measureReader({
    cli: path.resolve(option('reader-cli') ?? path.join(path.dirname(here), 'dist/cli/index.js')),
    tags: Number(option('reader-tags') ?? 5000),
    runs: Number(option('reader-runs') ?? 7),
    keep: flag('keep'),
    compareCli: option('reader-compare') ? path.resolve(option('reader-compare') ?? '') : undefined,
  });
  if (!printReader(reader) && flag('check')) process.exitCode = 1;
}
if (!flag('no-cold') && !onlyReader) {
  const runs = Number(option('cold-runs') ?? 15);
  const action = path.join(path.dirname(here), 'dist/index.js');
  // This Node, then any other binary named by --cold-node (e.g. a Node 24, the action's runtime).
  const nodes = [
    process.execPath,
    ...(option('cold-node')
      ?.split(',')
      .map((p) => path.resolve(p)) ?? []),
  ];
  for (const node of nodes) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(`\nnode ${version} (${node})`);
    const rows = await measureColdStart([{ name: 'dist/index.js', file: action }], runs, node);
    if (!printColdStart(rows, runs) && flag('check')) process.exitCode = 1;
  }
}
console.log(`bench wall time ${seconds(Date.now() - started)} s`);

function printProfile(size: number, file: string): void {
  const summary = summarizeProfile(file);
  console.log(`\nCPU profile of assemble + verify at ${size} components: ${seconds(summary.totalMs)} s sampled`);
  console.log(`  Ajv schema compilation (inclusive): ${seconds(summary.ajvCompileMs)} s`);
  console.log('  self time, top functions:');
  for (const [name, ms] of summary.self) console.log(`    ${seconds(ms).padStart(7)} s  ${name}`);
  console.log('  inclusive time, src/ functions:');
  for (const [name, ms] of summary.inclusiveSrc) console.log(`    ${seconds(ms).padStart(7)} s  ${name}`);
  console.log('');
}
