/**
 * The `cutover` command line: dispatches to one command per verb, turns errors into exit codes and
 * one-line messages (never a stack trace). `--help` after a command describes its arguments and every
 * option (./help.ts); `--version` prints the package's version; a mistyped command or option gets a
 * did-you-mean.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeControls, InputError, messageOf } from '../errors.js';
import { COMMAND_META, type CommandName } from './commands.js';
import { COMMAND_HELP, describedOptions, renderCommandHelp } from './help.js';
import { type CliCommand, type CliIo, EXIT, pathsAsGiven } from './io.js';

/** Each command's module, loaded only when that command runs (the bundle keeps each in its own chunk). */
const LOADERS: Record<CommandName, () => Promise<CliCommand>> = {
  assemble: async () => (await import('./assemble.js')).assembleCommand,
  verify: async () => (await import('./verify.js')).verifyCommand,
  inspect: async () => (await import('./inspect.js')).inspectCommand,
  list: async () => (await import('./list.js')).listCommand,
  demo: async () => (await import('./demo.js')).demoCommand,
};

export const COMMANDS: Record<string, CliCommand> = Object.fromEntries(
  (Object.keys(COMMAND_META) as CommandName[]).map((name) => [
    name,
    { ...COMMAND_META[name], run: async (args: string[], io: CliIo) => (await LOADERS[name]()).run(args, io) },
  ]),
);

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'cutover: turn a signed release candidate into one governed, sealed cutover bundle',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    "Run 'cutover <command> --help' for a command's arguments and options, 'cutover --version' for the version.",
    'Exit codes: 0 clean, 1 findings, 2 usage or input error.',
  ].join('\n');
}

/**
 * The version in the package's package.json: two directories up from this module both in src/cli/ (tests)
 * and in dist/cli/ (the bundled command, whose package.json beside it only sets the module type).
 */
export function packageVersion(): string {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined;
  if (typeof version !== 'string') throw new Error(`${file} has no "version"`);
  return version;
}

/** Edit distance with adjacent transpositions (optimal string alignment): 'inpsect' is 1 from 'inspect'. */
function distance(a: string, b: string): number {
  // Three rows of the dynamic-programming table: i-2, i-1 and i.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate closest to what was typed, when it is close enough to be a typo (or the only one it starts). */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  const prefixed = candidates.filter((c) => lower.length >= 2 && c.startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  const scored = candidates
    .map((c) => ({ c, d: distance(lower, c) }))
    .filter(({ c, d }) => d <= Math.min(2, Math.floor(c.length / 3)))
    .sort((x, y) => x.d - y.d);
  return scored.length > 0 && scored[0]?.d !== scored[1]?.d ? scored[0]?.c : undefined;
}

/** A parseArgs error in words, with a did-you-mean for an unknown option. */
function argumentError(name: string, error: TypeError & { code?: unknown }): string {
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const options = describedOptions(COMMAND_HELP[name]?.options ?? []);
    const guess = closest(unknown.replace(/=.*$/, ''), options);
    return `unknown option '${unknown}'${guess ? `; did you mean '${guess}'?` : ''}`;
  }
  return error.message;
}

/** Runs one CLI invocation; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  // `cutover help <command>` is `cutover <command> --help`.
  const asked = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
  if (asked && args[0]) {
    io.stdout(`${renderCommandHelp(args[0], asked)}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${help()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`cutover ${packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const guess = closest(name, Object.keys(COMMANDS));
    io.stderr(
      `cutover: unknown command '${escapeControls(name)}'${guess ? `; did you mean '${guess}'?` : ''}\n` +
        `Commands: ${Object.keys(COMMANDS).join(', ')}. Run 'cutover --help' for their usage.\n`,
    );
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${renderCommandHelp(name, command)}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const parse = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    const known = error instanceof InputError || parse;
    const message = parse ? escapeControls(argumentError(name, error)) : pathsAsGiven(messageOf(error), args, io.cwd);
    // One line, like every other error: the usage and where every option is described.
    const usage = parse ? ` (expected: ${command.usage}; 'cutover ${name} --help' describes every option)` : '';
    io.stderr(`cutover ${name}: ${known ? 'error' : 'internal error'}: ${message}${usage}\n`);
    if (io.env.CUTOVER_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.usage;
  }
}
