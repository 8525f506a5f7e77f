/**
 * The `read` command of the action, as a deployment workflow runs it: dist/index.js as a child process in the
 * deploy-queue repository, on the `cutover-sealed` repository_dispatch the seal sent, reading a bundles
 * repository sealed by the lifecycle (assemble, verify, two approvals, gate, merge, seal, all through the
 * built action) on the GitHub-compatible server, over its smart-HTTP git. Also: the token reaches git only
 * as an extraheader for the one repository's URL (a recording HTTP server stands in for git hosting).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { authorizationHeader, repositoryGitUrl, withGitToken } from '../../src/action/git-credentials.js';
import { readSettings } from '../../src/action/inputs.js';
import { readTarget } from '../../src/action/main.js';
import { readSealedBundle } from '../../src/reader/index.js';
import { ACTION_ENTRY, REPO_ROOT, runAction } from '../e2e/runner.js';
import { approve, as, assemble, expectSuccess, gate, nextSecond, seal, verify } from '../e2e/steps.js';
import {
  BUNDLES,
  createWorld,
  newCandidate,
  PEOPLE,
  PRODUCT,
  QUEUE_REPO,
  RELEASE,
  TAG,
  type World,
} from '../e2e/world.js';

const exec = promisify(execFile);
const built = existsSync(ACTION_ENTRY);
const R1 = `cutover/${PRODUCT}/${RELEASE}/r1`;
const R2 = `cutover/${PRODUCT}/${RELEASE}/r2`;
const R3 = `cutover/${PRODUCT}/${RELEASE}/r3`;
const BUNDLES_SLUG = `${BUNDLES.owner}/${BUNDLES.repo}`;

describe('read target: inputs, else the cutover-sealed payload', () => {
  const settings = (inputs: Record<string, string>, event: object) =>
    readSettings(
      {
        INPUT_COMMAND: 'read',
        INPUT_TOKEN: 't',
        GITHUB_REPOSITORY: 'acme/deploy-queue',
        GITHUB_EVENT_PATH: 'event.json',
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      },
      () => JSON.stringify(event),
    );
  const dispatch = { action: 'cutover-sealed', client_payload: { tag: R1, repository: BUNDLES_SLUG } };

  it('takes the tag from the payload, read in the pinned bundles repository the payload also names', () => {
    expect(readTarget(settings({ 'bundles-repository': BUNDLES_SLUG }, dispatch))).toEqual({ tag: R1, repo: BUNDLES });
    // GitHub's names are case-insensitive.
    const shouted = { client_payload: { tag: R1, repository: BUNDLES_SLUG.toUpperCase() } };
    expect(readTarget(settings({ 'bundles-repository': BUNDLES_SLUG }, shouted))).toEqual({ tag: R1, repo: BUNDLES });
  });

  it('never takes the repository from the payload: unpinned, a payload naming another repository is refused', () => {
    // Anyone who can dispatch to the queue writes the payload; a seal tag in a repository they own reads as intact.
    const attack = { client_payload: { tag: R1, repository: 'mallory/release-bundles' } };
    expect(() => readTarget(settings({}, attack))).toThrow(
      expect.objectContaining({
        field: 'bundles-repository',
        message: expect.stringContaining('no bundles-repository input pins'),
      }),
    );
  });

  it('refuses a payload naming another repository than the pinned one, naming both', () => {
    const attack = { client_payload: { tag: R1, repository: 'mallory/release-bundles' } };
    expect(() => readTarget(settings({ 'bundles-repository': BUNDLES_SLUG }, attack))).toThrow(
      expect.objectContaining({
        field: 'bundles-repository',
        message: expect.stringMatching(new RegExp(`mallory/release-bundles.*pins ${BUNDLES_SLUG}`)),
      }),
    );
  });

  it("reads this workflow's own repository unpinned, when the payload names it or no repository", () => {
    const own = { client_payload: { tag: R1, repository: 'acme/deploy-queue' } };
    expect(readTarget(settings({}, own)).repo).toEqual({ owner: 'acme', repo: 'deploy-queue' });
    expect(readTarget(settings({}, { client_payload: { tag: R1 } })).repo).toEqual({
      owner: 'acme',
      repo: 'deploy-queue',
    });
  });

  it('prefers the inputs: with the tag input, the payload is not read at all', () => {
    const target = readTarget(settings({ tag: R2, 'bundles-repository': 'acme/pinned' }, dispatch));
    expect(target).toEqual({ tag: R2, repo: { owner: 'acme', repo: 'pinned' } });
    expect(readTarget(settings({ tag: R2 }, dispatch))).toEqual({
      tag: R2,
      repo: { owner: 'acme', repo: 'deploy-queue' },
    });
  });

  it('names the tag input when neither the input nor the payload has one', () => {
    expect(() => readTarget(settings({}, { schedule: '* * * * *' }))).toThrow(
      expect.objectContaining({ field: 'tag' }),
    );
  });

  it('rejects a payload repository that is not owner/name, naming the field', () => {
    const bad = { client_payload: { tag: R1, repository: '../x/y' } };
    expect(() => readTarget(settings({}, bad))).toThrow(
      expect.objectContaining({ field: 'client_payload.repository' }),
    );
  });
});

describe('git credentials for read', () => {
  let requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(404).end();
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('builds the git URL from the server URL (GHES paths kept, trailing slashes dropped)', () => {
    expect(repositoryGitUrl('https://github.com', BUNDLES)).toBe('https://github.com/acme/release-bundles.git');
    expect(repositoryGitUrl('https://ghe.example/git/', BUNDLES)).toBe(
      'https://ghe.example/git/acme/release-bundles.git',
    );
    expect(() => repositoryGitUrl('ftp://x', BUNDLES)).toThrow(expect.objectContaining({ field: 'GITHUB_SERVER_URL' }));
  });

  it('sends the token as an extraheader to that repository only, never in argv, and removes it afterwards', async () => {
    requests = [];
    const token = 'ghs_readTestToken123';
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    delete env.GIT_CONFIG_GLOBAL;
    const gitUrl = repositoryGitUrl(base, BUNDLES);
    const masked: string[] = [];
    const lsRemote = (url: string) =>
      exec('git', ['ls-remote', url], { env }).then(
        () => 'ok',
        (error: { stderr?: string }) => String(error.stderr),
      );
    const stderr = await withGitToken(
      { gitUrl, token, tempDir: undefined, env },
      (s) => masked.push(s),
      async () => {
        expect(env.GIT_CONFIG_GLOBAL).toBeDefined();
        const own = await lsRemote(gitUrl);
        const other = await lsRemote(`${base}/acme/other.git`);
        return own + other;
      },
    );
    expect(stderr).not.toContain(token);
    expect(masked).toContain(authorizationHeader(token));
    const auth = (path: string) => requests.filter((r) => r.url.startsWith(path)).map((r) => r.headers.authorization);
    expect(auth('/acme/release-bundles.git/')[0]).toBe(
      `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
    );
    expect(auth('/acme/other.git/').length).toBeGreaterThan(0);
    expect(auth('/acme/other.git/').every((a) => a === undefined)).toBe(true);
    expect(env.GIT_CONFIG_GLOBAL).toBeUndefined();
  });
  it("reaches the reader's own git processes (the reader scrubs git's environment; the header must survive it)", async () => {
    requests = [];
    const token = 'ghs_readerPathToken456';
    const gitUrl = repositoryGitUrl(base, BUNDLES);
    const before = process.env.GIT_CONFIG_GLOBAL;
    const outcome = await withGitToken(
      { gitUrl, token, tempDir: undefined, env: process.env },
      () => {},
      () =>
        readSealedBundle({ repository: gitUrl, tag: R1, timeoutMs: 20_000 }).then(
          () => 'read',
          (error: unknown) => String(error),
        ),
    );
    // The recording server serves no repository: the read fails, after git sent the header.
    expect(outcome).not.toBe('read');
    expect(outcome).not.toContain(token);
    const sent = requests
      .filter((r) => r.url.startsWith('/acme/release-bundles.git/'))
      .map((r) => r.headers.authorization);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]).toBe(authorizationHeader(token));
    expect(process.env.GIT_CONFIG_GLOBAL).toBe(before);
  });
});

describe.skipIf(!built)('action read through dist/index.js on a lifecycle-sealed repository', () => {
  let server: GitHubServer;
  let world: World;
  let payload: Record<string, unknown>;

  /**
   * `read` as the deploy-queue workflow runs it, on a repository_dispatch carrying `clientPayload`, with
   * `bundles-repository` pinned as the example workflow pins it.
   */
  const read = (
    clientPayload: Record<string, unknown>,
    inputs: Record<string, string> = { 'bundles-repository': BUNDLES_SLUG },
  ) =>
    runAction({
      command: 'read',
      token: world.governorToken,
      apiUrl: world.server.apiUrl,
      repository: `${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`,
      inputs,
      eventName: 'repository_dispatch',
      event: { action: 'cutover-sealed', client_payload: clientPayload },
      ref: 'refs/heads/main',
      sha: '0'.repeat(40),
      env: { GITHUB_SERVER_URL: server.url },
    });

  beforeAll(async () => {
    server = await startGitHubServer();
    world = await createWorld(server, `${REPO_ROOT}/examples`);
    const assembled = expectSuccess(await assemble(world, TAG));
    const number = Number(assembled.outputs['pull-request-number']);
    expectSuccess(await verify(world, number));
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    expectSuccess(await gate(world, number));
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'squash' });
    expect(expectSuccess(await seal(world, number)).outputs.tag).toBe(R1);
    const [sent] = server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo);
    expect(sent?.event_type).toBe('cutover-sealed');
    payload = sent?.client_payload ?? {};
  }, 120_000);

  afterAll(async () => {
    await world?.changeManagement.close();
    await server?.close();
  });

  it('verifies the seal named by the cutover-sealed payload and sets every output from git', async () => {
    const result = expectSuccess(await read(payload));
    const bare = server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
    const { stdout } = await exec('git', ['--git-dir', bare, 'rev-parse', `${R1}^{commit}`]);
    const window = payload.window as { start: string; end: string };
    expect(result.outputs).toEqual({
      tag: R1,
      'bundle-digest': payload.digest,
      revision: '1',
      queue: payload.queue,
      'window-start': window.start,
      'window-end': window.end,
      // createWorld's window starts an hour from now.
      'window-state': 'not started',
      'manifest-path': `bundles/${PRODUCT}/${RELEASE}/manifest.json`,
      commit: stdout.trim(),
      standing: 'latest',
    });
    expect(result.summary).toContain('Every integrity check holds');
    expect(result.summary).toContain('| required-approvers | pass |');
    // The runner masks what `::add-mask::` names; every other line must not carry the token or its header.
    const unmasked = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(result.stdout).toContain(`::add-mask::${authorizationHeader(world.governorToken)}`);
    for (const text of [unmasked, result.stderr, result.summary]) {
      expect(text).not.toContain(world.governorToken);
      expect(text).not.toContain(authorizationHeader(world.governorToken).slice('basic '.length));
    }
  }, 60_000);

  it('reads the pinned repository and tag inputs over the payload', async () => {
    const result = expectSuccess(
      await read(
        { tag: 'cutover/elsewhere/1/r9', repository: 'acme/elsewhere' },
        { tag: R1, 'bundles-repository': BUNDLES_SLUG },
      ),
    );
    expect(result.outputs.tag).toBe(R1);
    expect(result.outputs.standing).toBe('latest');
  }, 60_000);

  it("refuses a payload naming a dispatcher's own copy of the seal, unpinned or pinned elsewhere, before any git read", async () => {
    // mallory can dispatch to the queue and owns a repository holding a copy of release-bundles, seal tags
    // included (any seal she can make there reads as intact: the rulesets protecting tags are not hers to keep).
    await server.admin.createRepo({ owner: 'mallory', name: 'release-bundles' });
    const copy = server.admin.repoPath('mallory', 'release-bundles');
    await exec('git', [
      '--git-dir',
      copy,
      'fetch',
      '-q',
      server.admin.repoPath(BUNDLES.owner, BUNDLES.repo),
      'refs/*:refs/*',
    ]);
    const forged = { ...payload, repository: 'mallory/release-bundles' };
    for (const inputs of [{}, { 'bundles-repository': BUNDLES_SLUG }]) {
      const result = await read(forged, inputs);
      expect(result.code).toBe(1);
      expect(result.errors.join('\n')).toContain('mallory/release-bundles');
      expect(result.errors.join('\n')).toContain('bundles-repository');
      expect(result.stdout).not.toContain('reading ');
      expect(result.outputs.tag).toBeUndefined();
    }
  }, 60_000);

  it('fails naming the tag when the repository has no such seal tag', async () => {
    const result = await read({ ...payload, tag: R2 });
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toContain(`no tag ${R2}`);
  }, 60_000);

  it('fails on a revision a later seal superseded, reporting its standing; the later one reads as latest', async () => {
    // A changed input on a new candidate: revision 2 in a new pull request, sealed through the lifecycle.
    const records = (world.serviceFiles['.cutover/release-records.yaml'] ?? '').replace(
      'CHG-20261118-0311',
      'CHG-20261124-0412',
    );
    await newCandidate(world, 'v2026.11.3-rc.3', { '.cutover/release-records.yaml': records });
    const assembled = expectSuccess(await assemble(world, 'v2026.11.3-rc.3'));
    expect(assembled.outputs.revision).toBe('2');
    const number = Number(assembled.outputs['pull-request-number']);
    expectSuccess(await verify(world, number));
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    expectSuccess(await gate(world, number));
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'squash' });
    expect(expectSuccess(await seal(world, number)).outputs.tag).toBe(R2);

    const old = await read(payload);
    expect(old.code).toBe(1);
    expect(old.outputs).toMatchObject({
      tag: R1,
      revision: '1',
      standing: 'superseded',
      'bundle-digest': payload.digest,
    });
    expect(old.errors.join('\n')).toContain('latest-revision');
    expect(old.summary).toContain('| latest-revision | fail |');

    const latest = expectSuccess(await read({ ...payload, tag: R2 }));
    expect(latest.outputs).toMatchObject({ tag: R2, revision: '2', standing: 'latest' });
    expect(latest.outputs['bundle-digest']).toBe(assembled.outputs['bundle-digest']);
  }, 120_000);

  it('fails, with its outputs and the failed check, on a tag that is not a valid seal', async () => {
    // A lightweight tag written straight into the server's repository (past the tag rules, as a compromised
    // host could): it names r3 but carries no seal record.
    const bare = server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
    await exec('git', ['--git-dir', bare, 'tag', R3, 'refs/heads/main']);
    const result = await read({ ...payload, tag: R3 });
    expect(result.code).toBe(1);
    expect(result.outputs.tag).toBe(R3);
    expect(result.outputs.revision).toBe('3');
    expect(result.outputs.standing).toBe('unsealed');
    const errors = result.errors.join('\n');
    expect(errors).toContain(`${R3} in`);
    expect(errors).toContain('annotated-tag');
    expect(result.summary).toContain('| annotated-tag | fail |');
  }, 60_000);

  it('fails without a tag, naming the input', async () => {
    const result = await read({});
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toMatch(/tag/);
  }, 60_000);
});
