/**
 * The policy used when none is given: both approver teams of the bundles repository's organization,
 * every hold rule on, no rendering rules.
 */
import type { Policy } from './policy.js';

export const DEFAULT_POLICY: Policy = {
  schemaVersion: 1,
  approvers: { teams: ['release-engineering', 'operations'] },
};
