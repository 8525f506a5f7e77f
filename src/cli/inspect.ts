/**
 * `cutover inspect <repository> --tag <tag> [--at <time>] [--json]`: reads one sealed revision from a
 * release-bundles git repository (path or URL) and prints its integrity results and the window fact.
 * Exit 0 when every integrity result holds, 1 when one fails, 2 for usage errors.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { readSealedBundle } from '../reader/inspect.js';
import { table } from '../render/table.js';
import { COMMAND_META } from './commands.js';
import { type CliCommand, count, EXIT } from './io.js';
import { terminalJson, terminalText } from './terminal-text.js';

export const inspectCommand: CliCommand = {
  ...COMMAND_META.inspect,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { tag: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1 || positionals[0] === undefined)
      throw new InputError('expected exactly one repository (a path or a URL)', { expected: this.usage });
    if (values.tag === undefined) throw new InputError('missing --tag <tag>', { expected: this.usage });
    const sealed = await readSealedBundle({
      repository: positionals[0],
      tag: values.tag,
      at: values.at,
      cwd: io.cwd,
    });
    if (values.json) {
      io.stdout(`${terminalJson(sealed)}\n`);
    } else {
      const { window } = sealed;
      const failed = sealed.results.filter((r) => r.status === 'fail');
      // Every value may come from the repository read: each line, and each cell, with its controls escaped.
      const head = [
        `${sealed.tag} in ${sealed.repository}`,
        `commit         ${sealed.commit ?? '-'}`,
        `bundle digest  ${sealed.bundleDigest ?? '-'}`,
        `queue          ${sealed.record?.queue ?? sealed.manifest?.queue ?? '-'}`,
      ].map(terminalText);
      const foot = [
        window.state
          ? `window: ${window.state} at ${window.at} (${window.start} .. ${window.end}, from the ${window.from}); a fact, not an integrity check`
          : `window: unknown at ${window.at} (no readable seal record or manifest)`,
        failed.length === 0
          ? `inspect: every integrity check holds for ${sealed.tag}`
          : `inspect: ${count(failed.length, 'integrity check')} failed for ${sealed.tag}: ${failed.map((r) => r.name).join(', ')}`,
      ].map(terminalText);
      const results = table(
        ['CHECK', 'STATUS', 'DETAIL'],
        sealed.results.map((r) => [r.name, r.status, r.detail].map(terminalText)),
      );
      io.stdout(`${[...head, '', results, '', ...foot].join('\n')}\n`);
    }
    return sealed.intact ? EXIT.ok : EXIT.findings;
  },
};
