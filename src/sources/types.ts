/**
 * The one interface every source adapter implements, and what adapters may use to read their inputs.
 * Adapters return records with lineage; they never build the bundle themselves.
 */
import type { Lineage } from '../domain/model.js';
import type { SourceRecord } from '../domain/records.js';

/** One entry of the sources configuration (`sources:` list). Options beyond id/kind are per kind. */
export interface SourceEntry {
  id: string;
  kind: string;
  [option: string]: unknown;
}

/** A file read from the workspace, with the lineage of its bytes. */
export interface WorkspaceFile {
  /** Path relative to the workspace root, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** Lineage of the whole file: the records stated inside it share it, each with its JSON Pointer as `fragment`. */
  lineage: Lineage;
}

/**
 * Files of the candidate: a local directory (CLI) or the checked-out workspace at the tag's commit (action),
 * where lineage is `owner/repo@sha:path` and the git blob sha.
 */
export interface Workspace {
  /** Reads one file; rejects paths that leave the workspace and files over `maxBytes`. */
  read(path: string, maxBytes?: number): Promise<WorkspaceFile>;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>` as GitHub reports it, or null for assets uploaded before GitHub computed digests. */
  digest: string | null;
  browserDownloadUrl: string;
}

export interface CandidateRelease {
  id: number;
  tagName: string;
  htmlUrl: string;
  publishedAt: string | null;
  assets: ReleaseAsset[];
}

/** The part of GitHub that sources read: the candidate's release and attestations. */
export interface SourceGitHub {
  /** Repository `owner/name` the candidate lives in. */
  readonly repository: string;
  getReleaseByTag(tag: string): Promise<CandidateRelease | null>;
  downloadReleaseAsset(assetId: number, maxBytes: number): Promise<Uint8Array>;
  /** GET /repos/{owner}/{repo}/attestations/{subject_digest}: the raw `attestations` entries. */
  listAttestations(subjectDigest: string): Promise<Array<{ bundle: unknown; bundleUrl?: string }>>;
}

/** What an adapter gets besides its own entry. */
export interface SourceContext {
  workspace: Workspace;
  candidate: { tag: string; commit: string; repository?: string };
  /** Time the candidate's sources are observed at (the candidate commit's time): the default `observedAt`. */
  referenceTime: string;
  /** Present in the action; absent in the local CLI, where GitHub kinds fail with a clear error. */
  github?: SourceGitHub;
  /** Environment for secrets named by a source (HTTP headers); values are never logged. */
  env: Readonly<Record<string, string | undefined>>;
  /** `fetch` to use for HTTP sources (injectable for tests). */
  fetch?: typeof fetch;
  maxFileBytes: number;
}

export interface SourceAdapter {
  /** The `kind` value this adapter serves. */
  readonly kind: string;
  read(entry: SourceEntry, context: SourceContext): Promise<SourceRecord[]>;
}
