/**
 * Source kind `github-attestations`: provenance from GitHub's attestations API
 * (GET /repos/{owner}/{repo}/attestations/{subject_digest}) for the digests in option `subjects` ->
 * ProvenanceRecords for option `component`, through the same parser and checks as the `provenance` kind
 * (keyless verification against option `trustedRoot` with the `identity` policy included).
 *
 * Subjects are named in the configuration rather than taken from another source's artifact records, so sources
 * stay independent and the flow stays one-way (sources -> assembly). A subject with no attestation, or whose
 * attestations do not name it, yields a SuspicionRecord (`provenance-mismatch`). Lineage: system
 * `github-attestations`, locator `<owner/repo>/attestations/<digest>#<index>`, revision the transparency-log
 * index (`rekor:<n>`, '' when absent), digest sha256 of the canonical JSON of the bundle, observedAt the log's
 * integration time (else the reference time).
 */
import { digestOf } from '../domain/canonical.js';
import type { Lineage } from '../domain/model.js';
import type { SourceRecord } from '../domain/records.js';
import { type ExtractedProvenance, extractProvenance, findStatements, isProvenance } from './attestation.js';
import { requireGitHub } from './github-release.js';
import { sourceOptions } from './options.js';
import { loadTrustedKeys, type ProvenanceCheckOptions, provenanceRecords } from './provenance.js';
import { DocumentView } from './shape.js';
import { loadSigstoreVerifier } from './sigstore.js';
import type { SourceAdapter } from './types.js';

/** Options of a `github-attestations` source (schemas/source-kinds/github-attestations.schema.json). */
export interface GitHubAttestationsOptions extends ProvenanceCheckOptions {
  kind: 'github-attestations';
  /** `sha256:<hex>` digests of the component's artifacts to look attestations up by. */
  subjects: string[];
}

/** Reads attestations of the given subjects from GitHub. */
export const githubAttestationsAdapter: SourceAdapter = {
  kind: 'github-attestations',
  async read(entry, context) {
    const options = sourceOptions<GitHubAttestationsOptions>(entry, 'github-attestations');
    const github = requireGitHub(context, 'github-attestations');
    const trusted = await loadTrustedKeys(context, options.trustedKeys ?? []);
    const sigstore = await loadSigstoreVerifier(context, options);
    const records: SourceRecord[] = [];
    for (const subject of options.subjects) {
      const base = `${github.repository}/attestations/${subject}`;
      const entries = await github.listAttestations(subject);
      const extracted: Array<{ item: ExtractedProvenance; lineage: Lineage }> = [];
      entries.forEach((entry, index) => {
        const view = new DocumentView(`${base}#${index}`, undefined);
        for (const found of findStatements(view, entry.bundle).filter(isProvenance)) {
          extracted.push({
            item: extractProvenance(view, found, trusted, sigstore),
            lineage: {
              system: 'github-attestations',
              locator: `${base}#${index}`,
              revision: found.logIndex === undefined ? '' : `rekor:${found.logIndex}`,
              digest: digestOf(entry.bundle),
              observedAt: found.integratedTime ?? context.referenceTime,
            },
          });
        }
      });
      if (extracted.length === 0) {
        records.push({
          type: 'suspicion',
          sourceId: options.id,
          lineage: {
            system: 'github-attestations',
            locator: base,
            revision: '',
            digest: '',
            observedAt: context.referenceTime,
          },
          path: '',
          component: options.component,
          rule: 'provenance-mismatch',
          reason: `GitHub has no SLSA provenance attestation for ${subject} of ${options.component} (${entries.length} attestation(s) found)`,
        });
        continue;
      }
      records.push(...provenanceRecords(extracted, options, [subject], trusted.length > 0 || sigstore !== undefined));
    }
    return records;
  },
};
