/**
 * The policy: approver teams, rendering rules and hold-rule parameters, as read from the policy file.
 */
import type { HoldRuleId } from './model.js';
export type RenderField = 'component' | 'cohort' | 'environment';
export interface RenderingRule {
    id: string;
    field: RenderField;
    transform?: 'lowercase' | 'kebab-case' | 'trim';
    map?: Record<string, string>;
}
export interface HoldRuleSetting {
    enabled?: boolean;
    /** Required when `enabled` is false: why the policy waives this rule. */
    justification?: string;
    /** waiver-expired only: a waiver must stay valid this many minutes past the window's end. */
    marginMinutes?: number;
}
export interface Policy {
    schemaVersion: 1;
    approvers: {
        teams: string[];
    };
    rendering?: RenderingRule[];
    holds?: Partial<Record<HoldRuleId, HoldRuleSetting>>;
    limits?: {
        maxFileBytes?: number;
    };
    /**
     * GitHub login of the writer App's bot (e.g. `cutover-release[bot]`). Required by verify, gate and seal on
     * GitHub: a commit counts as Cutover's only when GitHub verified it and it is authored and committed by this bot.
     */
    bundleWriter?: string;
    /** Id of the governor App: the only App whose `cutover/*` check runs count at seal time. Required on GitHub. */
    governorAppId?: number;
    /** Trust anchors (and keyless signers) accepted for provenance, globally or per product. */
    provenance?: ProvenancePins & {
        products?: Record<string, ProvenancePins>;
    };
}
/**
 * Pinned trust for provenance signatures. The sources file (in the service repository, where anyone who can push
 * may edit it) names the keys and roots it verifies with; these pins, in the bundles repository's policy, say
 * which of them count.
 */
export interface ProvenancePins {
    /** `sha256:<hex>` of trusted keys' SubjectPublicKeyInfo (DER) or of Sigstore trusted root files. */
    anchors?: string[];
    /** Keyless signers accepted under a pinned trusted root: issuer and source repository. */
    signers?: Array<{
        issuer: string;
        repository: string;
    }>;
}
/**
 * The pins that apply to a product: its own entry, else the top-level ones; undefined when nothing is pinned.
 * The product's name comes from the service repository's sources file, where anyone who can push may edit it,
 * so an entry also applies to a name that differs from it only in case (`Payments` does not step around the pins
 * of `payments`). When several entries differ from the name only in case and none is exactly it, provenance
 * counts only if every one of them accepts it: their anchors and signers in common (none in common: nothing is
 * accepted).
 */
export declare function provenancePins(policy: Policy, product: string): ProvenancePins | undefined;
/** Whether a hold rule is on (every rule is on unless the policy turns it off, with a justification). */
export declare function holdRuleEnabled(policy: Policy, rule: HoldRuleId): boolean;
