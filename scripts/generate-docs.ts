/**
 * Generates the README's input and output tables from action.yml, between the markers
 * `<!-- inputs:start -->` / `<!-- inputs:end -->` and `<!-- outputs:start -->` / `<!-- outputs:end -->`, so
 * the tables cannot drift from the action. `npm run docs` rewrites README.md; `npm run docs -- --check`
 * exits 1 when it is out of date. test/convention/readme.test.ts runs the check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

/** What the tables need from action.yml. */
export interface ActionMetadata {
  inputs: Record<string, { description: string; required: boolean; default: string | undefined }>;
  outputs: Record<string, { description: string }>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the inputs and outputs of an action.yml text; fails on anything it cannot document. */
export function parseActionMetadata(text: string): ActionMetadata {
  const doc: unknown = yaml.load(text);
  if (!isRecord(doc)) throw new Error('action.yml is not a mapping');
  const metadata: ActionMetadata = { inputs: {}, outputs: {} };
  const inputs = isRecord(doc.inputs) ? doc.inputs : {};
  for (const [name, value] of Object.entries(inputs)) {
    if (!isRecord(value) || typeof value.description !== 'string')
      throw new Error(`action.yml input '${name}' has no description`);
    metadata.inputs[name] = {
      description: value.description,
      required: value.required === true,
      default: value.default === undefined ? undefined : String(value.default),
    };
  }
  const outputs = isRecord(doc.outputs) ? doc.outputs : {};
  for (const [name, value] of Object.entries(outputs)) {
    if (!isRecord(value) || typeof value.description !== 'string')
      throw new Error(`action.yml output '${name}' has no description`);
    metadata.outputs[name] = { description: value.description };
  }
  return metadata;
}

/**
 * One table cell: a single line, pipes escaped, and `<` / `>` outside code spans written as entities so
 * placeholders such as cutover/<product>/... are shown, not taken for HTML tags.
 */
function cell(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/</g, '&lt;').replace(/>/g, '&gt;') : part))
    .join('`');
}

/** A Markdown table with padded columns, as Biome formats Markdown (so `npm run lint` accepts the README). */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The inputs table in Markdown. */
export function renderInputs(metadata: ActionMetadata): string {
  return markdownTable(
    ['Input', 'Required', 'Default', 'Description'],
    Object.entries(metadata.inputs).map(([name, input]) => [
      `\`${name}\``,
      input.required ? 'yes' : 'no',
      input.default === undefined ? '' : `\`${cell(input.default)}\``,
      cell(input.description),
    ]),
  );
}

/** The outputs table in Markdown. */
export function renderOutputs(metadata: ActionMetadata): string {
  return markdownTable(
    ['Output', 'Description'],
    Object.entries(metadata.outputs).map(([name, output]) => [`\`${name}\``, cell(output.description)]),
  );
}

/** Replaces the text between `<!-- <name>:start -->` and `<!-- <name>:end -->`; the markers must exist once. */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from || document.indexOf(start, from + 1) >= 0)
    throw new Error(`README must contain ${start} ... ${end} exactly once, in that order`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}

/** The README with both tables regenerated from the action metadata. */
export function renderReadme(readme: string, actionYml: string): string {
  const metadata = parseActionMetadata(actionYml);
  return replaceSection(replaceSection(readme, 'inputs', renderInputs(metadata)), 'outputs', renderOutputs(metadata));
}

async function main(argv: string[]): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const readmePath = path.join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const updated = renderReadme(readme, await readFile(path.join(root, 'action.yml'), 'utf8'));
  if (argv.includes('--check')) {
    if (updated === readme) return 0;
    process.stderr.write('README.md is out of date with action.yml: run `npm run docs` and commit README.md.\n');
    return 1;
  }
  if (updated !== readme) await writeFile(readmePath, updated);
  process.stdout.write(`README.md ${updated === readme ? 'already up to date' : 'updated'} from action.yml\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
