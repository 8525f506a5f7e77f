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
 * Usage (also run by `npm run bench`): `node --import tsx bench/api-calls.ts [--sizes=10,10000] [--history=3]`.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ActionResult } from '../test/e2e/runner.js';
import {
  approve,
  as,
  assemble,
  checkConclusions,
  expectSuccess,
  gate,
  reconcile,
  seal,
  verify,
} from '../test/e2e/steps.js';
import { BUNDLES, PEOPLE, type World } from '../test/e2e/world.js';
import type { LogEntry } from '../test/server/index.js';
import { startGitHubServer } from '../test/server/index.js';
import { benchServiceFiles, createBenchWorld, pushCandidate } from './api-world.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const EXAMPLES = path.join(root, 'examples');
export const COMMANDS = ['assemble', 'verify', 'gate', 'seal', 'reconcile'] as const;
type Command = (typeof COMMANDS)[number];

export interface CommandCount {
  calls: number;
  ms: number;
  byOperation: Record<string, number>;
}
export type LifecycleCounts = Partial<Record<Command, CommandCount>>;
/** Problems met while measuring (printed under the tables). */
const notes: string[] = [];

const tally = (entries: LogEntry[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.operationId] = (out[e.operationId] ?? 0) + 1;
  return out;
};

/** One release through the whole lifecycle; API calls per command. */
async function lifecycle(world: World, release: string, components: number): Promise<LifecycleCounts> {
  const tag = `v${release}-rc.1`;
  await pushCandidate(world, tag, benchServiceFiles(components, release));
  const { log } = world.server;
  const counts: LifecycleCounts = {};
  const measure = async (command: Command, step: () => Promise<ActionResult>): Promise<ActionResult> => {
    log.reset();
    const t0 = performance.now();
    const result = expectSuccess(await step());
    counts[command] = { calls: log.entries.length, ms: performance.now() - t0, byOperation: tally(log.entries) };
    return result;
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
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'merge' });
    await measure('seal', () => seal(world, number));
  }
  await measure('reconcile', () => reconcile(world));
  return counts;
}
export interface ApiCallsReport {
  bySize: Array<{ size: number; contract: boolean; counts: LifecycleCounts; violations: number }>;
  /** assemble (then the rest) for a new release with `history` releases sealed before it. */
  history: { releases: number; size: number; first: LifecycleCounts; after: LifecycleCounts } | undefined;
}

export async function measureApiCalls(sizes: number[], history: number): Promise<ApiCallsReport> {
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
  return { bySize, history: historyReport };
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
  return flat;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? '10,10000')
    .split(',')
    .map(Number)
    .filter((v) => Number.isInteger(v) && v > 0);
  const history = Number(args.find((a) => a.startsWith('--history='))?.slice('--history='.length) ?? 3);
  const ok = printApiCalls(await measureApiCalls(sizes, history));
  if (!ok && args.includes('--check')) process.exitCode = 1;
}
