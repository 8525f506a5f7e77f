/**
 * API calls per command (issue 4): the whole lifecycle (assemble, verify, gate, seal, reconcile) through
 * dist/index.js on the GitHub-compatible server, for bundles of 10 and 10,000 components, counting the
 * server's request log per command. Then assemble again for a new release after H earlier releases were
 * sealed, to check that assemble's calls grow neither with bundle size nor with the bundles repository's
 * history.
 *
 * Contract validation (OpenAPI request/response checks) is on for the small size and off for the large one:
 * validating multi-MiB blob bodies costs minutes and does not change what is counted.
 *
 * Then the sequential round trips per command (issue 13, goal 4): the lifecycle at the smallest size again,
 * `--rt-runs` times (default 3) with `--latency` ms (default 100) added by the server to every request of a
 * measured command and as often without; printed beside the call counts: rt = (fastest delayed wall time -
 * fastest plain) / latency, and chain = the longest chain of requests each sent after the previous answer (from
 * the server's log). The goals (assemble <= 8, verify <= 5, gate <= 4, seal <= 8) are judged on the chain (seal's
 * is 8 since it records each hand-off, a cutover/handoff check run written after the dispatch is accepted; 7
 * before, measured with --sizes=10 --history=1; reconcile's went from 6 to 7, reading that record): on
 * shared cores the wall times move by seconds between runs, the chain does not. The end-to-end runner passes
 * CUTOVER_WRITE_INTERVAL_MS=0, so writes are not spaced by the client's one-second write interval here.
 *
 * Usage (also run by `npm run bench`): `node --import tsx bench/api-calls.ts [--sizes=10,10000] [--history=3]
 * [--latency=100] [--check]`; `--round-trips-only` measures only the round trips; `--compare=<dist dir>` measures
 * them for another build of the action (e.g. a copy of dist/ from before a change) and then for dist/ (or the build
 * CUTOVER_E2E_DIST names), each in a child process, and prints both side by side. With CUTOVER_BENCH_TRACE=1,
 * each delayed request is printed to stderr with its depth in the chain, its arrival in ms after the command's
 * first request (t=) and the server's time to answer it, latency included (d=).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type LogEntry, startGitHubServer } from '../packages/github-server/index.js';
import { BUNDLES, PEOPLE, type World } from '../src/cli/demo-world.js';
import type { ActionResult } from '../test/e2e/runner.js';
import {
  approve,
  as,
  assemble,
  checkConclusions,
  expectSuccess,
  gate,
  nextSecond,
  reconcile,
  seal,
  verify,
} from '../test/e2e/steps.js';
import { benchServiceFiles, createBenchWorld, pushCandidate } from './api-world.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const EXAMPLES = path.join(root, 'examples');
export const COMMANDS = ['assemble', 'verify', 'gate', 'seal', 'reconcile'] as const;
type Command = (typeof COMMANDS)[number];

export interface CommandCount {
  calls: number;
  ms: number;
  byOperation: Record<string, number>;
  /** The longest chain of requests each sent after the previous one was answered (server log times). */
  chain: number;
}
export type LifecycleCounts = Partial<Record<Command, CommandCount>>;
/** Problems met while measuring (printed under the tables). */
const notes: string[] = [];

const tally = (entries: LogEntry[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.operationId] = (out[e.operationId] ?? 0) + 1;
  return out;
};

/**
 * The longest chain of requests in which each arrived after the one before it had been answered: the
 * sequential round trips on the critical path. Requests sent together overlap (each takes at least the injected
 * latency), so they count once.
 */
export function longestChain(entries: readonly Pick<LogEntry, 'at' | 'durationMs'>[]): number {
  return Math.max(0, ...chainDepths(entries).map((d) => d.depth));
}

/** Each request with its place in the longest chain that ends with it (1: nothing answered before it was sent). */
export function chainDepths<T extends Pick<LogEntry, 'at' | 'durationMs'>>(
  entries: readonly T[],
): Array<{ entry: T; depth: number }> {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const depth: number[] = [];
  for (const [i, e] of sorted.entries()) {
    let before = 0;
    for (let j = 0; j < i; j++) {
      const prior = sorted[j];
      if (prior && prior.at + prior.durationMs <= e.at) before = Math.max(before, depth[j] ?? 0);
    }
    depth.push(before + 1);
  }
  return sorted.map((entry, i) => ({ entry, depth: depth[i] ?? 1 }));
}

/**
 * One release through the whole lifecycle; API calls per command. With `latencyMs`, the server delays every
 * request of a measured command by that much (the approvals and the merge between commands are not delayed).
 */
