/**
 * Writes the standalone validators (src/schema/generated/, see src/schema/standalone.ts) and removes any
 * generated file the schemas no longer make. Run by scripts/build.mjs before bundling;
 * `npx tsx scripts/generate-validators.ts` after editing a schema.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DIR, generatedValidatorFiles } from '../src/schema/standalone.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const files = generatedValidatorFiles();
const dir = path.join(root, GENERATED_DIR);
for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  const file = path.join(dir, entry);
  if (statSync(file).isFile() && !(`${GENERATED_DIR}/${entry.split(path.sep).join('/')}` in files)) rmSync(file);
}
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
