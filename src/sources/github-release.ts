/**
 * Source kind `github-release`: the assets of the candidate tag's GitHub release -> one ArtifactRecord per
 * selected asset, digest from GitHub's `digest` field (`sha256:…`, computed by GitHub since 2025-06).
 *
 * An asset without a digest (uploaded before GitHub computed them) is downloaded, size-limited, and hashed
 * here: the record then says `digestComputed: true` and a SuspicionRecord says the digest was not stated by
 * the source. Lineage: system `github-release`, locator `<release html url>#<asset name>`, revision the release
 * id, digest the asset digest, observedAt the release's publication time (else the reference time).
 */
import { sha256 } from '../domain/canonical.js';
import type { SourceRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import { sourceOptions } from './options.js';
import { sha256Digest } from './shape.js';
import type { ReleaseAsset, SourceAdapter, SourceContext, SourceEntry, SourceGitHub } from './types.js';

/** Options of a `github-release` source (schemas/source-kinds/github-release.schema.json). */
export interface GitHubReleaseOptions extends SourceEntry {
  kind: 'github-release';
  /** The component the assets are artifacts of. */
  component: string;
  /** Asset names, or one glob (`*`, `?`) over names; all assets when absent. */
  assets?: string | string[];
  /** Artifact version; the tag without a leading `v` when absent. */
  version?: string;
  /** Largest asset downloaded to compute a missing digest; the context's file limit when absent. */
  maxBytes?: number;
}

/** The GitHub port, or a clear error when Cutover runs without GitHub (local CLI). */
export function requireGitHub(context: SourceContext, kind: string): SourceGitHub {
  if (context.github) return context.github;
  throw new InputError(`source kind ${kind} reads from GitHub, which is not available here (local run)`, {
    expected: 'a run inside the GitHub Action, or a local source kind',
  });
}

/** Reads the candidate release's assets. */
export const githubReleaseAdapter: SourceAdapter = {
  kind: 'github-release',
  async read(entry, context) {
    const options = sourceOptions<GitHubReleaseOptions>(entry, 'github-release');
    const github = requireGitHub(context, 'github-release');
    const tag = context.candidate.tag;
    const release = await github.getReleaseByTag(tag);
    if (!release) {
      throw new InputError(`no GitHub release for tag '${tag}' in ${github.repository}`, {
        expected: 'a release of the candidate tag',
      });
    }
    const assets = selectAssets(release.assets, options.assets, tag);
    const version = options.version ?? tag.replace(/^v(?=\d)/, '');
    const maxBytes = options.maxBytes ?? context.maxFileBytes;
    const records: SourceRecord[] = [];
    for (const asset of assets) {
      const stated = asset.digest === null ? undefined : sha256Digest(asset.digest);
      if (asset.digest !== null && (!stated || !asset.digest.startsWith('sha256:'))) {
        throw new InputError(`asset '${asset.name}' has digest ${JSON.stringify(asset.digest)}`, {
          field: asset.name,
          expected: 'sha256:<64 hex>',
        });
      }
      const digest = stated ?? (await computeDigest(github, asset, maxBytes));
      const lineage = {
        system: 'github-release',
        locator: `${release.htmlUrl}#${asset.name}`,
        revision: String(release.id),
        digest,
        observedAt: release.publishedAt ?? context.referenceTime,
      };
      records.push({
        type: 'artifact',
        sourceId: options.id,
        lineage,
        component: options.component,
        artifact: { name: asset.name, version, digest, locator: asset.browserDownloadUrl },
        ...(stated ? {} : { digestComputed: true }),
      });
      if (!stated) {
        records.push({
          type: 'suspicion',
          sourceId: options.id,
          lineage,
          path: '',
          component: options.component,
          rule: 'suspicious-source',
          reason: `GitHub states no digest for release asset '${asset.name}'; Cutover computed ${digest} from the downloaded bytes, which vouches only for what was downloaded now`,
        });
      }
    }
    return records;
  },
};

function selectAssets(
  assets: readonly ReleaseAsset[],
  wanted: string | string[] | undefined,
  tag: string,
): ReleaseAsset[] {
  if (wanted === undefined) {
    if (assets.length === 0)
      throw new InputError(`the release of '${tag}' has no assets`, { expected: 'at least one release asset' });
    return [...assets];
  }
  if (Array.isArray(wanted)) {
    return wanted.map((name) => {
      const asset = assets.find((a) => a.name === name);
      if (!asset) {
        throw new InputError(
          `the release of '${tag}' has no asset '${name}' (assets: ${assets.map((a) => a.name).join(', ') || 'none'})`,
          {
            field: 'assets',
            expected: 'names of assets of the release',
          },
        );
      }
      return asset;
    });
  }
  const pattern = globToRegExp(wanted);
  const matched = assets.filter((a) => pattern.test(a.name));
  if (matched.length === 0) {
    throw new InputError(`no asset of the release of '${tag}' matches '${wanted}'`, {
      field: 'assets',
      expected: 'a glob matching release assets',
    });
  }
  return matched;
}

/** `*` any run of characters, `?` one character; everything else literal. */
function globToRegExp(glob: string): RegExp {
  const body = [...glob]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

async function computeDigest(github: SourceGitHub, asset: ReleaseAsset, maxBytes: number): Promise<string> {
  if (asset.size > maxBytes) {
    throw new InputError(
      `asset '${asset.name}' has no digest and is ${asset.size} bytes, over the download limit of ${maxBytes} bytes`,
      {
        field: 'maxBytes',
        expected: `an asset with a GitHub digest, or one of at most ${maxBytes} bytes`,
      },
    );
  }
  const bytes = await github.downloadReleaseAsset(asset.id, maxBytes);
  if (bytes.byteLength > maxBytes) {
    throw new InputError(`asset '${asset.name}' download exceeded the limit of ${maxBytes} bytes`, {
      expected: `at most ${maxBytes} bytes`,
    });
  }
  if (bytes.byteLength !== asset.size) {
    throw new InputError(`asset '${asset.name}' downloaded ${bytes.byteLength} bytes, but GitHub lists ${asset.size}`, {
      expected: 'the asset size GitHub lists',
    });
  }
  return sha256(bytes);
}
