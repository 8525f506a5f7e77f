/**
 * `cutover assemble --sources <file> --out <dir> [--policy <file>] [--previous <dir>] [--json]`:
 * builds a release directory from local sources. Holds are data: exit 0, and they are reported.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '../domain/default-policy.js';
import { renderReleaseFiles } from '../domain/files.js';
import { buildManifest, decideRevision } from '../domain/manifest.js';
import type { ApprovalManifest, Bundle } from '../domain/model.js';
import type { BundleFileKey } from '../domain/names.js';
import { InputError } from '../errors.js';
import { buildBundle } from '../modes/build.js';
import { table } from '../render/table.js';
import { readPolicy, readSourcesConfig } from '../schema/documents.js';
import { parseDocument } from '../schema/parse.js';
import type { ReleaseTexts } from '../schema/release.js';
import { validateDocument } from '../schema/validate.js';
import { localWorkspace } from '../sources/workspace.js';
import { type CliCommand, EXIT } from './io.js';
import { readReleaseTexts, writeReleaseDirectory } from './release-dir.js';

export const assembleCommand: CliCommand = {
  summary: 'build a release directory (bundle, lineage, holds, manifest) from local sources',
  usage: 'cutover assemble --sources <file> --out <dir> [--policy <file>] [--previous <dir>] [--json]',
  async run(args, io) {
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
    if (!values.sources) throw new InputError('missing --sources <file>', { expected: this.usage });
    if (!values.out) throw new InputError('missing --out <dir>', { expected: this.usage });
    const sourcesPath = path.resolve(io.cwd, values.sources);
    const policy = values.policy ? await readPolicy(path.resolve(io.cwd, values.policy)) : DEFAULT_POLICY;
    const maxFileBytes = policy.limits?.maxFileBytes;
    const config = await readSourcesConfig(sourcesPath, maxFileBytes);
    const previous = values.previous ? await readPrevious(path.resolve(io.cwd, values.previous)) : undefined;

    if (!config.candidate) {
      throw new InputError("missing key 'candidate' (tag, commit, committedAt)", {
        file: sourcesPath,
        field: '/candidate',
        expected: 'the release candidate, which the CLI cannot take from a triggering tag',
      });
    }
    const assembly = await buildBundle({
      config,
      configPath: path.basename(sourcesPath),
      candidate: config.candidate,
      policy,
      workspace: localWorkspace(path.dirname(sourcesPath), {
        observedAt: config.candidate.committedAt,
        ...(maxFileBytes ? { maxBytes: maxFileBytes } : {}),
      }),
      context: { env: io.env, ...(maxFileBytes ? { maxFileBytes } : { maxFileBytes: 16 * 1024 * 1024 }) },
      previous,
    });

    // The latest revision on record: the --previous one, or what --out already holds for this release,
    // whichever is newer, so re-assembling into the same directory never moves the revision backwards.
    const outDir = path.resolve(io.cwd, values.out);
    const current: ReleaseTexts = await readReleaseTexts(outDir).catch(() => ({}));
    const inOut = currentManifest(current, assembly.files.bundle);
    const latest = [previous?.manifest, inOut]
      .filter((m): m is ApprovalManifest => m !== undefined)
      .sort((a, b) => b.revision - a.revision)[0];
    const decision = decideRevision(
      latest && { revision: latest.revision, bundleDigest: latest.bundleDigest },
      assembly.digest,
    );
    const manifest =
      decision.kind === 'unchanged' && latest
        ? latest
        : buildManifest({
            bundle: assembly.files.bundle,
            digest: assembly.digest,
            revision: decision.revision,
            policy,
            supersedes: decision.kind === 'next' ? decision.supersedes : null,
          });
    const files = renderReleaseFiles(assembly.files, manifest);
    const unchanged = (Object.keys(files) as BundleFileKey[]).every((key) => current[key] === files[key]);
    if (!unchanged) await writeReleaseDirectory(outDir, files);

    const { bundle, holds } = assembly.files;
    const summary = {
      product: bundle.product,
      release: bundle.release,
      revision: manifest.revision,
      bundleDigest: assembly.digest,
      supersedes: manifest.supersedes,
      directory: outDir,
      written: !unchanged,
      counts: {
        components: bundle.components.length,
        artifacts: bundle.components.reduce((n, c) => n + c.artifacts.length, 0),
        dependencies: bundle.dependencies.length,
        cohorts: bundle.cohorts.length,
        waivers: bundle.waivers.length,
      },
      holds: holds.holds.map(({ id, rule, path: field, reason }) => ({ id, rule, path: field, reason })),
    };
    if (values.json) {
      io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      return EXIT.ok;
    }
    const lines = [
      `${summary.written ? 'assembled' : 'unchanged'} ${bundle.product} ${bundle.release} revision ${manifest.revision} -> ${path.relative(io.cwd, outDir) || '.'}`,
      `bundle digest  ${assembly.digest}`,
      `contents       ${Object.entries(summary.counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}`,
      `holds          ${holds.holds.length} open`,
    ];
    if (holds.holds.length > 0)
      lines.push(
        '',
        table(
          ['HOLD', 'RULE', 'FIELD', 'REASON'],
          holds.holds.map((h) => [h.id, h.rule, h.path || '/', h.reason]),
        ),
      );
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};

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

async function readPrevious(dir: string): Promise<{ bundle: Bundle; manifest: ApprovalManifest }> {
  const texts = await readReleaseTexts(dir);
  const load = <T>(key: 'bundle' | 'manifest'): T => {
    const file = path.join(dir, `${key}.json`);
    const text = texts[key];
    if (text === undefined)
      throw new InputError(`--previous directory has no ${key}.json`, {
        file,
        expected: 'the release directory of the last approved revision',
      });
    return validateDocument<T>(key, parseDocument(text, file, 'json'), file, text);
  };
  return { bundle: load<Bundle>('bundle'), manifest: load<ApprovalManifest>('manifest') };
}
