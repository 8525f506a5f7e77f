/**
 * How much of a first assemble + verify is first use: the same workspace assembled (into a fresh directory) and
 * verified several times in ONE process, through `main(argv, io)` as bench/child.ts does. Round 1 is what
 * bench/child.ts measures (its modules loaded before the clock, everything else on first use: the generated
 * validators and js-yaml, code not yet optimized by the JIT, a young heap); later rounds run the same work with
 * all of that done. The difference is what no change to the amount of work can remove, only a different amount
 * of code run once (Node 20 has no mid-tier JIT; Node 24's Maglev is one reason it is faster on round 1).
 *
 * Usage (generate a workspace first: `node --import tsx bench/child.ts generate /tmp/ws/1000 1000`):
 *   node --expose-gc --require ./bench/native-cjs/keep.cjs --import tsx --import ./bench/native-cjs/restore.mjs \
 *     bench/warm.ts <workspace> <out> [rounds=3]
 * Prints one JSON line per round (wall ms of assemble and verify, CPU ms, garbage collection ms and count) and
 * one summary line: round 1 against the median of the later rounds.
 */
import { rmSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { assembleAndVerify, loadCommands } from './assemble-verify.js';

const [dir, out, roundsArg] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: warm.ts <workspace> <out> [rounds=3]');
const rounds = Math.max(2, Number(roundsArg ?? 3) || 3);

let gcMs = 0;
let gcCount = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcCount++;
  }
});
observer.observe({ entryTypes: ['gc'] });
/** GC entries are delivered asynchronously: a macrotask turn lets those of the round just run arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

await loadCommands();

const results: Array<Record<string, number>> = [];
for (let round = 1; round <= rounds; round++) {
  rmSync(out, { recursive: true, force: true });
  await settle();
  const gc0 = { ms: gcMs, count: gcCount };
  const { assembleMs, verifyMs, cpuMs } = await assembleAndVerify(dir, out);
  await settle();
  const result = {
    round,
    assembleMs: Math.round(assembleMs),
    verifyMs: Math.round(verifyMs),
    cpuMs: Math.round(cpuMs),
    gcMs: Math.round(gcMs - gc0.ms),
    gcCount: gcCount - gc0.count,
  };
  results.push(result);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
observer.disconnect();

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const first = results[0] as Record<string, number>;
const later = results.slice(1);
const summary: Record<string, string> = {};
for (const key of ['assembleMs', 'verifyMs', 'cpuMs', 'gcMs']) {
  const warm = median(later.map((r) => r[key] as number));
  summary[key] = `${first[key]} first, ${warm} later (${(Number(first[key]) / warm).toFixed(2)}x)`;
}
process.stdout.write(`${JSON.stringify({ summary })}\n`);
