/**
 * Builds a bundle from a sources configuration: validates the release names, reads every source through
 * its adapter, and assembles. Shared by the CLI and the action's assemble mode.
 */
import { posix } from 'node:path';
import { type Assembly, AssemblyError, assemble, unlabelledNames } from '../domain/assemble.js';
import type { Bundle, Lineage } from '../domain/model.js';
import { unsafeSegmentReason } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import type { SourceRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import type { SourcesConfig } from '../schema/documents.js';
import { readSources } from '../sources/index.js';
import type { SourceContext, Workspace } from '../sources/types.js';
import { checkRelativePath } from '../sources/workspace.js';

/** The candidate being assembled: from the sources file (CLI) or from the triggering tag (action). */
export interface Candidate {
  tag: string;
  commit: string;
  repository?: string;
  committedAt: string;
}

export interface BuildInput {
  config: SourcesConfig;
  /** Path of the sources configuration inside the workspace, for errors and the candidate's lineage. */
  configPath: string;
  candidate: Candidate;
  policy: Policy;
  workspace: Workspace;
  context: Omit<SourceContext, 'workspace' | 'candidate' | 'referenceTime'>;
  /** Records that do not come from configured sources (the candidate tag's signature, in the action). */
  extraRecords?: readonly SourceRecord[];
  previous?: { bundle: Bundle } | undefined;
  /** Lineage of the candidate's tag and commit; defaults to the sources file's `candidate` key. */
  candidateLineage?: Lineage;
}

const DEFAULT_RELEASE_PATTERN = '^v?(?<release>[0-9][A-Za-z0-9.+_-]*?)(?:-rc[.-]?[0-9]+)?$';

/** The release name: stated in the sources file, or taken from the candidate tag by `releasePattern`. */
export function releaseNameOf(config: SourcesConfig, tag: string, file: string): string {
  if (config.release !== undefined) return config.release;
  let pattern: RegExp;
  try {
    pattern = new RegExp(config.releasePattern ?? DEFAULT_RELEASE_PATTERN);
  } catch (cause) {
    throw new InputError(`releasePattern is not a valid regular expression: ${(cause as Error).message}`, {
      file,
      field: 'releasePattern',
      expected: "a regular expression with a named group 'release'",
    });
  }
  const release = pattern.exec(tag)?.groups?.release;
  if (!release) {
    throw new InputError(`cannot take the release name from tag ${JSON.stringify(tag)}`, {
      file,
      field: 'releasePattern',
      expected: "a pattern whose named group 'release' matches the tag, or a 'release' key",
    });
  }
  return release;
}

/** Rejects product or release names that could leave the bundles directory, naming the field. */
export function assertReleaseNames(names: { product: string; release: string }, file: string): void {
  for (const field of ['product', 'release'] as const) {
    const reason = unsafeSegmentReason(names[field]);
    if (reason) {
      throw new InputError(`${field} ${JSON.stringify(names[field])} ${reason}`, {
        file,
        field,
        expected: "one path segment of letters, digits, '.', '_', '+', '-', without '..'",
      });
    }
  }
}

/**
 * The workspace seen from the directory of the sources file: its paths are relative to that file, and stay
 * confined to the workspace root (which gives lineage its repository-relative paths).
 */
function relativeWorkspace(workspace: Workspace, directory: string): Workspace {
  if (directory === '' || directory === '.') return workspace;
  return { read: (file, maxBytes) => workspace.read(posix.join(directory, checkRelativePath(file)), maxBytes) };
}

/** Reads the sources and assembles the bundle. */
export async function buildBundle(input: BuildInput): Promise<Assembly> {
  const { config, configPath, candidate } = input;
  const release = releaseNameOf(config, candidate.tag, configPath);
  assertReleaseNames({ product: config.product, release }, configPath);
  const identity = {
    tag: candidate.tag,
    commit: candidate.commit,
    ...(candidate.repository ? { repository: candidate.repository } : {}),
  };
  const context: SourceContext = {
    ...input.context,
    workspace: input.workspace,
    candidate: identity,
    referenceTime: candidate.committedAt,
  };
  const configFile = await input.workspace.read(configPath, input.context.maxFileBytes);
  const read = await readSources(config.sources, {
    ...context,
    workspace: relativeWorkspace(input.workspace, posix.dirname(configPath)),
  });
  // The extra records first; no copy of what the sources returned when there are none.
  const records = input.extraRecords?.length ? [...input.extraRecords, ...read] : read;
  let assembly: Assembly;
  try {
    assembly = assemble({
      product: config.product,
      release,
      candidate: identity,
      candidateLineage: {
        sourceId: 'candidate',
        lineage: input.candidateLineage ?? {
          ...configFile.lineage,
          locator: `${configFile.lineage.locator}#/candidate`,
        },
      },
      records,
      policy: input.policy,
      previous: input.previous,
    });
  } catch (error) {
    if (error instanceof AssemblyError)
      throw new InputError(error.message, { file: configPath, field: 'sources' }, { cause: error });
    throw error;
  }
  const [bad] = unlabelledNames(assembly.files.bundle);
  if (bad) {
    throw new InputError(`${bad.field} name ${JSON.stringify(bad.value)} (bundle ${bad.path}) is not a label`, {
      file: configPath,
      field: 'sources',
      expected: `letters, digits, '.', '_', '+', '-' in the source, or a policy rendering rule for ${bad.field} names (e.g. transform: kebab-case)`,
    });
  }
  return assembly;
}
