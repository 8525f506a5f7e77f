/**
 * README.md stays true to the code: its input/output tables are exactly what scripts/generate-docs.ts makes
 * of action.yml, and its lists of hold rules, check runs, integrity checks, source kinds, CLI commands and
 * example paths are the ones the code and the repository have.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionMetadata, renderInputs, renderReadme, replaceSection } from '../../scripts/generate-docs.js';
import { main } from '../../src/cli/main.js';
import { HOLD_RULES } from '../../src/domain/holds.js';
import { VERIFICATION_RULE_IDS } from '../../src/domain/verify.js';
import { APPROVAL_CHECK } from '../../src/modes/gate.js';
import { INTEGRITY_CHECKS } from '../../src/reader/checks.js';
import { checkName } from '../../src/render/checks.js';
import { SCHEMAS } from '../../src/schema/registry.js';
import { repoRoot } from './helpers.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const actionYml = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');

/** The text of one `## ` section of the README. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section '## ${title}'`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The first-column code names of the Markdown table rows in a text. */
function tableNames(text: string): string[] {
  return [...text.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1] ?? '');
}

describe('generated input and output tables', () => {
  it('README.md is up to date with action.yml (run `npm run docs`)', () => {
    expect(renderReadme(readme, actionYml)).toBe(readme);
  });

  it('lists every input and output of action.yml', () => {
    const metadata = parseActionMetadata(actionYml);
    const tables = readme.slice(readme.indexOf('<!-- inputs:start -->'), readme.indexOf('<!-- outputs:end -->'));
    expect(tableNames(tables)).toEqual([...Object.keys(metadata.inputs), ...Object.keys(metadata.outputs)]);
  });

  it('a changed description makes the README stale (the check can fail)', () => {
    const changed = actionYml.replace('Revision number of the bundle.', 'The revision.');
    expect(changed).not.toBe(actionYml);
    expect(renderReadme(readme, changed)).not.toBe(readme);
  });

  it('fails loudly without the markers, and keeps the text around them', () => {
    expect(() => replaceSection('no markers', 'inputs', 'x')).toThrow(/inputs:start/);
    expect(replaceSection('a\n<!-- x:start -->\nold\n<!-- x:end -->\nb', 'x', 'new')).toBe(
      'a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb',
    );
  });

  it('escapes what Markdown tables and HTML would misread', () => {
    const metadata = {
      inputs: { a: { description: 'x | y <z> `<kept>`', required: false, default: undefined } },
      outputs: {},
    };
    expect(renderInputs(metadata)).toContain('| `a`   | no       |         | x \\| y &lt;z&gt; `<kept>` |');
  });
});

describe('README lists match the code', () => {
  it('hold rules: every rule of src/domain/holds.ts, in order', () => {
    expect(tableNames(section('Hold rules'))).toEqual(HOLD_RULES);
  });

  it('check runs: every verification rule, in order', () => {
    expect(tableNames(section('Verification rules and check runs'))).toEqual(VERIFICATION_RULE_IDS.map(checkName));
    expect(section('The approval gate')).toContain(APPROVAL_CHECK);
  });

  it('integrity checks of the reader', () => {
    for (const name of INTEGRITY_CHECKS) expect(section('Local CLI')).toContain(`\`${name}\``);
  });

  it('source kinds: every kind of schemas/sources.schema.json', () => {
    const kinds = SCHEMAS.sources.properties.sources.items.properties.kind.enum;
    expect(new Set(tableNames(section('Source kinds')))).toEqual(new Set(kinds));
  });

  it('quick start is exactly two commands', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(section('Quick start'))?.[1] ?? '';
    expect(block.trim().split('\n')).toEqual(['npm ci && npx cutover demo', 'npm test']);
  });

  it('every `cutover <command>` the README shows is a command of the CLI', async () => {
    let help = '';
    await main(['--help'], { stdout: (t) => (help += t), stderr: () => {}, env: {}, cwd: repoRoot });
    const commands = new Set([...help.matchAll(/^ {2}([a-z]+) {2}/gm)].map((m) => m[1]));
    const used = new Set([...readme.matchAll(/npx cutover ([a-z]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const command of used) expect([...commands], `cutover ${command}`).toContain(command);
  });

  it('every npm script the README shows exists', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts);
    for (const [, script] of readme.matchAll(/npm run ([a-z:-]+)/g)) expect(scripts).toContain(script);
  });

  it('every repository path the README names exists', () => {
    const paths = new Set(
      [...readme.matchAll(/`((?:examples|schemas|src|test|scripts)\/[^`\s]*|\.ci\/run|action\.yml)`/g)].map(
        (m) => m[1] ?? '',
      ),
    );
    expect(paths.size).toBeGreaterThan(10);
    for (const file of paths) expect(existsSync(path.join(repoRoot, file)), file).toBe(true);
  });
});
