/**
 * Sets a mode's outputs and writes its job summary (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
 */
import type { ModeOutputs, ModeResult } from '../modes/context.js';
import { cutUtf8 } from '../render/markdown.js';
import { actionsCore } from './core.js';

/** The job summary may hold 1 MiB (bytes) per step; stay well under it. */
const MAX_SUMMARY_BYTES = 512 * 1024;

/**
 * One entry per output a mode can set. `satisfies` makes the compiler hold this list to ModeOutputs both ways
 * (a missing name and an extra name are both errors), and test/convention/outputs.test.ts holds action.yml's
 * `outputs:` to this list, so an output cannot be set without being declared.
 */
const OUTPUTS = {
  'bundle-digest': true,
  revision: true,
  'pull-request-number': true,
  'holds-count': true,
  'manifest-path': true,
  commit: true,
  'failed-checks': true,
  approved: true,
  tag: true,
  sealed: true,
  unsealed: true,
  'handed-off': true,
  'handoff-problems': true,
  queue: true,
  'window-start': true,
  'window-end': true,
  'window-state': true,
  standing: true,
} as const satisfies Record<keyof ModeOutputs, true>;

export type OutputName = keyof typeof OUTPUTS;

/** The name of every output the action can set. */
export const OUTPUT_NAMES: readonly OutputName[] = Object.keys(OUTPUTS) as OutputName[];

export async function writeOutputs(result: ModeResult): Promise<void> {
  const core = await actionsCore();
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = cutUtf8(result.summary, MAX_SUMMARY_BYTES, `_Cut at ${MAX_SUMMARY_BYTES} bytes._`);
    await core.summary.addRaw(summary, true).write();
  }
}
