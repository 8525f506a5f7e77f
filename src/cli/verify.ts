/**
 * `cutover verify <dir> [--policy <file>] [--json]`: runs every verification rule over a release directory.
 * Exit 0 when clean, 1 when there are findings (open holds included), 2 for usage or input errors.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '../domain/default-policy.js';
import { InputError } from '../errors.js';
import { verifyRelease } from '../modes/verification.js';
import { table } from '../render/table.js';
import { readPolicy } from '../schema/documents.js';
import { COMMAND_META } from './commands.js';
import { type CliCommand, count, EXIT } from './io.js';
import { readReleaseTexts } from './release-dir.js';
import { terminalJson, terminalText } from './terminal-text.js';

export const verifyCommand: CliCommand = {
  ...COMMAND_META.verify,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { policy: { type: 'string' }, json: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1 || !positionals[0])
      throw new InputError('expected exactly one release directory', { expected: this.usage });
    const dir = path.resolve(io.cwd, positionals[0]);
    const policy = values.policy ? await readPolicy(path.resolve(io.cwd, values.policy)) : DEFAULT_POLICY;
    const outcomes = verifyRelease(await readReleaseTexts(dir), policy);
    const findings = outcomes.flatMap((o) => o.findings);
    const failed = findings.some((f) => f.severity === 'error');
    if (values.json) {
      io.stdout(`${terminalJson({ directory: dir, passed: !failed, rules: outcomes })}\n`);
    } else {
      // Printed as given on the command line, as the other paths of this output are.
      const rel = positionals[0];
      const lines = [
        table(
          ['RULE', 'STATUS', 'FINDINGS'],
          outcomes.map((o) => [o.rule, o.status, String(o.findings.length)]),
        ),
      ];
      if (findings.length > 0) {
        lines.push(
          '',
          table(
            ['SEVERITY', 'RULE', 'WHERE', 'MESSAGE'],
            // Findings quote what the directory holds (a hand-edited key): no terminal control reaches the screen.
            findings.map((f) =>
              [
                f.severity,
                f.rule,
                `${rel}/${f.file}${f.line ? `:${f.line}` : ''}${f.path ? ` ${f.path}` : ''}`,
                f.message,
              ].map(terminalText),
            ),
          ),
        );
      }
      lines.push(
        '',
        failed
          ? `verify: ${count(findings.filter((f) => f.severity === 'error').length, 'finding')} in ${terminalText(rel)}`
          : `verify: ${terminalText(rel)} passed every rule`,
      );
      io.stdout(`${lines.join('\n')}\n`);
    }
    return failed ? EXIT.findings : EXIT.ok;
  },
};
