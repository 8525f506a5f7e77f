/**
 * read: the deployment side's check of one sealed revision, from git alone. Reads the seal tag with the
 * sealed-bundle reader (src/reader: the same checks as `cutover inspect`), reports what a deployment step
 * needs as outputs (digest, revision, queue, window, manifest path, standing) and fails when any integrity
 * check fails. It gives no go/no-go beyond that: the deployment queue decides when to act within the window.
 */
import { BUNDLE_FILES, releaseDirectory } from '../domain/names.js';
import { readSealedBundle, type SealedBundle } from '../reader/index.js';
import { code, table, text } from '../render/markdown.js';
import type { ModeOutputs, ModeResult } from './context.js';

export interface ReadOptions {
  /** The bundles repository as the reader takes it: a local path or an http(s)/file/ssh URL. */
  repository: string;
  /** The seal tag, `cutover/<product>/<release>/r<revision>`. */
  tag: string;
  /** The moment the window state is relative to. */
  at: Date;
  log: (line: string) => void;
}

/** Where a sealed revision stands in its release. */
export type Standing = 'latest' | 'superseded' | 'unsealed';

/**
 * `latest` when this tag is the release's latest valid seal, `superseded` when a later revision has a valid
 * seal, `unsealed` when this tag is not a valid seal and no later one is.
 */
function standingOf(sealed: SealedBundle): Standing {
  const latest = sealed.latestSealedRevision;
  if (latest === undefined || latest < sealed.revision) return 'unsealed';
  return latest === sealed.revision ? 'latest' : 'superseded';
}

/** The outputs of one read: every value the reader established, empty where it could not read one. */
function readOutputs(sealed: SealedBundle): ModeOutputs {
  return {
    tag: sealed.tag,
    'bundle-digest': sealed.bundleDigest ?? sealed.manifest?.bundleDigest ?? '',
    revision: String(sealed.revision),
    queue: sealed.manifest?.queue ?? sealed.record?.queue ?? '',
    'window-start': sealed.window.start ?? '',
    'window-end': sealed.window.end ?? '',
    'window-state': sealed.window.state ?? '',
    'manifest-path': `${releaseDirectory(sealed.product, sealed.release)}/${BUNDLE_FILES.manifest}`,
    commit: sealed.commit ?? '',
    standing: standingOf(sealed),
  };
}

/** Reads and verifies the seal; the result carries a failure naming every failed check. */
export async function runRead(options: ReadOptions): Promise<ModeResult> {
  const sealed = await readSealedBundle({ repository: options.repository, tag: options.tag, at: options.at });
  const failed = sealed.results.filter((r) => r.status === 'fail');
  for (const r of sealed.results) options.log(`${r.status === 'pass' ? 'pass' : 'FAIL'} ${r.name}: ${r.detail}`);
  const outputs = readOutputs(sealed);
  const window = sealed.window.state
    ? `${sealed.window.state} at ${sealed.window.at} (${sealed.window.start} .. ${sealed.window.end}, from the ${sealed.window.from})`
    : 'unknown: neither the seal record nor the manifest could be read';
  const summary = [
    `## Cutover read: ${code(sealed.tag)}`,
    '',
    `${sealed.intact ? 'Every integrity check holds' : `${failed.length} integrity check(s) failed`}; standing: ${outputs.standing}.`,
    '',
    // Details quote what the reader found (keys of a hand-edited manifest, a tag message): rendered as text.
    table(
      ['Output', 'Value'],
      Object.entries(outputs).map(([name, value]) => [name, code(value)]),
    ),
    '',
    table(
      ['Check', 'Result', 'Detail'],
      sealed.results.map((r) => [text(r.name), r.status, text(r.detail)]),
    ),
    '',
    `Change window: ${text(window)}. A fact, not a check: the deployment queue decides when to act.`,
    '',
  ].join('\n');
  return {
    outputs,
    summary,
    ...(failed.length > 0
      ? {
          failure: `${sealed.tag} in ${sealed.repository} failed ${failed.length} integrity check(s): ${failed
            .map((r) => `${r.name} (${r.detail})`)
            .join('; ')}`,
        }
      : {}),
  };
}
