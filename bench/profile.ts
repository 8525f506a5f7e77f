/**
 * Summarizes a V8 .cpuprofile: self time per function, and inclusive time of src/ functions and of Ajv's
 * schema compiler (which must run once per schema, not once per file).
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function isProfile(value: unknown): value is CpuProfile {
  return (
    typeof value === 'object' &&
    value !== null &&
    'nodes' in value &&
    Array.isArray(value.nodes) &&
    'samples' in value &&
    Array.isArray(value.samples) &&
    'timeDeltas' in value &&
    Array.isArray(value.timeDeltas)
  );
}

export interface ProfileSummary {
  totalMs: number;
  self: Array<[string, number]>;
  inclusiveSrc: Array<[string, number]>;
  ajvCompileMs: number;
}

const label = (frame: CallFrame): string => {
  const where = frame.url.replace(/^.*?\/(src|node_modules|bench)\//, '$1/');
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
};

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isProfile(parsed)) throw new Error(`${file} is not a V8 CPU profile`);
  const nodes = new Map(parsed.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of parsed.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map<number, number>();
  parsed.samples.forEach((id, i) => {
    sampled.set(id, (sampled.get(id) ?? 0) + (parsed.timeDeltas[i] ?? 0));
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let ajvCompile = 0;
  let total = 0;
  for (const [id, micros] of sampled) {
    const node = nodes.get(id);
    if (!node) continue;
    total += micros;
    const own = label(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + micros);
    const seen = new Set<string>();
    let inCompile = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = nodes.get(cur)?.callFrame;
      if (!frame) break;
      if (frame.url.includes('ajv/dist/compile') && /compile/i.test(frame.functionName)) inCompile = true;
      const key = label(frame);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
      seen.add(key);
    }
    if (inCompile) ajvCompile += micros;
  }
  const ms = (entries: Map<string, number>, keep: (k: string) => boolean): Array<[string, number]> =>
    [...entries]
      .filter(([k]) => keep(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [k, v / 1000]);
  return {
    totalMs: total / 1000,
    self: ms(self, (k) => !k.startsWith('(idle)') && !k.startsWith('(program)')),
    inclusiveSrc: ms(inclusive, (k) => k.includes(' src/')),
    ajvCompileMs: ajvCompile / 1000,
  };
}
