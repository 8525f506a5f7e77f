/**
 * The consequential fields of a bundle, told two ways: listed (consequentialValues, which builds every pointer)
 * and read from one pointer (consequentialValueAt, which lineage checks use for each entry of lineage.fields,
 * and consequentialCount). Both must name exactly the same fields with the same values, for every node of
 * bundles that have and lack the optional fields; lineageVouchesForAll must answer what the field-by-field
 * walk would.
 */
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/domain/canonical.js';
import {
  consequentialCount,
  consequentialValueAt,
  consequentialValues,
  lineageVouchesForAll,
  NOT_CONSEQUENTIAL,
} from '../../src/domain/holds.js';
import { pointerOf } from '../../src/domain/json-pointer.js';
import type { Bundle, LineageDocument } from '../../src/domain/model.js';
import { lineageFindings } from '../../src/domain/verify.js';
import { seededRandom as random } from '../helpers/random.js';
import { assembleRecords, basePolicy, cleanRecords } from '../helpers/records.js';

const clean = () => structuredClone(assembleRecords(cleanRecords(), { policy: basePolicy() }).files);

/** Bundles with and without the optional consequential fields, and with indices of more than one digit. */
function bundles(): Array<[string, Bundle]> {
  const out: Array<[string, Bundle]> = [['clean', clean().bundle]];
  const many = clean().bundle;
  const [dependency] = many.dependencies;
  const [artifact] = many.components[0]?.artifacts ?? [];
  const [provenance] = many.components[0]?.provenance ?? [];
  if (!dependency || !artifact || !provenance)
    throw new Error('fixture changed: no dependency, artifact or provenance');
  for (let i = 0; i < 12; i++) many.dependencies.push({ ...dependency, name: `dep-${i}` });
  for (let i = 0; i < 11; i++) many.components[0]?.artifacts.push({ ...artifact, name: `a-${i}` });
  for (let i = 0; i < 10; i++) many.components[1]?.provenance?.push(provenance);
  out.push(['indices of two digits', many]);
  const sparse = clean().bundle;
  const [first, second] = sparse.rollback;
  if (!first || !second) throw new Error('fixture changed: fewer than two rollback records');
  delete first.hook;
  second.evidence = [];
  delete second.pointer;
  delete sparse.components[0]?.provenance;
  if (sparse.components[1]) sparse.components[1].provenance = [];
  sparse.cohorts = [];
  sparse.waivers = [];
  out.push(['no hook, evidence, pointer, provenance, cohorts or waivers', sparse]);
  return out;
}

/** Every JSON Pointer of every node of a value (the root's '' included), and of the item past each array's end. */
function everyPointer(value: unknown, at: Array<string | number> = [], out: string[] = []): string[] {
  out.push(pointerOf(at));
  if (Array.isArray(value)) {
    value.forEach((item, i) => everyPointer(item, [...at, i], out));
    out.push(pointerOf([...at, value.length]));
    // What follows an item of a rollback's or a component's arrays, had the item one of those fields.
    for (let i = 0; i <= value.length; i++)
      for (const name of ['pointer', 'hook', 'evidence', 'version', 'digest', 'locator'])
        out.push(pointerOf([...at, i, name]), pointerOf([...at, i, 'artifacts', i, name]));
  } else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) everyPointer(item, [...at, key], out);
  return out;
}

