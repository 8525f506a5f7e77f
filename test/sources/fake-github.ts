/**
 * An in-memory SourceGitHub: one release per tag, asset bytes, and attestations by subject digest.
 * Records every call so tests can check what was downloaded.
 */
import type { CandidateRelease, SourceGitHub } from '../../src/sources/types.js';

/** What the fake serves. */
export interface FakeGitHubData {
  repository?: string;
  releases?: CandidateRelease[];
  assetBytes?: Record<number, Uint8Array>;
  attestations?: Record<string, Array<{ bundle: unknown; bundleUrl?: string }>>;
}

/** A fake SourceGitHub over in-memory data, with a log of calls. */
export class FakeSourceGitHub implements SourceGitHub {
  readonly repository: string;
  readonly calls: string[] = [];

  constructor(private readonly data: FakeGitHubData) {
    this.repository = data.repository ?? 'acme/payments';
  }

  async getReleaseByTag(tag: string): Promise<CandidateRelease | null> {
    this.calls.push(`getReleaseByTag ${tag}`);
    return this.data.releases?.find((r) => r.tagName === tag) ?? null;
  }

  async downloadReleaseAsset(assetId: number, maxBytes: number): Promise<Uint8Array> {
    this.calls.push(`downloadReleaseAsset ${assetId} ${maxBytes}`);
    const bytes = this.data.assetBytes?.[assetId];
    if (!bytes) throw new Error(`asset ${assetId} not found`);
    // Like the real adapter: never return more than asked for.
    return bytes.byteLength > maxBytes ? bytes.subarray(0, maxBytes + 1) : bytes;
  }

  async listAttestations(subjectDigest: string): Promise<Array<{ bundle: unknown; bundleUrl?: string }>> {
    this.calls.push(`listAttestations ${subjectDigest}`);
    return this.data.attestations?.[subjectDigest] ?? [];
  }
}
