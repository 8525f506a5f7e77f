/**
 * Which commands get a head-start read of their pull request (src/action/first.ts): exactly those whose
 * mode starts by reading it (src/action/main.ts), so the head start is never a wasted request.
 */
import { describe, expect, it } from 'vitest';
import { firstPullRequest } from '../../src/action/first.js';
import { readSettings } from '../../src/action/inputs.js';

function settings(command: string, eventName: string, event: unknown) {
  return readSettings(
    {
      INPUT_COMMAND: command,
      INPUT_TOKEN: 'ghs_unit',
      'INPUT_BUNDLES-REPOSITORY': 'acme/release-bundles',
      GITHUB_REPOSITORY: 'acme/payments',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: 'event.json',
    },
    () => JSON.stringify(event),
  );
}

describe('firstPullRequest', () => {
  it.each([
    ['gate', 'pull_request_review', { pull_request: { number: 7 } }, 7],
    ['gate', 'pull_request', { pull_request: { number: 8 } }, 8],
    ['verify', 'pull_request', { pull_request: { number: 9 } }, 9],
    ['verify', 'merge_group', { merge_group: { head_sha: 'a'.repeat(40) } }, undefined],
    ['seal', 'pull_request', { pull_request: { number: 10, merged: true } }, 10],
    ['seal', 'pull_request', { pull_request: { number: 11, merged: false } }, undefined],
    ['assemble', 'push', { ref: 'refs/tags/v1.0.0-rc.1' }, undefined],
    ['reconcile', 'schedule', {}, undefined],
    ['gate', 'workflow_dispatch', {}, undefined],
  ] as const)('%s on %s (%j) -> %s', (command, eventName, event, expected) => {
    expect(firstPullRequest(settings(command, eventName, event))).toBe(expected);
  });
});
