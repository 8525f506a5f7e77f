/**
 * What the command line shows of each command before loading it: its one-line summary and usage. The
 * commands themselves load on demand (src/cli/main.ts), so `cutover list` never evaluates the demo's
 * GitHub-compatible server, Ajv for assembly or Octokit.
 */
export const COMMAND_META = {
  assemble: {
    summary: 'build a release directory (bundle, lineage, holds, manifest) from local sources',
    usage: 'cutover assemble --sources <file> --out <dir> [--policy <file>] [--previous <dir>] [--json]',
  },
  verify: {
    summary: 'run every verification rule over a release directory',
    usage: 'cutover verify <dir> [--policy <file>] [--json]',
  },
  inspect: {
    summary: 'read a sealed revision from a bundles git repository and check its integrity',
    usage: 'cutover inspect <repository> --tag <tag> [--at <time>] [--json]',
  },
  list: {
    summary: 'list the sealed revisions in a bundles git repository',
    usage: 'cutover list <repository> [--product <product>] [--release <release>] [--json]',
  },
  demo: {
    summary: 'run the whole lifecycle on an embedded GitHub-compatible server (no GitHub account needed)',
    usage: 'cutover demo [--json] [--keep <dir>]',
  },
} as const satisfies Record<string, { summary: string; usage: string }>;

export type CommandName = keyof typeof COMMAND_META;
