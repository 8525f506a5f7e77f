/**
 * Reads the action's inputs and the runner's environment once, into one typed settings object. Errors name
 * the input and the expected form. Only src/action reads the environment.
 */
import { InputError } from '../errors.js';
import type { RepoRef } from '../github/port.js';

export const COMMANDS = ['assemble', 'verify', 'gate', 'seal', 'reconcile', 'read'] as const;
export type Command = (typeof COMMANDS)[number];

export interface Settings {
  command: Command;
  token: string;
  apiUrl: string;
  /** GITHUB_SERVER_URL: where the repositories' git lives (read clones `<serverUrl>/<owner>/<repo>.git`). */
  serverUrl: string;
  repository: RepoRef;
  bundlesRepo: RepoRef;
  /** Whether `bundles-repository` was given (read otherwise takes the dispatch payload's repository). */
  bundlesRepoGiven: boolean;
  /** The `tag` input (read). */
  tag: string | undefined;
  sourcesPath: string;
  policyPath: string;
  queue: string | undefined;
  windowStart: string | undefined;
  windowEnd: string | undefined;
  dispatchRepo: RepoRef | undefined;
  eventName: string;
  event: Record<string, unknown>;
  ref: string;
  sha: string;
  workspace: string;
  /** RUNNER_TEMP: a directory for this job's temporary files. */
  runnerTemp: string | undefined;
  writeIntervalMs: number | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/** An input as the runner passes it (INPUT_<NAME>, upper case, spaces to underscores); '' means not given. */
export function input(env: Env, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value === '' ? undefined : value;
}

/**
 * Parses `owner/name`. Neither part may be `.` or `..`: in an API path or git URL that is a dot-segment, which
 * URL parsing removes, sending the request (and its token) to another path than the repository's.
 */
export function parseRepository(value: string, name: string): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  const dotSegment = (part: string) => part === '.' || part === '..';
  if (!match?.[1] || !match[2] || dotSegment(match[1]) || dotSegment(match[2])) {
    throw new InputError(`Invalid repository '${value}'`, { field: name, expected: 'format {owner}/{repo}' });
  }
  return { owner: match[1], repo: match[2] };
}

function time(env: Env, name: string): string | undefined {
  const value = input(env, name);
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new InputError(`Invalid time '${value}'`, {
      field: name,
      expected: 'RFC 3339 with an offset, e.g. 2026-12-01T06:00:00+01:00',
    });
  }
  return value;
}

/** Reads every setting; `readEvent` loads the webhook payload file. */
export function readSettings(env: Env, readEvent: (path: string) => string): Settings {
  const commandValue = input(env, 'command');
  const command = COMMANDS.find((c) => c === commandValue);
  if (!command)
    throw new InputError(`Invalid command '${commandValue ?? ''}'`, {
      field: 'command',
      expected: `one of ${COMMANDS.join(', ')}`,
    });
  const token = input(env, 'token');
  if (!token)
    throw new InputError('Input required and not supplied', {
      field: 'token',
      expected: 'an App installation token (actions/create-github-app-token)',
    });
  const current = env.GITHUB_REPOSITORY;
  if (!current)
    throw new InputError('GITHUB_REPOSITORY is not set', {
      field: 'GITHUB_REPOSITORY',
      expected: 'to run inside GitHub Actions (owner/repo)',
    });
  const repository = parseRepository(current, 'GITHUB_REPOSITORY');
  const bundles = input(env, 'bundles-repository');
  if (command === 'assemble' && !bundles)
    throw new InputError('Input required for assemble and not supplied', {
      field: 'bundles-repository',
      expected: 'format {owner}/{repo}',
    });
  const dispatch = input(env, 'dispatch-repository');
  const eventPath = env.GITHUB_EVENT_PATH;
  let event: Record<string, unknown> = {};
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readEvent(eventPath));
      if (parsed && typeof parsed === 'object') event = parsed as Record<string, unknown>;
    } catch (cause) {
      throw new InputError(
        'cannot read the event payload',
        { file: eventPath, expected: 'the JSON webhook payload the runner wrote' },
        { cause },
      );
    }
  }
  const interval = env.CUTOVER_WRITE_INTERVAL_MS;
  return {
    command,
    token,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository,
    bundlesRepo: bundles ? parseRepository(bundles, 'bundles-repository') : repository,
    bundlesRepoGiven: bundles !== undefined,
    tag: input(env, 'tag'),
    sourcesPath: input(env, 'sources') ?? '.cutover/sources.yaml',
    policyPath: input(env, 'policy') ?? '.cutover/policy.yaml',
    queue: input(env, 'queue'),
    windowStart: time(env, 'window-start'),
    windowEnd: time(env, 'window-end'),
    dispatchRepo: dispatch ? parseRepository(dispatch, 'dispatch-repository') : undefined,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP || undefined,
    writeIntervalMs: interval && /^\d+$/.test(interval) ? Number(interval) : undefined,
  };
}
