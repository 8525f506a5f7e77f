/**
 * Byte-identity of assembly across refactors: the sha256 of everything `assemble` (domain) and
 * `cutover assemble` (CLI) produce, for every shipped example, for the bench's generated workspaces at small
 * sizes, and for record sets that exercise each record kind's conflict and suspicion paths in both orders.
 * The hashes below were computed from the code before assembly was split into one reducer per record kind
 * (issue 15); a change in any output byte, hold reason, lineage entry or CLI line fails here and names the
 * case. When an output change is intended, recompute with `CUTOVER_PRINT_IDENTITY=1` and say why in the commit.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import type { Policy } from '../../src/domain/policy.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { readPolicy } from '../../src/schema/documents.js';
import { makeTempDir, removeDir, runCli, snapshotTree } from '../helpers/cli.js';
import { EXAMPLES, repoRoot } from '../helpers/paths.js';
import { assembleRecords, basePolicy, cleanRecords, digest, lineage } from '../helpers/records.js';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Output text without the paths of this run (output directory, temporary root, checkout). */
const placeless = (text: string, out: string): string =>
  text.split(out).join('<out>').split(root).join('<root>').split(repoRoot).join('<repo>');

/** The hash of one CLI run: exit code, stdout and stderr (the output directory replaced), and every file. */
async function cliHash(argv: string[], out: string): Promise<string> {
  const run = await runCli(argv);
  const files = (await snapshotTree(out)) ?? {};
  const parts = [
    `code ${run.code}`,
    `stdout ${placeless(run.stdout, out)}`,
    `stderr ${placeless(run.stderr, out)}`,
    ...Object.keys(files)
      .sort()
      .map((name) => `${name} ${files[name]}`),
  ];
  return sha(parts.join('\n\u0000'));
}

