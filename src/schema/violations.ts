/**
 * Ajv's validation errors in words a person can act on: the JSON Pointer each is about, what the value must
 * be (patterns and formats described with an example, never as a regular expression), one error per path,
 * the count of further violations, and the InputError that carries them. No Ajv at run time (its error type only), so a process that
 * validates with precompiled validators alone (precompiled.ts: `cutover list`) does not load Ajv.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { InputError } from '../errors.js';

/** One schema violation in terms a person can act on. */
export interface SchemaViolation {
  path: string;
  message: string;
  line?: number;
}

/** How many further violations an error message lists after the first. */
const MORE_LISTED = 10;

/**
 * ` (and 2 more: /a must ...; /b must ...)` after the first violation: every violation it counts is listed,
 * and when there are more than MORE_LISTED the count says how many of them are shown.
 */
export function moreViolations(violations: readonly Pick<SchemaViolation, 'path' | 'message'>[]): string {
  const rest = violations.slice(1);
  if (rest.length === 0) return '';
  const shown = rest.slice(0, MORE_LISTED).map((v) => `${v.path || '/'} ${v.message}`);
  const count = rest.length > MORE_LISTED ? `${rest.length} more, the first ${MORE_LISTED}` : `${rest.length} more`;
  return ` (and ${count}: ${shown.join('; ')})`;
}

/** The JSON Pointer an error is about: for an unknown or missing key, the key itself. */
export function violationPath(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  if (error.keyword === 'required') {
    return `${error.instancePath}/${String((error.params as { missingProperty?: unknown }).missingProperty)}`;
  }
  return error.instancePath;
}

const SHA256_EXAMPLE = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const TIME_WORDS = 'an RFC 3339 time with offset, e.g. 2026-12-04T16:20:00Z';

/** The formats the schemas use, in words with an example. */
export const FORMAT_WORDS: Readonly<Record<string, string>> = {
  'date-time': TIME_WORDS,
  uri: 'an absolute URI, e.g. https://example.com/releases/1',
  email: 'an e-mail address, e.g. release-team@example.com',
};

/**
 * Every `pattern` in schemas/, by its source text, in words with an example; a person should not have to read
 * a regular expression. test/cli/schema-errors.test.ts fails when a schema gains a pattern missing here, or an example does not match.
 */
export const PATTERN_WORDS: Readonly<Record<string, string>> = {
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$': TIME_WORDS,
  '^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$':
    "a name of 1 to 100 letters, digits, '.', '_', '+' or '-' that starts with a letter or digit, has no '..' and does not end in '.' or '.lock', e.g. 2026.12.0",
  '^sha256:[0-9a-f]{64}$': `a sha256 digest, 'sha256:' and 64 lowercase hex digits, e.g. ${SHA256_EXAMPLE}`,
  '^(sha256:[0-9a-f]{64}|gitblob:[0-9a-f]{40}([0-9a-f]{24})?)$': `a sha256 digest ('sha256:' and 64 lowercase hex digits) or a git blob id ('gitblob:' and 40 or 64), e.g. ${SHA256_EXAMPLE}`,
  '^[0-9a-f]{40}([0-9a-f]{24})?$':
    'a full commit SHA, 40 (or 64) lowercase hex digits, e.g. 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  '^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$':
    "a GitHub team as org/team-slug, or a team slug of the bundles repository's organization, e.g. acme/payments-release",
  '^(/([^~/]|~[01])*)*$':
    "a JSON Pointer (RFC 6901, '~' written '~0' and '/' in a key '~1'), e.g. /components/0/digest",
  '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$': 'a repository as owner/name, e.g. acme/payments',
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$':
    "an id of 1 to 64 letters, digits, '.', '_' or '-' that starts with a letter or digit, e.g. release-records",
  '^[A-Za-z0-9._-]+#[0-9]+$': "a source entry, the source id, '#' and a number, e.g. release-records#1",
  '^#': "a fragment that starts with '#', e.g. #/components/0",
  '^H-[0-9a-f]{12}$': "a hold id, 'H-' and 12 lowercase hex digits, e.g. H-0123456789ab",
  '^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$': 'a GitHub login, e.g. cutover-release[bot]',
  '^https?://': 'an http:// or https:// URL, e.g. https://change.example.com/api/windows',
  '^[A-Za-z0-9-]{1,100}$': "an HTTP header name of letters, digits and '-', e.g. Authorization",
  '^[A-Za-z_][A-Za-z0-9_]{0,99}$':
    "an environment variable name of letters, digits and '_' that does not start with a digit, e.g. CHANGE_API_TOKEN",
  '^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$':
    'a record field name, dotted for a nested field, e.g. window.start',
  '^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$': `a digest, 'sha256:', 'sha384:' or 'sha512:' and 64, 96 or 128 lowercase hex digits, e.g. ${SHA256_EXAMPLE}`,
  '^[A-Za-z0-9_-]{1,40}$': "a ServiceNow record number of 1 to 40 letters, digits, '_' or '-', e.g. CHG0040007",
  '^[a-z][a-z0-9_]{0,79}$':
    "a ServiceNow field name of lowercase letters, digits and '_' that starts with a letter, e.g. assignment_group",
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of keys to values',
  array: 'a list',
  null: 'null',
};

