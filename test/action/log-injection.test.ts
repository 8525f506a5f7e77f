/**
 * Workflow-command injection through the action's log: the runner takes any stdout line that starts with `::`
 * as a command (`::set-output`, `::add-mask::`, `::stop-commands::`, `::error`...). A value from an event payload
 * (a repository_dispatch `client_payload` anyone who can dispatch to the queue writes) must never start a line
 * of its own. run() in-process, stdout captured.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';

let dir = '';

afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('log lines carrying payload values', () => {
  it('read: a dispatch payload tag with a newline cannot issue a workflow command', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cutover-log-injection-'));
    const event = path.join(dir, 'event.json');
    const tag = 'cutover/payments/2026.11.3/r1\n::set-output name=standing::latest\n::warning::injected';
    await writeFile(event, JSON.stringify({ action: 'cutover-sealed', client_payload: { tag } }));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    await run({
      INPUT_COMMAND: 'read',
      INPUT_TOKEN: 'ghs_logInjectionTestToken0000000000000',
      'INPUT_BUNDLES-REPOSITORY': 'acme/release-bundles',
      GITHUB_REPOSITORY: 'acme/deploy-queue',
      GITHUB_EVENT_NAME: 'repository_dispatch',
      GITHUB_EVENT_PATH: event,
      // Nothing listens there: the read fails after its first log line.
      GITHUB_SERVER_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: dir,
    });
    vi.restoreAllMocks();
    const lines = written.join('').split('\n');
    // The one command the action issues itself is the token's mask.
    const commands = lines.filter((l) => l.trimStart().startsWith('::') && !l.startsWith('::add-mask::'));
    expect(commands.filter((l) => !l.startsWith('::error::'))).toEqual([]);
    expect(lines.some((l) => l.includes('reading cutover/payments/2026.11.3/r1'))).toBe(true);
  });
});
