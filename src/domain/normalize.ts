/**
 * Rendering rules from the policy: they may change how a component name, cohort id or environment label is
 * written, never what it means. Every change is recorded (original, rendered, rule id).
 */
import type { Policy, RenderField, RenderingRule } from './policy.js';

export interface Rendering {
  field: RenderField;
  original: string;
  rendered: string;
  rule: string;
  /** Where the chain this step belongs to ends: the name as it stands in the bundle. */
  final: string;
}

/** Applies the policy's rendering rules for one field kind; collects each change once. */
export class Renderer {
  private readonly rules: Record<RenderField, RenderingRule[]>;
  /** Per field kind: each value rendered so far -> its rendered form. */
  private readonly seen: Record<RenderField, Map<string, string>> = {
    component: new Map(),
    cohort: new Map(),
    environment: new Map(),
  };
  /** Each change made so far, in the order they were made (a value's chain of steps in a row). */
  private readonly steps: Rendering[] = [];

  constructor(policy: Policy) {
    this.rules = { component: [], cohort: [], environment: [] };
    for (const rule of policy.rendering ?? []) this.rules[rule.field].push(rule);
  }

  /** The rendered form of `value`. */
  render(field: RenderField, value: string): string {
    const rules = this.rules[field];
    // No rule for the field (the default policy's components): nothing to apply and nothing to record.
    if (rules.length === 0) return value;
    const seen = this.seen[field];
    const known = seen.get(value);
    if (known !== undefined) return known;
    const first = this.steps.length;
    let current = value;
    for (const rule of rules) {
      const next = apply(rule, current);
      if (next !== current) {
        this.steps.push({ field, original: current, rendered: next, rule: rule.id, final: next });
        current = next;
      }
    }
    for (let i = first; i < this.steps.length; i++) (this.steps[i] as Rendering).final = current;
    seen.set(value, current);
    return current;
  }

  /** Every change made so far, each step once, in a stable order. */
  renderings(): Rendering[] {
    const steps = new Map<string, Rendering>();
    for (const step of this.steps) steps.set(`${step.field}\u0000${step.original}\u0000${step.rule}`, step);
    return [...steps.values()].sort(
      (a, b) => cmp(a.field, b.field) || cmp(a.original, b.original) || cmp(a.rule, b.rule),
    );
  }
}

function apply(rule: RenderingRule, value: string): string {
  if (rule.map) return Object.hasOwn(rule.map, value) ? (rule.map[value] ?? value) : value;
  switch (rule.transform) {
    case 'lowercase':
      return value.toLowerCase();
    case 'trim':
      return value.trim();
    case 'kebab-case':
      return value
        .trim()
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/[\s_]+/g, '-')
        .replace(/-+/g, '-')
        .toLowerCase();
    default:
      return value;
  }
}

/** Code-unit string order: locale-independent, so every machine sorts alike. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
