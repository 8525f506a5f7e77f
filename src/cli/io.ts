import path from 'node:path';

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

const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/**
 * A message with the paths it names written as the user gave them: commands resolve relative arguments
 * against the working directory, so their errors name absolute paths. Each absolute form of a relative
 * argument, and the directory holding it (for files found beside it), is put back as typed; an absolute
 * argument stays exactly as given, and URLs are left alone.
 */
export function pathsAsGiven(text: string, args: readonly string[], cwd: string): string {
  const replacements = new Map<string, string>();
  for (const arg of args) {
    if (arg === '' || arg.startsWith('-') || URL_LIKE.test(arg)) continue;
    if (path.isAbsolute(arg)) {
      // Matched before any shorter prefix, so the working directory's prefix is not taken off it.
      replacements.set(arg, arg);
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    replacements.set(absolute, arg);
    const dir = path.dirname(arg);
    replacements.set(`${path.dirname(absolute)}${path.sep}`, dir === '.' ? '' : `${dir}${path.sep}`);
  }
  if (replacements.size === 0) return text;
  // One pass; at each position the longest form wins (a file's own form over its directory's). A whole path
  // must not run on into a longer name; a directory form ends in a separator already.
  const forms = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = forms
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (f.endsWith(path.sep) ? '' : '(?![A-Za-z0-9._+-])'))
    .join('|');
  return text.replace(new RegExp(pattern, 'g'), (match) => replacements.get(match) ?? match);
}
