/** Named document schemas. */
export declare const SCHEMAS: {
    readonly bundle: {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        required: string[];
        properties: {
            schemaVersion: {
                const: number;
            };
            product: {
                $ref: string;
            };
            release: {
                $ref: string;
            };
            candidate: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    tag: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    commit: {
                        $ref: string;
                    };
                    repository: {
                        type: string;
                        pattern: string;
                    };
                    signature: {
                        $ref: string;
                    };
                };
            };
            components: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            $ref: string;
                        };
                        artifacts: {
                            type: string;
                            minItems: number;
                            items: {
                                type: string;
                                additionalProperties: boolean;
                                required: string[];
                                properties: {
                                    name: {
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    version: {
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    digest: {
                                        $ref: string;
                                    };
                                    locator: {
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                };
                            };
                        };
                        provenance: {
                            type: string;
                            items: {
                                type: string;
                                additionalProperties: boolean;
                                required: string[];
                                properties: {
                                    builder: {
                                        type: string;
                                        maxLength: number;
                                    };
                                    sourceRepository: {
                                        type: string;
                                        maxLength: number;
                                    };
                                    sourceRef: {
                                        type: string;
                                        maxLength: number;
                                    };
                                    sourceCommit: {
                                        type: string;
                                        maxLength: number;
                                    };
                                    subjects: {
                                        type: string;
                                        items: {
                                            $ref: string;
                                        };
                                    };
                                    signatureVerified: {
                                        type: string;
                                    };
                                    verification: {
                                        type: string;
                                        maxLength: number;
                                    };
                                };
                            };
                        };
                    };
                };
            };
            dependencies: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        component: {
                            $ref: string;
                        };
                        name: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        version: {
                            type: string;
                            maxLength: number;
                        };
                        purl: {
                            type: string;
                            maxLength: number;
                        };
                        licenses: {
                            type: string;
                            items: {
                                type: string;
                                maxLength: number;
                            };
                        };
                    };
                };
            };
            cohorts: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    anyOf: {
                        required: string[];
                    }[];
                    properties: {
                        id: {
                            $ref: string;
                        };
                        environments: {
                            type: string;
                            minItems: number;
                            items: {
                                $ref: string;
                            };
                            uniqueItems: boolean;
                        };
                        share: {
                            type: string;
                            minimum: number;
                            maximum: number;
                        };
                        segment: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        flags: {
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            rollback: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        component: {
                            $ref: string;
                        };
                        pointer: {
                            type: string;
                            additionalProperties: boolean;
                            required: string[];
                            properties: {
                                version: {
                                    type: string;
                                    minLength: number;
                                    maxLength: number;
                                };
                                digest: {
                                    $ref: string;
                                };
                            };
                        };
                        hook: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        evidence: {
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                    description: string;
                };
            };
            environments: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            $ref: string;
                        };
                        constraints: {
                            $ref: string;
                        };
                    };
                };
            };
            waivers: {
                type: string;
                items: {
                    $ref: string;
                };
            };
            window: {
                $ref: string;
            };
        };
    };
    readonly common: {
        $schema: string;
        $id: string;
        title: string;
        $defs: {
            label: {
                description: string;
                type: string;
                pattern: string;
            };
            revision: {
                description: string;
                type: string;
                minimum: number;
                maximum: number;
            };
            text: {
                type: string;
                minLength: number;
                maxLength: number;
            };
            sha256: {
                type: string;
                pattern: string;
            };
            sourceDigest: {
                type: string;
                pattern: string;
            };
            commit: {
                type: string;
                pattern: string;
            };
            time: {
                type: string;
                format: string;
                pattern: string;
            };
            team: {
                description: string;
                type: string;
                pattern: string;
            };
            pointer: {
                type: string;
                pattern: string;
            };
            lineage: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    system: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    locator: {
                        type: string;
                        maxLength: number;
                    };
                    revision: {
                        type: string;
                        maxLength: number;
                    };
                    digest: {
                        type: string;
                        maxLength: number;
                    };
                    observedAt: {
                        $ref: string;
                    };
                };
            };
            environmentConstraints: {
                type: string;
                additionalProperties: boolean;
                properties: {
                    maxCohortShare: {
                        type: string;
                        minimum: number;
                        maximum: number;
                    };
                    requireRollbackHook: {
                        type: string;
                    };
                    allowedQueues: {
                        type: string;
                        items: {
                            $ref: string;
                        };
                        uniqueItems: boolean;
                    };
                };
            };
            rollbackEvidence: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    kind: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    ref: {
                        $ref: string;
                    };
                    at: {
                        $ref: string;
                    };
                };
            };
            waiver: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    id: {
                        $ref: string;
                    };
                    subject: {
                        $ref: string;
                    };
                    status: {
                        enum: string[];
                    };
                    owner: {
                        $ref: string;
                    };
                    expiresAt: {
                        $ref: string;
                    };
                    reason: {
                        $ref: string;
                    };
                };
            };
            window: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    queue: {
                        $ref: string;
                    };
                    start: {
                        $ref: string;
                    };
                    end: {
                        $ref: string;
                    };
                    changeRecord: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    environments: {
                        type: string;
                        items: {
                            $ref: string;
                        };
                        uniqueItems: boolean;
                    };
                };
            };
            signature: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    verified: {
                        type: string;
                    };
                    reason: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                };
            };
            cohortFlag: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    key: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    variant: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                };
            };
        };
    };
    readonly holds: {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        required: string[];
        properties: {
            schemaVersion: {
                const: number;
            };
            holds: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        id: {
                            type: string;
                            pattern: string;
                        };
                        rule: {
                            enum: string[];
                        };
                        path: {
                            $ref: string;
                        };
                        reason: {
                            type: string;
                            minLength: number;
                        };
                        status: {
                            const: string;
                        };
                        evidence: {
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
        };
    };
    readonly lineage: {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        required: string[];
        properties: {
            schemaVersion: {
                const: number;
            };
            sources: {
                type: string;
                propertyNames: {
                    pattern: string;
                };
                additionalProperties: {
                    $ref: string;
                };
            };
            fields: {
                type: string;
                propertyNames: {
                    $ref: string;
                };
                additionalProperties: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        source: {
                            type: string;
                            pattern: string;
                        };
                        valueDigest: {
                            $ref: string;
                        };
                        fragment: {
                            description: string;
                            type: string;
                            pattern: string;
                            maxLength: number;
                        };
                    };
                };
            };
            normalizations: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        path: {
                            $ref: string;
                        };
                        original: {
                            type: string;
                        };
                        rendered: {
                            type: string;
                        };
                        rule: {
                            type: string;
                            minLength: number;
                        };
                    };
                };
            };
        };
    };
    readonly manifest: {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        required: string[];
        properties: {
            schemaVersion: {
                const: number;
            };
            product: {
                $ref: string;
            };
            release: {
                $ref: string;
            };
            revision: {
                $ref: string;
            };
            bundleDigest: {
                $ref: string;
            };
            queue: {
                $ref: string;
            };
            window: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    start: {
                        $ref: string;
                    };
                    end: {
                        $ref: string;
                    };
                };
            };
            requiredApprovers: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    teams: {
                        type: string;
                        minItems: number;
                        uniqueItems: boolean;
                        items: {
                            $ref: string;
                        };
                    };
                };
            };
            supersedes: {
                oneOf: ({
                    type: string;
                    additionalProperties?: never;
                    required?: never;
                    properties?: never;
                } | {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        revision: {
                            $ref: string;
                        };
                        bundleDigest: {
                            $ref: string;
                        };
                    };
                })[];
            };
            handoff: {
                type: string;
                minLength: number;
            };
        };
    };
    readonly policy: {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        required: string[];
        properties: {
            schemaVersion: {
                const: number;
            };
            approvers: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    teams: {
                        type: string;
                        minItems: number;
                        uniqueItems: boolean;
                        items: {
                            $ref: string;
                        };
                    };
                };
            };
            rendering: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    oneOf: {
                        required: string[];
                    }[];
                    properties: {
                        id: {
                            $ref: string;
                        };
                        field: {
                            enum: string[];
                        };
                        transform: {
                            enum: string[];
                        };
                        map: {
                            type: string;
                            additionalProperties: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            holds: {
                type: string;
                additionalProperties: boolean;
                properties: {
                    "missing-rollback-evidence": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    "waiver-pending": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    "waiver-expired": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                            marginMinutes: {
                                type: string;
                                minimum: number;
                                maximum: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    supersession: {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    "scope-drift": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    "missing-lineage": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    "unsigned-candidate": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    "provenance-mismatch": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                    "suspicious-source": {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                type: string;
                            };
                            justification: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        if: {
                            properties: {
                                enabled: {
                                    const: boolean;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            required: string[];
                        };
                    };
                };
            };
            limits: {
                type: string;
                additionalProperties: boolean;
                properties: {
                    maxFileBytes: {
                        type: string;
                        minimum: number;
                        maximum: number;
                    };
                };
            };
            bundleWriter: {
                description: string;
                type: string;
                pattern: string;
            };
            governorAppId: {
                description: string;
                type: string;
                minimum: number;
            };
        };
    };
    readonly records: {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        properties: {
            signature: {
                $ref: string;
            };
            components: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        artifacts: {
                            type: string;
                            minItems: number;
                            items: {
                                type: string;
                                additionalProperties: boolean;
                                required: string[];
                                properties: {
                                    name: {
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    version: {
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    digest: {
                                        $ref: string;
                                    };
                                    locator: {
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                };
                            };
                        };
                    };
                };
            };
            cohorts: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    anyOf: {
                        required: string[];
                    }[];
                    properties: {
                        id: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        environments: {
                            type: string;
                            minItems: number;
                            items: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        share: {
                            type: string;
                            minimum: number;
                            maximum: number;
                        };
                        segment: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        flags: {
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            rollback: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        component: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        pointer: {
                            type: string;
                            additionalProperties: boolean;
                            required: string[];
                            properties: {
                                version: {
                                    type: string;
                                    minLength: number;
                                    maxLength: number;
                                };
                                digest: {
                                    $ref: string;
                                };
                            };
                        };
                        hook: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        evidence: {
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            environments: {
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        constraints: {
                            $ref: string;
                        };
                    };
                };
            };
            waivers: {
                type: string;
                items: {
                    $ref: string;
                };
            };
            window: {
                $ref: string;
            };
        };
    };
    readonly 'seal-record': {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        required: string[];
        properties: {
            schemaVersion: {
                const: number;
            };
            product: {
                $ref: string;
            };
            release: {
                $ref: string;
            };
            revision: {
                $ref: string;
            };
            bundleDigest: {
                $ref: string;
            };
            queue: {
                $ref: string;
            };
            window: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    start: {
                        $ref: string;
                    };
                    end: {
                        $ref: string;
                    };
                };
            };
            requiredTeams: {
                type: string;
                minItems: number;
                items: {
                    $ref: string;
                };
            };
            repository: {
                type: string;
                pattern: string;
            };
            pullRequest: {
                type: string;
                minimum: number;
            };
            headSha: {
                $ref: string;
            };
            mergeCommit: {
                $ref: string;
            };
            mergeMethod: {
                enum: string[];
            };
            mergedAt: {
                $ref: string;
            };
            approvers: {
                type: string;
                minItems: number;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        login: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        team: {
                            $ref: string;
                        };
                        reviewId: {
                            type: string;
                            minimum: number;
                        };
                        commitId: {
                            $ref: string;
                        };
                    };
                };
            };
            supersedes: {
                oneOf: ({
                    type: string;
                    additionalProperties?: never;
                    required?: never;
                    properties?: never;
                } | {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        revision: {
                            $ref: string;
                        };
                        bundleDigest: {
                            $ref: string;
                        };
                    };
                })[];
            };
            handoff: {
                type: string;
                minLength: number;
            };
        };
    };
    readonly sources: {
        $schema: string;
        $id: string;
        title: string;
        description: string;
        type: string;
        additionalProperties: boolean;
        required: string[];
        properties: {
            schemaVersion: {
                const: number;
            };
            product: {
                $ref: string;
            };
            release: {
                description: string;
                $ref: string;
            };
            candidate: {
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    tag: {
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    commit: {
                        $ref: string;
                    };
                    repository: {
                        type: string;
                        pattern: string;
                    };
                    committedAt: {
                        $ref: string;
                    };
                };
                description: string;
            };
            sources: {
                type: string;
                minItems: number;
                items: {
                    type: string;
                    required: string[];
                    properties: {
                        id: {
                            type: string;
                            pattern: string;
                        };
                        kind: {
                            enum: string[];
                        };
                    };
                    allOf: {
                        if: {
                            properties: {
                                kind: {
                                    const: string;
                                };
                            };
                            required: string[];
                        };
                        then: {
                            $ref: string;
                        };
                    }[];
                };
            };
            releasePattern: {
                description: string;
                type: string;
                minLength: number;
                maxLength: number;
            };
        };
    };
};
export type SchemaName = keyof typeof SCHEMAS;
/** Every schema to register with Ajv, including the per-kind source option schemas. */
export declare const ALL_SCHEMAS: readonly object[];
/** The `$id` of a named schema. */
export declare function schemaId(name: SchemaName): string;
