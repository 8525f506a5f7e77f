/**
 * OpenAPI contract checking: validates every request and response of the test server against GitHub's own
 * REST description (@octokit/openapi, api.github.com.json only), loaded at runtime from node_modules.
 */
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** A recorded contract violation. */
export interface ContractViolation {
  kind: 'request' | 'response';
  method: string;
  path: string;
  operationId: string;
  status?: number;
  errors: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface OperationValidators {
  params: Map<string, { in: string; required: boolean; validate: ValidateFunction }>;
  body?: ValidateFunction;
  bodyRequired: boolean;
  responses: Map<string, ValidateFunction | null>;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rewrites nullable-without-type into anyOf [..., null] and local refs into refs into the 'gh' document. */
function prepare(node: Json, rewriteRefs: boolean, propertyMap = false): Json {
  if (Array.isArray(node)) return node.map((item) => prepare(item, rewriteRefs));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    // Keys of a `properties` map are field names (a field may be called "examples"), never keywords.
    if (propertyMap) out[key] = prepare(value, rewriteRefs);
    else if (key === '$ref' && typeof value === 'string' && rewriteRefs && value.startsWith('#/'))
      out[key] = `gh${value}`;
    else if (key === 'example' || key === 'examples' || key === 'description' || key === 'summary') continue;
    else out[key] = prepare(value, rewriteRefs, key === 'properties' || key === 'patternProperties');
  }
  if (propertyMap) return out;
  // Ajv's nullable widens `type` but not `enum`; GitHub marks nullable enums (conclusion) this way.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? [])
    .slice(0, 20)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`);
}

/** Lazily loaded validators for the api.github.com OpenAPI description. */
export class ContractChecker {
  /** Every violation seen since start (or since the last take()). */
  violations: ContractViolation[] = [];
  private spec: JsonObject | undefined;
  private ajv: Ajv | undefined;
  private paramAjv: Ajv | undefined;
  private readonly cache = new Map<string, OperationValidators>();
  /** Milliseconds spent loading the description (0 until first use). */
  loadMs = 0;

  constructor(readonly enabled: boolean) {}

  /** Returns and clears violations (for tests that provoke them on purpose). */
  take(): ContractViolation[] {
    const taken = this.violations;
    this.violations = [];
    return taken;
  }

  private load(): JsonObject {
    if (this.spec) return this.spec;
    const started = performance.now();
    // Called indirectly: ncc rewrites a direct createRequire(import.meta.url) into a require that cannot resolve.
    // Not named `require`: in a CommonJS bundle (the CLI's) ncc writes import.meta.url as
    // `require("url").pathToFileURL(__filename).href`, which would read that constant before it is set.
    const createRequire: typeof nodeModule.createRequire = Reflect.get(nodeModule, 'createRequire');
    const requireHere = createRequire(import.meta.url);
    // Built at runtime so bundlers (ncc) cannot see, resolve or inline the 13 MB description.
    const specifier = ['@octokit', 'openapi', 'generated', 'api.github.com.json'].join('/');
    const file = requireHere.resolve(specifier);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Json;
    if (!isObject(parsed)) throw new Error('unexpected OpenAPI document');
    const components = parsed.components;
    // Examples and prose are most of the 13 MB; dropping them shrinks what the description keeps alive.
    const spec: JsonObject = {
      paths: isObject(parsed.paths) ? (prepare(parsed.paths, false) as JsonObject) : {},
      components: isObject(components) ? (prepare(components, false) as JsonObject) : {},
    };
    const options = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
    const ajv = new Ajv(options);
    addFormats(ajv);
    const paramAjv = new Ajv({ ...options, coerceTypes: true });
    addFormats(paramAjv);
    for (const target of [ajv, paramAjv]) {
      target.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
      target.addFormat('timestamp', true);
      target.addFormat('uri-template', true);
      target.addFormat('binary', true);
      // GitHub's bot addresses (41898282+github-actions[bot]@users.noreply.github.com) are valid to GitHub.
      target.addFormat('email', /^[^\s@]+@[^\s@]+$/);
    }
    ajv.addSchema(spec as unknown as Record<string, unknown>, 'gh');
    this.spec = spec;
    this.ajv = ajv;
    this.paramAjv = paramAjv;
    this.loadMs = performance.now() - started;
    return spec;
  }

  private deref(node: Json | undefined): Json | undefined {
    let current = node;
    for (let i = 0; i < 5 && isObject(current) && typeof current.$ref === 'string'; i++) {
      const pointer = current.$ref.replace(/^#\//, '').split('/');
      let target: Json | undefined = this.spec;
      for (const part of pointer)
        target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
      current = target;
    }
    return current;
  }

  private operation(method: string, template: string): JsonObject | undefined {
    const spec = this.load();
    const paths = spec.paths;
    const item = isObject(paths) ? paths[template] : undefined;
    const op = isObject(item) ? item[method.toLowerCase()] : undefined;
    return isObject(op) ? op : undefined;
  }

  private validators(method: string, template: string): OperationValidators | undefined {
    const key = `${method} ${template}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const op = this.operation(method, template);
    if (!op || !this.ajv || !this.paramAjv) return undefined;
    const params: OperationValidators['params'] = new Map();
    for (const raw of Array.isArray(op.parameters) ? op.parameters : []) {
      const param = this.deref(raw);
      if (!isObject(param) || typeof param.name !== 'string' || typeof param.in !== 'string') continue;
      const schema = this.deref(param.schema);
      params.set(param.name, {
        in: param.in,
        required: param.required === true,
        validate: this.paramAjv.compile(isObject(schema) ? (prepare(schema, false) as JsonObject) : {}),
      });
    }
    const requestBody = this.deref(op.requestBody);
    const content = isObject(requestBody) ? requestBody.content : undefined;
    const jsonBody = isObject(content) ? content['application/json'] : undefined;
    const validators: OperationValidators = {
      params,
      bodyRequired: isObject(requestBody) && requestBody.required === true,
      responses: new Map(),
    };
    if (isObject(jsonBody) && isObject(jsonBody.schema)) {
      validators.body = this.ajv.compile(prepare(jsonBody.schema, true) as JsonObject);
    }
    const responses = isObject(op.responses) ? op.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      const response = this.deref(raw);
      const rc = isObject(response) ? response.content : undefined;
      const json = isObject(rc) ? rc['application/json'] : undefined;
      validators.responses.set(
        status,
        isObject(json) && isObject(json.schema) ? this.ajv.compile(prepare(json.schema, true) as JsonObject) : null,
      );
    }
    this.cache.set(key, validators);
    return validators;
  }

  /** The operationId GitHub's description gives a method + path template, if known. */
  operationId(method: string, template: string): string | undefined {
    if (!this.enabled) return undefined;
    const op = this.operation(method, template);
    return op && typeof op.operationId === 'string' ? op.operationId : undefined;
  }

  /**
   * Validates a request. Returns error strings (empty when valid); records a violation when invalid.
   * `body` is undefined for non-JSON bodies, which are not checked.
   */
  checkRequest(input: {
    method: string;
    template: string;
    path: string;
    operationId: string;
    pathParams: Record<string, string>;
    query: Record<string, string>;
    body: unknown;
    hasBody: boolean;
  }): string[] {
    if (!this.enabled) return [];
    const v = this.validators(input.method, input.template);
    if (!v)
      return this.record({ kind: 'request', ...pick(input), errors: ['operation not in the OpenAPI description'] });
    const errors: string[] = [];
    for (const [name, p] of v.params) {
      const source = p.in === 'path' ? input.pathParams : p.in === 'query' ? input.query : undefined;
      if (!source) continue;
      const value = source[name];
      if (value === undefined) {
        if (p.required) errors.push(`${p.in} parameter ${name} is required`);
        continue;
      }
      if (!p.validate(value)) errors.push(...formatErrors(p.validate.errors).map((e) => `${p.in} ${name}: ${e}`));
    }
    if (v.body && input.body !== undefined) {
      if (!v.body(input.body)) errors.push(...formatErrors(v.body.errors).map((e) => `body ${e}`));
    } else if (v.body && v.bodyRequired && !input.hasBody) errors.push('body is required');
    if (errors.length === 0) return [];
    return this.record({ kind: 'request', ...pick(input), errors });
  }

  /** Validates a response; records a violation when invalid. */
  checkResponse(input: {
    method: string;
    template: string;
    path: string;
    operationId: string;
    status: number;
    body: unknown;
  }): void {
    if (!this.enabled) return;
    const v = this.validators(input.method, input.template);
    if (!v) return;
    const documented = v.responses.has(String(input.status));
    if (!documented) {
      // GitHub may answer any error (401, rate limits, 5xx) on any route; undocumented successes are bugs.
      if (input.status < 400) {
        this.record({
          kind: 'response',
          ...pick(input),
          status: input.status,
          errors: [`status ${input.status} not documented`],
        });
      }
      return;
    }
    const validate = v.responses.get(String(input.status));
    if (validate && !validate(input.body)) {
      this.record({ kind: 'response', ...pick(input), status: input.status, errors: formatErrors(validate.errors) });
    }
  }

  private record(violation: ContractViolation): string[] {
    this.violations.push(violation);
    return violation.errors;
  }
}

function pick(input: { method: string; path: string; operationId: string }): {
  method: string;
  path: string;
  operationId: string;
} {
  return { method: input.method, path: input.path, operationId: input.operationId };
}
