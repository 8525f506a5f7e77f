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

/** Names and values a mode reports; the action turns them into outputs and the job summary. */
export interface ModeResult {
  outputs: Record<string, string>;
  /** Markdown for the job summary. */
  summary: string;
}
