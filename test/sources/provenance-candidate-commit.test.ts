/**
 * Attack: provenance of the candidate's own repository, built from another commit.
 *
 * A pusher to the service repository can put a provenance document of an older build, or of a build of their own
 * branch (signed keyless by a workflow run of that repository: an identity policy of issuer and repository matches
 * it), into the commit release engineering later tags. The statement and its Fulcio certificate agree with each
 * other (both name the branch build's commit), so nothing but the candidate itself can tell: the artifact was not
 * built from the candidate commit. Assembly must hold it (`provenance-mismatch`). Provenance of a component built
 * in another repository is not compared with the candidate (a bundle may carry such components).
 *
 * Real documents: the slsa-github-generator delegator bundle (slsa-framework/example-package at 4d329c75…),
 * verified keyless against the Sigstore public-good root by the real adapter. Skipped, with a message, when
 * ../shared is absent.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble } from '../../src/domain/assemble.js';
import { renderReleaseFiles } from '../../src/domain/files.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { verifyRelease } from '../../src/modes/verification.js';
import { readSources } from '../../src/sources/index.js';
import { basePolicy, cleanRecords, lineage, manifestOf, withoutHolds } from '../helpers/records.js';
import { contextFor, haveRealFixtures, NO_FIXTURES, realFixtures, repoRoot, tempDir, writeFiles } from './helpers.js';

const V02 = 'slsa-verifier-gha_delegator-v2.1.0-push-v14.build.slsa.sigstore.json';
const ROOT = path.join(repoRoot, 'test/sources/sigstore/trusted_root.public-good.json');
const SUBJECT = 'sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03';
/** The commit the real bundle's statement and certificate name. */
const BUILT_AT = '4d329c75e7ec1725f7c9ce917a8799d408d06be3';
const CANDIDATE_AT = '9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f';
const IDENTITY = {
  issuer: 'https://token.actions.githubusercontent.com',
  repository: 'slsa-framework/example-package',
};

let dir: string;
let cleanup: () => Promise<void>;

/** The clean release with component `api` built as the real bundle says (its digest, its provenance). */
async function records(): Promise<SourceRecord[]> {
  const real = await readSources(
    [{ id: 'prov', kind: 'provenance', path: V02, component: 'api', trustedRoot: 'root.json', identity: IDENTITY }],
    contextFor(dir),
  );
  const base = cleanRecords().filter((r) => !(r.type === 'provenance' && r.component === 'api'));
  return [
    ...base.map((r) =>
      r.type === 'artifact' && r.component === 'api' ? { ...r, artifact: { ...r.artifact, digest: SUBJECT } } : r,
    ),
    ...real,
  ];
}

function assembleFor(candidate: { repository: string; commit: string }, recordList: SourceRecord[]) {
  return assemble({
    product: 'payments',
    release: '2026.11.3',
    candidate: { tag: 'v14', ...candidate },
    candidateLineage: { sourceId: 'candidate', lineage: lineage('/candidate') },
    records: recordList,
    policy: basePolicy(),
  });
}

