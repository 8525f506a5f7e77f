/**
 * Attack, end to end through dist/index.js on the GitHub-compatible server: a pusher to the service repository
 * commits a key of their own, names it in the sources file's `trustedKeys`, and signs the provenance of a
 * candidate release engineering then tags. Without pins in the bundles repository's policy the provenance is
 * `signatureVerified` with no hold (and bundle.json now names the key that verified it); once the policy on the
 * bundles repository's default branch pins release engineering's key, assemble holds it (`suspicious-source`) and
 * verify, with the default branch's policy, fails cutover/holds naming the unpinned key.
 *
 * Needs a build: run against a private one with CUTOVER_E2E_DIST=<tree>/dist (see attacks.test.ts).
 */
import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { pae } from '../../src/sources/attestation.js';
import { checkReports, pullHead, readRelease } from './attack-kit.js';
import { ACTION_ENTRY, REPO_ROOT } from './runner.js';
import { assemble, expectSuccess, verify } from './steps.js';
import { BUNDLES, createWorld, newCandidate, PEOPLE, PRODUCT, RELEASE, type World, worldPolicy } from './world.js';

const built = existsSync(ACTION_ENTRY);
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const DIR = `bundles/${PRODUCT}/${RELEASE}`;
const TAG = 'v2026.11.3-rc.3';

const releng = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pusher = generateKeyPairSync('ec', { namedCurve: 'P-256' });

const spki = (key: KeyObject) =>
  `sha256:${createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;

/** The example's payments-api provenance (no commit stated), as a DSSE envelope signed with `key`. */
async function signedProvenance(key: KeyObject): Promise<string> {
  const file = path.join(EXAMPLES, 'payments-platform/inputs/payments-api.provenance.intoto.json');
  const statement = JSON.parse(await readFile(file, 'utf8'));
  for (const dependency of statement.predicate.buildDefinition.resolvedDependencies) delete dependency.digest;
  const payload = Buffer.from(JSON.stringify(statement));
  const sig = sign('sha256', pae('application/vnd.in-toto+json', payload), key).toString('base64');
  const payloadType = 'application/vnd.in-toto+json';
  return JSON.stringify({ payloadType, payload: payload.toString('base64'), signatures: [{ sig }] });
}

describe.skipIf(!built)("a pusher's own provenance key, against the bundles repository's pins", () => {
  let server: GitHubServer;
  let world: World;

  beforeAll(async () => {
    server = await startGitHubServer();
    world = await createWorld(server, EXAMPLES, new Date());
  }, 60_000);
  afterAll(async () => {
    const violations = server.contract.take();
    await world?.changeManagement.close();
    await server.close();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
  });

  it('is verified without pins, and held and failed by verify once the default branch pins release engineering', async () => {
    // The pusher's candidate: their key, their signature, the sources file naming their key.
    const sources = yaml.load(world.serviceFiles['.cutover/sources.yaml'] ?? '') as {
      sources: Array<Record<string, unknown>>;
    };
    const entry = sources.sources.find((s) => s.kind === 'provenance');
    if (!entry) throw new Error('the world has no provenance source');
    entry.path = 'inputs/payments-api.provenance.dsse.json';
    entry.trustedKeys = ['keys/build.pem'];
    await newCandidate(world, TAG, {
      '.cutover/sources.yaml': yaml.dump(sources, { lineWidth: 200 }),
      '.cutover/keys/build.pem': pusher.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      '.cutover/inputs/payments-api.provenance.dsse.json': await signedProvenance(pusher.privateKey),
    });

    // No pins: the attack goes through (verified, no hold), but bundle.json names the key.
    const first = expectSuccess(await assemble(world, TAG));
    const number = Number(first.outputs['pull-request-number']);
    let docs = await readRelease(world, (await pullHead(world, number)).head, DIR);
    const index = docs.bundle.components.findIndex((c) => c.name === 'payments-api');
    const provenance = docs.bundle.components[index]?.provenance?.[0];
    expect(provenance?.signatureVerified).toBe(true);
    expect(provenance?.anchor).toEqual({ kind: 'key', digest: spki(pusher.publicKey) });
    expect(docs.holds.holds.filter((h) => h.rule === 'suspicious-source')).toEqual([]);

    // The bundles repository pins release engineering's key on its default branch (through a reviewed merge in
    // real life; an admin push here).
    const policy = `${await worldPolicy(EXAMPLES, world.governorAppId)}\nprovenance:\n  anchors: ["${spki(releng.publicKey)}"]\n`;
    await server.admin.pushCommit({
      ...BUNDLES,
      branch: 'main',
      files: { '.cutover/policy.yaml': policy },
      as: PEOPLE.max,
      message: 'policy: pin provenance anchors',
    });

    const second = expectSuccess(await assemble(world, TAG));
    expect(Number(second.outputs['pull-request-number'])).toBe(number);
    const { head } = await pullHead(world, number);
    docs = await readRelease(world, head, DIR);
    const reason = `provenance of payments-api was verified by key ${spki(pusher.publicKey)}, which is not pinned, but the policy pins the trust anchors of ${PRODUCT}'s provenance (${spki(releng.publicKey)})`;
    // The example's other components ship artifacts with no provenance: under pins each is held too.
    const pins = `but the policy pins the trust anchors of ${PRODUCT}'s provenance (${spki(releng.publicKey)})`;
    const without = docs.bundle.components
      .map((c, i) => ({ name: c.name, i, has: (c.provenance ?? []).length > 0 }))
      .filter((c) => !c.has)
      .map((c) => [`/components/${c.i}`, `component ${c.name} ships an artifact with no provenance, ${pins}`]);
    expect(without.length).toBeGreaterThan(0);
    expect(docs.holds.holds.filter((h) => h.rule === 'suspicious-source').map((h) => [h.path, h.reason])).toEqual(
      [...without, [`/components/${index}/provenance/0`, reason]].sort((a, b) =>
        (a[0] ?? '').localeCompare(b[0] ?? ''),
      ),
    );
    await verify(world, number);
    const checks = await checkReports(world, head);
    expect(checks['cutover/holds']?.conclusion).toBe('failure');
    expect(checks['cutover/holds']?.text).toContain(reason);
  }, 120_000);
});
