/**
 * The options schema of every source kind (schemas/source-kinds/*.schema.json), registered with Ajv
 * beside the document schemas. Add one line per kind together with its adapter.
 */
import records from '../../schemas/source-kinds/records.schema.json' with { type: 'json' };

export const SOURCE_KIND_SCHEMAS: readonly object[] = [records];