async function lifecycle(world: World, release: string, components: number, latencyMs = 0): Promise<LifecycleCounts> {
  const tag = `v${release}-rc.1`;
  await pushCandidate(world, tag, benchServiceFiles(components, release));
  const { log } = world.server;
  const counts: LifecycleCounts = {};
  const measure = async (command: Command, step: () => Promise<ActionResult>): Promise<ActionResult> => {
    log.reset();
    if (latencyMs > 0) world.server.faults.latency({ ms: latencyMs });
    const t0 = performance.now();
    try {
      const result = expectSuccess(await step());
      if (latencyMs > 0 && process.env.CUTOVER_BENCH_TRACE)
        for (const { entry, depth } of chainDepths(log.entries))
          process.stderr.write(
            `${command} ${depth} t=${Math.round(entry.at - (log.entries[0]?.at ?? 0))} d=${Math.round(entry.durationMs)} ${entry.method} ${entry.operationId} ${entry.path}\n`,
          );
      counts[command] = {
        calls: log.entries.length,
        ms: performance.now() - t0,
        byOperation: tally(log.entries),
        chain: longestChain(log.entries),
      };
      return result;
    } finally {
      world.server.faults.clear();
    }
  };
  const assembled = await measure('assemble', () => assemble(world, tag));
  const number = Number(assembled.outputs['pull-request-number']);
  if (!(number > 0)) throw new Error(`assemble opened no pull request: ${JSON.stringify(assembled.outputs)}`);
  const verified = await measure('verify', () => verify(world, number));
  const failing = Object.entries(await checkConclusions(world, assembled.outputs.commit ?? ''))
    .filter(([, conclusion]) => conclusion !== 'success')
    .map(([name]) => name);
  if (failing.length) {
    const { data } = await as(world, PEOPLE.max).rest.checks.listForRef({
      ...BUNDLES,
      ref: assembled.outputs.commit ?? '',
    });
    const schema = data.check_runs.find((r) => r.name === 'cutover/schema');
    notes.push(
      `${components} components: verify's checks failed (${failing.join(', ')}): ${(schema?.output.summary ?? verified.summary).replace(/\s+/g, ' ').slice(0, 400)}; seal not measured (the pull request cannot merge)`,
    );
  }
  await approve(world, PEOPLE.alice, number);
  await approve(world, PEOPLE.bob, number);
  await measure('gate', () => gate(world, number));
  if (!failing.length) {
    // Reviews count only when submitted strictly before the merge, in GitHub's whole seconds.
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'merge' });
    await measure('seal', () => seal(world, number));
  }
  await measure('reconcile', () => reconcile(world));
  return counts;
}
/** Issue 13, goal 4: the most sequential round trips each command may spend on its critical path. */
export const ROUND_TRIP_GOALS: Partial<Record<Command, number>> = { assemble: 8, verify: 5, gate: 4, seal: 8 };

export interface RoundTripRow {
  calls: number;
  /** Wall time of the command without and with the injected latency. */
  baseMs: number;
  delayedMs: number;
  /** (delayed - base) / latency: the round trips the latency was paid for. */
  roundTrips: number;
  /** The longest chain of requests each sent after the one before it was answered (from the server's log). */
  chain: number;
}
export interface RoundTripReport {
  latencyMs: number;
  size: number;
  rows: Partial<Record<Command, RoundTripRow>>;
}

/**
 * Sequential round trips per command: the lifecycle on fresh servers (contract validation off), `runs` times as
 * is and `runs` times with every request of a measured command delayed by `latencyMs`, alternately. The
 * wall-time figure is (fastest delayed run - fastest plain run) / latency; the chain figure is the longest chain
 * in the server's log (the same in every run; the largest is kept), which CPU contention cannot move.
 */
export async function measureRoundTrips(latencyMs: number, size: number, runs = 3): Promise<RoundTripReport> {
  const plain: LifecycleCounts[] = [];
  const delayed: LifecycleCounts[] = [];
  for (let run = 0; run < runs; run++) {
    for (const latency of [0, latencyMs]) {
      const server = await startGitHubServer({ contract: false });
      try {
        const counts = await lifecycle(await createBenchWorld(server, EXAMPLES), '2026.11.1', size, latency);
        (latency ? delayed : plain).push(counts);
      } finally {
        await server.close();
      }
    }
  }
  const rows: RoundTripReport['rows'] = {};
  for (const c of COMMANDS) {
    const [p, d] = [plain.map((r) => r[c]), delayed.map((r) => r[c])];
    if (p.some((x) => !x) || d.some((x) => !x)) continue;
    const fastest = (xs: (CommandCount | undefined)[]) => Math.min(...xs.map((x) => x?.ms ?? Number.NaN));
    const [baseMs, delayedMs] = [fastest(p), fastest(d)];
    rows[c] = {
      calls: Math.max(...d.map((x) => x?.calls ?? 0)),
      baseMs,
      delayedMs,
      roundTrips: (delayedMs - baseMs) / latencyMs,
      chain: Math.max(...d.map((x) => x?.chain ?? 0)),
    };
  }
  process.stderr.write(`bench: round trips with ${latencyMs} ms latency (${runs} runs) done\n`);
  return { latencyMs, size, rows };
}

