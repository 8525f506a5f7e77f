/**
 * Repository inputs (`bundles-repository`, `dispatch-repository`) go into API paths `/repos/{owner}/{repo}/...`
 * and git URLs `<server>/<owner>/<repo>.git`. An owner of `.` or `..` is no GitHub account: in a URL it is a
 * dot-segment, which URL parsing removes, so the request (with the token) would reach another path than the
 * repository's. It must fail as an input error, before any request. run() in-process against a real HTTP server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseRepository } from '../../src/action/inputs.js';
import { run } from '../../src/action/main.js';

let server: Server;
let apiUrl = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  requests.length = 0;
});

async function runCapturing(env: Record<string, string>): Promise<string> {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  await run({
    INPUT_TOKEN: 'ghs_repositoryInputTestToken000000000000',
    GITHUB_REPOSITORY: 'acme/release-bundles',
    GITHUB_API_URL: apiUrl,
    GITHUB_EVENT_NAME: 'schedule',
    ...env,
  });
  vi.restoreAllMocks();
  return written.join('');
}

describe('repository inputs name an account and a repository, never a dot-segment', () => {
  it.each([
    ['bundles-repository', '../release-bundles'],
    ['bundles-repository', './release-bundles'],
    ['dispatch-repository', '../deploy-queue'],
  ])('reconcile: %s %s fails naming the input, before any request', async (name, value) => {
    const output = await runCapturing({ INPUT_COMMAND: 'reconcile', [`INPUT_${name.toUpperCase()}`]: value });
    expect(requests).toEqual([]);
    expect(output).toContain(`field ${name}: Invalid repository '${value}'`);
    expect(process.exitCode).toBe(1);
  });

  it('parseRepository refuses dot-segments in either part and keeps names GitHub allows', () => {
    for (const value of ['../x', './x', 'acme/..', 'acme/.', '../..'])
      expect(() => parseRepository(value, 'bundles-repository'), value).toThrow(/Invalid repository/);
    expect(parseRepository('acme/release-bundles', 'x')).toEqual({ owner: 'acme', repo: 'release-bundles' });
    expect(parseRepository('octo_emu/.github', 'x')).toEqual({ owner: 'octo_emu', repo: '.github' });
    expect(parseRepository('acme/re.lease_bundles-2', 'x')).toEqual({ owner: 'acme', repo: 're.lease_bundles-2' });
  });
});
