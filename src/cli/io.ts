import { writeSync } from 'node:fs';
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

/** The descriptors whose stream took over (writeToDescriptor): it may hold bytes not yet written. */
const throughStream = new Set<1 | 2>();

/**
 * Writes text to standard output (1) or standard error (2) with write(2) itself rather than through
 * process.stdout or process.stderr: creating those loads Node's stream classes for a pipe or terminal
 * (`cutover assemble` piped: about 7 million instructions on Node 20, issue 13 goal 3). Whatever one
 * write leaves (a full non-blocking pipe: EAGAIN) or any failure (a closed pipe) goes to the stream, as
 * all of it did before, and so does every later write to that descriptor, after the bytes the stream
 * may still hold.
 */
export function writeToDescriptor(fd: 1 | 2, text: string): void {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  if (throughStream.has(fd)) {
    stream().write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch {
    throughStream.add(fd);
    stream().write(bytes.subarray(written));
  }
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
