/**
 * Source kind `flagd`: OpenFeature flagd flag definitions -> the rollout cohorts of one flag.
 *
 * The targeting rule of option `flag` is walked (with `$evaluators` `$ref`s resolved): each `fractional`
 * bucket becomes a cohort with its share (percent of the total weight) and its variant; each variant chosen by
 * a rule (`if` with `in`, `ends_with`, `sem_ver`…) becomes a segment cohort whose segment is the rule rendered
 * as text. Conditions along the path are joined, so a fractional split inside an `if` has both a share and a
 * segment. A bucket whose variant is itself a rule (an `if`, a nested `fractional`) is walked with the bucket's
 * share multiplied in. A branch that yields `null` falls back to the default variant (flagd's DEFAULT reason),
 * so it is a cohort of the default variant under its conditions; a flag without targeting is one cohort of
 * 100% on its default variant. Ids are `<flag>-<variant>` (`-2`, `-3`… on repeats).
 *
 * A valid flagd file never fails here for what its targeting does: a construct whose rollout cannot be read
 * before it runs (a weight computed by JSON Logic, `fractional` used as a condition, an operator such as `cat`
 * or `var` where a variant is expected, a branch naming no variant of the flag) becomes a `suspicious-source`
 * hold that names the construct and where it is, and the rest of the flag still yields its cohorts.
 */
import type { Cohort, Lineage } from '../domain/model.js';
import type { SourceRecord } from '../domain/records.js';
import { type LoadedDocument, loadDocument } from './document.js';
import { sourceOptions } from './options.js';
import type { DocumentView } from './shape.js';
import { child, expectArray, expectObject, expectString, isObject } from './shape.js';
import type { SourceAdapter, SourceEntry } from './types.js';

/** Options of a `flagd` source (schemas/source-kinds/flagd.schema.json). */
export interface FlagdOptions extends SourceEntry {
  kind: 'flagd';
  /** Workspace path of the flagd flag definitions (JSON or YAML). */
  path: string;
  /** Key of the flag whose targeting defines the cohorts. */
  flag: string;
  /** Environments the cohorts roll out in. */
  environments: string[];
  /** Name of a `$evaluators` entry whose rule, rendered, is the segment of every cohort (overriding the path's). */
  segmentFrom?: string;
}

const EXPECTED = 'flagd flag definitions ({"flags": {...}}, https://flagd.dev/schema/v0/flags.json)';
const SEGMENT_MAX = 512;
const MAX_DEPTH = 32;

interface Found {
  variant: string;
  pointer: string;
  conditions: string[];
  share?: number;
}

/** A construct whose rollout cannot be read: where it is and why. */
interface Unreadable {
  pointer: string;
  reason: string;
}

/** Reads a flagd flag file from the workspace. */
export const flagdAdapter: SourceAdapter = {
  kind: 'flagd',
  async read(entry, context) {
    const options = sourceOptions<FlagdOptions>(entry, 'flagd');
    const flag = findFlag(await loadDocument(context, options.path), options.flag);
    const defaultVariant = defaultVariantOf(flag);
    const walker = new TargetingWalker(flag.view, flag.evaluators, flag.variants, defaultVariant);
    const found = variantsFound(flag, walker, defaultVariant);
    const override = segmentOverride(flag, walker, options.segmentFrom);
    return [
      ...cohortRecords(found, override, options, flag.loaded.lineage),
      ...holdRecords(walker.unreadable, options, flag.loaded.lineage),
    ];
  },
};

/** One flag of a flagd file: its definition, variants and the file's evaluators, checked for form. */
interface FlagDefinition {
  loaded: LoadedDocument;
  view: DocumentView;
  /** The flag's key. */
  key: string;
  /** JSON pointer of the flag's definition. */
  at: string;
  definition: Record<string, unknown>;
  variants: Record<string, unknown>;
  evaluators: Record<string, unknown>;
  /** No targeting rule, or an empty one: the flag is its default variant for everyone. */
  noTargeting: boolean;
}

