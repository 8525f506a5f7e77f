/**
 * The world `cutover demo` runs in, on the GitHub-compatible server (packages/github-server): an organization
 * with the release-engineering and operations teams, two Apps (the writer, which only writes bundles from the
 * service repository, and the governor, which verifies, gates, seals and reconciles in the bundles repository), a
 * service repository with a signed release-candidate tag, its GitHub release, a change-management system over
 * local HTTP, and a release-bundles repository governed by its policy, CODEOWNERS, branch rules and tag rules.
 * The end-to-end tests and the bench build the same world (test/e2e/world.ts re-exports it). It reaches the
 * server only through the `GitHubServer` it is given (type imports only), so it loads no server code itself.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import yaml from 'js-yaml';
import type { BranchRules, GitHubServer } from '../../packages/github-server/index.js';

export const ORG = 'acme';
export const SERVICE = { owner: ORG, repo: 'payments-platform' } as const;
export const BUNDLES = { owner: ORG, repo: 'release-bundles' } as const;
export const QUEUE_REPO = { owner: ORG, repo: 'deploy-queue' } as const;
/** The writer App: writes bundles (assemble, in the service repository's workflow) and nothing else. */
export const APP_SLUG = 'cutover-release';
export const BOT = `${APP_SLUG}[bot]`;
/** The governor App: verify, gate, seal and reconcile in the bundles repository; the only one whose checks count. */
export const GOVERNOR_SLUG = 'cutover-governor';
export const GOVERNOR_BOT = `${GOVERNOR_SLUG}[bot]`;
export const TAG = 'v2026.11.3-rc.2';
export const PRODUCT = 'payments-platform';
export const RELEASE = '2026.11.3';
export const CHANGE_RECORD = 'CHG-20261201-0042';

export const PEOPLE = {
  /** release-engineering */
  alice: 'alice-releng',
  /** operations */
  bob: 'bob-ops',
  /** both teams: must never count for two */
  carol: 'carol-both',
  /** member of neither team */
  mallory: 'mallory',
  /** service developer who pushes the candidate tag */
  dave: 'dave-dev',
  /** bundles-repository maintainer who merges */
  max: 'max-maintainer',
} as const;

export const CODEOWNERS = [
  '# Bundle content belongs to release engineering; the approval manifest to operations.',
  '# A cutover PR changes both, so GitHub itself requires both teams.',
  '/bundles/**/bundle.json @acme/release-engineering',
  '/bundles/**/lineage.json @acme/release-engineering',
  '/bundles/**/holds.json @acme/release-engineering',
  '/bundles/**/manifest.json @acme/operations',
  '/.cutover/ @acme/release-engineering',
  '/.github/ @acme/release-engineering',
  '',
].join('\n');

export const REQUIRED_CHECKS = ['schema', 'lineage', 'rollback', 'environment', 'holds', 'binding', 'approval'].map(
  (r) => `cutover/${r}`,
);

export interface World {
  server: GitHubServer;
  /** Id of the writer App (`cutover-release`). */
  appId: number;
  /** Id of the governor App (`cutover-governor`): the policy's governorAppId, the app the required checks are pinned to. */
  governorAppId: number;
  /** Installation token of the writer App: reads the service repository, writes bundle branches and pull requests. */
  botToken: string;
  /**
   * Installation token of the governor App: checks, seal tags and (read) pull requests in the bundles repository,
   * organization members read, dispatch to the deployment queue.
   */
  governorToken: string;
  /** Personal tokens by login. */
  tokens: Record<string, string>;
  /** The candidate commit the tag points at. */
  candidateCommit: string;
  changeManagement: { url: string; close(): Promise<void>; requests: number };
  /** Files of the service repository (for a workspace checkout). */
  serviceFiles: Record<string, string>;
  window: { start: string; end: string };
}

/** Times relative to now so the lifecycle stays inside its window whenever it runs. */
function windowFromNow(now: Date): { start: string; end: string; waiverExpiry: string } {
  const hour = 3_600_000;
  const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return {
    start: iso(now.getTime() + hour),
    end: iso(now.getTime() + 7 * 24 * hour),
    waiverExpiry: iso(now.getTime() + 90 * 24 * hour),
  };
}