/** The value a person gave, short enough for one line. */
function given(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One Ajv error in words: what the value must be, with what was given when it is short. */
export function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const not = error.data === undefined ? '' : `, not ${given(error.data)}`;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(params.additionalProperty)}'`;
    case 'required':
      return `missing required key '${String(params.missingProperty)}'`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${not}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}${not}`;
    case 'pattern': {
      const words = PATTERN_WORDS[String(params.pattern)];
      // Under propertyNames the offending value is a key, named by propertyName.
      const key = error.propertyName === undefined ? undefined : `key '${error.propertyName}'`;
      if (words) return key ? `${key} must be ${words}` : `must be ${words}${not}`;
      return `${key ? `${key} ` : ''}must match the regular expression ${String(params.pattern)}${key ? '' : not}`;
    }
    case 'format': {
      const words = FORMAT_WORDS[String(params.format)];
      return words ? `must be ${words}${not}` : `must be a valid ${String(params.format)}${not}`;
    }
    case 'type': {
      const types = String(params.type).split(',');
      return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}${not}`;
    }
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must be at least ${String(params.limit)} characters long${not}`;
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters long (it has ${typeof error.data === 'string' ? error.data.length : '?'})`;
    case 'minItems':
      return params.limit === 1 ? 'must list at least one item' : `must list at least ${String(params.limit)} items`;
    case 'maxItems':
      return `must list at most ${String(params.limit)} items`;
    case 'uniqueItems':
      return `must not list the same item twice (items ${String(params.j)} and ${String(params.i)} are equal)`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * An `anyOf` whose every branch failed only by a missing key of the same object ("issuer plus one of san, pattern
 * or repository") as one error naming the choice, instead of one "missing required key" per branch, each of which
 * reads as if that key alone were required.
 */
function oneOfKeys(errors: ErrorObject[]): ErrorObject[] {
  const merged = new Map<ErrorObject, ErrorObject>();
  const dropped = new Set<ErrorObject>();
  for (const choice of errors) {
    if (choice.keyword !== 'anyOf' && choice.keyword !== 'oneOf') continue;
    const branches = errors.filter((e) => e.schemaPath.startsWith(`${choice.schemaPath}/`));
    if (
      branches.length < 2 ||
      !branches.every((e) => e.keyword === 'required' && e.instancePath === choice.instancePath)
    )
      continue;
    const names = branches.map((e) => `'${String((e.params as { missingProperty?: unknown }).missingProperty)}'`);
    const words = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    for (const branch of branches) dropped.add(branch);
    merged.set(choice, { ...choice, keyword: 'requiredOneOf', message: `needs one of the keys ${words}` });
  }
  if (merged.size === 0) return errors;
  return errors.filter((e) => !dropped.has(e)).map((e) => merged.get(e) ?? e);
}

/** Ajv reports the failing branch of every if/then and anyOf; keep the most specific error per path. */
export function dedupe(input: ErrorObject[]): ErrorObject[] {
  const errors = oneOfKeys(input);
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const key = `${violationPath(error)}|${describe(error)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error);
  }
  return out.length > 0 ? out : errors;
}

/** The violations Ajv reported, one per path and message, in words, without line numbers. */
export function violationsOf(errors: readonly ErrorObject[] | null | undefined): SchemaViolation[] {
  return dedupe([...(errors ?? [])]).map((error) => ({ path: violationPath(error), message: describe(error) }));
}

/**
 * The InputError of a failed validation: the first violation's message, line and field, then the others
 * (moreViolations), naming `file` and what was `expected`.
 */
export function violationError(violations: readonly SchemaViolation[], file: string, expected: string): InputError {
  const first = violations[0];
  return new InputError(`${first?.message ?? 'invalid'}${moreViolations(violations)}`, {
    file,
    line: first?.line,
    field: first?.path || '/',
    expected,
  });
}
