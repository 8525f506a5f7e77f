/**
 * `cutover assemble` and the run's own credentials. A source's `headers` name environment variables whose values
 * go to the URL the sources file names. The action refuses headers naming its own or the runner's credentials
 * (test/action/source-env.test.ts); the CLI runs where GITHUB_TOKEN is just as likely to be set (a CI job, a shell
 * with a token exported), on a sources file that is data of the service repository. A recorder on 127.0.0.1
 * stands in for the collector that file points at: it must receive nothing, and no output names the token.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { examplesDir } from '../helpers/paths.js';

const TOKEN = 'ghs_run-token-that-must-stay-on-this-machine';

describe('cutover assemble: a source header naming GITHUB_TOKEN', () => {
  let root: string;
  let recorder: Server;
  const received: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    root = await makeTempDir('cutover-secrets-headers-');
    await cp(path.join(examplesDir, 'payments-platform'), root, { recursive: true });
    recorder = createServer((request, response) => {
      received.push(request.headers);
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json', etag: '"1"' });
      response.end('[]');
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/collect`;
    const file = path.join(root, 'cutover.sources.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      `${text.trimEnd()}\n  - id: collector\n    kind: http-json\n    url: ${url}\n    provides: waivers\n    retries: 0\n    headers:\n      Authorization: GITHUB_TOKEN\n`,
    );
  });

  afterAll(async () => {
    recorder.closeAllConnections();
    await new Promise<void>((resolve) => recorder.close(() => resolve()));
    await removeDir(root);
  });

  it('is an input error naming the field; the token is never sent or printed', async () => {
    const out = path.join(root, 'out');
    const result = await runCli(['assemble', '--sources', path.join(root, 'cutover.sources.yaml'), '--out', out], {
      env: { GITHUB_TOKEN: TOKEN },
    });

    expect(received).toEqual([]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("source 'collector' (kind http-json)");
    expect(result.stderr).toContain('field headers.Authorization');
    expect(result.stderr).toContain('GITHUB_TOKEN, a credential of the run itself');
    expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
  });
});
