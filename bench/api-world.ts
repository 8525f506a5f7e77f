/**
 * A lifecycle world for the API-call benchmark: the end-to-end world's organization, teams, App, bundles
 * repository (policy, CODEOWNERS, branch and tag rules) and deploy queue, but a service repository whose
 * only source is one generated records file of N components (artifact, rollback pointer, hook and evidence
 * each; no SBOMs, no change-management server), so bundle size is the only thing that varies.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { GitHubServer } from '../packages/github-server/index.js';
import {
  APP_SLUG,
  BOT,
  BUNDLES,
  CODEOWNERS,
  GOVERNOR_BOT,
  GOVERNOR_SLUG,
  ORG,
  PEOPLE,
  QUEUE_REPO,
  REQUIRED_CHECKS,
  SERVICE,
  type World,
} from '../src/cli/demo-world.js';

export const BENCH_PRODUCT = 'bench';
export const PRODUCT_SLUG = BENCH_PRODUCT;

const hex = (seed: string): string => {
  // Deterministic 64-hex digests without node:crypto per call site noise.
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (const c of `${seed}#${round}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return `sha256:${out.slice(0, 64)}`;
};
const pad = (i: number): string => String(i).padStart(5, '0');

/** Window and waiver expiry relative to now, so generated records stay inside their window. */
export function benchTimes(now = new Date()): { start: string; end: string; waiverExpiry: string } {
  const hour = 3_600_000;
  const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return {
    start: iso(now.getTime() + hour),
    end: iso(now.getTime() + 7 * 24 * hour),
    waiverExpiry: iso(now.getTime() + 90 * 24 * hour),
  };
}

/** The service repository's `.cutover/` files for a candidate of `components` components. */
export function benchServiceFiles(components: number, version: string, now = new Date()): Record<string, string> {
  const times = benchTimes(now);
  const names = Array.from({ length: components }, (_, i) => `svc-${pad(i)}`);
  const records = {
    signature: { verified: true, reason: 'valid' },
    components: names.map((name) => ({
      name,
      artifacts: [
        {
          name: `${name}-image`,
          version,
          digest: hex(`${name}-${version}`),
          locator: `oci://registry.example.com/bench/${name}@${hex(`${name}-${version}`)}`,
        },
      ],
    })),
    rollback: names.map((name) => ({
      component: name,
      pointer: { version: '2026.10.7', digest: hex(`${name}-2026.10.7`) },
      hook: `https://runbooks.example.com/bench/${name}/rollback`,
      evidence: [{ kind: 'rehearsal', ref: 'CHG-20261118-0311', at: '2026-11-18T14:05:00Z' }],
    })),
    environments: ['prod-eu', 'prod-us'].map((name) => ({
      name,
      constraints: { maxCohortShare: 100, requireRollbackHook: true, allowedQueues: ['bench-prod'] },
    })),
    waivers: [
      {
        id: 'WVR-1',
        subject: 'pkg:npm/xml-crypto@3.2.0',
        status: 'approved',
        owner: 'security@acme.example',
        expiresAt: times.waiverExpiry,
      },
    ],
    window: {
      queue: 'bench-prod',
      start: times.start,
      end: times.end,
      changeRecord: 'CHG-20261201-0042',
      environments: ['prod-eu', 'prod-us'],
    },
  };
  const sources = {
    schemaVersion: 1,
    product: BENCH_PRODUCT,
    sources: [{ id: 'release-records', kind: 'records', path: 'release-records.yaml' }],
  };
  return {
    'README.md': '# bench service\n',
    '.cutover/sources.yaml': yaml.dump(sources, { lineWidth: -1 }),
    '.cutover/release-records.yaml': yaml.dump(records, { lineWidth: -1, noRefs: true }),
  };
}

