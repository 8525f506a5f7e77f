/**
 * CPU time of the canonicalization, digest, rendering and JSON parsing primitives on a written release
 * directory, in one process, so that two versions of the source can be compared A/B on the same files:
 *
 *   node --import tsx bench/primitives.ts <release dir> [source root A] [source root B ...]
 *
 * <release dir> holds bundle.json, lineage.json and holds.json (e.g. the <out> of `bench/child.ts cutover`);
 * each source root is a checkout with src/ (default: this repository), e.g. a `git archive` of an older commit
 * with node_modules linked. The roots are measured alternately, round after round, and each figure is the median
 * of the rounds (CPU time, user + system, in ms). Figures per root:
 * - parseCanonical: parseCanonicalJson of bundle, lineage and holds (JSON.parse, key count, order walk, mark);
 * - parseDocument: the plain parse of bundle and lineage (JSON.parse, key count);
 * - bundleDigest.marked / .unmarked: digestedBundleFiles of the parsed files, marked as parsed (verify's case) or
 *   fresh from JSON.parse (walked first);
 * - renderJson: the pretty text of the ordered bundle and lineage (assemble's write);
 * - digestWithin: the digest of every consequential field value (holds.ts consequentialValues), as verify's
 *   lineage rule and assemble's field lineage compute them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, ...roots] = process.argv.slice(2);
if (!dir) throw new Error('usage: primitives.ts <release dir> [source root ...]');
const sources = roots.length > 0 ? roots : [path.resolve(import.meta.dirname, '..')];
const ROUNDS = 9;

const text = (name: string): string => readFileSync(path.join(dir, `${name}.json`), 'utf8');
const texts = { bundle: text('bundle'), lineage: text('lineage'), holds: text('holds') };

/** CPU time of one call, in ms. */
function cpu(run: () => unknown): number {
  const since = process.cpuUsage();
  run();
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** The primitives of one source root, each as a function of the round's fresh inputs. */
async function primitivesOf(root: string): Promise<Record<string, () => number>> {
  const canonical = await import(path.join(root, 'src/domain/canonical.ts'));
  const files = await import(path.join(root, 'src/domain/files.ts'));
  const parse = await import(path.join(root, 'src/schema/parse.ts'));
  const holds = await import(path.join(root, 'src/domain/holds.ts'));
  const parsed = () => ({
    bundle: parse.parseCanonicalJson(texts.bundle, 'bundle.json'),
    lineage: parse.parseCanonicalJson(texts.lineage, 'lineage.json'),
    holds: parse.parseCanonicalJson(texts.holds, 'holds.json'),
  });
  return {
    parseCanonical: () => cpu(parsed),
    parseDocument: () =>
      cpu(() => {
        parse.parseDocument(texts.bundle, 'bundle.json');
        parse.parseDocument(texts.lineage, 'lineage.json');
      }),
    'bundleDigest.marked': () => {
      const files = parsed();
      return cpu(() => canonical.digestedBundleFiles(files));
    },
    'bundleDigest.unmarked': () => {
      const files = {
        bundle: JSON.parse(texts.bundle),
        lineage: JSON.parse(texts.lineage),
        holds: JSON.parse(texts.holds),
      };
      return cpu(() => canonical.digestedBundleFiles(files));
    },
    renderJson: () => {
      const { ordered } = canonical.digestedBundleFiles(parsed());
      return cpu(() => {
        files.renderJson(ordered.bundle);
        files.renderJson(ordered.lineage);
      });
    },
    digestWithin: () => {
      const { bundle } = parsed();
      const values: Array<[string, unknown]> = holds.consequentialValues(bundle);
      return cpu(() => {
        const digest = canonical.digestWithin(bundle);
        for (const [, value] of values) digest(value);
      });
    },
  };
}

const subjects = await Promise.all(sources.map(async (root) => ({ root, primitives: await primitivesOf(root) })));
const times = subjects.map(() => new Map<string, number[]>());
for (let round = 0; round < ROUNDS; round++) {
  subjects.forEach(({ primitives }, i) => {
    for (const [name, run] of Object.entries(primitives)) {
      const list = times[i]?.get(name) ?? [];
      list.push(run());
      times[i]?.set(name, list);
    }
  });
}
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
subjects.forEach(({ root }, i) => {
  const row = Object.fromEntries([...(times[i] ?? [])].map(([name, list]) => [name, Number(median(list).toFixed(1))]));
  console.log(JSON.stringify({ root, ...row }));
});
