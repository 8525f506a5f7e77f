/**
 * A secret in the release records never reaches the release-bundles repository. The service's release-records
 * file names the payments-api artifact by a pre-signed download URL (an Azure SAS `sig`, as a build step writes it): assemble,
 * in-process over the real Octokit adapter and real HTTP to the GitHub-compatible server, fails on it before
 * anything is written to the bundles repository (no tree, commit, branch or pull request), and its error names the
 * file, the record and the field without the signature.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InputError, messageOf } from '../../src/errors.js';
import { assembleInProcess, inProcessWorlds } from '../e2e/in-process.js';
import { BUNDLES, newCandidate, type World } from '../e2e/world.js';

const exec = promisify(execFile);
const SIGNATURE = 'sRq1-SAS-signature-that-must-not-be-published';
const CANDIDATE = 'v2026.11.3-rc.3';

const setUp = inProcessWorlds();

/** Every ref of the bundles repository with the object it points at. */
async function bundlesRefs(world: World): Promise<string> {
  const repo = world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  return (await exec('git', ['--git-dir', repo, 'for-each-ref', '--format=%(refname) %(objectname)'])).stdout;
}

describe('assemble with a pre-signed artifact URL in the release records', () => {
  it('fails before writing anything to the bundles repository, and never names the signature', async () => {
    const { world, writer, lines } = await setUp();
    const records = (world.serviceFiles['.cutover/release-records.yaml'] ?? '').replace(
      /locator: oci:\/\/registry\.example\.com\/payments\/payments-api@\S+/,
      `locator: https://acme.blob.core.windows.net/payments/payments-api.tar?sv=2024-05-04&sr=b&sp=r&sig=${SIGNATURE}`,
    );
    expect(records).toContain(SIGNATURE);
    await newCandidate(world, CANDIDATE, { '.cutover/release-records.yaml': records });
    const refs = await bundlesRefs(world);
    const writes = () =>
      ['git/create-tree', 'git/create-commit', 'git/create-ref', 'git/update-ref', 'pulls/create'].map((id) =>
        world.server.log.count({ operationId: id }),
      );
    const before = writes();

    const failure = await assembleInProcess(world, writer, { tag: CANDIDATE }).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(InputError);
    const error = failure as InputError;
    expect(error.file).toBe('.cutover/release-records.yaml');
    expect(error.field).toBe('artifact.locator');
    expect(messageOf(error)).toContain("query parameter 'sig'");
    expect(`${messageOf(error)}\n${lines.join('\n')}`).not.toContain(SIGNATURE);
    expect(writes()).toEqual(before);
    expect(await bundlesRefs(world)).toBe(refs);
  }, 60_000);
});