/** Pushes a candidate commit with `files` and a signed tag on it; returns the commit. */
export async function pushCandidate(world: World, tag: string, files: Record<string, string>): Promise<string> {
  const sha = await world.server.admin.pushCommit({
    owner: SERVICE.owner,
    repo: SERVICE.repo,
    branch: 'main',
    files,
    as: PEOPLE.dave,
    message: `candidate ${tag}`,
  });
  await world.server.admin.createTag({
    owner: SERVICE.owner,
    repo: SERVICE.repo,
    tag,
    target: sha,
    as: PEOPLE.dave,
    message: tag,
    signature: 'valid',
  });
  return sha;
}

/** The world on a running server, with no candidate yet (push one with pushCandidate). */
export async function createBenchWorld(server: GitHubServer, examples: string): Promise<World> {
  const { admin } = server;
  admin.createOrg(ORG);
  for (const login of Object.values(PEOPLE)) admin.createUser({ login, name: login, email: `${login}@acme.example` });
  const app = admin.createApp({ slug: APP_SLUG, owner: ORG });
  const governor = admin.createApp({ slug: GOVERNOR_SLUG, owner: ORG });
  const times = benchTimes();
  await admin.createRepo({
    owner: SERVICE.owner,
    name: SERVICE.repo,
    files: { 'README.md': '# bench service\n' },
    as: PEOPLE.dave,
    collaborators: { [PEOPLE.dave]: 'write' },
  });
  const policy = (await readFile(path.join(examples, 'policy.yaml'), 'utf8')).replace(
    /^schemaVersion: 1$/m,
    `schemaVersion: 1\nbundleWriter: "${BOT}"\ngovernorAppId: ${governor.id}`,
  );
  await admin.createRepo({
    owner: BUNDLES.owner,
    name: BUNDLES.repo,
    files: {
      'README.md': '# release-bundles\n',
      // 10,000 components make bundle files of several MiB; raise the policy's file size limit to fit.
      '.cutover/policy.yaml': policy.replace(/maxFileBytes: \d+/, 'maxFileBytes: 268435456'),
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
  for (const [slug, members] of [
    ['release-engineering', [PEOPLE.alice, PEOPLE.carol]],
    ['operations', [PEOPLE.bob, PEOPLE.carol]],
  ] as const)
    admin.createTeam({
      org: ORG,
      slug,
      members: [...members],
      repos: { [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write' },
    });
  admin.setBranchRules(BUNDLES.owner, BUNDLES.repo, 'main', {
    requiredChecks: REQUIRED_CHECKS.map((context) => ({ context, appId: governor.id })),
    requireCodeOwnerReview: true,
    dismissStaleReviewsOnPush: true,
    requireLastPushApproval: true,
  });
  admin.addTagRule(BUNDLES.owner, BUNDLES.repo, {
    pattern: 'cutover/**',
    operations: ['creation'],
    bypass: [GOVERNOR_BOT],
  });
  admin.addTagRule(BUNDLES.owner, BUNDLES.repo, { pattern: 'cutover/**', operations: ['update', 'deletion'] });
  const governorToken = admin.createToken({
    app: GOVERNOR_SLUG,
    repos: { [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write', [`${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`]: 'write' },
    orgMembersRead: true,
  });
  const botToken = admin.createToken({
    app: APP_SLUG,
    repos: {
      [`${SERVICE.owner}/${SERVICE.repo}`]: 'read',
      [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write',
      [`${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`]: 'write',
    },
    orgMembersRead: true,
  });
  const tokens: Record<string, string> = {};
  for (const login of Object.values(PEOPLE))
    tokens[login] = admin.createToken({
      login,
      repos: {
        [`${BUNDLES.owner}/${BUNDLES.repo}`]: login === PEOPLE.max ? 'admin' : 'write',
        [`${SERVICE.owner}/${SERVICE.repo}`]: 'write',
      },
    });
  return {
    server,
    appId: app.id,
    governorAppId: governor.id,
    botToken,
    governorToken,
    tokens,
    candidateCommit: '',
    changeManagement: { url: '', requests: 0, close: async () => {} },
    serviceFiles: {},
    window: { start: times.start, end: times.end },
  };
}
