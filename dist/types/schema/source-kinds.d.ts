/** Every per-kind options schema. */
export declare const SOURCE_KIND_SCHEMAS: readonly object[];
