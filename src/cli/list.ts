/**
 * `cutover list <repository> [--product P] [--release R] [--json]`: lists the seal tags of a
 * release-bundles git repository (path or URL), each with its own checks and its standing in its release.
 * Exit 0 when every listed tag is a valid seal, 1 when one is not, 2 for usage errors.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { listSealedRevisions } from '../reader/list.js';
import { table } from '../render/table.js';
import { COMMAND_META } from './commands.js';
import { type CliCommand, count, EXIT } from './io.js';
import { terminalJson, terminalText } from './terminal-text.js';

export const listCommand: CliCommand = {
  ...COMMAND_META.list,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        product: { type: 'string' },
        release: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1 || positionals[0] === undefined)
      throw new InputError('expected exactly one repository (a path or a URL)', { expected: this.usage });
    const list = await listSealedRevisions({
      repository: positionals[0],
      product: values.product,
      release: values.release,
      cwd: io.cwd,
    });
    const invalid = list.revisions.filter((r) => !r.sealed);
    if (values.json) {
      io.stdout(`${terminalJson(list)}\n`);
    } else {
      const lines = [
        table(
          ['PRODUCT', 'RELEASE', 'REV', 'STANDING', 'SEAL', 'COMMIT', 'DIGEST', 'TAGGED'],
          list.revisions.map((r) =>
            [
              r.product,
              r.release,
              `r${r.revision}`,
              r.latest
                ? 'latest'
                : r.supersededBy !== undefined
                  ? `superseded by r${r.supersededBy}`
                  : 'later tags invalid',
              r.sealed ? 'valid' : r.annotated ? 'invalid' : 'lightweight',
              r.commit?.slice(0, 12) ?? '-',
              r.bundleDigest ? `${r.bundleDigest.slice(0, 19)}…` : '-',
              r.taggedAt ?? '-',
            ].map(terminalText),
          ),
        ),
      ];
      // Problems quote the repository (a tag object's name header) and ref names may hold any non-ASCII
      // character: controls escaped, as in every cell above.
      for (const r of invalid) lines.push('', `${r.tag}:`, ...r.problems.map((p) => `  - ${terminalText(p)}`));
      if (list.ignoredRefs.length > 0)
        lines.push('', terminalText(`ignored (not seal tag names): ${list.ignoredRefs.join(', ')}`));
      lines.push(
        '',
        terminalText(
          `list: ${count(list.revisions.length, 'seal tag')} in ${list.repository}${
            invalid.length > 0 ? `, ${invalid.length} not a valid seal` : ''
          }`,
        ),
      );
      io.stdout(`${lines.join('\n')}\n`);
    }
    return invalid.length === 0 ? EXIT.ok : EXIT.findings;
  },
};
