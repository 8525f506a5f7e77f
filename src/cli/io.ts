/**
 * What a CLI command may touch: its arguments, output streams, environment and working directory.
 * Passed in, so tests run commands in-process.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Exit codes: 0 clean, 1 findings (or failed integrity results), 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** `1 finding`, `2 findings`, `0 findings`: a count with its noun in the right number. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
