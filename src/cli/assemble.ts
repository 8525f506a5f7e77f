/**
 * `cutover assemble --sources <file> --out <dir> [--policy <file>] [--previous <dir>] [--json]`:
 * builds a release directory from local sources. Holds are data: exit 0, and they are reported.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Assembly } from '../domain/assemble.js';
import { bundleDigest } from '../domain/canonical.js';
import { DEFAULT_POLICY } from '../domain/default-policy.js';
import { renderReleaseFiles } from '../domain/files.js';
import { evidenceText } from '../domain/holds.js';
import { buildManifest, decideRevision } from '../domain/manifest.js';
import type { ApprovalManifest, Bundle, HoldRegister, LineageDocument } from '../domain/model.js';
import type { BundleFileKey } from '../domain/names.js';
import type { Policy } from '../domain/policy.js';
import { InputError } from '../errors.js';
import { buildBundle, type Candidate, releaseNameOf } from '../modes/build.js';
import { readPolicy, readSourcesConfig, type SourcesConfig } from '../schema/documents.js';
import { parseDocument } from '../schema/parse.js';
import type { ReleaseTexts } from '../schema/release.js';
import { validateDocument } from '../schema/validate.js';
import { localWorkspace } from '../sources/workspace.js';
import { COMMAND_META } from './commands.js';
import { type CliCommand, type CliIo, count, EXIT } from './io.js';
import { readReleaseTexts, writeReleaseDirectory } from './release-dir.js';
import { terminalJson, terminalText } from './terminal-text.js';

const USAGE = COMMAND_META.assemble.usage;

export const assembleCommand: CliCommand = {
  ...COMMAND_META.assemble,
  async run(args, io) {
    const options = optionsOf(args);
    const inputs = await readInputs(options, io);
    const assembly = await assembleFrom(inputs, io);
    const outDir = path.resolve(io.cwd, options.out);
    const current: ReleaseTexts = await readReleaseTexts(outDir).catch(() => ({}));
    const manifest = nextManifest(assembly, current, inputs.previous?.manifest, inputs.policy);
    const files = renderReleaseFiles(assembly.files, manifest);
    const unchanged = (Object.keys(files) as BundleFileKey[]).every((key) => current[key] === files[key]);
    if (!unchanged) await writeReleaseDirectory(outDir, files);
    const summary = summaryOf(assembly, manifest, outDir, !unchanged);
    // Hold reasons and evidence quote the sources (a waiver's subject): no terminal control reaches the screen.
    io.stdout(options.json ? `${terminalJson(summary)}\n` : summaryText(summary, assembly, options.out));
    return EXIT.ok;
  },
};

interface AssembleOptions {
  sources: string;
  out: string;
  policy?: string | undefined;
  previous?: string | undefined;
  json: boolean;
}

/** The command line, both required options checked. */
function optionsOf(args: string[]): AssembleOptions {
  const { values } = parseArgs({
    args,
    options: {
      sources: { type: 'string' },
      out: { type: 'string' },
      policy: { type: 'string' },
      previous: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.sources) throw new InputError('missing --sources <file>', { expected: USAGE });
  if (!values.out) throw new InputError('missing --out <dir>', { expected: USAGE });
  return { ...values, sources: values.sources, out: values.out, json: values.json };
}

interface AssembleInputs {
  sourcesPath: string;
  config: SourcesConfig;
  /** The sources file's `candidate` key, which the CLI requires. */
  candidate: Candidate;
  policy: Policy;
  maxFileBytes: number | undefined;
  previous: { bundle: Bundle; manifest: ApprovalManifest } | undefined;
}

/** The policy (or the default), the sources file with its candidate, and the --previous revision, in that order. */
async function readInputs(options: AssembleOptions, io: CliIo): Promise<AssembleInputs> {
  const sourcesPath = path.resolve(io.cwd, options.sources);
  const policy = options.policy ? await readPolicy(path.resolve(io.cwd, options.policy)) : DEFAULT_POLICY;
  const maxFileBytes = policy.limits?.maxFileBytes;
  const config = await readSourcesConfig(sourcesPath, maxFileBytes);
  const { candidate } = config;
  if (!candidate) {
    throw new InputError("missing key 'candidate' (tag, commit, committedAt)", {
      file: sourcesPath,
      field: '/candidate',
      expected: 'the release candidate, which the CLI cannot take from a triggering tag',
    });
  }
  const previous = options.previous
    ? await readPrevious(path.resolve(io.cwd, options.previous), {
        product: config.product,
        release: releaseNameOf(config, candidate.tag, sourcesPath),
      })
    : undefined;
  return { sourcesPath, config, candidate, policy, maxFileBytes, previous };
}

/** Reads the sources from the sources file's directory, as observed at the candidate's commit time. */
function assembleFrom(inputs: AssembleInputs, io: CliIo): Promise<Assembly> {
  const { sourcesPath, config, candidate, policy, maxFileBytes, previous } = inputs;
  return buildBundle({
    config,
    configPath: path.basename(sourcesPath),
    candidate,
    policy,
    workspace: localWorkspace(path.dirname(sourcesPath), {
      observedAt: candidate.committedAt,
      ...(maxFileBytes ? { maxBytes: maxFileBytes } : {}),
    }),
    context: { env: io.env, ...(maxFileBytes ? { maxFileBytes } : { maxFileBytes: 16 * 1024 * 1024 }) },
    previous,
  });
}

/**
 * The manifest to write: the latest revision on record (the --previous one, or what --out already holds for
 * this release, whichever is newer, so re-assembling into the same directory never moves the revision
 * backwards) when it binds this digest already, else the next revision superseding it.
 */
function nextManifest(
  assembly: Assembly,
  current: ReleaseTexts,
  previous: ApprovalManifest | undefined,
  policy: Policy,
): ApprovalManifest {
  const inOut = currentManifest(current, assembly.files.bundle);
  const latest = [previous, inOut]
    .filter((m): m is ApprovalManifest => m !== undefined)
    .sort((a, b) => b.revision - a.revision)[0];
  const decision = decideRevision(
    latest && { revision: latest.revision, bundleDigest: latest.bundleDigest },
    assembly.digest,
  );
  if (decision.kind === 'unchanged' && latest) return latest;
  return buildManifest({
    bundle: assembly.files.bundle,
    digest: assembly.digest,
    revision: decision.revision,
    policy,
    supersedes: decision.kind === 'next' ? decision.supersedes : null,
  });
}

type AssembleSummary = ReturnType<typeof summaryOf>;

/** The `--json` summary: what was assembled, where, whether it was written, its counts and its holds. */
function summaryOf(assembly: Assembly, manifest: ApprovalManifest, directory: string, written: boolean) {
  const { bundle, holds } = assembly.files;
  return {
    product: bundle.product,
    release: bundle.release,
    revision: manifest.revision,
    bundleDigest: assembly.digest,
    supersedes: manifest.supersedes,
    directory,
    written,
    counts: {
      components: bundle.components.length,
      artifacts: bundle.components.reduce((n, c) => n + c.artifacts.length, 0),
      dependencies: bundle.dependencies.length,
      cohorts: bundle.cohorts.length,
      waivers: bundle.waivers.length,
    },
    holds: holds.holds.map(({ id, rule, path: field, reason, evidence }) => ({
      id,
      rule,
      path: field,
      reason,
      evidence,
    })),
  };
}

/** The text summary: one line each for the revision, digest, contents and hold count, then each hold as a block. */
function summaryText(summary: AssembleSummary, assembly: Assembly, outAsGiven: string): string {
  const { bundle, holds } = assembly.files;
  const lines = [
    `${summary.written ? 'assembled' : 'unchanged'} ${bundle.product} ${bundle.release} revision ${summary.revision} -> ${outAsGiven}`,
    `bundle digest  ${assembly.digest}`,
    `contents       ${Object.entries(summary.counts)
      .map(([k, n]) => count(n, k === 'dependencies' ? 'dependency' : k.slice(0, -1), k))
      .join(', ')}`,
    `holds          ${holds.holds.length} open`,
  ];
  // Each hold as a block: its reason and the evidence (sources and where in them) that raised it.
  for (const h of holds.holds)
    lines.push('', `${h.id}  ${h.rule}  ${h.path || '/'}`, `  ${h.reason}`, `  ${evidenceText(h)}`);
  return `${lines.map(terminalText).join('\n')}\n`;
}

/** The manifest already in --out when it belongs to the same product and release and is valid. */
function currentManifest(texts: ReleaseTexts, bundle: Bundle): ApprovalManifest | undefined {
  if (texts.manifest === undefined) return undefined;
  try {
    const manifest = validateDocument<ApprovalManifest>(
      'manifest',
      parseDocument(texts.manifest, 'manifest.json', 'json'),
      'manifest.json',
      texts.manifest,
    );
    return manifest.product === bundle.product && manifest.release === bundle.release ? manifest : undefined;
  } catch {
    // A damaged manifest in --out is replaced, not trusted: the new revision is numbered from --previous.
    return undefined;
  }
}

/**
 * The `--previous` release directory: the last approved revision of the same release. Approved, for a local
 * directory (the CLI cannot see the seal tag), means: every file schema-valid, the manifest binding exactly
 * these files (its digest recomputed from them), the same product and release as the candidate, and no open
 * hold. Anything else is an input error naming the file, the field and both values.
 */
async function readPrevious(
  dir: string,
  expected: { product: string; release: string },
): Promise<{ bundle: Bundle; manifest: ApprovalManifest }> {
  const texts = await readReleaseTexts(dir);
  const load = <T>(key: 'bundle' | 'lineage' | 'holds' | 'manifest'): T => {
    const file = path.join(dir, `${key}.json`);
    const text = texts[key];
    if (text === undefined)
      throw new InputError(`--previous directory has no ${key}.json`, {
        file,
        expected: 'the release directory of the last approved revision',
      });
    return validateDocument<T>(key, parseDocument(text, file, 'json'), file, text);
  };
  const bundle = load<Bundle>('bundle');
  const lineage = load<LineageDocument>('lineage');
  const holds = load<HoldRegister>('holds');
  const manifest = load<ApprovalManifest>('manifest');
  const expectedRevision = `a revision of ${expected.product} ${expected.release}, the release being assembled`;
  for (const [key, found] of [
    ['bundle', bundle],
    ['manifest', manifest],
  ] as const) {
    for (const field of ['product', 'release'] as const) {
      if (found[field] !== expected[field])
        throw new InputError(
          `--previous is ${found.product} ${found.release}, not ${expected.product} ${expected.release}: a revision supersedes only a revision of the same release`,
          { file: path.join(dir, `${key}.json`), field: `/${field}`, expected: expectedRevision },
        );
    }
  }
  const digest = bundleDigest({ bundle, lineage, holds });
  if (manifest.bundleDigest !== digest)
    throw new InputError(
      `--previous manifest binds ${manifest.bundleDigest}, but its bundle, lineage and holds files hash to ${digest}: it is not the revision that was approved`,
      {
        file: path.join(dir, 'manifest.json'),
        field: '/bundleDigest',
        expected: 'the release directory exactly as approved (unchanged since its manifest was written)',
      },
    );
  if (holds.holds.length > 0)
    throw new InputError(
      `--previous revision ${manifest.revision} has ${count(holds.holds.length, 'open hold')} (${holds.holds.length > 5 ? 'the first 5: ' : ''}${holds.holds
        .slice(0, 5)
        .map((h) => `${h.id} ${h.rule} at ${h.path || '/'}`)
        .join(', ')}), so it was never approved`,
      {
        file: path.join(dir, 'holds.json'),
        field: '/holds',
        expected: 'the last approved revision: one without open holds (in the bundles repository, the sealed one)',
      },
    );
  return { bundle, manifest };
}
