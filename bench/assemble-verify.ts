/**
 * The measured work of bench/child.ts (`cutover` mode) and bench/warm.ts: `cutover assemble` of a generated
 * workspace into `out`, then `cutover verify` of it, in-process through `main(argv, io)`.
 */
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main.js';

/**
 * Loads the two commands' modules (the CLI loads them on demand), so that loading them, here TypeScript
 * through tsx, stays outside the measured time.
 */
export async function loadCommands(): Promise<void> {
  await Promise.all([import('../src/cli/assemble.js'), import('../src/cli/verify.js')]);
}

/**
 * Assembles `dir`'s sources into `out` and verifies it: wall ms of each, CPU ms (user + system) of both, and the
 * minor page faults of both (each a first touch of a page of memory by the process).
 */
export async function assembleAndVerify(
  dir: string,
  out: string,
): Promise<{ assembleMs: number; verifyMs: number; cpuMs: number; faults: number }> {
  let stderr = '';
  const io = {
    stdout: () => {},
    stderr: (text: string) => {
      stderr += text;
    },
    env: {},
    cwd: dir,
  };
  const faults0 = process.resourceUsage().minorPageFault;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const assembled = await main(
    ['assemble', '--sources', 'cutover.sources.yaml', '--out', out, '--policy', 'policy.yaml'],
    io,
  );
  const t1 = performance.now();
  const verified = await main(['verify', out, '--policy', 'policy.yaml'], io);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const faults = process.resourceUsage().minorPageFault - faults0;
  if (assembled !== 0 || verified !== 0) throw new Error(`assemble ${assembled}, verify ${verified}: ${stderr}`);
  return { assembleMs: t1 - t0, verifyMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000, faults };
}
