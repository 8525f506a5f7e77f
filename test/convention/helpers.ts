/**
 * The convention's example files as data for the convention tests: the example workflows (parsed), the
 * action's metadata, and small readers that fail loudly when a file does not have the expected shape.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import yaml from 'js-yaml';
import { isRecord } from '../helpers/records.js';

export { examplesDir, repoRoot, sharedDir } from '../helpers/paths.js';

import { examplesDir, repoRoot, sharedDir } from '../helpers/paths.js';

/** SchemaStore's schemas for action.yml and workflow files, beside the project. */
export const schemaStoreDir = path.join(sharedDir, 'fixtures', 'real', 'actions');
export const haveSchemaStore =
  existsSync(path.join(schemaStoreDir, 'github-action.schema.json')) &&
  existsSync(path.join(schemaStoreDir, 'github-workflow.schema.json'));

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validators = new Map<string, ValidateFunction>();

/** A validator for one of SchemaStore's schemas in schemaStoreDir (check haveSchemaStore first), compiled once. */
export function schemaStoreValidator(file: string): ValidateFunction {
  const cached = validators.get(file);
  if (cached) return cached;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const schema: unknown = JSON.parse(readFileSync(path.join(schemaStoreDir, file), 'utf8'));
  if (!isRecord(schema)) throw new Error(`${file} is not a schema`);
  const validate = ajv.compile(schema);
  validators.set(file, validate);
  return validate;
}

/** The violations of a value, one line each (empty when valid). */
export function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

export const SERVICE_REPO = path.join(examplesDir, 'service-repo');
export const BUNDLES_REPO = path.join(examplesDir, 'bundles-repo');
export const RULES_DIR = path.join(examplesDir, 'repository-rules');

export type Json = Record<string, unknown>;

/** Parses a YAML file into a mapping. */
export function loadYaml(file: string): Json {
  const value: unknown = yaml.load(readFileSync(file, 'utf8'));
  if (!isRecord(value)) throw new Error(`${file} is not a YAML mapping`);
  return value;
}

/** Every `.github/workflows/*.yml` under examples/, relative to the repository root, sorted. */
export function exampleWorkflowFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name) && path.basename(dir) === 'workflows') found.push(full);
    }
  };
  walk(examplesDir);
  return found.map((f) => path.relative(repoRoot, f)).sort();
}

export interface Step {
  id?: string;
  uses?: string;
  with: Json;
  env: Json;
  index: number;
}

export interface Job {
  name: string;
  if: string | undefined;
  steps: Step[];
}

/** The jobs of a workflow with their steps. */
export function jobsOf(workflow: Json): Job[] {
  const jobs = isRecord(workflow.jobs) ? workflow.jobs : {};
  return Object.entries(jobs).map(([name, job]) => {
    if (!isRecord(job) || !Array.isArray(job.steps)) throw new Error(`job ${name} has no steps`);
    const steps = job.steps.map((step: unknown, index): Step => {
      if (!isRecord(step)) throw new Error(`job ${name} step ${index} is not a mapping`);
      return {
        ...(typeof step.id === 'string' ? { id: step.id } : {}),
        ...(typeof step.uses === 'string' ? { uses: step.uses } : {}),
        with: isRecord(step.with) ? step.with : {},
        env: isRecord(step.env) ? step.env : {},
        index,
      };
    });
    return { name, if: typeof job.if === 'string' ? job.if : undefined, steps };
  });
}

/** Whether a `uses:` names this action (`<owner>/cutover@<ref>`, or the local checkout `./`). */
export function usesCutover(uses: string | undefined): boolean {
  if (uses === undefined) return false;
  if (uses === './' || uses === '.') return true;
  const [repo = ''] = uses.split('@');
  return repo.split('/')[1] === 'cutover' && repo.split('/').length === 2;
}

/** The `on:` triggers of a workflow as event name -> configuration (js-yaml reads `on` as a string key). */
export function triggersOf(workflow: Json): Json {
  const on = workflow.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), null]));
  if (isRecord(on)) return on;
  throw new Error('workflow has no on:');
}
