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
                description: string;
                const: number;
            };
            product: {
                description: string;
                $ref: string;
            };
            release: {
                description: string;
                $ref: string;
            };
            candidate: {
                description: string;
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    tag: {
                        description: string;
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    commit: {
                        description: string;
                        $ref: string;
                    };
                    repository: {
                        description: string;
                        type: string;
                        pattern: string;
                    };
                    signature: {
                        description: string;
                        $ref: string;
                    };
                };
            };
            components: {
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            description: string;
                            $ref: string;
                        };
                        artifacts: {
                            description: string;
                            type: string;
                            minItems: number;
                            items: {
                                type: string;
                                additionalProperties: boolean;
                                required: string[];
                                properties: {
                                    name: {
                                        description: string;
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    version: {
                                        description: string;
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    digest: {
                                        description: string;
                                        $ref: string;
                                    };
                                    locator: {
                                        description: string;
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                };
                            };
                        };
                        provenance: {
                            description: string;
                            type: string;
                            items: {
                                type: string;
                                additionalProperties: boolean;
                                required: string[];
                                properties: {
                                    builder: {
                                        description: string;
                                        type: string;
                                        maxLength: number;
                                    };
                                    sourceRepository: {
                                        description: string;
                                        type: string;
                                        maxLength: number;
                                    };
                                    sourceRef: {
                                        description: string;
                                        type: string;
                                        maxLength: number;
                                    };
                                    sourceCommit: {
                                        description: string;
                                        type: string;
                                        maxLength: number;
                                    };
                                    subjects: {
                                        description: string;
                                        type: string;
                                        items: {
                                            type: string;
                                            pattern: string;
                                        };
                                    };
                                    signatureVerified: {
                                        description: string;
                                        type: string;
                                    };
                                    verification: {
                                        description: string;
                                        type: string;
                                        maxLength: number;
                                    };
                                    signer: {
                                        description: string;
                                        type: string;
                                        additionalProperties: boolean;
                                        required: string[];
                                        properties: {
                                            subjectAlternativeName: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            issuer: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            sourceRepository: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            sourceRef: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            sourceCommit: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            buildConfig: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            runInvocation: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            runnerEnvironment: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            signedAt: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                            logIndex: {
                                                description: string;
                                                type: string;
                                                maxLength: number;
                                            };
                                        };
                                    };
                                    anchor: {
                                        description: string;
                                        type: string;
                                        additionalProperties: boolean;
                                        required: string[];
                                        properties: {
                                            kind: {
                                                description: string;
                                                enum: string[];
                                            };
                                            digest: {
                                                description: string;
                                                $ref: string;
                                            };
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
            dependencies: {
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        component: {
                            description: string;
                            $ref: string;
                        };
                        name: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        version: {
                            description: string;
                            type: string;
                            maxLength: number;
                        };
                        purl: {
                            description: string;
                            type: string;
                            maxLength: number;
                        };
                        licenses: {
                            description: string;
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
                description: string;
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
                            description: string;
                            $ref: string;
                        };
                        environments: {
                            description: string;
                            type: string;
                            minItems: number;
                            items: {
                                $ref: string;
                            };
                            uniqueItems: boolean;
                        };
                        share: {
                            description: string;
                            type: string;
                            minimum: number;
                            maximum: number;
                        };
                        segment: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        flags: {
                            description: string;
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            rollback: {
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        component: {
                            description: string;
                            $ref: string;
                        };
                        pointer: {
                            description: string;
                            type: string;
                            additionalProperties: boolean;
                            required: string[];
                            properties: {
                                version: {
                                    description: string;
                                    type: string;
                                    minLength: number;
                                    maxLength: number;
                                };
                                digest: {
                                    description: string;
                                    $ref: string;
                                };
                            };
                        };
                        hook: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        evidence: {
                            description: string;
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
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            description: string;
                            $ref: string;
                        };
                        constraints: {
                            description: string;
                            $ref: string;
                        };
                    };
                };
            };
            waivers: {
                description: string;
                type: string;
                items: {
                    $ref: string;
                };
            };
            window: {
                description: string;
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
                        description: string;
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    locator: {
                        description: string;
                        type: string;
                        maxLength: number;
                    };
                    revision: {
                        description: string;
                        type: string;
                        maxLength: number;
                    };
                    digest: {
                        description: string;
                        type: string;
                        maxLength: number;
                    };
                    observedAt: {
                        description: string;
                        $ref: string;
                    };
                };
            };
            environmentConstraints: {
                type: string;
                additionalProperties: boolean;
                properties: {
                    maxCohortShare: {
                        description: string;
                        type: string;
                        minimum: number;
                        maximum: number;
                    };
                    requireRollbackHook: {
                        description: string;
                        type: string;
                    };
                    allowedQueues: {
                        description: string;
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
                        description: string;
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    ref: {
                        description: string;
                        $ref: string;
                    };
                    at: {
                        description: string;
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
                        description: string;
                        $ref: string;
                    };
                    subject: {
                        description: string;
                        $ref: string;
                    };
                    status: {
                        description: string;
                        enum: string[];
                    };
                    owner: {
                        description: string;
                        $ref: string;
                    };
                    expiresAt: {
                        description: string;
                        $ref: string;
                    };
                    reason: {
                        description: string;
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
                        description: string;
                        $ref: string;
                    };
                    start: {
                        description: string;
                        $ref: string;
                    };
                    end: {
                        description: string;
                        $ref: string;
                    };
                    changeRecord: {
                        description: string;
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    environments: {
                        description: string;
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
                        description: string;
                        type: string;
                    };
                    reason: {
                        description: string;
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
                        description: string;
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    variant: {
                        description: string;
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
                description: string;
                const: number;
            };
            holds: {
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        id: {
                            description: string;
                            type: string;
                            pattern: string;
                        };
                        rule: {
                            description: string;
                            enum: string[];
                        };
                        path: {
                            description: string;
                            $ref: string;
                        };
                        reason: {
                            description: string;
                            type: string;
                            minLength: number;
                        };
                        status: {
                            description: string;
                            const: string;
                        };
                        evidence: {
                            description: string;
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
                description: string;
                const: number;
            };
            sources: {
                description: string;
                type: string;
                propertyNames: {
                    pattern: string;
                };
                additionalProperties: {
                    $ref: string;
                };
            };
            fields: {
                description: string;
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
                            description: string;
                            type: string;
                            pattern: string;
                        };
                        valueDigest: {
                            description: string;
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
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        path: {
                            description: string;
                            $ref: string;
                        };
                        original: {
                            description: string;
                            type: string;
                        };
                        rendered: {
                            description: string;
                            type: string;
                        };
                        rule: {
                            description: string;
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
                description: string;
                const: number;
            };
            product: {
                description: string;
                $ref: string;
            };
            release: {
                description: string;
                $ref: string;
            };
            revision: {
                description: string;
                $ref: string;
            };
            bundleDigest: {
                description: string;
                $ref: string;
            };
            queue: {
                description: string;
                $ref: string;
            };
            window: {
                description: string;
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    start: {
                        description: string;
                        $ref: string;
                    };
                    end: {
                        description: string;
                        $ref: string;
                    };
                };
            };
            requiredApprovers: {
                description: string;
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    teams: {
                        description: string;
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
                description: string;
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
                            description: string;
                            $ref: string;
                        };
                        bundleDigest: {
                            description: string;
                            $ref: string;
                        };
                    };
                })[];
            };
            handoff: {
                description: string;
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
                description: string;
                const: number;
            };
            approvers: {
                description: string;
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    teams: {
                        description: string;
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
                description: string;
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
                            description: string;
                            $ref: string;
                        };
                        field: {
                            description: string;
                            enum: string[];
                        };
                        transform: {
                            description: string;
                            enum: string[];
                        };
                        map: {
                            description: string;
                            type: string;
                            additionalProperties: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            holds: {
                description: string;
                type: string;
                additionalProperties: boolean;
                properties: {
                    "missing-rollback-evidence": {
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                            marginMinutes: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                        description: string;
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            enabled: {
                                description: string;
                                type: string;
                            };
                            justification: {
                                description: string;
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
                description: string;
                type: string;
                additionalProperties: boolean;
                properties: {
                    maxFileBytes: {
                        description: string;
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
            provenance: {
                description: string;
                type: string;
                additionalProperties: boolean;
                properties: {
                    anchors: {
                        description: string;
                        $ref: string;
                    };
                    signers: {
                        description: string;
                        $ref: string;
                    };
                    products: {
                        description: string;
                        type: string;
                        propertyNames: {
                            $ref: string;
                        };
                        additionalProperties: {
                            type: string;
                            additionalProperties: boolean;
                            required: string[];
                            properties: {
                                anchors: {
                                    description: string;
                                    $ref: string;
                                };
                                signers: {
                                    description: string;
                                    $ref: string;
                                };
                            };
                        };
                    };
                };
                dependentRequired: {
                    signers: string[];
                };
            };
        };
        $defs: {
            anchors: {
                description: string;
                type: string;
                minItems: number;
                uniqueItems: boolean;
                items: {
                    $ref: string;
                };
            };
            signers: {
                description: string;
                type: string;
                minItems: number;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        issuer: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        repository: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                    };
                };
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
                description: string;
                $ref: string;
            };
            components: {
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        artifacts: {
                            description: string;
                            type: string;
                            minItems: number;
                            items: {
                                type: string;
                                additionalProperties: boolean;
                                required: string[];
                                properties: {
                                    name: {
                                        description: string;
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    version: {
                                        description: string;
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                    };
                                    digest: {
                                        description: string;
                                        $ref: string;
                                    };
                                    locator: {
                                        description: string;
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
                description: string;
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
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        environments: {
                            description: string;
                            type: string;
                            minItems: number;
                            items: {
                                type: string;
                                minLength: number;
                                maxLength: number;
                            };
                        };
                        share: {
                            description: string;
                            type: string;
                            minimum: number;
                            maximum: number;
                        };
                        segment: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        flags: {
                            description: string;
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            rollback: {
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        component: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        pointer: {
                            description: string;
                            type: string;
                            additionalProperties: boolean;
                            required: string[];
                            properties: {
                                version: {
                                    description: string;
                                    type: string;
                                    minLength: number;
                                    maxLength: number;
                                };
                                digest: {
                                    description: string;
                                    $ref: string;
                                };
                            };
                        };
                        hook: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        evidence: {
                            description: string;
                            type: string;
                            items: {
                                $ref: string;
                            };
                        };
                    };
                };
            };
            environments: {
                description: string;
                type: string;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        name: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        constraints: {
                            description: string;
                            $ref: string;
                        };
                    };
                };
            };
            waivers: {
                description: string;
                type: string;
                items: {
                    $ref: string;
                };
            };
            window: {
                description: string;
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
                description: string;
                const: number;
            };
            product: {
                description: string;
                $ref: string;
            };
            release: {
                description: string;
                $ref: string;
            };
            revision: {
                description: string;
                $ref: string;
            };
            bundleDigest: {
                description: string;
                $ref: string;
            };
            queue: {
                description: string;
                $ref: string;
            };
            window: {
                description: string;
                type: string;
                additionalProperties: boolean;
                required: string[];
                properties: {
                    start: {
                        description: string;
                        $ref: string;
                    };
                    end: {
                        description: string;
                        $ref: string;
                    };
                };
            };
            requiredTeams: {
                description: string;
                type: string;
                minItems: number;
                items: {
                    $ref: string;
                };
            };
            repository: {
                description: string;
                type: string;
                pattern: string;
            };
            pullRequest: {
                description: string;
                type: string;
                minimum: number;
            };
            headSha: {
                description: string;
                $ref: string;
            };
            mergeCommit: {
                description: string;
                $ref: string;
            };
            mergeMethod: {
                description: string;
                enum: string[];
            };
            mergedAt: {
                description: string;
                $ref: string;
            };
            approvers: {
                description: string;
                type: string;
                minItems: number;
                items: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        login: {
                            description: string;
                            type: string;
                            minLength: number;
                            maxLength: number;
                        };
                        team: {
                            description: string;
                            $ref: string;
                        };
                        reviewId: {
                            description: string;
                            type: string;
                            minimum: number;
                        };
                        commitId: {
                            description: string;
                            $ref: string;
                        };
                    };
                };
            };
            supersedes: {
                description: string;
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
                            description: string;
                            $ref: string;
                        };
                        bundleDigest: {
                            description: string;
                            $ref: string;
                        };
                    };
                })[];
            };
            handoff: {
                description: string;
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
                description: string;
                const: number;
            };
            product: {
                description: string;
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
                        description: string;
                        type: string;
                        minLength: number;
                        maxLength: number;
                    };
                    commit: {
                        description: string;
                        $ref: string;
                    };
                    repository: {
                        description: string;
                        type: string;
                        pattern: string;
                    };
                    committedAt: {
                        description: string;
                        $ref: string;
                    };
                };
                description: string;
            };
            sources: {
                description: string;
                type: string;
                minItems: number;
                items: {
                    type: string;
                    required: string[];
                    properties: {
                        id: {
                            description: string;
                            type: string;
                            pattern: string;
                        };
                        kind: {
                            description: string;
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
