/**
 * The approval manifest: binds one exact bundle revision (number + content digest) to one deployment queue
 * and one time window, and names the required approver teams. It states where Cutover's work ends.
 */
import { RefusalError } from '../errors.js';
import type { ApprovalManifest, Bundle, RevisionRef } from './model.js';
import { revisionReason } from './names.js';
import type { Policy } from './policy.js';

/** The handoff boundary, written into every manifest and seal record. */
export const HANDOFF_STATEMENT =
  'Approving this manifest approves exactly this bundle revision (its digest) for this deployment queue within this window. ' +
  'Cutover stops at the seal: it gives no go/no-go verdict and performs no deployment or rollback; ' +
  'the deployment queue decides when and whether to act within the window.';

export interface ManifestInput {
  bundle: Bundle;
  digest: string;
  revision: number;
  policy: Policy;
  supersedes: RevisionRef | null;
  /** Overrides of the change window's queue and times (action inputs); they must stay within the window. */
  queue?: string | undefined;
  window?: { start?: string | undefined; end?: string | undefined } | undefined;
}

/** Refuses a revision number outside 1..MAX_REVISION (the schema's and the seal tag's bound), naming it. */
export function assertRevision(revision: number, what = 'revision'): void {
  const reason = revisionReason(revision);
  if (reason)
    throw new RefusalError(
      `${what} ${revision} ${reason}; a release cannot take more revisions (start a new release name)`,
    );
}

/** Builds the manifest of one revision; a revision outside 1..MAX_REVISION is refused. */
export function buildManifest(input: ManifestInput): ApprovalManifest {
  assertRevision(input.revision);
  return {
    schemaVersion: 1,
    product: input.bundle.product,
    release: input.bundle.release,
    revision: input.revision,
    bundleDigest: input.digest,
    queue: input.queue ?? input.bundle.window.queue,
    window: {
      start: input.window?.start ?? input.bundle.window.start,
      end: input.window?.end ?? input.bundle.window.end,
    },
    requiredApprovers: { teams: [...input.policy.approvers.teams] },
    supersedes: input.supersedes,
    handoff: HANDOFF_STATEMENT,
  };
}

/** What the next revision is, given the latest one on record (if any). */
export type RevisionDecision =
  | { kind: 'unchanged'; revision: number }
  | { kind: 'next'; revision: number; supersedes: RevisionRef | null };

/**
 * Same digest as the latest revision: nothing to write. Otherwise the next number, superseding the latest
 * (sealed or not: an unsealed revision that is replaced is superseded just the same).
 */
export function decideRevision(latest: RevisionRef | undefined, digest: string): RevisionDecision {
  if (!latest) return { kind: 'next', revision: 1, supersedes: null };
  if (latest.bundleDigest === digest) return { kind: 'unchanged', revision: latest.revision };
  assertRevision(latest.revision + 1, 'next revision');
  return {
    kind: 'next',
    revision: latest.revision + 1,
    supersedes: { revision: latest.revision, bundleDigest: latest.bundleDigest },
  };
}
