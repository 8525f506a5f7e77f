/**
 * What every mode receives: the GitHub port, the bundles repository, a clock and a log. Passed in, never
 * read from globals, so modes run the same in the action, the CLI demo and unit tests.
 */
import type { GitHubPort, RepoRef } from '../github/port.js';

export interface ModeContext {
  github: GitHubPort;
  bundlesRepo: RepoRef;
  /** Path of the policy file in the bundles repository, always read from the base/default branch. */
  policyPath: string;
  now: () => Date;
  log: (line: string) => void;
}

/**
 * Every output a mode can report, by name. The action sets each as a step output, so action.yml must declare
 * each one (src/action/outputs.ts lists them; test/convention/outputs.test.ts compares the two).
 */
export interface ModeOutputs {
  /** sha256 digest of the bundle (assemble, seal). */
  'bundle-digest'?: string;
  /** Revision number of the bundle (assemble, seal). */
  revision?: string;
  /** Pull request in the bundles repository that carries the revision (assemble). */
  'pull-request-number'?: string;
  /** Number of open holds (assemble). */
  'holds-count'?: string;
  /** Path of the approval manifest in the bundles repository (assemble, seal). */
  'manifest-path'?: string;
  /** The commit assemble wrote, when it wrote one (assemble). */
  commit?: string;
  /** Number of failed cutover/* check runs (verify). */
  'failed-checks'?: string;
  /** Whether cutover/approval succeeded (gate). */
  approved?: string;
  /** The seal tag(s) created (seal). */
  tag?: string;
  /** Seal tags created by reconcile (reconcile). */
  sealed?: string;
  /** Number of merged release directories reconcile could not seal (reconcile). */
  unsealed?: string;
}

/** Names and values a mode reports; the action turns them into outputs and the job summary. */
export interface ModeResult {
  outputs: ModeOutputs;
  /** Markdown for the job summary. */
  summary: string;
}
