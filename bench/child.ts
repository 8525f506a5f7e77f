/**
 * One measurement in a fresh process, so its peak RSS is its own. Modes:
 * - `generate <dir> <components> [realistic|minimal]`: writes the inputs (not measured; generate.ts).
 * - `cutover <dir> <out>`: `cutover assemble` then `cutover verify`, in-process through `main(argv, io)`. The
 *   two commands' modules are loaded before the clock starts (the CLI loads them on demand): here they run
 *   as TypeScript through tsx, whose transpiling is no cost of the built CLI; loading the built code is the
 *   cold start, measured on its own (bench/cold-start.ts, goal 3). Schema compilation and everything else
 *   a command does on its first use stays inside the measured time.
 * - `floor <dir> <out>`: the design floor: parses the same input files (YAML/JSON), then serializes the output
 *   once (the values Cutover wrote, loaded untimed), writes it, reads it back, parses it and sha256-hashes it.
 * - `canonical <dir> <out>`: parses the written bundle, holds and lineage (not timed), then computes their bundle
 *   digest once: the RFC 8785 canonicalization (the in-house canonicalizer of src/domain/canonical.ts) plus sha256 that assemble
 *   and verify must each do once. It shows how much of the goal's budget the required canonicalization takes.
 *   The files come fresh from JSON.parse, unmarked: the digest walks them (assemble's bundle and verify's parsed
 *   files are marked as in canonical order, and their digest does not).
 * Prints one JSON line: wall times (ms), CPU time (ms), minor page faults in the measured time (each the first
 * touch of a page of memory: on this machine, a Firecracker VM, one costs about 14 us, so memory touched is time)
 * and peak RSS (bytes).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import yaml from 'js-yaml';
import { bundleDigest } from '../src/domain/canonical.js';
import type { BundleFiles } from '../src/domain/model.js';
import { assembleAndVerify, loadCommands } from './assemble-verify.js';
import { type BenchMix, generate } from './generate.js';

const [mode, dir, arg, mixArg] = process.argv.slice(2);

/** Input files of a generated workspace, in the order Cutover reads them. */
function inputFiles(root: string): string[] {
  const under = (sub: string) =>
    existsSync(path.join(root, sub))
      ? readdirSync(path.join(root, sub))
          .sort()
          .map((f) => path.join(root, sub, f))
      : [];
  return [
    path.join(root, 'policy.yaml'),
    path.join(root, 'cutover.sources.yaml'),
    path.join(root, 'release-records.yaml'),
    ...under('flags'),
    ...under('sbom'),
    ...under('provenance'),
  ];
}

const peak = (): number => process.resourceUsage().maxRSS * 1024;
/** CPU time (user + system, all threads) since `since`, in ms: steadier than wall time on a shared machine. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function run(): Promise<Record<string, number | string>> {
  if (!dir || !arg) throw new Error('usage: child.ts <generate|cutover|floor|canonical> <dir> <components|out>');
  if (mode === 'generate') {
    const mix: BenchMix = mixArg === 'minimal' ? 'minimal' : 'realistic';
    await generate(dir, Number(arg), mix);
    return { mode };
  }
  if (mode === 'cutover') {
    await loadCommands();
    const { assembleMs, verifyMs, cpuMs: cpu, faults } = await assembleAndVerify(dir, arg);
    const outputBytes = readdirSync(arg).reduce((n, f) => n + readFileSync(path.join(arg, f)).byteLength, 0);
    const totalMs = assembleMs + verifyMs;
    return { mode, assembleMs, verifyMs, totalMs, cpuMs: cpu, faults, peakRss: peak(), outputBytes };
  }
  if (mode === 'floor') {
    // The work no assemble + verify can avoid: parse every input, serialize the output once, write it, read it
    // back, parse it and sha256 it. The output values are loaded untimed from what Cutover wrote.
    const outputs = readdirSync(arg)
      .sort()
      .map((file) => ({ file, value: JSON.parse(readFileSync(path.join(arg, file), 'utf8')) as unknown }));
    const copy = `${arg}-floor`;
    mkdirSync(copy, { recursive: true });
    const faults0 = process.resourceUsage().minorPageFault;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let inputBytes = 0;
    for (const file of inputFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      inputBytes += text.length;
      if (file.endsWith('.json')) JSON.parse(text);
      else yaml.load(text, { schema: yaml.CORE_SCHEMA });
    }
    const t1 = performance.now();
    for (const { file, value } of outputs) writeFileSync(path.join(copy, file), `${JSON.stringify(value, null, 2)}\n`);
    for (const { file } of outputs) {
      const bytes = readFileSync(path.join(copy, file));
      JSON.parse(bytes.toString('utf8'));
      createHash('sha256').update(bytes).digest('hex');
    }
    const t2 = performance.now();
    const cpu = cpuMs(cpu0);
    const faults = process.resourceUsage().minorPageFault - faults0;
    return {
      mode,
      parseMs: t1 - t0,
      outputMs: t2 - t1,
      totalMs: t2 - t0,
      cpuMs: cpu,
      faults,
      peakRss: peak(),
      inputBytes,
    };
  }
  if (mode === 'canonical') {
    const read = (file: string): unknown => JSON.parse(readFileSync(path.join(arg, file), 'utf8'));
    const files = { bundle: read('bundle.json'), holds: read('holds.json'), lineage: read('lineage.json') };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const digest = bundleDigest(files as BundleFiles);
    const t1 = performance.now();
    const cpu = cpuMs(cpu0);
    const manifest = read('manifest.json') as { bundleDigest?: unknown };
    if (manifest.bundleDigest !== digest) throw new Error(`digest ${digest} differs from the manifest's`);
    return { mode, totalMs: t1 - t0, cpuMs: cpu };
  }
  throw new Error(`unknown mode ${mode}`);
}

run().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