/** Serves one change record like a change-management system, with an ETag. */
async function startChangeManagement(window: { start: string; end: string }): Promise<World['changeManagement']> {
  const body = JSON.stringify({
    result: {
      number: CHANGE_RECORD,
      state: 'scheduled',
      u_deployment_queue: 'payments-prod',
      start_date: window.start,
      end_date: window.end,
      u_environments: ['prod-eu', 'prod-us'],
    },
  });
  const state = { requests: 0 };
  const server: Server = createServer((_req, res) => {
    state.requests++;
    res.writeHead(200, {
      'content-type': 'application/json',
      etag: '"chg-0042-v3"',
      'last-modified': 'Fri, 20 Nov 2026 09:30:00 GMT',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/now/table/change_request/${CHANGE_RECORD}`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The service repository's `.cutover/` files, derived from examples/payments-platform. */
async function serviceFiles(examples: string, changeUrl: string, now: Date): Promise<Record<string, string>> {
  const dir = path.join(examples, 'payments-platform');
  const records = await serviceRecords(dir, windowFromNow(now).waiverExpiry);
  const files: Record<string, string> = {
    'README.md': '# payments-platform\n',
    '.cutover/sources.yaml': yaml.dump(serviceSources(changeUrl), { lineWidth: 200 }),
    '.cutover/release-records.yaml': yaml.dump(records, { lineWidth: 200 }),
  };
  for (const name of [
    'payments-api.cdx.json',
    'ledger-service.spdx.json',
    'flags.flagd.json',
    'payments-api.provenance.intoto.json',
  ]) {
    files[`.cutover/inputs/${name}`] = await readFile(path.join(dir, 'inputs', name), 'utf8');
  }
  // The example's provenance names the example's candidate commit; a file of the tagged commit cannot name that
  // commit (its hash covers the file), and provenance naming another commit of the candidate's repository is a
  // provenance-mismatch hold. The demo's copy states the repository and tag only.
  const provenance = '.cutover/inputs/payments-api.provenance.intoto.json';
  files[provenance] = `${JSON.stringify(withoutSourceCommit(JSON.parse(files[provenance] ?? '{}')), null, 2)}\n`;
  return files;
}

/** An in-toto statement whose resolved dependencies state no commit (digest) any more. */
function withoutSourceCommit(statement: {
  predicate?: { buildDefinition?: { resolvedDependencies?: Array<{ digest?: unknown }> } };
}): unknown {
  for (const dependency of statement.predicate?.buildDefinition?.resolvedDependencies ?? []) delete dependency.digest;
  return statement;
}

/**
 * The example's release records without payments-web (it comes from the GitHub release) and the window (it
 * comes from change management), its waivers expiring at `waiverExpiry`.
 */
async function serviceRecords(dir: string, waiverExpiry: string): Promise<unknown> {
  const records = yaml.load(await readFile(path.join(dir, 'release-records.yaml'), 'utf8')) as {
    components: Array<{ name: string }>;
    waivers: Array<{ expiresAt: string }>;
    window?: unknown;
  };
  records.components = records.components.filter((c) => c.name !== 'PaymentsWeb');
  for (const waiver of records.waivers) waiver.expiresAt = waiverExpiry;
  delete records.window;
  return records;
}

/** The service repository's sources.yaml: the records, the GitHub release, change management at `changeUrl`, inputs. */
function serviceSources(changeUrl: string) {
  return {
    schemaVersion: 1,
    product: PRODUCT,
    sources: [
      { id: 'release-records', kind: 'records', path: 'release-records.yaml' },
      {
        id: 'payments-web-release',
        kind: 'github-release',
        component: 'PaymentsWeb',
        assets: 'payments-web-*.tar.gz',
        version: RELEASE,
      },
      {
        id: 'change-management',
        kind: 'http-json',
        url: changeUrl,
        provides: 'window',
        items: '$.result',
        map: {
          queue: '$.u_deployment_queue',
          start: '$.start_date',
          end: '$.end_date',
          changeRecord: '$.number',
          environments: '$.u_environments',
        },
      },
      { id: 'payments-api-sbom', kind: 'cyclonedx', path: 'inputs/payments-api.cdx.json', component: 'payments-api' },
      { id: 'ledger-service-sbom', kind: 'spdx', path: 'inputs/ledger-service.spdx.json', component: 'ledger-service' },
      {
        id: 'rollout-flags',
        kind: 'flagd',
        path: 'inputs/flags.flagd.json',
        flag: 'new-ledger-writes',
        environments: ['prod-eu', 'prod-us'],
      },
      {
        id: 'payments-api-provenance',
        kind: 'provenance',
        path: 'inputs/payments-api.provenance.intoto.json',
        component: 'payments-api',
      },
    ],
  };
}

/** The candidate's GitHub release with the payments-web asset (GitHub computes its digest). */
export async function publishRelease(server: GitHubServer, tag: string): Promise<void> {
  const dev = new Octokit({
    auth: server.admin.createToken({ login: PEOPLE.dave, repos: { [`${SERVICE.owner}/${SERVICE.repo}`]: 'write' } }),
    baseUrl: server.apiUrl,
  });
  const release = await dev.rest.repos.createRelease({
    ...SERVICE,
    tag_name: tag,
    name: `payments-platform ${tag}`,
    prerelease: true,
  });
  await dev.rest.repos.uploadReleaseAsset({
    ...SERVICE,
    release_id: release.data.id,
    url: release.data.upload_url,
    name: `payments-web-${RELEASE}.tar.gz`,
    // Octokit sends a string body as is; the asset's bytes stand in for the built static bundle.
    data: `payments-web ${RELEASE} static assets\n`,
    headers: { 'content-type': 'application/gzip' },
  });
}

/** Variations of the world for tests of a weaker configuration. */
export interface WorldOptions {
  /** Policy fields to leave out of the bundles repository's policy (both are in it by default). */
  omitPolicy?: Array<'bundleWriter' | 'governorAppId'>;
}

/**
 * The bundles repository's policy: examples/bundles-repo/.cutover/policy.yaml as it is, with this world's governor
 * App id in `governorAppId`, and without the fields `omit` names.
 */
export async function worldPolicy(
  examples: string,
  governorAppId: number,
  omit: WorldOptions['omitPolicy'] = [],
): Promise<string> {
  const file = path.join(examples, 'bundles-repo/.cutover/policy.yaml');
  let policy = await readFile(file, 'utf8');
  for (const [field, pattern] of [
    ['bundleWriter', /^bundleWriter: "cutover-release\[bot\]"$/m],
    ['governorAppId', /^governorAppId: \d+$/m],
  ] as const) {
    if (!pattern.test(policy)) throw new Error(`${file}: expected a line matching ${pattern}`);
    if (omit.includes(field)) policy = policy.replace(pattern, '');
  }
  return policy.replace(/^governorAppId: \d+$/m, `governorAppId: ${governorAppId}`);
}

/**
 * The default branch's rules: pull requests only, the seven cutover/* checks pinned to the governor App,
 * code-owner review, stale-review dismissal and last-push approval.
 */
export function defaultBranchRules(governorAppId: number): BranchRules {
  return {
    requirePullRequest: true,
    requiredChecks: REQUIRED_CHECKS.map((context) => ({ context, appId: governorAppId })),
    requireCodeOwnerReview: true,
    dismissStaleReviewsOnPush: true,
    requireLastPushApproval: true,
  };
}

/** Builds the world on a running server. `examples` is the examples/ directory of this repository. */
export async function createWorld(
  server: GitHubServer,
  examples: string,
  now = new Date(),
  options: WorldOptions = {},
): Promise<World> {
  const { admin } = server;
  admin.createOrg(ORG);
  for (const login of Object.values(PEOPLE)) admin.createUser({ login, name: login, email: `${login}@acme.example` });
  const app = admin.createApp({ slug: APP_SLUG, owner: ORG });
  const governor = admin.createApp({ slug: GOVERNOR_SLUG, owner: ORG });
  const times = windowFromNow(now);
  const changeManagement = await startChangeManagement(times);
  try {
    return await populate(
      server,
      examples,
      now,
      { writer: app.id, governor: governor.id },
      changeManagement,
      times,
      options,
    );
  } catch (error) {
    // Never leave the change-management server running: it would keep the process alive.
    await changeManagement.close();
    throw error;
  }
}

/** Fills the server with the world's repositories, teams, rules and tokens, in that order. */
async function populate(
  server: GitHubServer,
  examples: string,
  now: Date,
  apps: { writer: number; governor: number },
  changeManagement: World['changeManagement'],
  times: { start: string; end: string },
  options: WorldOptions,
): Promise<World> {
  const files = await serviceFiles(examples, changeManagement.url, now);
  const candidateCommit = await createServiceRepository(server, files);
  await createBundlesRepositories(server.admin, await worldPolicy(examples, apps.governor, options.omitPolicy));
  createTeams(server.admin);
  governBundlesRepository(server.admin, apps.governor);
  return {
    server,
    appId: apps.writer,
    governorAppId: apps.governor,
    ...createTokens(server.admin),
    candidateCommit,
    changeManagement,
    serviceFiles: files,
    window: { start: times.start, end: times.end },
  };
}

/** The service repository with `files`, its signed release-candidate tag and its release; returns the tagged commit. */
async function createServiceRepository(server: GitHubServer, files: Record<string, string>): Promise<string> {
  const { admin } = server;
  await admin.createRepo({
    owner: SERVICE.owner,
    name: SERVICE.repo,
    files,
    as: PEOPLE.dave,
    collaborators: { [PEOPLE.dave]: 'write' },
  });
  const candidateCommit = (await admin.repository(SERVICE.owner, SERVICE.repo).git.resolve('refs/heads/main')) ?? '';
  await admin.createTag({
    owner: SERVICE.owner,
    repo: SERVICE.repo,
    tag: TAG,
    target: candidateCommit,
    as: PEOPLE.dave,
    message: `payments-platform ${RELEASE} release candidate 2`,
    signature: 'valid',
  });
  await publishRelease(server, TAG);
  return candidateCommit;
}

/** The release-bundles repository (with `policy`, CODEOWNERS and its collaborators) and the deployment queue's. */
async function createBundlesRepositories(admin: GitHubServer['admin'], policy: string): Promise<void> {
  await admin.createRepo({
    owner: BUNDLES.owner,
    name: BUNDLES.repo,
    files: {
      'README.md': '# release-bundles\n',
      '.cutover/policy.yaml': policy,
      '.github/CODEOWNERS': CODEOWNERS,
      'bundles/.keep': '',
    },
    as: PEOPLE.max,
    collaborators: {
      [PEOPLE.max]: 'admin',
      [PEOPLE.alice]: 'write',
      [PEOPLE.bob]: 'write',
      [PEOPLE.carol]: 'write',
      [PEOPLE.mallory]: 'write',
    },
  });
  await admin.createRepo({
    owner: QUEUE_REPO.owner,
    name: QUEUE_REPO.repo,
    files: { 'README.md': '# deploy-queue\n' },
    as: PEOPLE.max,
  });
}

/** The release-engineering and operations teams (carol in both), each writing to the bundles repository. */
function createTeams(admin: GitHubServer['admin']): void {
  admin.createTeam({
    org: ORG,
    slug: 'release-engineering',
    members: [PEOPLE.alice, PEOPLE.carol],
    repos: { [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write' },
  });
  admin.createTeam({
    org: ORG,
    slug: 'operations',
    members: [PEOPLE.bob, PEOPLE.carol],
    repos: { [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write' },
  });
}

/** The bundles repository's default branch rules and seal tag rules. */
function governBundlesRepository(admin: GitHubServer['admin'], governorAppId: number): void {
  admin.setBranchRules(BUNDLES.owner, BUNDLES.repo, 'main', defaultBranchRules(governorAppId));
  // Seal tags: only the governor creates them; nobody, the governor included, moves or deletes one. A bypass
  // applies to a whole ruleset, so these are two rulesets.
  admin.addTagRule(BUNDLES.owner, BUNDLES.repo, {
    pattern: 'cutover/**',
    operations: ['creation'],
    bypass: [GOVERNOR_BOT],
  });
  admin.addTagRule(BUNDLES.owner, BUNDLES.repo, { pattern: 'cutover/**', operations: ['update', 'deletion'] });
}

/** Installation tokens of the two Apps and a personal token per person. */
function createTokens(admin: GitHubServer['admin']): Pick<World, 'botToken' | 'governorToken' | 'tokens'> {
  // The writer App: reads the candidate in the service repository, writes bundle branches and pull requests.
  const botToken = admin.createToken({
    app: APP_SLUG,
    repos: {
      [`${SERVICE.owner}/${SERVICE.repo}`]: 'read',
      [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write',
    },
  });
  // The governor App: checks, seal tags, pull requests (read) and team membership in the bundles repository,
  // and repository_dispatch to the deployment queue.
  const governorToken = admin.createToken({
    app: GOVERNOR_SLUG,
    repos: {
      [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write',
      [`${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`]: 'write',
    },
    orgMembersRead: true,
  });
  const tokens: Record<string, string> = {};
  for (const login of Object.values(PEOPLE)) {
    tokens[login] = admin.createToken({
      login,
      repos: {
        [`${BUNDLES.owner}/${BUNDLES.repo}`]: login === PEOPLE.max ? 'admin' : 'write',
        [`${SERVICE.owner}/${SERVICE.repo}`]: 'write',
      },
    });
  }
  return { botToken, governorToken, tokens };
}
