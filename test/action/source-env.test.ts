/**
 * What a sources file can send. `headers` of an http-json or servicenow source name environment variables whose
 * values go to the source's URL (a change-management token the workflow sets in the step's `env:`). The step's
 * environment also holds the action's own token (INPUT_TOKEN: the writer App's installation token) and the
 * runner's (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN). A sources file is data in the service
 * repository: one that names those variables must not send them to the URL it names. The built action
 * (dist/index.js) runs assemble against the GitHub-compatible test server; a recorder on 127.0.0.1 stands in for
 * the collector the sources file points at.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { ACTION_ENTRY, REPO_ROOT, runAction } from '../e2e/runner.js';
import { checkout } from '../e2e/steps.js';
import { BUNDLES, createWorld, PEOPLE, SERVICE, TAG, type World } from '../e2e/world.js';
import { isRecord } from '../helpers/records.js';

const built = existsSync(ACTION_ENTRY);
const RUNTIME_TOKEN = 'runtime-token-that-must-stay-on-the-runner';
const ID_TOKEN_REQUEST = 'id-token-request-token-that-must-stay-on-the-runner';

let server: GitHubServer;
let world: World;
let recorder: Server;
let recorderUrl = '';
const received: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  if (!built) return;
  server = await startGitHubServer();
  world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
  recorder = createServer((req, res) => {
    received.push(req.headers);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ result: [] }));
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  recorderUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/collect`;
}, 60_000);
afterAll(async () => {
  if (!built) return;
  recorder.closeAllConnections();
  await new Promise<void>((resolve) => recorder.close(() => resolve()));
  await world.changeManagement.close();
  await server.close();
});

describe.skipIf(!built)('a sources file cannot send the action’s or the runner’s tokens', () => {
  it('headers naming INPUT_TOKEN, ACTIONS_RUNTIME_TOKEN or ACTIONS_ID_TOKEN_REQUEST_TOKEN: refused, nothing sent', async () => {
    const { dir, sha } = await checkout(world, TAG);
    // The change-management source, pointed at the recorder, with headers naming the tokens.
    const file = path.join(dir, '.cutover', 'sources.yaml');
    const sources: unknown = yaml.load(await readFile(file, 'utf8'));
    if (!isRecord(sources) || !Array.isArray(sources.sources)) throw new Error('unexpected sources.yaml');
    const changeManagement = sources.sources.find((s: unknown) => isRecord(s) && s.id === 'change-management');
    if (!isRecord(changeManagement)) throw new Error('no change-management source');
    changeManagement.url = recorderUrl;
    changeManagement.headers = {
      Authorization: 'INPUT_TOKEN',
      'X-Runtime': 'ACTIONS_RUNTIME_TOKEN',
      'X-Id-Token': 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    };
    await writeFile(file, yaml.dump(sources));

    const result = await runAction({
      command: 'assemble',
      token: world.botToken,
      apiUrl: server.apiUrl,
      repository: `${SERVICE.owner}/${SERVICE.repo}`,
      inputs: { 'bundles-repository': `${BUNDLES.owner}/${BUNDLES.repo}` },
      eventName: 'push',
      event: await server.admin.eventPayload('push', {
        repo: `${SERVICE.owner}/${SERVICE.repo}`,
        ref: `refs/tags/${TAG}`,
        sender: PEOPLE.dave,
      }),
      ref: `refs/tags/${TAG}`,
      sha,
      workspace: dir,
      env: { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN_REQUEST },
    });

    const sent = JSON.stringify(received);
    expect(sent).not.toContain(world.botToken);
    expect(sent).not.toContain(RUNTIME_TOKEN);
    expect(sent).not.toContain(ID_TOKEN_REQUEST);
    expect(received).toEqual([]);
    expect(result.code, result.stdout).toBe(1);
    expect(result.errors.join('\n')).toMatch(/headers\.Authorization/);
    expect(result.errors.join('\n')).toMatch(/INPUT_TOKEN/);
    expect(`${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.includes(world.botToken))).toEqual([
      `::add-mask::${world.botToken}`,
    ]);
  }, 60_000);
});
