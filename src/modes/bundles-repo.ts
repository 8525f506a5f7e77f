/**
 * Reading the bundles repository through the port: the policy (from a trusted ref), release directories
 * touched by a change, and a release directory's files at a commit.
 */
import type { ApprovalManifest } from '../domain/model.js';
import {
  BUNDLE_FILES,
  BUNDLES_ROOT,
  type BundleFileKey,
  releaseDirectory,
  unsafeSegmentReason,
} from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import { InputError } from '../errors.js';
import type { GitHubPort, RepoRef } from '../github/port.js';
import { parseDocument } from '../schema/parse.js';
import type { ReleaseTexts } from '../schema/release.js';
import { validateDocument } from '../schema/validate.js';

/**
 * Reads and validates the policy at a ref the pull request cannot change (a default-branch commit, or undefined:
 * the head of the default branch).
 */
export async function readPolicyAt(
  github: GitHubPort,
  repo: RepoRef,
  ref: string | undefined,
  path: string,
): Promise<Policy> {
  const text = (await github.readFiles(repo, ref, [path]))[path];
  if (text === undefined) {
    const where = ref ? `at ${ref.slice(0, 12)}` : 'on its default branch';
    throw new InputError(`policy file not found in ${repo.owner}/${repo.repo} ${where}`, {
      file: path,
      expected: 'a policy file on the base branch of the bundles repository',
    });
  }
  return validateDocument<Policy>('policy', parseDocument(text, path), path, text);
}

export interface ReleaseDir {
  product: string;
  release: string;
  path: string;
}

/** Release directories (`bundles/<product>/<release>/`) that the given repository paths touch. */
export function releaseDirsOf(paths: readonly string[]): ReleaseDir[] {
  const found = new Map<string, ReleaseDir>();
  for (const path of paths) {
    const [root, product, release, file] = path.split('/');
    if (root !== BUNDLES_ROOT || !product || !release || file === undefined) continue;
    if (unsafeSegmentReason(product) || unsafeSegmentReason(release)) continue;
    found.set(`${product}/${release}`, { product, release, path: releaseDirectory(product, release) });
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether a path changes how bundles are governed (policy, schemas, CODEOWNERS, workflows). */
export function isGovernancePath(path: string, policyPath: string): boolean {
  return (
    path === policyPath ||
    path.startsWith('.cutover/') ||
    /(^|\/)CODEOWNERS$/.test(path) ||
    path.startsWith('.github/workflows/') ||
    path.startsWith('schemas/')
  );
}

/** The four files of a release directory at a commit. */
export async function readReleaseAt(
  github: GitHubPort,
  repo: RepoRef,
  commit: string,
  dir: string,
): Promise<ReleaseTexts> {
  const keys = Object.keys(BUNDLE_FILES) as BundleFileKey[];
  const files = await github.readFiles(
    repo,
    commit,
    keys.map((k) => `${dir}/${BUNDLE_FILES[k]}`),
  );
  const texts: ReleaseTexts = {};
  for (const key of keys) {
    const text = files[`${dir}/${BUNDLE_FILES[key]}`];
    if (text !== undefined) texts[key] = text;
  }
  return texts;
}

/** The manifest of a release at a commit, validated, or undefined when absent. */
export async function readManifestAt(
  github: GitHubPort,
  repo: RepoRef,
  commit: string,
  dir: string,
): Promise<ApprovalManifest | undefined> {
  const path = `${dir}/${BUNDLE_FILES.manifest}`;
  return manifestOf((await github.readFiles(repo, commit, [path]))[path], dir);
}

/** A release directory's manifest from its text (as read with the other files), validated; undefined when absent. */
export function manifestOf(text: string | undefined, dir: string): ApprovalManifest | undefined {
  if (text === undefined) return undefined;
  const path = `${dir}/${BUNDLE_FILES.manifest}`;
  return validateDocument<ApprovalManifest>('manifest', parseDocument(text, path, 'json'), path, text);
}
