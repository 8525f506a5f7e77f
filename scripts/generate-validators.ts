/**
 * Writes the standalone validators (src/schema/generated/, see src/schema/standalone.ts). Run by
 * scripts/build.mjs before bundling; `npx tsx scripts/generate-validators.ts` after editing a schema.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDocumentFiles, generatedFiles, PRECOMPILED } from '../src/schema/standalone.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const files = [...PRECOMPILED.map((name) => generatedFiles(name)), generatedDocumentFiles()];
for (const generated of files)
  for (const [file, text] of Object.entries(generated)) writeFileSync(path.join(root, file), text);