describe.skipIf(!haveRealFixtures)(
  `provenance tied to the candidate commit (${haveRealFixtures ? 'present' : NO_FIXTURES})`,
  () => {
    beforeAll(async () => {
      ({ dir, cleanup } = await tempDir());
      await writeFiles(dir, {
        'root.json': await readFile(ROOT, 'utf8'),
        [V02]: await readFile(path.join(realFixtures, 'provenance', V02), 'utf8'),
      });
    });
    afterAll(() => cleanup());

    it('holds validly signed provenance of the candidate repository built at another commit', async () => {
      const assembly = assembleFor(
        { repository: 'slsa-framework/example-package', commit: CANDIDATE_AT },
        await records(),
      );
      const api = assembly.files.bundle.components.findIndex((c) => c.name === 'api');
      expect(assembly.files.bundle.components[api]?.provenance?.[0]?.signatureVerified).toBe(true);
      expect(assembly.files.holds.holds.map((h) => [h.rule, h.path, h.reason])).toEqual([
        [
          'provenance-mismatch',
          `/components/${api}/provenance/0`,
          `provenance of api was built from https://github.com/slsa-framework/example-package at commit ${BUILT_AT} (the statement's source commit, and its signer's), not at the candidate commit ${CANDIDATE_AT} of slsa-framework/example-package (tag v14)`,
        ],
      ]);
      expect(assembly.files.holds.holds[0]?.evidence.map((e) => e.locator)).toEqual([`${V02}#`]);
      // verify agrees: the hold is open, so cutover/holds fails.
      const texts = renderReleaseFiles(assembly.files, manifestOf(assembly));
      const failed = verifyRelease(texts, basePolicy()).filter((o) => o.status === 'failed');
      expect(failed.map((o) => o.rule)).toEqual(['holds']);
    });

    it('fails verify when holds.json leaves that hold out (a downgraded writer: the service repository picks the Cutover version assemble runs)', async () => {
      const assembly = assembleFor(
        { repository: 'slsa-framework/example-package', commit: CANDIDATE_AT },
        await records(),
      );
      const api = assembly.files.bundle.components.findIndex((c) => c.name === 'api');
      const forged = withoutHolds(renderReleaseFiles(assembly.files, manifestOf(assembly)));
      const failed = verifyRelease(forged, basePolicy()).filter((o) => o.status === 'failed');
      expect(failed.map((o) => [o.rule, o.findings.map((f) => [f.file, f.path, f.message])])).toEqual([
        [
          'holds',
          [
            [
              'bundle.json',
              `/components/${api}/provenance/0`,
              `holds.json has no provenance-mismatch hold at /components/${api}/provenance/0, which bundle.json calls for under this policy: provenance of api was built from https://github.com/slsa-framework/example-package at commit ${BUILT_AT} (the statement's source commit, and its signer's), not at the candidate commit ${CANDIDATE_AT} of slsa-framework/example-package (tag v14)`,
            ],
          ],
        ],
      ]);
      expect(failed[0]?.findings[0]?.line).toBeGreaterThan(1);
    });

    it('compares repositories however they are written (case, URL, .git)', async () => {
      const assembly = assembleFor(
        { repository: 'Slsa-Framework/Example-Package', commit: CANDIDATE_AT },
        await records(),
      );
      expect(assembly.files.holds.holds.map((h) => h.rule)).toEqual(['provenance-mismatch']);
    });

    it('holds a statement whose own source commit is another, even when no signer vouches for it', async () => {
      const unsigned = (await records()).map((r) =>
        r.type === 'provenance' && r.component === 'api'
          ? {
              ...r,
              provenance: {
                builder: r.provenance.builder,
                sourceRepository: 'git+https://github.com/slsa-framework/example-package.git',
                sourceCommit: BUILT_AT,
                subjects: r.provenance.subjects,
                signatureVerified: false,
                verification: 'not-verified: no trust root supplied',
              },
            }
          : r,
      );
      const assembly = assembleFor({ repository: 'slsa-framework/example-package', commit: CANDIDATE_AT }, unsigned);
      expect(assembly.files.holds.holds.map((h) => [h.rule, h.reason])).toEqual([
        [
          'provenance-mismatch',
          `provenance of api was built from git+https://github.com/slsa-framework/example-package.git at commit ${BUILT_AT} (the statement's source commit), not at the candidate commit ${CANDIDATE_AT} of slsa-framework/example-package (tag v14)`,
        ],
      ]);
    });

    it('accepts it at the candidate commit (commits compared without case)', async () => {
      const assembly = assembleFor(
        { repository: 'slsa-framework/example-package', commit: BUILT_AT.toUpperCase() },
        await records(),
      );
      expect(assembly.files.holds.holds).toEqual([]);
    });

    it('leaves provenance of a component built in another repository alone', async () => {
      const assembly = assembleFor({ repository: 'acme/payments', commit: CANDIDATE_AT }, await records());
      expect(assembly.files.holds.holds).toEqual([]);
    });
  },
);
