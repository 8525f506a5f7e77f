/**
 * What `cutover <command> --help` prints: each command's arguments and every option it accepts, with what the
 * option does, its default and an example. test/cli/help.test.ts holds this to the commands: every option in a
 * command's usage line is described here, and every option described here is one the command accepts.
 */
import type { CliCommand } from './io.js';

/** One positional argument or option, described for a person. */
export interface HelpEntry {
  /** `<dir>` for an argument; `--out <dir>` or `--json` for an option. */
  name: string;
  description: string;
}

/** The help of one command. */
export interface CommandHelp {
  description: string;
  arguments: HelpEntry[];
  options: HelpEntry[];
  /** What the exit codes mean for this command. */
  exit: string;
  examples: string[];
}

const JSON_OPTION: HelpEntry = { name: '--json', description: 'print the result as JSON on stdout instead of text' };
const HELP_OPTION: HelpEntry = { name: '-h, --help', description: 'print this help and exit 0' };

const REPOSITORY: HelpEntry = {
  name: '<repository>',
  description:
    'the release-bundles git repository: a local path (a bare repository or a clone), or an http(s)://, file:// or ssh:// URL (fetched with git; no API, no token)',
};

/** Help for every command, by command name. */
export const COMMAND_HELP: Record<string, CommandHelp> = {
  assemble: {
    description:
      'Reads the release candidate and its sources from local files, applies the policy, and writes the release directory (bundle.json, lineage.json, holds.json, manifest.json). Holds are data, not errors: they are listed and the exit code is 0. Assembling the same inputs again writes nothing; a different bundle becomes the next revision.',
    arguments: [],
    options: [
      {
        name: '--sources <file>',
        description:
          'the sources configuration (YAML or JSON, schemas/sources.schema.json), with a `candidate` key (tag, commit, committedAt); the paths it names are relative to it. Required.',
      },
      {
        name: '--out <dir>',
        description:
          'the release directory to write; created when missing. A manifest already there for the same release counts as the latest revision. Required.',
      },
      {
        name: '--policy <file>',
        description:
          'the policy (YAML or JSON, schemas/policy.schema.json): hold rules, approver teams, rendering, limits. Default: the built-in policy.',
      },
      {
        name: '--previous <dir>',
        description:
          'the release directory of the previous approved revision of the same release: the new revision is numbered after it and checked against it (supersession, rollback pointers).',
      },
      JSON_OPTION,
      HELP_OPTION,
    ],
    exit: '0 assembled (with or without holds), 2 usage or input error (nothing is written)',
    examples: [
      'cutover assemble --sources examples/payments-platform/cutover.sources.yaml --out /tmp/bundle --policy examples/policy.yaml',
      'cutover assemble --sources examples/held-release/cutover.sources.yaml --previous examples/held-release/previous --out /tmp/held',
    ],
  },
  verify: {
    description:
      'Runs every verification rule (schema, lineage, rollback, environment, holds, binding) over a release directory, as the verify check runs do on a pull request, and lists each finding with its file and line.',
    arguments: [{ name: '<dir>', description: 'the release directory (as written by `cutover assemble`)' }],
    options: [
      {
        name: '--policy <file>',
        description:
          'the policy (YAML or JSON, schemas/policy.schema.json) to verify against. Default: the built-in policy.',
      },
      JSON_OPTION,
      HELP_OPTION,
    ],
    exit: '0 every rule passes, 1 findings (an open hold included), 2 usage or input error',
    examples: ['cutover verify /tmp/bundle --policy examples/policy.yaml', 'cutover verify /tmp/bundle --json'],
  },
  inspect: {
    description:
      'Reads one sealed revision from a release-bundles repository with git alone and reports its named integrity checks (annotated-tag, seal-record, tag-target, bundle-digest, manifest-binding, latest-revision, required-approvers) and whether the change window is not started, open or ended.',
    arguments: [REPOSITORY],
    options: [
      {
        name: '--tag <tag>',
        description:
          'the seal tag to read, cutover/<product>/<release>/r<revision>, e.g. cutover/payments/2026.12.0/r1. Required.',
      },
      {
        name: '--at <time>',
        description:
          'the moment at which to place the change window, an RFC 3339 time with offset, e.g. 2026-12-04T16:20:00Z. Default: now.',
      },
      JSON_OPTION,
      HELP_OPTION,
    ],
    exit: '0 every integrity check holds, 1 a check fails, 2 usage error (a tag that does not exist included)',
    examples: [
      'cutover inspect ../release-bundles --tag cutover/payments/2026.12.0/r1',
      'cutover inspect https://github.com/acme/release-bundles.git --tag cutover/payments/2026.12.0/r2 --at 2026-12-04T16:20:00Z --json',
    ],
  },
  list: {
    description:
      'Lists every seal tag of a release-bundles repository with its own checks and its standing in its release (latest, or superseded by a later revision), read with git alone.',
    arguments: [REPOSITORY],
    options: [
      { name: '--product <product>', description: "only this product's seal tags" },
      { name: '--release <release>', description: "only this release's seal tags (with --product)" },
      JSON_OPTION,
      HELP_OPTION,
    ],
    exit: '0 every listed tag is a valid seal, 1 one is not, 2 usage error',
    examples: ['cutover list ../release-bundles', 'cutover list ../release-bundles --product payments --json'],
  },
  demo: {
    description:
      'Runs the whole lifecycle (assemble, verify, both approvals, merge under the repository rules, seal, read) against the GitHub-compatible test server on this machine, with temporary git repositories: no GitHub account and no network.',
    arguments: [],
    options: [
      {
        name: '--keep <dir>',
        description:
          'leave the sealed release-bundles repository in <dir> (a bare git repository; <dir> must be new or empty) to try `cutover inspect` and `cutover list` on it afterwards. Default: everything the demo created is removed.',
      },
      JSON_OPTION,
      HELP_OPTION,
    ],
    exit: '0 every step behaved as expected, 1 a step did not, 2 usage error (including a --keep path that is not new or empty)',
    examples: [
      'cutover demo',
      'cutover demo --json',
      'cutover demo --keep /tmp/release-bundles && cutover list /tmp/release-bundles',
    ],
  },
};

/** The long option names (`--out`) among help entries. */
export function describedOptions(options: HelpEntry[]): string[] {
  return options.flatMap((o) => o.name.split(/,\s*/)).flatMap((n) => /^--[a-z][a-z-]*/.exec(n) ?? []);
}

/** Two columns, the second wrapped under itself. */
function entries(list: HelpEntry[], width = 100): string[] {
  const left = Math.max(...list.map((e) => e.name.length)) + 4;
  return list.flatMap((entry) =>
    wrap(entry.description, width - left).map(
      (line, i) => (i === 0 ? `  ${entry.name}`.padEnd(left) : ' '.repeat(left)) + line,
    ),
  );
}

/** The text of `cutover <name> --help`; its first line is the usage line. */
export function renderCommandHelp(name: string, command: CliCommand): string {
  const help = COMMAND_HELP[name];
  if (!help) return `usage: ${command.usage}`;
  return [
    `usage: ${command.usage}`,
    '',
    `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
    '',
    ...wrap(help.description),
    ...(help.arguments.length > 0 ? ['', 'Arguments:', ...entries(help.arguments)] : []),
    '',
    'Options:',
    ...entries(help.options),
    '',
    `Exit codes: ${help.exit}.`,
    '',
    'Examples:',
    ...help.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** Words of a text in lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
