/**
 * The convention's configuration files: the service repository's sources.yaml and the bundles repository's
 * policy.yaml validate against Cutover's schemas and say what the action will do with them; the bundles
 * repository's CODEOWNERS makes GitHub itself require both approver teams on every bundle revision.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownersOf, parseCodeowners } from '../../packages/github-server/index.js';
import { BUNDLE_FILES, releaseDirectory } from '../../src/domain/names.js';
import type { Policy } from '../../src/domain/policy.js';
import { releaseNameOf } from '../../src/modes/build.js';
import { readPolicy, readSourcesConfig, type SourcesConfig } from '../../src/schema/documents.js';
import { parseDocument } from '../../src/schema/parse.js';
import { SCHEMAS } from '../../src/schema/registry.js';
import { schemaViolations, validateDocument } from '../../src/schema/validate.js';
import { BUNDLES_REPO, loadYaml, SERVICE_REPO } from './helpers.js';

const sourcesFile = path.join(SERVICE_REPO, '.cutover', 'sources.yaml');
const policyFile = path.join(BUNDLES_REPO, '.cutover', 'policy.yaml');
const codeownersFile = path.join(BUNDLES_REPO, '.github', 'CODEOWNERS');

describe('service repository: .cutover/sources.yaml', () => {
  it('validates against schemas/sources.schema.json', async () => {
    const config = await readSourcesConfig(sourcesFile);
    expect(config.product).toBe('payments-platform');
  });

  it('names no candidate and no release: both come from the triggering tag', async () => {
    const config: SourcesConfig = await readSourcesConfig(sourcesFile);
    expect(config.candidate).toBeUndefined();
    expect(config.release).toBeUndefined();
    expect(config.releasePattern).toBeUndefined();
    expect(releaseNameOf(config, 'v2026.11.3-rc.2', sourcesFile)).toBe('2026.11.3');
  });

  it('uses every source kind the schema knows', async () => {
    const config = await readSourcesConfig(sourcesFile);
    const kinds = SCHEMAS.sources.properties.sources.items.properties.kind.enum;
    expect(new Set(config.sources.map((s) => s.kind))).toEqual(new Set(kinds));
  });

  it('the schema check can fail: an unknown option of a source kind is rejected', () => {
    const value = loadYaml(sourcesFile);
    const sources = Array.isArray(value.sources) ? value.sources : [];
    const broken = { ...value, sources: [...sources, { id: 'x', kind: 'records', path: 'a.yaml', url: 'https://x' }] };
    expect(schemaViolations('sources', broken)).not.toEqual([]);
  });

  it('the http-json source keeps its secret in a header named by an environment variable, not in the URL', async () => {
    const config = await readSourcesConfig(sourcesFile);
    const http = config.sources.find((s) => s.kind === 'http-json');
    expect(String(http?.url)).toMatch(/^https:\/\/[^@]+$/);
    expect(http?.headers).toEqual({ Authorization: 'CHANGE_MANAGEMENT_TOKEN' });
  });
});

describe('bundles repository: .cutover/policy.yaml', () => {
  it('validates against schemas/policy.schema.json and names the bundle writer', async () => {
    const policy: Policy = await readPolicy(policyFile);
    expect(policy.bundleWriter).toMatch(/\[bot\]$/);
    expect(policy.approvers.teams).toEqual(['acme/release-engineering', 'acme/operations']);
  });

  it('turns no hold rule off (an example to copy keeps every rule on)', async () => {
    const policy = await readPolicy(policyFile);
    for (const setting of Object.values(policy.holds ?? {})) expect(setting?.enabled).not.toBe(false);
  });

  it('a policy that turns a hold rule off without a justification is rejected', () => {
    const text = readFileSync(policyFile, 'utf8');
    const value = parseDocument(text, policyFile);
    const broken = { ...(value as Policy), holds: { 'unsigned-candidate': { enabled: false } } };
    expect(() => validateDocument('policy', broken, policyFile)).toThrow(/justification/);
  });
});

describe('bundles repository: .github/CODEOWNERS', () => {
  const { rules, errors } = parseCodeowners(readFileSync(codeownersFile, 'utf8'));
  const dir = releaseDirectory('payments-platform', '2026.11.3');
  const owners = (file: string) => ownersOf(rules, file);

  it('has no line GitHub would reject', () => {
    expect(errors).toEqual([]);
  });

  it('bundle content belongs to release engineering, the manifest to operations', () => {
    for (const key of ['bundle', 'lineage', 'holds'] as const)
      expect(owners(`${dir}/${BUNDLE_FILES[key]}`)).toEqual(['@acme/release-engineering']);
    expect(owners(`${dir}/${BUNDLE_FILES.manifest}`)).toEqual(['@acme/operations']);
  });

  it('a cutover pull request (all four files) needs an owner approval from each policy team', async () => {
    const policy = await readPolicy(policyFile);
    const needed = new Set(Object.values(BUNDLE_FILES).map((file) => owners(`${dir}/${file}`).join(' ')));
    expect([...needed].sort()).toEqual(policy.approvers.teams.map((t) => `@${t}`).sort());
  });

  it('governance files are owned by both teams (any one of them on github.com; the gate requires both)', () => {
    for (const file of ['.cutover/policy.yaml', '.github/CODEOWNERS', '.github/workflows/cutover-verify.yml'])
      expect(owners(file)).toEqual(['@acme/release-engineering', '@acme/operations']);
  });
});