export interface ApiCallsReport {
  bySize: Array<{ size: number; contract: boolean; counts: LifecycleCounts; violations: number }>;
  /** assemble (then the rest) for a new release with `history` releases sealed before it. */
  history: { releases: number; size: number; first: LifecycleCounts; after: LifecycleCounts } | undefined;
  roundTrips: RoundTripReport | undefined;
}

/** Latency injected per request when measuring round trips (0: not measured). */
export const DEFAULT_LATENCY_MS = 100;

export async function measureApiCalls(
  sizes: number[],
  history: number,
  latencyMs = DEFAULT_LATENCY_MS,
): Promise<ApiCallsReport> {
  const bySize: ApiCallsReport['bySize'] = [];
  for (const size of sizes) {
    const contract = size <= 1000;
    const server = await startGitHubServer({ contract });
    try {
      const world = await createBenchWorld(server, EXAMPLES);
      const counts = await lifecycle(world, '2026.11.1', size);
      bySize.push({ size, contract, counts, violations: server.contract.take().length });
      process.stderr.write(`bench: API calls at ${size} components done\n`);
    } finally {
      await server.close();
    }
  }
  let historyReport: ApiCallsReport['history'];
  if (history > 0) {
    const size = Math.min(...sizes);
    const server = await startGitHubServer({ contract: false });
    try {
      const world = await createBenchWorld(server, EXAMPLES);
      const first = await lifecycle(world, '2026.12.0', size);
      for (let i = 1; i < history; i++) await lifecycle(world, `2026.12.${i}`, size);
      const after = await lifecycle(world, `2026.12.${history}`, size);
      historyReport = { releases: history, size, first, after };
      process.stderr.write(`bench: API calls after ${history} sealed releases done\n`);
    } finally {
      await server.close();
    }
  }
  const roundTrips = latencyMs > 0 ? await measureRoundTrips(latencyMs, Math.min(...sizes)) : undefined;
  return { bySize, history: historyReport, roundTrips };
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const calls = (counts: LifecycleCounts, c: Command): string => String(counts[c]?.calls ?? 'n/a');
const ops = (counts: LifecycleCounts, c: Command): Record<string, number> => counts[c]?.byOperation ?? {};

/** Prints the tables; returns whether assemble's calls were the same at every size and history. */
export function printApiCalls(report: ApiCallsReport): boolean {
  const [small, large] = [report.bySize[0], report.bySize.at(-1)];
  if (!small || !large) return false;
  const n = (size: number) => size.toLocaleString('en-US');
  console.log(
    `\nAPI calls per command through dist/index.js (contract validation: ${report.bySize
      .map((s) => `${n(s.size)} ${s.contract ? 'on' : 'off'}`)
      .join(', ')}; violations at ${n(small.size)}: ${small.violations})`,
  );
  table(
    [
      'command',
      `calls @${n(small.size)}`,
      `calls @${n(large.size)}`,
      'ratio',
      `s @${n(small.size)}`,
      `s @${n(large.size)}`,
    ],
    COMMANDS.map((c) => {
      const [a, b] = [small.counts[c], large.counts[c]];
      return [
        c,
        calls(small.counts, c),
        calls(large.counts, c),
        a && b ? `${(b.calls / a.calls).toFixed(2)}x` : 'n/a',
        a ? (a.ms / 1000).toFixed(1) : 'n/a',
        b ? (b.ms / 1000).toFixed(1) : 'n/a',
      ];
    }),
  );
  console.log('\nassemble by operation:');
  const assembleOps = [
    ...new Set([...Object.keys(ops(small.counts, 'assemble')), ...Object.keys(ops(large.counts, 'assemble'))]),
  ];
  table(
    ['operation', `@${n(small.size)}`, `@${n(large.size)}`],
    assembleOps
      .sort()
      .map((op) => [
        op,
        String(ops(small.counts, 'assemble')[op] ?? 0),
        String(ops(large.counts, 'assemble')[op] ?? 0),
      ]),
  );
  const differing = COMMANDS.filter((c) => small.counts[c] && large.counts[c]).flatMap((c) =>
    [...new Set([...Object.keys(ops(small.counts, c)), ...Object.keys(ops(large.counts, c))])]
      .filter((op) => ops(small.counts, c)[op] !== ops(large.counts, c)[op])
      .map((op) => [c, op, String(ops(small.counts, c)[op] ?? 0), String(ops(large.counts, c)[op] ?? 0)]),
  );
  if (differing.length) {
    console.log('\noperations whose count differs between sizes:');
    table(['command', 'operation', `@${n(small.size)}`, `@${n(large.size)}`], differing);
  } else console.log('\ncommands measured at both sizes make the same calls, operation by operation');
  let flat = small.counts.assemble !== undefined && small.counts.assemble.calls === large.counts.assemble?.calls;
  const h = report.history;
  if (h) {
    console.log(`\nAPI calls for a new release (${h.size} components): first release vs after ${h.releases} sealed`);
    table(
      ['command', 'first release', `after ${h.releases} sealed`],
      COMMANDS.map((c) => [c, calls(h.first, c), calls(h.after, c)]),
    );
    flat &&= h.first.assemble?.calls === h.after.assemble?.calls;
  }
  for (const note of notes) console.log(`note: ${note}`);
  console.log(
    `claim (API calls per assemble grow neither with bundle size nor with history): ${flat ? 'HOLDS' : 'DOES NOT HOLD'}`,
  );
  const met = report.roundTrips ? printRoundTrips([{ label: '', report: report.roundTrips }]) : true;
  return flat && met;
}

/**
 * The round-trip table, one column group per build (`label`: e.g. before / after); returns whether the last
 * build meets every goal, judged on the chain (the wall-time figure moves by seconds when other processes share
 * the cores: it corroborates, it does not judge).
 */
export function printRoundTrips(builds: Array<{ label: string; report: RoundTripReport }>): boolean {
  const last = builds.at(-1)?.report;
  if (!last) return false;
  const suffix = (label: string) => (label ? ` ${label}` : '');
  console.log(
    `\nSequential API round trips per command (${last.size} components, ${last.latencyMs} ms added to every request;` +
      ' rt = (fastest wall with latency - fastest without) / latency; chain = longest run of requests each sent' +
      ' after the previous answer, from the server log)',
  );
  table(
    [
      'command',
      'goal',
      ...builds.flatMap(({ label }) => [`calls${suffix(label)}`, `rt${suffix(label)}`, `chain${suffix(label)}`]),
    ],
    COMMANDS.map((c) => [
      c,
      String(ROUND_TRIP_GOALS[c] ?? '-'),
      ...builds.flatMap(({ report }) => {
        const row = report.rows[c];
        return row ? [String(row.calls), row.roundTrips.toFixed(1), String(row.chain)] : ['n/a', 'n/a', 'n/a'];
      }),
    ]),
  );
  const missed = COMMANDS.filter((c) => {
    const goal = ROUND_TRIP_GOALS[c];
    const row = last.rows[c];
    return goal !== undefined && (!row || row.chain > goal);
  });
  console.log(
    `goal (sequential round trips: ${Object.entries(ROUND_TRIP_GOALS)
      .map(([c, g]) => `${c} <= ${g}`)
      .join(', ')}): ${missed.length ? `NOT MET (${missed.join(', ')})` : 'MET'}`,
  );
  return missed.length === 0;
}

/** Round trips of another build of the action (its dist/ directory), measured in a child process. */
function roundTripsOf(dist: string | undefined, latencyMs: number, size: number, runs: number): RoundTripReport {
  const env = { ...process.env };
  // Without a directory: the build the end-to-end runner takes (dist/, or CUTOVER_E2E_DIST when set).
  if (dist) env.CUTOVER_E2E_DIST = path.resolve(dist);
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--round-trips-only',
      '--json',
      `--latency=${latencyMs}`,
      `--rt-runs=${runs}`,
      `--sizes=${size}`,
    ],
    { encoding: 'utf8', env, cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0)
    throw new Error(`round trips of ${dist ?? 'dist/'} failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as RoundTripReport;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = (option('sizes') ?? '10,10000')
    .split(',')
    .map(Number)
    .filter((v) => Number.isInteger(v) && v > 0);
  const history = Number(option('history') ?? 3);
  const latencyMs = Number(option('latency') ?? DEFAULT_LATENCY_MS);
  const compare = option('compare');
  const runs = Number(option('rt-runs') ?? 3);
  let ok: boolean;
  if (compare) {
    // Another build first, then this one, in the same run: the before/after of a change.
    const before = roundTripsOf(compare, latencyMs, Math.min(...sizes), runs);
    const after = roundTripsOf(undefined, latencyMs, Math.min(...sizes), runs);
    ok = printRoundTrips([
      { label: 'before', report: before },
      { label: 'after', report: after },
    ]);
  } else if (args.includes('--round-trips-only')) {
    const report = await measureRoundTrips(latencyMs, Math.min(...sizes), runs);
    if (args.includes('--json')) {
      console.log(JSON.stringify(report));
      ok = true;
    } else ok = printRoundTrips([{ label: '', report }]);
  } else ok = printApiCalls(await measureApiCalls(sizes, history, latencyMs));
  if (!ok && args.includes('--check')) process.exitCode = 1;
}
