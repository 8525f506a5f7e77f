/**
 * Runs dist/index.js as a child process with the runner's environment, as GitHub Actions does: INPUT_*,
 * GITHUB_EVENT_PATH (payload file), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (file commands), GITHUB_API_URL.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The built action's directory: dist/ of this repository, or CUTOVER_E2E_DIST (e.g. the dist/ of an older
 * commit's worktree, to show that an end-to-end test fails on that code).
 */
export const DIST = process.env.CUTOVER_E2E_DIST
  ? path.resolve(process.env.CUTOVER_E2E_DIST)
  : path.join(REPO_ROOT, 'dist');
export const ACTION_ENTRY = path.join(DIST, 'index.js');
/** The built command line (`cutover inspect`, `cutover list`). */
export const CLI_ENTRY = path.join(DIST, 'cli/index.js');

export interface ActionRun {
  command: string;
  token: string;
  apiUrl: string;
  /** GITHUB_REPOSITORY: the repository the workflow runs in. */
  repository: string;
  inputs?: Record<string, string>;
  eventName: string;
  event: Record<string, unknown>;
  ref?: string;
  sha?: string;
  workspace?: string;
  /** More environment variables for the action (e.g. proxy variables, NODE_EXTRA_CA_CERTS). */
  env?: Record<string, string>;
  /** The entry to run, when not the built action (ACTION_ENTRY): e.g. a build of an older commit. */
  entry?: string;
}

export interface ActionResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error::` lines the action printed. */
  errors: string[];
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks, or `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? '');
      out[heredoc[1]] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Runs the built action (or `run.entry`) once. */
export async function runAction(run: ActionRun): Promise<ActionResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cutover-runner-'));
  try {
    const eventPath = path.join(dir, 'event.json');
    const outputPath = path.join(dir, 'output');
    const summaryPath = path.join(dir, 'summary');
    await writeFile(eventPath, JSON.stringify(run.event));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const inputs: Record<string, string> = { command: run.command, token: run.token, ...(run.inputs ?? {}) };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: run.apiUrl,
      GITHUB_REPOSITORY: run.repository,
      GITHUB_EVENT_NAME: run.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_REF: run.ref ?? '',
      GITHUB_SHA: run.sha ?? '',
      GITHUB_WORKSPACE: run.workspace ?? dir,
      RUNNER_TEMP: dir,
      // The test server applies no secondary limit unless a test turns one on: do not space writes a second apart.
      CUTOVER_WRITE_INTERVAL_MS: '0',
      ...run.env,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [run.entry ?? ACTION_ENTRY],
        { env, cwd: run.workspace ?? dir, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const exit = error && 'code' in error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
          resolve({ code: exit, stdout, stderr });
        },
      );
    });
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
      summary: await readFile(summaryPath, 'utf8'),
      errors: stdout.split('\n').filter((l) => l.startsWith('::error::') || l.startsWith('::error ')),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
