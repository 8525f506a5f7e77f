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
  private readonly seen = new Map<string, { field: RenderField; original: string; steps: Rendering[] }>();

  constructor(policy: Policy) {
    this.rules = { component: [], cohort: [], environment: [] };
    for (const rule of policy.rendering ?? []) this.rules[rule.field].push(rule);
  }

  /** The rendered form of `value`. */
  render(field: RenderField, value: string): string {
    const key = `${field}\u0000${value}`;
    const known = this.seen.get(key);
    if (known) return known.steps.at(-1)?.rendered ?? value;
    const steps: Rendering[] = [];
    let current = value;
    for (const rule of this.rules[field]) {
      const next = apply(rule, current);
      if (next !== current) {
        steps.push({ field, original: current, rendered: next, rule: rule.id, final: next });
        current = next;
      }
    }
    for (const step of steps) step.final = current;
    this.seen.set(key, { field, original: value, steps });
    return current;
  }

  /** Every change made so far, each step once, in a stable order. */
  renderings(): Rendering[] {
    const steps = new Map<string, Rendering>();
    for (const step of [...this.seen.values()].flatMap((v) => v.steps))
      steps.set(`${step.field}\u0000${step.original}\u0000${step.rule}`, step);
    return [...steps.values()].sort(
      (a, b) => cmp(a.field, b.field) || cmp(a.original, b.original) || cmp(a.rule, b.rule),
    );
  }

  /** Every value rendered so far with its final form. */
  results(): Array<{ field: RenderField; original: string; rendered: string }> {
    return [...this.seen.values()].map(({ field, original, steps }) => ({
      field,
      original,
      rendered: steps.at(-1)?.rendered ?? original,
    }));
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
