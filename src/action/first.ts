/**
 * What the action's entry (./index.ts) starts before it loads anything else: the first read of the commands
 * that begin by reading their pull request (verify on a pull request, gate, seal of a merged pull request),
 * through ../github/first-read.ts; gate's head start also carries its reads that need only the pull request's
 * number (reviews, files, policy, default branch head). Settings that cannot be read start nothing: run() reads
 * them again and reports the error.
 */
import { readFileSync } from 'node:fs';
import { type FirstRead, readPullRequestFirst } from '../github/first-read.js';
import { readSettings, type Settings } from './inputs.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The value at `keys` in a parsed JSON document, or undefined. */
export const field = (value: unknown, ...keys: string[]): unknown => {
  let current = value;
  for (const key of keys)
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
};

/** The pull request a command reads before anything else, if it starts that way. */
export function firstPullRequest(settings: Settings): number | undefined {
  const number = field(settings.event, 'pull_request', 'number');
  if (typeof number !== 'number') return undefined;
  switch (settings.command) {
    case 'gate':
      return number;
    case 'verify':
      return settings.eventName === 'merge_group' ? undefined : number;
    case 'seal':
      return field(settings.event, 'pull_request', 'merged') === false ? undefined : number;
    default:
      return undefined;
  }
}

/** Starts the command's first read, or returns undefined when it does not start with one. */
export function startFirstRead(env: Env): FirstRead | undefined {
  let settings: Settings;
  try {
    settings = readSettings(env, (file) => readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const number = firstPullRequest(settings);
  if (number === undefined) return undefined;
  return readPullRequestFirst({
    baseUrl: settings.apiUrl,
    token: settings.token,
    repo: settings.bundlesRepo,
    number,
    // gate also reads, at once, what needs only the number: the reviews, the files, the policy, the default
    // branch's head.
    ...(settings.command === 'gate' ? { gatePolicyPath: settings.policyPath } : {}),
  });
}