/** The hash of one domain assembly, or of the error it throws. */
function domainHash(records: readonly SourceRecord[], policy: Policy): string {
  try {
    const { files, digest: bundleDigest } = assembleRecords(records, { policy });
    return sha(`${bundleDigest}\n${JSON.stringify(files)}`);
  } catch (error) {
    return sha(`error ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

const OTHER = (pointer: string, locator: string) => lineage(pointer, { locator, system: 'http-json' });

/** Record sets that reach every branch of every record kind's reducer. */
function scenarios(): Record<string, SourceRecord[]> {
  const clean = cleanRecords();
  const of = <T extends SourceRecord['type']>(type: T): Extract<SourceRecord, { type: T }> => {
    const found = clean.find((r): r is Extract<SourceRecord, { type: T }> => r.type === type);
    if (!found) throw new Error(`clean records have no ${type}`);
    return found;
  };
  const artifact = of('artifact');
  const cohort = of('cohort');
  const rollback = of('rollback');
  const env = of('environment');
  const waiver = of('waiver');
  const window = of('window');
  const provenance = of('provenance');
  const dependency = of('dependency');
  const sbom = (component: string, subjects: Array<{ name: string; version?: string; purl?: string }>) =>
    ({
      type: 'sbom-subject',
      sourceId: `sbom-${component}`,
      lineage: OTHER('/metadata/component', `sbom/${component}.cdx.json#/metadata/component`),
      component,
      statedBy: 'CycloneDX metadata.component',
      subjects,
    }) satisfies SourceRecord;
  return {
    clean,
    'signature conflict': [
      ...clean,
      {
        type: 'signature',
        sourceId: 'desk',
        lineage: OTHER('/sig', 'https://desk.example/sig#/0'),
        signature: { verified: false, reason: 'invalid' },
      },
    ],
    'no signature': clean.filter((r) => r.type !== 'signature'),
    'artifact conflict and computed digest': [
      ...clean,
      {
        ...artifact,
        sourceId: 'github-release',
        lineage: OTHER('/assets/0', 'https://api.example/releases/1#/assets/0'),
        artifact: { ...artifact.artifact, digest: digest('other') },
      },
      {
        ...artifact,
        component: 'Batch Jobs',
        sourceId: 'github-release',
        lineage: OTHER('/assets/1', 'https://api.example/releases/1#/assets/1'),
        artifact: { ...artifact.artifact, name: 'batch.tar.gz', locator: 'https://dl.example/batch.tar.gz' },
        digestComputed: true,
      },
    ],
    'duplicate provenance and dependency, renamed component': [
      ...clean,
      { ...provenance, sourceId: 'attestations-2', lineage: OTHER('/p', 'https://att.example/p#/0') },
      { ...provenance, component: 'API', provenance: { ...provenance.provenance, subjects: ['b', 'a'] } },
      { ...dependency, sourceId: 'sbom-2', lineage: OTHER('/c/0', 'sbom/2.json#/c/0') },
      { ...dependency, dependency: { ...dependency.dependency, component: 'Worker', purl: undefined } },
    ] as SourceRecord[],
    'cohort conflict and renamed cohort': [
      ...clean,
      {
        ...cohort,
        sourceId: 'flags',
        lineage: OTHER('/flags/0', 'flags.json#/0'),
        cohort: { ...cohort.cohort, share: 7 },
      },
      {
        ...cohort,
        sourceId: 'flags',
        lineage: OTHER('/flags/1', 'flags.json#/1'),
        cohort: {
          id: 'Early Adopters',
          environments: ['PROD', 'prod', 'Staging'],
          share: 1,
          flags: [
            { key: 'z', variant: 'on' },
            { key: 'a', variant: 'b' },
            { key: 'a', variant: 'a' },
          ],
        },
      },
    ],
    'rollback pointer conflict, hook and evidence from others': [
      ...clean,
      {
        ...rollback,
        sourceId: 'deploys',
        lineage: OTHER('/r/0', 'https://deploys.example/r#/0'),
        pointer: { version: '0.8.0', digest: digest('api-0.8.0') },
        hook: 'https://runbooks.example.com/other',
        evidence: [
          { kind: 'rehearsal', ref: 'CHG-1', at: '2026-11-18T14:05:00Z' },
          { kind: 'drill', ref: 'CHG-0', at: '2026-11-17T14:05:00Z' },
        ],
      },
      {
        type: 'rollback',
        sourceId: 'deploys',
        lineage: OTHER('/r/1', 'r.json#/1'),
        component: 'Solo Svc',
        evidence: [],
      },
      {
        type: 'rollback',
        sourceId: 'deploys',
        lineage: OTHER('/r/2', 'r.json#/2'),
        component: 'Evidence Only',
        evidence: [{ kind: 'rehearsal', ref: 'CHG-9', at: '2026-11-18T14:05:00Z' }],
      },
    ],
    'environment conflict and renamed environment': [
      ...clean,
      { ...env, sourceId: 'platform', lineage: OTHER('/e/0', 'platform.yaml#/0'), constraints: { maxCohortShare: 1 } },
      { ...env, name: 'PROD', sourceId: 'platform', lineage: OTHER('/e/1', 'platform.yaml#/1') },
      { ...env, name: 'Staging', sourceId: 'platform', lineage: OTHER('/e/2', 'platform.yaml#/2') },
    ],
    'waiver rejected elsewhere': [
      ...clean,
      {
        ...waiver,
        sourceId: 'security-desk',
        lineage: OTHER('/w/0', 'https://desk.example/w#/0'),
        waiver: { ...waiver.waiver, status: 'rejected' },
      },
      {
        ...waiver,
        sourceId: 'security-desk',
        lineage: OTHER('/w/1', 'https://desk.example/w#/1'),
        waiver: { ...waiver.waiver, id: 'WVR-2', status: 'pending', expiresAt: '2026-11-30T00:00:00Z' },
      },
    ],
    'waiver pending, then approved elsewhere': [
      ...clean,
      {
        ...waiver,
        sourceId: 'security-desk',
        lineage: OTHER('/w/0', 'https://desk.example/w#/0'),
        waiver: { ...waiver.waiver, status: 'pending' },
      },
      {
        ...waiver,
        sourceId: 'change-desk',
        lineage: OTHER('/w/1', 'https://change.example/w#/1'),
        waiver: { ...waiver.waiver, status: 'approved', expiresAt: '2027-02-28T23:59:59Z' },
      },
    ],
    'window restated identically': [
      ...clean,
      {
        ...window,
        sourceId: 'change-desk',
        lineage: OTHER('/cw', 'https://change.example/cw#/0'),
        window: { ...window.window, environments: ['PROD', 'prod'] },
      },
    ],
    'window conflict': [
      ...clean,
      {
        ...window,
        sourceId: 'change-desk',
        lineage: OTHER('/cw', 'https://change.example/cw#/0'),
        window: { ...window.window, end: '2026-12-01T11:00:00Z' },
      },
    ],
    'no window': clean.filter((r) => r.type !== 'window'),
    'sbom subjects and suspicions': [
      ...clean,
      sbom('api', [{ name: 'api', version: '1.0.0' }]),
      sbom('worker', [{ name: 'acme/worker', purl: 'pkg:npm/%40acme/worker@2.0.0' }]),
      sbom('api', []),
      sbom('ghost', [{ name: 'ghost', version: '1.0.0' }]),
      sbom('Worker', [{ name: 'x', purl: 'pkg:npm/worker@1.0.0' }]),
      {
        type: 'suspicion',
        sourceId: 'attestations',
        lineage: OTHER('/s/0', 'att#/0'),
        path: '',
        component: 'API',
        rule: 'provenance-mismatch',
        reason: 'subject digest differs',
      },
      {
        type: 'suspicion',
        sourceId: 'http',
        lineage: OTHER('/s/1', 'h#/1'),
        path: '/window',
        rule: 'suspicious-source',
        reason: 'served over a redirect',
      },
    ],
  };
}

