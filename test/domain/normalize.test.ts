/**
 * Normalization: policy rendering rules may change how a component name, cohort id or environment label is
 * written. Every change is recorded in lineage.json (original, rendered, rule id) and nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { resolvePointer } from '../../src/domain/json-pointer.js';
import type { Normalization } from '../../src/domain/model.js';
import type { Policy } from '../../src/domain/policy.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { assembleRecords, basePolicy, cleanRecords, isRecord, lineage } from '../helpers/records.js';

const RENDERING: Policy['rendering'] = [
  { id: 'component-trim', field: 'component', transform: 'trim' },
  { id: 'component-kebab', field: 'component', transform: 'kebab-case' },
  { id: 'cohort-kebab', field: 'cohort', transform: 'kebab-case' },
  { id: 'environment-alias', field: 'environment', map: { PRODUCTION: 'PROD' } },
  { id: 'environment-lower', field: 'environment', transform: 'lowercase' },
];

/** Final rendering of each original written in the records below. */
const RENAMED: Record<string, string> = {
  ApiGateway: 'api-gateway',
  'worker ': 'worker',
  'Canary EU': 'canary-eu',
  PRODUCTION: 'prod',
  PROD: 'prod',
};

/** The clean records with names written the way a source might: mixed case, spaces, an alias. */
function unrenderedRecords(): SourceRecord[] {
  const component = (name: string): string => (name === 'api' ? 'ApiGateway' : name === 'worker' ? 'worker ' : name);
  const environment = (name: string, i: number): string => (name === 'prod' ? (i === 0 ? 'PRODUCTION' : 'PROD') : name);
  return cleanRecords().map((record): SourceRecord => {
    switch (record.type) {
      case 'artifact':
      case 'provenance':
      case 'rollback':
        return { ...record, component: component(record.component) };
      case 'dependency':
        return { ...record, dependency: { ...record.dependency, component: component(record.dependency.component) } };
      case 'cohort':
        return {
          ...record,
          cohort: {
            ...record.cohort,
            id: record.cohort.id === 'canary' ? 'Canary EU' : record.cohort.id,
            environments: record.cohort.environments.map(environment),
          },
        };
      case 'environment':
        return { ...record, name: 'PROD' };
      case 'window':
        return { ...record, window: { ...record.window, environments: record.window.environments.map(environment) } };
      default:
        return record;
    }
  });
}

/** `value` with every string that is a key of `renamed` replaced by its rendering. */
function renameStrings(value: unknown, renamed: Record<string, string>): unknown {
  if (typeof value === 'string') return Object.hasOwn(renamed, value) ? renamed[value] : value;
  if (Array.isArray(value)) return value.map((v) => renameStrings(v, renamed));
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameStrings(v, renamed)]));
}

describe('normalization', () => {
  const policy = basePolicy({ rendering: RENDERING });
  const raw = assembleRecords(unrenderedRecords());
  const rendered = assembleRecords(unrenderedRecords(), { policy });
  const normalizations: Normalization[] = rendered.files.lineage.normalizations;

  it('without rendering rules, names stay as the sources wrote them and nothing is recorded', () => {
    expect(raw.files.bundle.components.map((c) => c.name)).toEqual(['ApiGateway', 'worker ']);
    expect(raw.files.lineage.normalizations).toEqual([]);
  });

  it('records every rendering change, each step of a chain, with original, rendered and rule id', () => {
    const distinct = new Map(
      normalizations.map(({ original, rendered: to, rule }) => [
        `${rule}|${original}`,
        { original, rendered: to, rule },
      ]),
    );
    expect([...distinct.values()]).toEqual(
      expect.arrayContaining([
        { original: 'ApiGateway', rendered: 'api-gateway', rule: 'component-kebab' },
        { original: 'worker ', rendered: 'worker', rule: 'component-trim' },
        { original: 'Canary EU', rendered: 'canary-eu', rule: 'cohort-kebab' },
        { original: 'PRODUCTION', rendered: 'PROD', rule: 'environment-alias' },
        { original: 'PROD', rendered: 'prod', rule: 'environment-lower' },
      ]),
    );
    expect(distinct.size).toBe(5);
  });

  it('records nothing for a value a rule leaves as it is', () => {
    expect(normalizations.some((n) => n.original === 'general' || n.original === 'prod')).toBe(false);
  });

  it('names where each final rendering is written in bundle.json', () => {
    for (const n of normalizations.filter((x) => !Object.hasOwn(RENAMED, x.rendered))) {
      expect(n.path, JSON.stringify(n)).not.toBe('');
      expect(resolvePointer(rendered.files.bundle, n.path)).toBe(n.rendered);
    }
  });

  it('changes nothing else: the unrendered bundle with the names renamed is the rendered bundle', () => {
    expect(renameStrings(raw.files.bundle, RENAMED)).toEqual(rendered.files.bundle);
    expect(rendered.digest).not.toBe(raw.digest);
  });

  it('keeps the lineage of every field: the rendered bundle raises no hold and passes lineage', () => {
    expect(rendered.files.holds.holds).toEqual([]);
    expect(Object.keys(rendered.files.lineage.fields).sort()).toEqual(Object.keys(raw.files.lineage.fields).sort());
  });

  it('a rendering that merges two names into one is not silent: both originals are recorded', () => {
    const records: SourceRecord[] = [
      ...cleanRecords(),
      {
        type: 'environment',
        sourceId: 'release-records',
        lineage: lineage('/environments/1'),
        name: 'Prod',
        constraints: { maxCohortShare: 100, requireRollbackHook: true, allowedQueues: ['payments-prod'] },
      },
    ];
    const merged = assembleRecords(records, { policy: basePolicy({ rendering: RENDERING }) });
    expect(merged.files.bundle.environments.map((e) => e.name)).toEqual(['prod']);
    expect(merged.files.lineage.normalizations).toEqual([
      { path: '/environments/0/name', original: 'Prod', rendered: 'prod', rule: 'environment-lower' },
    ]);
  });
});
