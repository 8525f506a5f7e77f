/**
 * Every JSON Schema Cutover validates against, imported so the bundler embeds them (no file reads at run time).
 */
import bundle from '../../schemas/bundle.schema.json' with { type: 'json' };
import common from '../../schemas/common.schema.json' with { type: 'json' };
import holds from '../../schemas/holds.schema.json' with { type: 'json' };
import lineage from '../../schemas/lineage.schema.json' with { type: 'json' };
import manifest from '../../schemas/manifest.schema.json' with { type: 'json' };
import policy from '../../schemas/policy.schema.json' with { type: 'json' };
import records from '../../schemas/records.schema.json' with { type: 'json' };
import sealRecord from '../../schemas/seal-record.schema.json' with { type: 'json' };
import sources from '../../schemas/sources.schema.json' with { type: 'json' };
import { SOURCE_KIND_SCHEMAS } from './source-kinds.js';

/** Named document schemas. */
export const SCHEMAS = {
  bundle,
  common,
  holds,
  lineage,
  manifest,
  policy,
  records,
  'seal-record': sealRecord,
  sources,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

/** Every schema to register with Ajv, including the per-kind source option schemas. */
export const ALL_SCHEMAS: readonly object[] = [...Object.values(SCHEMAS), ...SOURCE_KIND_SCHEMAS];

/** The `$id` of a named schema. */
export function schemaId(name: SchemaName): string {
  return SCHEMAS[name].$id;
}