/** sha256 per case, computed from the code before the reducer split (see the file comment). */
const EXPECTED: Record<string, string> = {
  'domain clean / base policy / forward': '65e063a9b3a3847caea2af077be20ea3a2f58c7a8d476fd056c89b1bb3eaaadc',
  'domain clean / base policy / reversed': '65e063a9b3a3847caea2af077be20ea3a2f58c7a8d476fd056c89b1bb3eaaadc',
  'domain clean / examples policy / forward': '65e063a9b3a3847caea2af077be20ea3a2f58c7a8d476fd056c89b1bb3eaaadc',
  'domain clean / examples policy / reversed': '65e063a9b3a3847caea2af077be20ea3a2f58c7a8d476fd056c89b1bb3eaaadc',
  'domain signature conflict / base policy / forward':
    '76b01475a09fa8e1fd0e90beaae4d7bb4e4823bfb1951bbee32747a9a811c107',
  'domain signature conflict / base policy / reversed':
    '237eebcacc795fd6991829709d6a48ea867fe8398d11f268b0e69eb472210a54',
  'domain signature conflict / examples policy / forward':
    '76b01475a09fa8e1fd0e90beaae4d7bb4e4823bfb1951bbee32747a9a811c107',
  'domain signature conflict / examples policy / reversed':
    '237eebcacc795fd6991829709d6a48ea867fe8398d11f268b0e69eb472210a54',
  'domain no signature / base policy / forward': 'a70a10e420222dc32ceaaf94902c2838788e880c2cb8bea862e603a1ffcdf17d',
  'domain no signature / base policy / reversed': 'a70a10e420222dc32ceaaf94902c2838788e880c2cb8bea862e603a1ffcdf17d',
  'domain no signature / examples policy / forward': 'a70a10e420222dc32ceaaf94902c2838788e880c2cb8bea862e603a1ffcdf17d',
  'domain no signature / examples policy / reversed':
    'a70a10e420222dc32ceaaf94902c2838788e880c2cb8bea862e603a1ffcdf17d',
  'domain artifact conflict and computed digest / base policy / forward':
    '8d4d3023dd9689409ae6e2fc2165999fc39e32b3d320a5112d3ac7e05a663967',
  'domain artifact conflict and computed digest / base policy / reversed':
    '0f4f85d97b72e7cc1d5706162754131c87b6bb48e7a7cfef6f4fa00c69d7b108',
  'domain artifact conflict and computed digest / examples policy / forward':
    '0f06698c21598fd88c51a9c773df8e82139988e5368f1d950515a50040e7219b',
  'domain artifact conflict and computed digest / examples policy / reversed':
    '3308ef8c0660cb9d599102e7beb5300640af00d43a354d02855e174e65762466',
  'domain duplicate provenance and dependency, renamed component / base policy / forward':
    '53e764f0ac55352686d378c3b9714945616c1f99609804631ebe88a26e0468ac',
  'domain duplicate provenance and dependency, renamed component / base policy / reversed':
    '65e5200681f1b1a0debf1a93f7622cacba63a06fae9d5651c37d2f43a497114c',
  'domain duplicate provenance and dependency, renamed component / examples policy / forward':
    'a3084509294b61fc8e4461d5a389c7ab6ccc156097970397aa004abd0d1c4a33',
  'domain duplicate provenance and dependency, renamed component / examples policy / reversed':
    '8ed0b159b987da6d44506427b947bfd2f35172c5327f0d5e1fec73eecc583083',
  'domain cohort conflict and renamed cohort / base policy / forward':
    '17ff449e0e495874f0069f05d979d4f2fe1c8dd39d1956a4e2543f5cd885fe95',
  'domain cohort conflict and renamed cohort / base policy / reversed':
    'efedceec49a5b04e5850cfe7ef9ecc566b375ab15fed3e1fb78ae7a8beeed943',
  'domain cohort conflict and renamed cohort / examples policy / forward':
    'f9e3390861199d04deacd2d913f2538551651a1129ee5db38b17eba012e55488',
  'domain cohort conflict and renamed cohort / examples policy / reversed':
    '68738637dfebfd9a9aafaa1d56387f418796129fa9f82940f3221ef7a892b6fc',
  'domain rollback pointer conflict, hook and evidence from others / base policy / forward':
    '5a0fcf54038451de51316b2a6eef7a9f50afe00f1c91782a1bd7e1da09a24474',
  'domain rollback pointer conflict, hook and evidence from others / base policy / reversed':
    '54ec651b04bef63711ea823ac7de5f5d087922bdc0650b0be400264929228c87',
  'domain rollback pointer conflict, hook and evidence from others / examples policy / forward':
    '769a068cd5ff137e936e55aecdf9b6b067f4f18014c0f7d5aa01062b42876c28',
  'domain rollback pointer conflict, hook and evidence from others / examples policy / reversed':
    'd8642ebb3e870571da696bbfdccc6989efd26b6e33cc345cc4364dcff3445583',
  'domain environment conflict and renamed environment / base policy / forward':
    'b8f1f4aa450dcc2545ebd3f5dbf65ed1fa4c783a4bc448e4b9bfe48761369179',
  'domain environment conflict and renamed environment / base policy / reversed':
    'c4b6a16ca0f1695f924554ed9ca66c3ffe0b41acc6c12772e69ef944346d31d3',
  'domain environment conflict and renamed environment / examples policy / forward':
    'a71f2cfe6096f4242fb2d2cd0c80a51af530da3344f9f5c90c7fe54f74685e3a',
  'domain environment conflict and renamed environment / examples policy / reversed':
    '6acfa92f6c74c23eb719e6796725b11fa4e7d2def5e0d82468de42fbcdac9de9',
  'domain waiver rejected elsewhere / base policy / forward':
    'f6aaee5e14e28c41640c647d9cdf9d646064b18fd272da38ace216fdcbcc46ed',
  'domain waiver rejected elsewhere / base policy / reversed':
    'f6aaee5e14e28c41640c647d9cdf9d646064b18fd272da38ace216fdcbcc46ed',
  'domain waiver rejected elsewhere / examples policy / forward':
    'b59af73815a347cd3848320d0e10cd9471e33633e1048dd04b846339d1d6a1ef',
  'domain waiver rejected elsewhere / examples policy / reversed':
    'b59af73815a347cd3848320d0e10cd9471e33633e1048dd04b846339d1d6a1ef',
  'domain waiver pending, then approved elsewhere / base policy / forward':
    '1d652e8af9a2701732e5c8b299facea8d1815328403603876f948293c0a8cf69',
  'domain waiver pending, then approved elsewhere / base policy / reversed':
    '1d652e8af9a2701732e5c8b299facea8d1815328403603876f948293c0a8cf69',
  'domain waiver pending, then approved elsewhere / examples policy / forward':
    '1d652e8af9a2701732e5c8b299facea8d1815328403603876f948293c0a8cf69',
  'domain waiver pending, then approved elsewhere / examples policy / reversed':
    '1d652e8af9a2701732e5c8b299facea8d1815328403603876f948293c0a8cf69',
  'domain window restated identically / base policy / forward':
    'e4264a31c2a6a52ce9fd4923b542e4d1a9318716476b274401f14ce9ee6daebd',
  'domain window restated identically / base policy / reversed':
    '1c4c63c4a90c22108c5c81c9b2fa79deeb710d80abb209d26555a90ecd92615e',
  'domain window restated identically / examples policy / forward':
    '3390aecd72dbbf9750a296542d9916e0759d1a6bc7bde26ba122c4560889f642',
  'domain window restated identically / examples policy / reversed':
    'c1f4ca0d9745eb58c627ae9113cff81c1b498988b9e118ad55cf8aab9eac1526',
  'domain window conflict / base policy / forward': 'e4264a31c2a6a52ce9fd4923b542e4d1a9318716476b274401f14ce9ee6daebd',
  'domain window conflict / base policy / reversed': '1c4c63c4a90c22108c5c81c9b2fa79deeb710d80abb209d26555a90ecd92615e',
  'domain window conflict / examples policy / forward':
    'e4264a31c2a6a52ce9fd4923b542e4d1a9318716476b274401f14ce9ee6daebd',
  'domain window conflict / examples policy / reversed':
    '1c4c63c4a90c22108c5c81c9b2fa79deeb710d80abb209d26555a90ecd92615e',
  'domain no window / base policy / forward': 'ebf84707ee473a9c1c0924c506036bbf4f28493e67387d0fd04c0cd0c4314ed4',
  'domain no window / base policy / reversed': 'ebf84707ee473a9c1c0924c506036bbf4f28493e67387d0fd04c0cd0c4314ed4',
  'domain no window / examples policy / forward': 'ebf84707ee473a9c1c0924c506036bbf4f28493e67387d0fd04c0cd0c4314ed4',
  'domain no window / examples policy / reversed': 'ebf84707ee473a9c1c0924c506036bbf4f28493e67387d0fd04c0cd0c4314ed4',
  'domain sbom subjects and suspicions / base policy / forward':
    'a5bd73975f8ee982ec8afc07c22bb16b3ac755c8de8f5ff80da7fff49304fdc0',
  'domain sbom subjects and suspicions / base policy / reversed':
    'a5bd73975f8ee982ec8afc07c22bb16b3ac755c8de8f5ff80da7fff49304fdc0',
  'domain sbom subjects and suspicions / examples policy / forward':
    'cf0ef7e1d1c11df377169c738273a5c00d11fbd6f6ea091e279e3b68a290a5d8',
  'domain sbom subjects and suspicions / examples policy / reversed':
    'cf0ef7e1d1c11df377169c738273a5c00d11fbd6f6ea091e279e3b68a290a5d8',
  'cli payments': 'ea6f26de84b1bbfd01d6d852bb30365fcaf6439a8c81982ceb8516fae0421087',
  'cli payments again (unchanged)': '3cbbfcaf1c79bb0d422506883f8624a949d536d10b58d46b1e441f3bb8d01af3',
  'cli payments --json': 'b5754b4c52ea926e70b588e6dd4462cfb7a4518dca2a9325c46866fbcc6f965b',
  'cli payments default policy': '071e1b932997d8b7c64dfe3f80140f9c515a6d5b1ae2c322286cfcb705336f40',
  'cli held --previous': 'e5635014a5d18c3e1b4d7fd2d8548b1af0e13d61f9a514972e4c4bc7914e3e13',
  'cli held --previous --json': '94645bb3f9b4f5a2cecded49367acad549a4e81d82be8e41894391b0bc0aacb0',
  'cli held without previous': 'a7da49db85742ad7898c68add97b2a461dfe22c0006a065535fd619b73304ddd',
  'cli held previous-sources': 'f117b6e31932bac09550e512ab59b188c00feb81499ac540c694edddd3c13781',
  'cli held previous-sources then held': '2df517cac4d911b5ac8db031a9adb42413405b7bd926e6b61df0ffef19524481',
  'cli previous of another release': '810a37ef5a0a136389439c4d9b86b1749332eea5843891e52e762fc21046a83c',
  'cli missing --out': 'b1fad8a02a9df3f7ca7e2b57dd9957d63ef1f9d853930e416f44478c94e4887f',
  'cli missing --sources': 'c256e34f5e13fc6abf8faa400e9253aa15d5022aefd26c6ffdb1426e32f3ae65',
  'bench 1 components': '12392563ef09bdf13fdb8f8f1d9c13bceca2db92f0d4dead87a194c4bfc2d458',
  'bench 3 components': 'b4b01c0994129f47f4c4725d0a54e74e283b841da826c226c8e800030885c4de',
  'bench 12 components': '07d89dc382c14dc322c84e9fce6b5aa0557b2e229f44ec6a797bde5849635031',
};

