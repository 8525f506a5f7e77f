/**
 * The revision chain of one release: every new revision follows the last approved one (the release's latest
 * seal, or the default branch's manifest when that is newer) by exactly one, and names it, digest included,
 * as the revision it supersedes. Revisions written earlier on the same pull request (never merged) are links
 * of the chain too: a later revision on the pull request supersedes the one before it.
 */
import type { ApprovalManifest, RevisionRef } from './model.js';

export interface ChainAnchor extends RevisionRef {
  /** Where the anchor was read, for messages: a seal tag or `<branch> at <sha>`. */
  source: string;
}

/** What is known of a release's history where its new revision is judged. */
export interface ReleaseHistory {
  /** The last approved revision every new one must follow, or null for a release with none. */
  anchor: ChainAnchor | null;
  /**
   * Manifests written earlier on this pull request, newest first: the links between the anchor and this
   * revision, each with what it superseded (every link is judged as a new revision would be).
   */
  earlier: readonly Link[];
}

/** An earlier revision of the pull request and the revision it superseded. */
export interface Link extends RevisionRef {
  supersedes: RevisionRef | null;
}

export interface ChainProblem {
  /** JSON Pointer into manifest.json. */
  path: '/revision' | '/supersedes' | '/supersedes/bundleDigest';
  message: string;
}

const ref = (r: RevisionRef) => `revision ${r.revision} (${r.bundleDigest})`;

/** The problems of a manifest's place in its release's chain; empty when it is exactly the next link. */
export function revisionChainProblems(
  manifest: Pick<ApprovalManifest, 'product' | 'release' | 'revision' | 'supersedes'>,
  history: ReleaseHistory,
): ChainProblem[] {
  const { anchor, earlier } = history;
  const { revision, supersedes } = manifest;
  const name = `${manifest.product} ${manifest.release}`;
  const fromAnchor = anchor
    ? `expected revision ${anchor.revision + 1} superseding ${ref(anchor)} (${anchor.source})`
    : 'expected revision 1 superseding nothing (the release has no approved revision)';
  if (supersedes === null) {
    if (anchor === null && revision === 1) return [];
    return [
      {
        path: anchor ? '/supersedes' : '/revision',
        message: `revision ${revision} of ${name} supersedes nothing: ${fromAnchor}`,
      },
    ];
  }
  if (anchor && supersedes.revision === anchor.revision) {
    const problems: ChainProblem[] = [];
    if (supersedes.bundleDigest !== anchor.bundleDigest)
      problems.push({
        path: '/supersedes/bundleDigest',
        message: `revision ${revision} of ${name} supersedes revision ${supersedes.revision} as ${supersedes.bundleDigest}, but ${anchor.source} holds ${ref(anchor)}`,
      });
    if (revision !== anchor.revision + 1)
      problems.push({ path: '/revision', message: `revision ${revision} of ${name} skips or reuses: ${fromAnchor}` });
    return problems;
  }
  const link = earlier.find((e) => e.revision === supersedes.revision && e.bundleDigest === supersedes.bundleDigest);
  if (link && (anchor === null || link.revision > anchor.revision)) {
    if (revision === link.revision + 1) {
      // The link itself must be the next link of the chain, down to the anchor.
      const rest = earlier.filter((e) => e !== link);
      const below = revisionChainProblems(
        { ...manifest, revision: link.revision, supersedes: link.supersedes },
        {
          anchor,
          earlier: rest,
        },
      );
      return below.map((p) => ({
        path: '/supersedes',
        message: `revision ${revision} of ${name} supersedes revision ${link.revision}, written earlier on this pull request, which is no valid link: ${p.message}`,
      }));
    }
    return [
      {
        path: '/revision',
        message: `revision ${revision} of ${name} skips or reuses: expected revision ${link.revision + 1} superseding ${ref(link)} (written earlier on this pull request)`,
      },
    ];
  }
  return [
    {
      path: '/supersedes',
      message: `revision ${revision} of ${name} supersedes ${ref(supersedes)}, which is neither the last approved revision nor one written earlier on this pull request: ${fromAnchor}`,
    },
  ];
}
