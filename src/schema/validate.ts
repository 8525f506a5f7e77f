/**
 * Validation against the JSON Schemas in schemas/ by the validators generated from them at build time (Ajv
 * standalone code, standalone.ts and src/schema/generated/): no schema is compiled at run time, and neither
 * Ajv nor the schema files are loaded (compiling cost assemble and verify 0.2-0.3 s per process).
 *
 * Each schema has two generated modules, neither bundled: `<path>.check.cjs` decides whether a value is
 * valid, and `<path>.validate.cjs`, required only once a check fails, names every violation. They are
 * required synchronously, each the first time it is needed, from generated/ (beside.ts): in src/schema/ when
 * run from source, beside the bundles (dist/generated/, which the CLI in dist/cli/ shares, and
 * dist/reader/generated/, copied there by scripts/build.mjs) when bundled. So validation stays synchronous, a process parses only the validators it
 * uses (bundled into one chunk, they cost `cutover assemble` and `verify` about 10 ms of parsing each), and a
 * clean run parses no code that only explains. test/schema/standalone.test.ts shows every registered schema
 * has its generated modules, and that they decide (and explain) as the compiled schema does.
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field and the
 * expected form.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { requireGenerated } from './beside.js';
import generatedModules from './generated/index.cjs';
import { fieldsHaveOwnKeysOnly, lineageFieldsAccepted } from './lineage-fields.js';
import { jsonLineLocator } from './locate.js';
import { yamlLineLocator } from './locate-yaml.js';
import { formatOf } from './parse.js';
import type { SchemaName } from './registry.js';
import { documentSchemaId as schemaId } from './schema-ids.js';
import { type SchemaViolation, violationError, violationsOf } from './violations.js';

// The words for violations live in violations.ts (no Ajv there); re-exported for the modules that import them here.
export { FORMAT_WORDS, moreViolations, PATTERN_WORDS, type SchemaViolation } from './violations.js';

/** The validators required so far, by their path under ./generated/. */
const loaded = new Map<string, ValidateFunction>();

function generatedModule(id: string, role: 'check' | 'validate'): ValidateFunction {
  const base = Object.hasOwn(generatedModules, id) ? generatedModules[id] : undefined;
  if (!base) throw new Error(`schema ${id} has no generated validator (scripts/generate-validators.ts generates them)`);
  const file = `${base}.${role}.cjs`;
  const known = loaded.get(file);
  if (known) return known;
  const validate: unknown = requireGenerated(file);
  if (typeof validate !== 'function') throw new Error(`${file} exports no validator`);
  loaded.set(file, validate as ValidateFunction);
  return validate as ValidateFunction;
}

/** The generated modules loaded so far in this process, by path under ./generated/ (for tests). */
export function loadedValidatorModules(): string[] {
  return [...loaded.keys()].sort();
}

/** The validator of a named schema that names every violation (`errors`, with the offending values). */
export function validatorFor(name: SchemaName): ValidateFunction {
  return validatorById(schemaId(name));
}

/** The generated validator of a registered schema by its `$id` that names every violation, required on first use. */
export function validatorById(id: string): ValidateFunction {
  return generatedModule(id, 'validate');
}

/** The generated validator of a registered schema by its `$id` that only decides (stops at the first violation). */
export function checkById(id: string): ValidateFunction {
  return generatedModule(id, 'check');
}

const LINEAGE_ID = schemaId('lineage');

/**
 * A lineage document the schema accepts, told without the generated check's walk of `fields`: the generated
 * check over the document with an empty `fields` (no part of the schema relates `fields` to another key), and
 * lineage-fields.ts over `fields` itself. Only a plain object with `fields` is decided so; false leaves the
 * decision (and the words for each violation) to the generated validators.
 */
function lineageAccepted(value: unknown): boolean {
  const fields = fieldsOf(value);
  return fields !== undefined && lineageFieldsAccepted(fields) && restAccepted(value as object);
}

/** `fields` of a plain object, when it has one. */
function fieldsOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  return (value as { fields?: unknown }).fields;
}

/** The generated check of a lineage document with its `fields` left empty. */
const restAccepted = (value: object): boolean => checkById(LINEAGE_ID)({ ...value, fields: {} }) as boolean;

/**
 * Whether the lineage schema accepts `value` apart from the entries of `fields`, whose own keys are then all
 * the keys the generated validator would walk (lineage-fields.ts fieldsHaveOwnKeysOnly). For verification
 * (release.ts), which then finds every entry accepted (lineageEntryCheck), under a key that is a consequential
 * field of the bundle (a JSON Pointer), and its valueDigest equal to the digest it computes; or else validates
 * the document in full (schemaViolations).
 */
export function lineageAcceptedButFields(value: unknown): boolean {
  const fields = fieldsOf(value);
  return fields !== undefined && fieldsHaveOwnKeysOnly(fields) && restAccepted(value as object);
}

/** The violations of a value, from the explaining validator; none when the deciding one accepts it. */
function violationsById(id: string, value: unknown): SchemaViolation[] {
  if ((id === LINEAGE_ID && lineageAccepted(value)) || checkById(id)(value)) return [];
  const validate = validatorById(id);
  // Both are generated from one schema with options that do not change the verdict: refuse rather than accept
  // a document read two ways.
  if (validate(value)) throw new Error(`the generated validators of ${id} disagree on a value`);
  return violationsOf(validate.errors);
}

/** Validates without throwing; returns the violations (empty when valid). */
export function schemaViolations(name: SchemaName, value: unknown, text?: string, file?: string): SchemaViolation[] {
  const violations = violationsById(schemaId(name), value);
  if (violations.length === 0) return violations;
  const locate =
    text === undefined || file === undefined
      ? undefined
      : formatOf(file) === 'json'
        ? jsonLineLocator(text)
        : yamlLineLocator(text);
  if (!locate) return violations;
  return violations.map((violation) => {
    const line = locate(violation.path);
    return line === undefined ? violation : { ...violation, line };
  });
}

/** Validates and returns the value typed, or throws an InputError naming the first violations. */
export function validateDocument<T>(name: SchemaName, value: unknown, file: string, text?: string): T {
  const violations = schemaViolations(name, value, text, file);
  if (violations.length === 0) return value as T;
  throw violationError(violations, file, `a document matching ${schemaId(name)}`);
}

/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
export function validateById<T>(id: string, value: unknown, file: string): T {
  const violations = violationsById(id, value);
  if (violations.length === 0) return value as T;
  throw violationError(violations, file, `a value matching ${id}`);
}
