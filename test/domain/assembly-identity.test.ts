/**
 * Byte-identity of assembly across refactors: the sha256 of everything `assemble` (domain) and
 * `cutover assemble` (CLI) produce, for every shipped example, for the bench's generated workspaces at small
 * sizes, and for record sets that exercise each record kind's conflict and suspicion paths in both orders.
 * The CLI hashes below were computed from the code before assembly was split into one reducer per record kind
 * (issue 15); the domain hashes, of the digest and the rendered files, by the code of c8daed7 (issue 13: from
 * then on the objects' key order in memory is free, the bytes written are not). A change in any output byte,
 * hold reason, lineage entry or CLI line fails here and names the case. When an output change is intended,
 * recompute with `CUTOVER_PRINT_IDENTITY=1` and say why in the commit.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import { renderJson } from '../../src/domain/files.js';
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

/**
 * The hash of one domain assembly (its digest and the bytes of the three files it renders), or of the error
 * it throws. What is hashed is what a run writes, not the objects' key order in memory, which is free.
 */
function domainHash(records: readonly SourceRecord[], policy: Policy): string {
  try {
    const { files, digest: bundleDigest } = assembleRecords(records, { policy });
    const rendered = (['bundle', 'lineage', 'holds'] as const).map((key) => `${key}\n${renderJson(files[key])}`);
    return sha(`${bundleDigest}\n${rendered.join('\n')}`);
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

/** sha256 per case (see the file comment for where they come from). */
const EXPECTED: Record<string, string> = {
  'domain clean / base policy / forward': '7d96f04fb07410f20db59b4c6fc6b8faebeb4668866b0ed02a6f8a6d2b4daf48',
  'domain clean / base policy / reversed': '7d96f04fb07410f20db59b4c6fc6b8faebeb4668866b0ed02a6f8a6d2b4daf48',
  'domain clean / examples policy / forward': '7d96f04fb07410f20db59b4c6fc6b8faebeb4668866b0ed02a6f8a6d2b4daf48',
  'domain clean / examples policy / reversed': '7d96f04fb07410f20db59b4c6fc6b8faebeb4668866b0ed02a6f8a6d2b4daf48',
  // The first signature statement is kept since the candidate-signature fix (test/sources/candidate-signature-
  // claim.test.ts): forward and reversed swapped their outputs.
  'domain signature conflict / base policy / forward':
    'a0ed3b43da87b3bbabd4260823f030b18330b0380e22e10653b62f02292c5156',
  'domain signature conflict / base policy / reversed':
    '0b1dbe2cdb35cc6e21198efa3743725ad7dbd89308fac42a1bedb308f5d40bf7',
  'domain signature conflict / examples policy / forward':
    'a0ed3b43da87b3bbabd4260823f030b18330b0380e22e10653b62f02292c5156',
  'domain signature conflict / examples policy / reversed':
    '0b1dbe2cdb35cc6e21198efa3743725ad7dbd89308fac42a1bedb308f5d40bf7',
  'domain no signature / base policy / forward': '30b1dc95ab2b0bbc33fe912495a6c182fdc7b01ee8c75df2545623fbcc92906f',
  'domain no signature / base policy / reversed': '30b1dc95ab2b0bbc33fe912495a6c182fdc7b01ee8c75df2545623fbcc92906f',
  'domain no signature / examples policy / forward': '30b1dc95ab2b0bbc33fe912495a6c182fdc7b01ee8c75df2545623fbcc92906f',
  'domain no signature / examples policy / reversed':
    '30b1dc95ab2b0bbc33fe912495a6c182fdc7b01ee8c75df2545623fbcc92906f',
  'domain artifact conflict and computed digest / base policy / forward':
    'a1196a78876af55762d33617aa7a3a11816de82054d09c83f3a93b32b83728bb',
  'domain artifact conflict and computed digest / base policy / reversed':
    '712fa20b34f2ded4f166d737117b35794f88bdc55fd31ad1dd290008b8711ca2',
  'domain artifact conflict and computed digest / examples policy / forward':
    'bbfb6e545fe73ccb3982c17f817192d57455bc4161f0556c1fa6c9d5dbc9b906',
  'domain artifact conflict and computed digest / examples policy / reversed':
    'e8f73444969658998ebb9b563aa7bf26501670a6ac7cea91cfa211c891440ff9',
  'domain duplicate provenance and dependency, renamed component / base policy / forward':
    'bf54c40e3b8d48f829de29d52dfad0fead6e20e388867fa92ae1cfd3219fe3d4',
  'domain duplicate provenance and dependency, renamed component / base policy / reversed':
    '6cffc7c9591fa2137fc5570ce05d962363f79ee7ab03ef67e0cf94a53f036e0d',
  'domain duplicate provenance and dependency, renamed component / examples policy / forward':
    'c6a3c05537f80d86be1760f2d9f83bab49c305dadfb179a0ee7744d88136a4f3',
  'domain duplicate provenance and dependency, renamed component / examples policy / reversed':
    '452f0b27f73c9e16ebb140fbbdad90de80a7f5ce2222c8feec46b9612aa34762',
  'domain cohort conflict and renamed cohort / base policy / forward':
    'db45cdc2d25c6ae594590058085a5c9cf6b2fa652d14882bd48132b960439b78',
  'domain cohort conflict and renamed cohort / base policy / reversed':
    '66f53a69eb0ad4df8414c6e2850dbd4707765f2a07d00940d9ca1891cb4b9fb4',
  'domain cohort conflict and renamed cohort / examples policy / forward':
    'fba5e69f0371a734cb3687996acaea0b9b45b88a030da8cf7af48ac0f9354e9c',
  'domain cohort conflict and renamed cohort / examples policy / reversed':
    '214763b3c92ca84389acf8a8107303cd4111ad54d773a46e5361b8ded4760ec1',
  'domain rollback pointer conflict, hook and evidence from others / base policy / forward':
    '970e19ab3adb5092e9e19e00c88dff3626b17848fa65a9942a343b9c7bcf9b29',
  'domain rollback pointer conflict, hook and evidence from others / base policy / reversed':
    '66d1560609ab61d568f9520583cb4dfa348707fe591fe77bcdee65074c2f032c',
  'domain rollback pointer conflict, hook and evidence from others / examples policy / forward':
    'e02a7ad51b2255d62efcd40009d3606d73f12a155192e7257d7d9385aeca65dd',
  'domain rollback pointer conflict, hook and evidence from others / examples policy / reversed':
    '152df77b61278489aaa4a2e2bd4f1808917edb40888e847f6344dfb26dc46f97',
  'domain environment conflict and renamed environment / base policy / forward':
    '4ae6b9b16e91334d58a82fd702c66048a86564fb992a8a0c50b2e2cc6cf00cae',
  'domain environment conflict and renamed environment / base policy / reversed':
    '1a141349d886bc6a8ff03c3e538aba42de645b014e49ccd93368c0eacdff1fda',
  'domain environment conflict and renamed environment / examples policy / forward':
    '3c5619ab87729604f491c4585f73be5fe3c702133eefe8e2e1826034b711a220',
  'domain environment conflict and renamed environment / examples policy / reversed':
    'c2767dddf465c272ced1468d082eaccc3c7cae1f831a8aeb05c07079b371cc10',
  'domain waiver rejected elsewhere / base policy / forward':
    '565db47e753a9d7ddbd2419a88d8de31fe730f1773c41aa5fadd137b372709f2',
  'domain waiver rejected elsewhere / base policy / reversed':
    '565db47e753a9d7ddbd2419a88d8de31fe730f1773c41aa5fadd137b372709f2',
  'domain waiver rejected elsewhere / examples policy / forward':
    '5a15e343d331ffd5a47684147850cba95c469cac6b6fd90500d7758143e2f222',
  'domain waiver rejected elsewhere / examples policy / reversed':
    '5a15e343d331ffd5a47684147850cba95c469cac6b6fd90500d7758143e2f222',
  'domain waiver pending, then approved elsewhere / base policy / forward':
    '17c694d26ea944c12690a2b326940a03871acebf5ad81c48a92a926af610403d',
  'domain waiver pending, then approved elsewhere / base policy / reversed':
    '17c694d26ea944c12690a2b326940a03871acebf5ad81c48a92a926af610403d',
  'domain waiver pending, then approved elsewhere / examples policy / forward':
    '17c694d26ea944c12690a2b326940a03871acebf5ad81c48a92a926af610403d',
  'domain waiver pending, then approved elsewhere / examples policy / reversed':
    '17c694d26ea944c12690a2b326940a03871acebf5ad81c48a92a926af610403d',
  'domain window restated identically / base policy / forward':
    'e4264a31c2a6a52ce9fd4923b542e4d1a9318716476b274401f14ce9ee6daebd',
  'domain window restated identically / base policy / reversed':
    '1c4c63c4a90c22108c5c81c9b2fa79deeb710d80abb209d26555a90ecd92615e',
  'domain window restated identically / examples policy / forward':
    'ec9f4a75a2e08f1ab85d430c2b4e5359c851b40762c193565404f1e3f7741c13',
  'domain window restated identically / examples policy / reversed':
    'ef1ffb4f82b41cfb3ac344ecdd17a848b5a2aaa3794c560843e65de03db7ff1e',
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
    '54eb18cc1e289a2b8fd80213935248092e0edb481144dc31ed71b3cca4bcb388',
  'domain sbom subjects and suspicions / base policy / reversed':
    '54eb18cc1e289a2b8fd80213935248092e0edb481144dc31ed71b3cca4bcb388',
  'domain sbom subjects and suspicions / examples policy / forward':
    '27eeacf51a6d53460f8e139f620f1026e7d02e0b2165e892b6a0eb1913b2b106',
  'domain sbom subjects and suspicions / examples policy / reversed':
    '27eeacf51a6d53460f8e139f620f1026e7d02e0b2165e892b6a0eb1913b2b106',
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
