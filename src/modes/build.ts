/**
 * Builds a bundle from a sources configuration: validates the release names, reads every source through
 * its adapter, and assembles. Shared by the CLI and the action's assemble mode.
 */
import { type Assembly, AssemblyError, assemble } from '../domain/assemble.js';
import type { Bundle } from '../domain/model.js';
import { unsafeSegmentReason } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import { InputError } from '../errors.js';
import type { SourcesConfig } from '../schema/documents.js';
import { readSources } from '../sources/index.js';
import type { SourceContext, Workspace } from '../sources/types.js';

export interface BuildInput {
  config: SourcesConfig;
  /** File name of the sources configuration, for error messages and the candidate's lineage. */
  configPath: string;
  policy: Policy;
  workspace: Workspace;
  context: Omit<SourceContext, 'workspace' | 'candidate' | 'referenceTime'>;
  previous?: { bundle: Bundle } | undefined;
}

/** Rejects product or release names that could leave the bundles directory, naming the field. */
export function assertReleaseNames(config: Pick<SourcesConfig, 'product' | 'release'>, file: string): void {
  for (const field of ['product', 'release'] as const) {
    const reason = unsafeSegmentReason(config[field]);
    if (reason) {
      throw new InputError(`${field} ${JSON.stringify(config[field])} ${reason}`, {
        file,
        field,
        expected: "one path segment of letters, digits, '.', '_', '+', '-', without '..'",
      });
    }
  }
}

/** Reads the sources and assembles the bundle. */
export async function buildBundle(input: BuildInput): Promise<Assembly> {
  const { config, configPath } = input;
  assertReleaseNames(config, configPath);
  const candidate = {
    tag: config.candidate.tag,
    commit: config.candidate.commit,
    ...(config.candidate.repository ? { repository: config.candidate.repository } : {}),
  };
  const context: SourceContext = {
    ...input.context,
    workspace: input.workspace,
    candidate,
    referenceTime: config.candidate.committedAt,
  };
  const configFile = await input.workspace.read(configPath, input.context.maxFileBytes);
  const records = await readSources(config.sources, context);
  try {
    return assemble({
      product: config.product,
      release: config.release,
      candidate,
      candidateLineage: {
        sourceId: 'candidate',
        lineage: { ...configFile.lineage, locator: `${configFile.lineage.locator}#/candidate` },
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
}