/** The flag named `key` of a loaded flagd file; refuses a file without it, or a flag not ENABLED. */
function findFlag(loaded: LoadedDocument, key: string): FlagDefinition {
  const view = loaded.view;
  const root = expectObject(view, loaded.value, '', EXPECTED);
  const flags = expectObject(view, root.flags, '/flags', `${EXPECTED} with a "flags" object`);
  const evaluators = root.$evaluators === undefined ? {} : expectObject(view, root.$evaluators, '/$evaluators');
  const at = child('/flags', key);
  const flag = flags[key];
  if (!Object.hasOwn(flags, key) || flag === undefined) {
    const known = Object.keys(flags).slice(0, 20).join(', ');
    throw view.error(at, `flag '${key}' is not defined (flags: ${known})`, `a flag named '${key}'`);
  }
  const definition = expectObject(view, flag, at, 'a flagd flag definition');
  if (definition.state !== 'ENABLED') {
    throw view.error(
      child(at, 'state'),
      `flag '${key}' is ${JSON.stringify(definition.state)}, so it rolls out nothing`,
      'state "ENABLED"',
    );
  }
  const variants = expectObject(view, definition.variants, child(at, 'variants'), 'an object of variants');
  const noTargeting =
    definition.targeting === undefined ||
    definition.targeting === null ||
    (isObject(definition.targeting) && Object.keys(definition.targeting).length === 0);
  return { loaded, view, key, at, definition, variants, evaluators, noTargeting };
}

/**
 * The flag's default variant, which must be one of its variants. A null defaultVariant (flagd-schemas allows
 * it) defers to the application's code default: no variant here (undefined), unless there is no targeting.
 */
function defaultVariantOf(flag: FlagDefinition): string | undefined {
  const { view, definition, variants, at } = flag;
  if (!flag.noTargeting && definition.defaultVariant === null) return undefined;
  const defaultVariant = expectString(view, definition.defaultVariant, child(at, 'defaultVariant'));
  if (!Object.hasOwn(variants, defaultVariant)) {
    throw view.error(
      child(at, 'defaultVariant'),
      `flag '${flag.key}' has no variant '${defaultVariant}'`,
      `one of ${Object.keys(variants).join(', ')}`,
    );
  }
  return defaultVariant;
}

/** The variants the flag's targeting yields (the default variant for 100% without one); refuses none at all. */
function variantsFound(flag: FlagDefinition, walker: TargetingWalker, defaultVariant: string | undefined): Found[] {
  const found =
    flag.noTargeting && defaultVariant !== undefined
      ? [{ variant: defaultVariant, pointer: child(flag.at, 'defaultVariant'), conditions: [], share: 100 }]
      : walker.walk(flag.definition.targeting, child(flag.at, 'targeting'), [], 0);
  if (found.length === 0 && walker.unreadable.length === 0) {
    throw flag.view.error(
      child(flag.at, 'targeting'),
      `flag '${flag.key}' targeting selects no variant`,
      'a targeting rule with variants',
    );
  }
  return found;
}

/** The rendered rule of the `$evaluators` entry `segmentFrom` names, the segment of every cohort; refuses an unknown one. */
function segmentOverride(
  flag: FlagDefinition,
  walker: TargetingWalker,
  segmentFrom: string | undefined,
): string | undefined {
  if (segmentFrom === undefined) return undefined;
  const rule = flag.evaluators[segmentFrom];
  if (rule === undefined || !Object.hasOwn(flag.evaluators, segmentFrom)) {
    throw flag.view.error(
      '/$evaluators',
      `segmentFrom names evaluator '${segmentFrom}', which is not defined`,
      'a defined $evaluators entry',
    );
  }
  return walker.render(rule, 0, child('/$evaluators', segmentFrom));
}

