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
  /** A line the operator must see: a warning annotation on the run in the action. Absent: written with `log`. */
  warn?: (line: string) => void;
  /**
   * Runs one part of the work under a heading (a collapsible group in the Actions log, one per release
   * directory). Absent: the work just runs.
   */
  group?: <T>(name: string, work: () => Promise<T>) => Promise<T>;
}

/**
 * Starts a read now, to be awaited later where its answer is needed: reads that do not depend on each other go
 * out together (each round trip to GitHub is paid once), and a failure surfaces where it is awaited, as if the
 * read had been made there. A read never awaited (a refusal came first) fails silently: it decided nothing.
 */
export function early<T>(read: Promise<T>): Promise<T> {
  read.catch(() => {});
  return read;
}

/** Runs `work` in the context's log group, when it has one. */
export function inGroup<T>(ctx: ModeContext, name: string, work: () => Promise<T>): Promise<T> {
  return ctx.group ? ctx.group(name, work) : work();
}

/**
 * Every output a mode can report, by name. The action sets each as a step output, so action.yml must declare
 * each one (src/action/outputs.ts lists them; test/convention/outputs.test.ts compares the two).
 */
export interface ModeOutputs {
  /** sha256 digest of the bundle (assemble, seal, read). */
  'bundle-digest'?: string;
  /** Revision number of the bundle (assemble, seal, read). */
  revision?: string;
  /** Pull request in the bundles repository that carries the revision (assemble). */
  'pull-request-number'?: string;
  /** Number of open holds (assemble). */
  'holds-count'?: string;
  /** Path of the approval manifest in the bundles repository (assemble, seal, read). */
  'manifest-path'?: string;
  /** The commit assemble wrote, when it wrote one (assemble); the sealed commit (read). */
  commit?: string;
  /** Number of failed cutover/* check runs (verify). */
  'failed-checks'?: string;
  /** Whether cutover/approval succeeded (gate). */
  approved?: string;
  /** The seal tag(s) created (seal); the seal tag read (read). */
  tag?: string;
  /** Seal tags created by reconcile (reconcile). */
  sealed?: string;
  /** Number of merged release directories reconcile could not seal (reconcile). */
  unsealed?: string;
  /** Seal tags whose lost hand-off reconcile sent again (reconcile). */
  'handed-off'?: string;
  /** Number of hand-offs reconcile found lost but did not send, each a warning (reconcile). */
  'handoff-problems'?: string;
  /** Deployment queue the sealed revision is bound to (read). */
  queue?: string;
  /** Start of the sealed deployment window, RFC 3339 (read). */
  'window-start'?: string;
  /** End of the sealed deployment window, RFC 3339 (read). */
  'window-end'?: string;
  /** Whether the window has `not started`, is `open` or has `ended` when read (read). */
  'window-state'?: string;
  /** `latest`, `superseded` (a later revision is sealed) or `unsealed` (read). */
  standing?: string;
}

/** Names and values a mode reports; the action turns them into outputs and the job summary. */
export interface ModeResult {
  outputs: ModeOutputs;
  /** Markdown for the job summary. */
  summary: string;
  /**
   * Set when the mode's result is a failure that must still report its outputs and summary (read: an integrity
   * check failed). The action writes both, then fails the step with this message.
   */
  failure?: string;
}
