/**
 * Credentials in URLs never reach the Actions log. An input error quotes the value it refuses (a sources file's
 * `url` that is no http(s) URL), and a URL in a message may carry `user:password@` or a token parameter: the
 * runner masks only what core.setSecret was given, and nobody gave it those. Every message and log line is
 * redacted where it is written (src/errors.ts messageOf, the action's log). run() in-process, stdout captured.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { messageOf } from '../../src/errors.js';

const PASSWORD = 'Pw-change-management-7f3e';
const QUERY_TOKEN = 'qt-change-management-91ab';

let dir = '';

afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('URLs with credentials in the action’s messages', () => {
  it('assemble: a sources file whose url is refused is quoted with its password redacted', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cutover-secrets-log-'));
    await mkdir(path.join(dir, '.cutover'));
    await writeFile(
      path.join(dir, '.cutover', 'sources.yaml'),
      [
        'schemaVersion: 1',
        'product: payments-platform',
        'sources:',
        '  - id: change-window',
        '    kind: http-json',
        // A typo'd scheme: the schema refuses the value, and its error quotes it.
        `    url: "htps://deployer:${PASSWORD}@change.example.com/api/windows"`,
        '    provides: window',
        '',
      ].join('\n'),
    );
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    await run({
      INPUT_COMMAND: 'assemble',
      INPUT_TOKEN: 'ghs_secretsLogTestToken00000000000000000',
      'INPUT_BUNDLES-REPOSITORY': 'acme/release-bundles',
      GITHUB_REPOSITORY: 'acme/payments-platform',
      GITHUB_REF: 'refs/tags/v2026.11.3-rc.2',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_WORKSPACE: dir,
      // Nothing listens there: the sources file fails before any request.
      GITHUB_API_URL: 'http://127.0.0.1:9',
    });
    vi.restoreAllMocks();
    const output = written.join('');
    const errors = output.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('not "htps://deployer:***@change.example');
    expect(output).not.toContain(PASSWORD);
  });

  it('messageOf redacts any error’s URL credentials: a password, a token user name, secret parameters', () => {
    const error = new Error(
      `connect to http://proxy-user:${PASSWORD}@proxy.example.com:3128 failed; ` +
        `GET https://${QUERY_TOKEN}@git.example.com/acme/bundles.git?ref=main&X-Amz-Signature=${QUERY_TOKEN}#sig=${QUERY_TOKEN}`,
    );
    expect(messageOf(error)).toBe(
      'connect to http://proxy-user:***@proxy.example.com:3128 failed; ' +
        'GET https://***@git.example.com/acme/bundles.git?ref=main&X-Amz-Signature=***#sig=***',
    );
  });
});
