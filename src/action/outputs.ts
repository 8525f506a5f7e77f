/**
 * Sets a mode's outputs and writes its job summary (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
 */
import type { ModeResult } from '../modes/context.js';
import { actionsCore } from './core.js';

/** The job summary may hold 1 MiB per step; stay well under it. */
const MAX_SUMMARY = 512 * 1024;

export async function writeOutputs(result: ModeResult): Promise<void> {
  const core = await actionsCore();
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(result.summary.slice(0, MAX_SUMMARY), true).write();
  }
}