/** Pointers that look like consequential ones but are not: other index forms, past the end, a level off. */
function nearMisses(pointer: string): string[] {
  const out = [`${pointer}/`, `${pointer}/0`, `${pointer}/version`, pointer.slice(0, -1), `${pointer}x`, `/${pointer}`];
  out.push(pointer.replace(/\/(\d+)(?=\/|$)/, '/0$1'), pointer.replace(/\/(\d+)(?=\/|$)/, '/+$1'));
  out.push(pointer.replace(/\/(\d+)(?=\/|$)/, (_, n: string) => `/${Number(n) + 100}`));
  out.push(pointer.replace(/\/(\d+)(?=\/|$)/, '/-1'), pointer.replace(/\/(\d+)(?=\/|$)/, '/$1.0'));
  out.push(pointer.replace(/\/(\d+)(?=\/|$)/, '/ $1'), pointer.replace(/\/(\d+)(?=\/|$)/, '/1e0'));
  out.push(pointer.replace(/\/(\d+)(?=\/|$)/, '/99999999999'), pointer.replace(/\/(\d+)(?=\/|$)/, '/'));
  out.push(
    pointer.replace(/[a-z]+$/, (name) => name.toUpperCase()),
    pointer.replace(/\//g, '//'),
  );
  return out;
}

describe('consequential fields', () => {
  for (const [name, bundle] of bundles())
    it(`${name}: listed and read from a pointer agree on every node and near miss`, () => {
      const listed = consequentialValues(bundle);
      const byPointer = new Map(listed);
      expect(byPointer.size).toBe(listed.length);
      expect(consequentialCount(bundle)).toBe(listed.length);
      for (const [pointer, value] of listed) expect(consequentialValueAt(bundle, pointer), pointer).toBe(value);
      const candidates = new Set(everyPointer(bundle));
      for (const [pointer] of listed) for (const miss of nearMisses(pointer)) candidates.add(miss);
      candidates.add('/candidate');
      candidates.add('/components');
      candidates.add('/components/');
      candidates.add('/rollback/0/');
      // consequentialValueAt dispatches on the first letter: pointers that share it with another part, or share
      // no more than it, name nothing.
      for (const other of ['', '/', '/c', '/d', '/r', '/w', '/e', '/cohorts', '/dependencies', '/rollback'])
        candidates.add(other);
      for (const other of ['/candidate/0', '/cohorts/tag', '/waivers', '/window/', '/windows', '/environments'])
        candidates.add(other);
      for (const other of ['/rollbacks/0/hook', '/dependency/0', '/dependencies_0', '/components/0/dependencies/0'])
        candidates.add(other);
      let named = 0;
      for (const pointer of candidates) {
        const value = consequentialValueAt(bundle, pointer);
        if (byPointer.has(pointer)) {
          named++;
          expect(value, pointer).toBe(byPointer.get(pointer));
        } else expect(value, pointer).toBe(NOT_CONSEQUENTIAL);
      }
      // Every consequential field is a node of the bundle, so the candidates held each of them.
      expect(named).toBe(listed.length);
    });
});

describe('lineageVouchesForAll', () => {
  const vouches = () => true;
  const files = () => {
    const { bundle, lineage } = clean();
    return { bundle, lineage: lineage as LineageDocument };
  };

  it('is true for assembled lineage, exclusive or not', () => {
    const { bundle, lineage } = files();
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: true })).toBe(true);
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: false, vouches })).toBe(true);
  });

  it('is false when a field has no entry, its source is unknown or incomplete, or vouches says no', () => {
    let { bundle, lineage } = files();
    delete lineage.fields['/window'];
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: false })).toBe(false);
    ({ bundle, lineage } = files());
    const window = lineage.fields['/window'];
    if (!window) throw new Error('fixture changed: no lineage for /window');
    window.source = 'nowhere#0';
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: false })).toBe(false);
    ({ bundle, lineage } = files());
    const source = lineage.sources[lineage.fields['/window']?.source ?? ''];
    if (!source) throw new Error('fixture changed: no source for /window');
    source.revision = ' ';
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: false })).toBe(false);
    ({ bundle, lineage } = files());
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: false, vouches: (v) => v !== bundle.window })).toBe(
      false,
    );
  });

  it('an entry for no consequential field fails it only when exclusive, also when it replaces a field', () => {
    let { bundle, lineage } = files();
    const window = lineage.fields['/window'];
    if (!window) throw new Error('fixture changed: no lineage for /window');
    lineage.fields['/window/start'] = window;
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: false })).toBe(true);
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: true })).toBe(false);
    ({ bundle, lineage } = files());
    lineage.fields['/window/start'] = window;
    delete lineage.fields['/window'];
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: false })).toBe(false);
    expect(lineageVouchesForAll(bundle, lineage, { exclusive: true })).toBe(false);
  });
});

describe('lineageVouchesForAll against the field-by-field answers, over random damage', () => {
  it('agrees with the missing-lineage walk and with cutover/lineage finding nothing', () => {
    const next = random(13);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    // How often each answer came out: [false, true].
    const seen = { inclusive: [0, 0], exclusive: [0, 0] };
    const tally = (counts: number[], answer: boolean): void => {
      counts[Number(answer)] = (counts[Number(answer)] ?? 0) + 1;
    };
    for (let round = 0; round < 400; round++) {
      const { bundle, lineage: built } = clean();
      const lineage = built as LineageDocument;
      const damage = [
        () => delete lineage.fields[pick(Object.keys(lineage.fields))],
        () => {
          const target = pick([...everyPointer(bundle), ...nearMisses(pick(Object.keys(lineage.fields)))]);
          lineage.fields[target] = structuredClone(lineage.fields[pick(Object.keys(lineage.fields))]!);
        },
        () => {
          const key = pick(Object.keys(lineage.fields));
          const field = lineage.fields[key]!;
          lineage.fields[pick(nearMisses(key))] = field;
          delete lineage.fields[key];
        },
        () => {
          lineage.fields[pick(Object.keys(lineage.fields))]!.source = pick([
            'nowhere#0',
            ...Object.keys(lineage.sources),
          ]);
        },
        () => {
          const source = lineage.sources[pick(Object.keys(lineage.sources))]!;
          source[pick(['system', 'locator', 'revision', 'digest', 'observedAt'] as const)] = ' ';
        },
        () => {
          lineage.fields[pick(Object.keys(lineage.fields))]!.valueDigest = `sha256:${'0'.repeat(64)}`;
        },
        () => {
          const artifact = pick(bundle.components).artifacts[0]!;
          artifact.version = `${artifact.version}.1`;
        },
        () => {
          const rollback = pick(bundle.rollback);
          const what = pick(['hook', 'evidence', 'pointer'] as const);
          if (what === 'evidence') rollback.evidence = [];
          else delete rollback[what];
        },
        () => bundle.dependencies.push(structuredClone(pick(bundle.dependencies))),
        () => bundle.components[0]?.provenance?.pop(),
      ];
      // Some rounds leave the lineage as assembled, so both answers are seen often.
      const times = Math.floor(next() * 3);
      for (let i = 0; i < times; i++) pick(damage)();
      const listed = consequentialValues(bundle);
      const everyFieldVouched = listed.every(([pointer]) => {
        const field = lineage.fields[pointer];
        const source = field ? lineage.sources[field.source] : undefined;
        return source !== undefined && Object.values(source).every((v) => v.trim() !== '');
      });
      const inclusive = lineageVouchesForAll(bundle, lineage, { exclusive: false });
      expect(inclusive, `round ${round}`).toBe(everyFieldVouched);
      const exclusive = lineageVouchesForAll(bundle, lineage, {
        exclusive: true,
        vouches: (value, field) => digestOf(value) === field.valueDigest,
      });
      expect(exclusive, `round ${round}`).toBe(lineageFindings(bundle, lineage).length === 0);
      tally(seen.inclusive, inclusive);
      tally(seen.exclusive, exclusive);
    }
    for (const counts of Object.values(seen)) for (const count of counts) expect(count).toBeGreaterThan(50);
  });
});
