/**
 * The built action (dist/index.js, with its lazily loaded mode chunks) fails every command cleanly: one
 * `::error::` annotation that names the input, exit code 1, no stack trace, and the token never printed
 * (except inside the `::add-mask::` command that hides it). Input errors must fail before any API request;
 * a rejected token fails on the first one.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_ENTRY, type ActionResult, type ActionRun, runAction } from '../e2e/runner.js';

const built = existsSync(ACTION_ENTRY);
const TOKEN = 'ghs_errorTestTokenThatMustNeverBePrinted0';
const BUNDLES = 'acme/release-bundles';

/** Answers every request 401 Bad credentials and counts them. */
let server: Server;
let apiUrl = '';
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  requests = [];
});

function action(run: Partial<ActionRun> & Pick<ActionRun, 'command'>): Promise<ActionResult> {
  return runAction({
    token: TOKEN,
    apiUrl,
    repository: BUNDLES,
    eventName: 'pull_request',
    event: {},
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    ...run,
  });
}

/** Exit 1, exactly one error annotation matching `message`, no stack trace, the token only in add-mask. */
function expectCleanFailure(result: ActionResult, message: RegExp): void {
  expect(result.code, result.stdout + result.stderr).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(message);
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(output).not.toMatch(/\b(TypeError|ReferenceError|SyntaxError)\b/);
  expect(output).not.toContain('node:internal');
  expect(output).not.toContain('index.js:');
  const unmasked = output.split('\n').filter((line) => line.includes(TOKEN) && line !== `::add-mask::${TOKEN}`);
  expect(unmasked).toEqual([]);
  expect(result.outputs).toEqual({});
}

describe.skipIf(!built)('dist/index.js failures', () => {
  it('rejects an unknown command before any request', async () => {
    const result = await action({ command: 'deploy' });
    expectCleanFailure(result, /^::error::field command: Invalid command 'deploy' \(expected one of assemble, /);
    expect(requests).toEqual([]);
  });

  it.each(['assemble', 'verify', 'gate', 'seal', 'reconcile'])('%s: fails on a missing token', async (command) => {
    const result = await action({ command, token: '' });
    expectCleanFailure(result, /^::error::field token: Input required and not supplied/);
    expect(requests).toEqual([]);
  });

  it('assemble: fails without bundles-repository', async () => {
    const result = await action({ command: 'assemble', eventName: 'push', ref: 'refs/tags/v1.0.0-rc.1' });
    expectCleanFailure(result, /^::error::field bundles-repository: Input required for assemble and not supplied/);
    expect(requests).toEqual([]);
  });

  it('assemble: fails off a tag', async () => {
    const result = await action({
      command: 'assemble',
      inputs: { 'bundles-repository': BUNDLES },
      eventName: 'push',
      ref: 'refs/heads/main',
    });
    expectCleanFailure(
      result,
      /^::error::field GITHUB_REF: assemble runs on a release-candidate tag, not refs\/heads\/main/,
    );
    expect(requests).toEqual([]);
  });

  it.each(['verify', 'gate', 'seal'])('%s: fails on an event without a pull request', async (command) => {
    const result = await action({ command, eventName: 'push', event: { ref: 'refs/heads/main' } });
    expectCleanFailure(result, /^::error::field GITHUB_EVENT_PATH: the push event has no pull_request/);
    expect(requests).toEqual([]);
  });

  it('reconcile: fails on a malformed dispatch-repository', async () => {
    const result = await action({
      command: 'reconcile',
      inputs: { 'dispatch-repository': 'not a repository' },
      eventName: 'schedule',
    });
    expectCleanFailure(result, /^::error::field dispatch-repository: Invalid repository 'not a repository'/);
    expect(requests).toEqual([]);
  });

  it('verify: fails on a malformed window-start', async () => {
    const result = await action({ command: 'verify', inputs: { 'window-start': 'tomorrow' } });
    expectCleanFailure(result, /^::error::field window-start: Invalid time 'tomorrow'/);
    expect(requests).toEqual([]);
  });

  it.each([
    ['verify', 'pull_request', { pull_request: { number: 7 } }],
    ['gate', 'pull_request_review', { pull_request: { number: 7 } }],
    ['seal', 'pull_request', { pull_request: { number: 7, merged: true } }],
    ['reconcile', 'schedule', {}],
  ] as const)('%s: fails on a rejected token at its first request', async (command, eventName, event) => {
    const result = await action({ command, eventName, event });
    expectCleanFailure(result, /Bad credentials/);
    expect(requests.length).toBeGreaterThan(0);
  });
});
