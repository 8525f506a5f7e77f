/**
 * The `$id`s of the named document schemas, without importing the schemas (registry.ts embeds every schema
 * file): validate.ts names a schema's generated validator by them. test/schema/standalone.test.ts checks
 * each against the registry.
 */
import type { SchemaName } from './registry.js';
/** Where every schema `$id` starts. */
export declare const SCHEMA_BASE = "https://cutover.dev/schemas/";
/** The `$id` of a named document schema (the registry's `schemaId`, without loading the schemas). */
export declare function documentSchemaId(name: SchemaName): string;