/** A cohort record per variant found, in walk order; ids `<flag>-<variant>`, `-2`, `-3`… on repeats. */
function cohortRecords(
  found: Found[],
  override: string | undefined,
  options: FlagdOptions,
  lineage: Lineage,
): SourceRecord[] {
  const used = new Map<string, number>();
  return found.map((hit): SourceRecord => {
    const base = `${options.flag}-${hit.variant}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const segment = override ?? (hit.conditions.length > 0 ? hit.conditions.join(' and ') : undefined);
    const cohort: Cohort = {
      id: count === 1 ? base : `${base}-${count}`,
      environments: [...options.environments],
      ...(hit.share === undefined ? {} : { share: hit.share }),
      ...(segment === undefined ? {} : { segment: clip(segment) }),
      flags: [{ key: options.flag, variant: hit.variant }],
    };
    return { type: 'cohort', sourceId: options.id, lineage, fragment: hit.pointer, cohort };
  });
}

/** A `suspicious-source` hold per unreadable construct; a $ref evaluator rendered at several places reports once. */
function holdRecords(found: Unreadable[], options: FlagdOptions, lineage: Lineage): SourceRecord[] {
  const unique = new Map(found.map((u) => [`${u.pointer} ${u.reason}`, u]));
  return [...unique.values()].map(
    (u): SourceRecord => ({
      type: 'suspicion',
      sourceId: options.id,
      lineage,
      fragment: u.pointer,
      path: '',
      rule: 'suspicious-source',
      reason: `flagd flag '${options.flag}' at ${u.pointer}: ${u.reason}`,
    }),
  );
}

/** Walks a json-logic targeting rule for the variants it can yield, and renders conditions as text. */
class TargetingWalker {
  /** Constructs whose rollout cannot be read, each to become a hold. */
  readonly unreadable: Unreadable[] = [];

  constructor(
    private readonly view: DocumentView,
    private readonly evaluators: Record<string, unknown>,
    private readonly variants: Record<string, unknown>,
    private readonly defaultVariant: string | undefined,
  ) {}

  walk(node: unknown, pointer: string, conditions: string[], depth: number): Found[] {
    if (depth > MAX_DEPTH) throw this.view.error(pointer, 'targeting nests too deeply', `at most ${MAX_DEPTH} levels`);
    if (node === null) {
      // flagd answers the default variant for a null result; a null default defers to the application's code.
      return this.defaultVariant === undefined ? [] : [{ variant: this.defaultVariant, pointer, conditions }];
    }
    if (typeof node === 'string') {
      if (Object.hasOwn(this.variants, node)) return [{ variant: node, pointer, conditions }];
      // flagd answers an error for this branch and the application falls back to its code default.
      this.unreadable.push({
        pointer,
        reason: `targeting yields '${node}', which is no variant of the flag (variants: ${Object.keys(this.variants).join(', ')}); flagd answers an error there`,
      });
      return [];
    }
    const rule = expectObject(this.view, node, pointer, 'a targeting rule, a variant name or null');
    const ref = this.reference(rule, pointer);
    if (ref) return this.walk(ref.rule, pointer, conditions, depth + 1);
    if (Object.hasOwn(rule, 'fractional'))
      return this.fractional(rule.fractional, child(pointer, 'fractional'), conditions, depth + 1);
    if (Object.hasOwn(rule, 'if')) {
      const at = child(pointer, 'if');
      const args = expectArray(this.view, rule.if, at, 'an "if" argument list');
      const found: Found[] = [];
      const negated: string[] = [];
      // json-logic `if`: [c1, v1, c2, v2, …, else]
      for (let i = 0; i + 1 < args.length; i += 2) {
        const condition = this.render(args[i], depth + 1, child(at, i));
        found.push(...this.walk(args[i + 1], child(at, i + 1), [...conditions, ...negated, condition], depth + 1));
        negated.push(`not (${condition})`);
      }
      if (args.length % 2 === 1)
        found.push(
          ...this.walk(args[args.length - 1], child(at, args.length - 1), [...conditions, ...negated], depth + 1),
        );
      return found;
    }
    // Any other JSON Logic operator (`cat`, `var`, `substr`, a bare `starts_with`…) computes the variant name
    // per request: which variants it yields, and to whom, cannot be read from the file.
    const operator = Object.keys(rule)[0] ?? '';
    this.unreadable.push({
      pointer,
      reason: `targeting computes the variant with '${operator}' (${clip(this.render(rule, depth + 1, pointer))}), so its cohorts cannot be read from the file`,
    });
    return [];
  }

  private fractional(value: unknown, pointer: string, conditions: string[], depth: number): Found[] {
    const args = expectArray(this.view, value, pointer, 'a "fractional" argument list');
    // The first argument is the bucketing expression unless it is already a bucket (shorthand form).
    const first = Array.isArray(args[0]) ? 0 : 1;
    let computed = false;
    const buckets = args.slice(first).map((item, i) => {
      const at = child(pointer, first + i);
      const bucket = expectArray(this.view, item, at, 'a fractional bucket [variant, weight]');
      const weight = bucket.length > 1 ? bucket[1] : 1;
      if (isObject(weight)) {
        // flagd-schemas: a weight may be JSON Logic (time-based progressive rollouts), evaluated per request.
        computed = true;
        this.unreadable.push({
          pointer: child(at, 1),
          reason: `fractional weight is computed per request (${clip(this.render(weight, depth + 1, child(at, 1)))}), so the shares of this split cannot be known before it runs`,
        });
        return { variant: bucket[0], weight: 0, at };
      }
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
        throw this.view.error(child(at, 1), 'fractional weight is not a non-negative number', 'a non-negative number');
      }
      return { variant: bucket[0], weight, at };
    });
    const total = buckets.reduce((sum, b) => sum + b.weight, 0);
    if (buckets.length === 0 || (total <= 0 && !computed)) {
      throw this.view.error(
        pointer,
        'fractional rule has no weighted buckets',
        'at least one bucket with a positive weight',
      );
    }
    return buckets.flatMap((b) => {
      // A computed weight leaves every share of the split unknown: cohorts without a share, and the hold above.
      const share = computed ? undefined : (b.weight / total) * 100;
      // The bucket's variant is itself JSON Logic (a string names a variant directly): walk it, share multiplied in.
      // A named variant keeps the bucket as its lineage pointer.
      const hits =
        typeof b.variant === 'string'
          ? this.walk(b.variant, b.at, conditions, depth + 1)
          : this.walk(b.variant, child(b.at, 0), conditions, depth + 1);
      return hits.map((hit) => {
        const combined = share === undefined ? undefined : hit.share === undefined ? share : (share * hit.share) / 100;
        const { share: _inner, ...rest } = hit;
        return combined === undefined ? rest : { ...rest, share: Math.round(combined * 10_000) / 10_000 };
      });
    });
  }

  private reference(rule: Record<string, unknown>, pointer: string): { rule: unknown } | undefined {
    if (!Object.hasOwn(rule, '$ref')) return undefined;
    const name = expectString(this.view, rule.$ref, child(pointer, '$ref'), 'the name of an $evaluators entry');
    if (!Object.hasOwn(this.evaluators, name)) {
      throw this.view.error(
        child(pointer, '$ref'),
        `$ref names evaluator '${name}', which is not defined`,
        'a defined $evaluators entry',
      );
    }
    return { rule: this.evaluators[name] };
  }

  /** A json-logic condition as readable text: `"@faas.com" in email`, `id ends_with "xyz"`. */
  render(node: unknown, depth: number, pointer: string): string {
    if (depth > MAX_DEPTH) throw this.view.error(pointer, 'targeting nests too deeply', `at most ${MAX_DEPTH} levels`);
    if (Array.isArray(node)) return `[${node.map((n, i) => this.render(n, depth + 1, child(pointer, i))).join(', ')}]`;
    if (!isObject(node)) return JSON.stringify(node) ?? 'null';
    const ref = this.reference(node, pointer);
    if (ref) return this.render(ref.rule, depth + 1, pointer);
    const [operator, raw] = Object.entries(node)[0] ?? ['', undefined];
    const args = Array.isArray(raw) ? raw : [raw];
    const at = (i: number) => (Array.isArray(raw) ? child(pointer, operator, i) : child(pointer, operator));
    const text = (i: number) => this.render(args[i], depth + 1, at(i));
    if (operator === 'var') return typeof args[0] === 'string' ? args[0] : text(0);
    if (operator === 'fractional') {
      // fractional yields a variant name, not a truth value: as a condition it is true for every non-empty name.
      this.unreadable.push({
        pointer,
        reason:
          "'fractional' is used as a condition; it yields a variant name, not a truth value, so who the branch it guards reaches cannot be read",
      });
    }
    if (operator === '!') return `not (${text(0)})`;
    if (operator === 'and' || operator === 'or') return args.map((_, i) => `(${text(i)})`).join(` ${operator} `);
    if (args.length === 2 && INFIX.has(operator)) return `${text(0)} ${operator} ${text(1)}`;
    if (operator === 'sem_ver' && args.length === 3) return `${text(0)} sem_ver ${String(args[1])} ${text(2)}`;
    return `${operator}(${args.map((_, i) => text(i)).join(', ')})`;
  }
}

const INFIX = new Set(['in', '==', '===', '!=', '!==', '<', '<=', '>', '>=', 'starts_with', 'ends_with']);

function clip(text: string): string {
  return text.length <= SEGMENT_MAX ? text : `${text.slice(0, SEGMENT_MAX - 1)}…`;
}
