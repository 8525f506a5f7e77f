/**
 * The options schema of every source kind (schemas/source-kinds/*.schema.json), registered with Ajv
 * beside the document schemas. Add one line per kind together with its adapter.
 */
import cyclonedx from '../../schemas/source-kinds/cyclonedx.schema.json' with { type: 'json' };
import flagd from '../../schemas/source-kinds/flagd.schema.json' with { type: 'json' };
import githubAttestations from '../../schemas/source-kinds/github-attestations.schema.json' with { type: 'json' };
import githubRelease from '../../schemas/source-kinds/github-release.schema.json' with { type: 'json' };
import httpJson from '../../schemas/source-kinds/http-json.schema.json' with { type: 'json' };
import provenance from '../../schemas/source-kinds/provenance.schema.json' with { type: 'json' };
import records from '../../schemas/source-kinds/records.schema.json' with { type: 'json' };
import servicenow from '../../schemas/source-kinds/servicenow.schema.json' with { type: 'json' };
import spdx from '../../schemas/source-kinds/spdx.schema.json' with { type: 'json' };

/** Every per-kind options schema. */
export const SOURCE_KIND_SCHEMAS: readonly object[] = [
  records,
  cyclonedx,
  spdx,
  flagd,
  provenance,
  githubRelease,
  githubAttestations,
  httpJson,
  servicenow,
];
