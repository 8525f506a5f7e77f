/**
 * Rendering rules from the policy: they may change how a component name, cohort id or environment label is
 * written, never what it means. Every change is recorded (original, rendered, rule id).
 */
import type { Policy, RenderField } from './policy.js';
export interface Rendering {
    field: RenderField;
    original: string;
    rendered: string;
    rule: string;
    /** Where the chain this step belongs to ends: the name as it stands in the bundle. */
    final: string;
}
/** Applies the policy's rendering rules for one field kind; collects each change once. */
export declare class Renderer {
    private readonly rules;
    /** Per field kind: each value rendered so far -> its rendered form. */
    private readonly seen;
    /** Each change made so far, in the order they were made (a value's chain of steps in a row). */
    private readonly steps;
    constructor(policy: Policy);
    /** The rendered form of `value`. */
    render(field: RenderField, value: string): string;
    /** Every change made so far, each step once, in a stable order. */
    renderings(): Rendering[];
}
/** Code-unit string order: locale-independent, so every machine sorts alike. */
export declare function cmp(a: string, b: string): number;
