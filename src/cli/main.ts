/**
 * The `cutover` command line: dispatches to one command per verb, turns errors into exit codes and
 * one-line messages (never a stack trace).
 */
import { InputError, messageOf } from '../errors.js';
import { assembleCommand } from './assemble.js';
import { demoCommand } from './demo.js';
import { inspectCommand } from './inspect.js';
import { type CliCommand, type CliIo, EXIT } from './io.js';
import { listCommand } from './list.js';
import { verifyCommand } from './verify.js';

const COMMANDS: Record<string, CliCommand> = {
  assemble: assembleCommand,
  verify: verifyCommand,
  inspect: inspectCommand,
  list: listCommand,
  demo: demoCommand,
};

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
    'Exit codes: 0 clean, 1 findings, 2 usage or input error.',
  ].join('\n');
}

/** Runs one CLI invocation; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${help()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`cutover: unknown command '${name}'\n\n${help()}\n`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const known =
      error instanceof InputError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    const usage = error instanceof TypeError && known ? ` (expected: ${command.usage})` : '';
    io.stderr(`cutover ${name}: ${known ? 'error' : 'internal error'}: ${messageOf(error)}${usage}\n`);
    if (io.env.CUTOVER_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.usage;
  }
}
