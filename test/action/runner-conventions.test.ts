/**
 * Runner conventions of the built action (dist/index.js): an input error that names a file becomes an error
 * annotation at that file and line (relative to the workspace), and the secrets that sources' `headers` name are
 * masked before anything else is printed. (One log group per release directory: test/e2e/lifecycle.test.ts.)
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ENTRY, runAction } from '../e2e/runner.js';

const built = existsSync(ACTION_ENTRY);
const TOKEN = 'ghs_conventionTestTokenNeverPrinted000000';
const SECRET = 'cm-header-secret-value-7f3a';

let server: Server;
let apiUrl = '';
let workspace = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  workspace = await mkdtemp(path.join(tmpdir(), 'cutover-conventions-'));
  await mkdir(path.join(workspace, '.cutover'));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(workspace, { recursive: true, force: true });
});

function assemble(sources: string) {
  return runAction({
    command: 'assemble',
    token: TOKEN,
    apiUrl,
    repository: 'acme/payments-platform',
    inputs: { 'bundles-repository': 'acme/release-bundles', sources },
    eventName: 'push',
    event: { ref: 'refs/tags/v2026.11.3-rc.2' },
    ref: 'refs/tags/v2026.11.3-rc.2',
    sha: 'a'.repeat(40),
    workspace,
    env: { CM_TOKEN: SECRET },
  });
}

describe.skipIf(!built)('runner conventions of dist/index.js', () => {
  it('reports an input error in a file as an annotation at that file and line', async () => {
    const text = ['{', '  "schemaVersion": 1,', '  "product": "payments-platform",', '  "sources": "none"', '}', ''];
    await writeFile(path.join(workspace, '.cutover/bad.json'), text.join('\n'));
    const result = await assemble('.cutover/bad.json');
    expect(result.code).toBe(1);
    const annotation = result.stdout.split('\n').find((l) => l.startsWith('::error '));
    expect(annotation, result.stdout).toMatch(/^::error title=Cutover input error,file=\.cutover\/bad\.json,line=4::/);
    expect(result.stdout).not.toMatch(/^::error::/m);
  });

  it('masks the values of the environment variables that source headers name, before any other output', async () => {
    const sources = {
      schemaVersion: 1,
      product: 'payments-platform',
      sources: [
        {
          id: 'change',
          kind: 'http-json',
          url: 'https://cm.example.invalid/change',
          provides: 'window',
          headers: { Authorization: 'CM_TOKEN' },
          map: {
            changeRecord: '$.number',
            queue: '$.queue',
            start: '$.start',
            end: '$.end',
            environments: '$.environments',
          },
        },
      ],
    };
    await writeFile(path.join(workspace, '.cutover/sources.json'), JSON.stringify(sources, null, 2));
    const result = await assemble('.cutover/sources.json');
    const lines = result.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${SECRET}`);
    expect(mask, result.stdout + result.stderr).toBeGreaterThanOrEqual(0);
    // Nothing but other masks comes before it.
    expect(lines.slice(0, mask).every((l) => l.startsWith('::add-mask::'))).toBe(true);
  });
});