let root = '';
beforeAll(async () => {
  root = await makeTempDir('cutover-identity-');
});
afterAll(async () => {
  await removeDir(root);
});

async function computeAll(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const examplePolicy = await readPolicy(EXAMPLES.policy);
  for (const [name, records] of Object.entries(scenarios())) {
    for (const [policyName, policy] of [
      ['base', basePolicy()],
      ['examples', examplePolicy],
    ] as const) {
      out[`domain ${name} / ${policyName} policy / forward`] = domainHash(records, policy);
      out[`domain ${name} / ${policyName} policy / reversed`] = domainHash([...records].reverse(), policy);
    }
  }

  const cli = (sources: string, dir: string, ...extra: string[]) => {
    const target = path.join(root, dir);
    return cliHash(['assemble', '--sources', sources, '--out', target, ...extra], target);
  };
  const policy = ['--policy', EXAMPLES.policy];
  out['cli payments'] = await cli(EXAMPLES.payments.sources, 'payments', ...policy);
  out['cli payments again (unchanged)'] = await cli(EXAMPLES.payments.sources, 'payments', ...policy);
  out['cli payments --json'] = await cli(EXAMPLES.payments.sources, 'payments-json', ...policy, '--json');
  out['cli payments default policy'] = await cli(EXAMPLES.payments.sources, 'payments-default');
  out['cli held --previous'] = await cli(
    EXAMPLES.held.sources,
    'held',
    ...policy,
    '--previous',
    EXAMPLES.held.previous,
  );
  out['cli held --previous --json'] = await cli(
    EXAMPLES.held.sources,
    'held-json',
    ...policy,
    '--previous',
    EXAMPLES.held.previous,
    '--json',
  );
  out['cli held without previous'] = await cli(EXAMPLES.held.sources, 'held-alone', ...policy);
  out['cli held previous-sources'] = await cli(EXAMPLES.held.previousSources, 'held-prev', ...policy);
  // Into a directory that holds another revision: the next revision supersedes it.
  out['cli held previous-sources then held'] = await cli(EXAMPLES.held.sources, 'held-prev', ...policy);
  out['cli previous of another release'] = await cli(
    EXAMPLES.payments.sources,
    'wrong-previous',
    ...policy,
    '--previous',
    EXAMPLES.held.previous,
  );
  out['cli missing --out'] = sha(
    placeless(JSON.stringify(await runCli(['assemble', '--sources', EXAMPLES.payments.sources])), root),
  );
  out['cli missing --sources'] = sha(placeless(JSON.stringify(await runCli(['assemble', '--out', root])), root));

  for (const size of [1, 3, 12]) {
    const inputs = await generate(path.join(root, `bench-${size}`), size);
    out[`bench ${size} components`] = await cli(inputs.sources, `bench-${size}-out`, '--policy', inputs.policy);
  }
  return out;
}

describe('assembly output is byte-identical to the stored hashes', () => {
  it('every example, bench workspace and conflict scenario hashes as before', async () => {
    const actual = await computeAll();
    if (process.env.CUTOVER_PRINT_IDENTITY) console.log(JSON.stringify(actual, null, 2));
    expect(Object.keys(actual).length).toBeGreaterThan(50);
    expect(actual).toEqual(EXPECTED);
  }, 60_000);
});
