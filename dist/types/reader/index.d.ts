/**
 * The sealed-bundle reader, Cutover's library entry (`import { readSealedBundle } from 'cutover'`): reads
 * and verifies sealed cutover bundles straight from a release-bundles git repository, a local path or a
 * URL, with the git CLI and no GitHub API token. It reports facts and integrity results; it gives no
 * go/no-go.
 */
export type { ApprovalManifest, Bundle, BundleFiles, HoldRegister, LineageDocument } from '../domain/model.js';
export type { SealApprover, SealRecord } from '../domain/seal.js';
export { InputError } from '../errors.js';
export { INTEGRITY_CHECKS, type IntegrityCheckName, type IntegrityResult, type WindowFact, type WindowState, } from './checks.js';
export { type ReadSealedBundleOptions, readSealedBundle, type SealedBundle } from './inspect.js';
export { type ListSealedRevisionsOptions, listSealedRevisions, type SealedRevision, type SealedRevisionList, } from './list.js';
