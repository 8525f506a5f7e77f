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
    private readonly seen;
    constructor(policy: Policy);
    /** The rendered form of `value`. */
    render(field: RenderField, value: string): string;
    /** Every change made so far, each step once, in a stable order. */
    renderings(): Rendering[];
    /** Every value rendered so far with its final form. */
    results(): Array<{
        field: RenderField;
        original: string;
        rendered: string;
    }>;
}
/** Code-unit string order: locale-independent, so every machine sorts alike. */
export declare function cmp(a: string, b: string): number;
